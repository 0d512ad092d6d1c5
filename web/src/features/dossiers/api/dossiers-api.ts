import type { z } from 'zod';
import type {
  DossierCreate,
  DossierDashboard,
  DossierDetail,
  DossierListSchema,
  DossierSettings,
  DossierUpdate,
  Holiday,
  HolidaySave,
  NomineeAppraisal,
} from '../../../../../src/shared/api/dossiers';
import type { PersonListSchema } from '../../../../../src/shared/api/people';
import type { DossierAction, DossierState, DossierTrack } from '../../../../../src/shared/dossier-codes';
import { api, apiRequest, fileUrl } from '../../../lib/api';

export type DossierList = z.infer<typeof DossierListSchema>;
export type DossierListItem = DossierList['items'][number];
export type PersonList = z.infer<typeof PersonListSchema>;

export interface DossierFilters {
  status?: DossierState;
  track?: DossierTrack;
  year?: number;
  unitId?: string;
  overdue?: boolean;
  q?: string;
}

const one = (id: string) => `/dossiers/${encodeURIComponent(id)}`;

export function fetchDossiers(filters: DossierFilters, page: number, pageSize: number, signal?: AbortSignal) {
  const { overdue, ...rest } = filters;
  return api.get<DossierList>(
    '/dossiers',
    { ...rest, overdue: overdue ? 'true' : undefined, page, pageSize },
    signal,
  );
}

export const fetchDossier = (id: string, signal?: AbortSignal) =>
  api.get<DossierDetail>(one(id), undefined, signal);
export const createDossier = (body: DossierCreate) => api.post<DossierDetail>('/dossiers', body);
export const updateDossier = (id: string, body: DossierUpdate) => api.put<DossierDetail>(one(id), body);

export function transitionDossier(
  id: string,
  body: { action: DossierAction; version: number; reason?: string },
) {
  return api.post<DossierDetail>(`${one(id)}/transitions`, body);
}

export function appraiseNominee(id: string, nomineeId: string, body: NomineeAppraisal) {
  return api.put<DossierDetail>(`${one(id)}/nominees/${encodeURIComponent(nomineeId)}/appraisal`, body);
}

export function uploadAttachment(id: string, file: File, kind: string, label: string) {
  const form = new FormData();
  form.set('kind', kind);
  form.set('label', label);
  form.set('file', file);
  return apiRequest<DossierDetail>(`${one(id)}/attachments`, { method: 'POST', body: form });
}

export const removeAttachment = (id: string, attachmentId: string) =>
  apiRequest<DossierDetail>(`${one(id)}/attachments/${encodeURIComponent(attachmentId)}`, {
    method: 'DELETE',
  });
export const attachmentUrl = (id: string, attachmentId: string) =>
  fileUrl(`${one(id)}/attachments/${encodeURIComponent(attachmentId)}`);

export const fetchDashboard = (year: number | undefined, signal?: AbortSignal) =>
  api.get<DossierDashboard>('/dossiers/dashboard', { year }, signal);
export const fetchDossierSettings = () => api.get<DossierSettings>('/dossier-settings');
export const saveDossierSettings = (body: DossierSettings) =>
  api.put<DossierSettings>('/dossier-settings', body);

export const fetchHolidays = (year: number, signal?: AbortSignal) =>
  api.get<{ items: Holiday[] }>('/holidays', { year }, signal);
export const createHoliday = (body: HolidaySave) => api.post<Holiday>('/holidays', body);
export const updateHoliday = (id: string, body: HolidaySave) =>
  api.put<Holiday>(`/holidays/${encodeURIComponent(id)}`, body);
export const deleteHoliday = (id: string) =>
  apiRequest<{ ok: true }>(`/holidays/${encodeURIComponent(id)}`, { method: 'DELETE' });

/** Award names and which kinds of nominee each takes, from the law catalogue. */
export function fetchAwards(signal?: AbortSignal) {
  return api.get<{ awards: { code: string; name: string; kinds: string[]; awardClass: string }[] }>(
    '/law/catalogue',
    undefined,
    signal,
  );
}

export function fetchMovements(signal?: AbortSignal) {
  return api.get<{ items: { id: string; title: string; year: number; status: string }[] }>(
    '/movements',
    { pageSize: 100 },
    signal,
  );
}

/** People of the unit (and its sub-units), by name. */
export function searchPeople(unitId: string | undefined, q: string, signal?: AbortSignal) {
  return api.get<PersonList>('/people', { unitId, q: q.trim() || undefined, pageSize: 20 }, signal);
}

/** Recognised initiatives of the unit's subtree, to cite in a report (reuse is flagged). */
export function fetchInitiatives(unitId: string | undefined, signal?: AbortSignal) {
  return api.get<{
    items: { id: string; title: string; recognizedOn: string; authors: { id: string; fullName: string }[] }[];
  }>('/initiatives', { unitId, pageSize: 200 }, signal);
}
