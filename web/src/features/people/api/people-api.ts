import type { z } from 'zod';
import type {
  DisciplineCreateSchema,
  ImportCommitResultSchema,
  ImportPreview,
  PersonAnonymised,
  PersonCreate,
  PersonDetail,
  PersonListItem,
  PersonUpdate,
  RatingUpsertSchema,
} from '../../../../../src/shared/api/people';
import type { Query } from '../../../lib/api';
import { api, apiRequest, fileUrl } from '../../../lib/api';

export type RatingUpsert = z.input<typeof RatingUpsertSchema>;
export type DisciplineCreate = z.input<typeof DisciplineCreateSchema>;
export type ImportCommitResult = z.infer<typeof ImportCommitResultSchema>;

export interface PersonFilters {
  q?: string;
  unitId?: string;
  includeSubunits: boolean;
  sex?: string;
  staffType?: string;
  sort: 'name' | '-name' | 'unit' | 'recruitedOn' | '-recruitedOn';
}

function filterQuery(filters: PersonFilters): Query {
  return {
    q: filters.q?.trim() || undefined,
    unitId: filters.unitId,
    includeSubunits: filters.unitId ? String(filters.includeSubunits) : undefined,
    sex: filters.sex,
    staffType: filters.staffType,
    sort: filters.sort,
  };
}

export function fetchPeople(filters: PersonFilters, page: number, pageSize: number, signal?: AbortSignal) {
  return api.get<{ items: PersonListItem[]; total: number; page: number; pageSize: number }>(
    '/people',
    { ...filterQuery(filters), page, pageSize },
    signal,
  );
}

export const exportUrl = (filters: PersonFilters) => fileUrl('/people/export.xlsx', filterQuery(filters));
export const importTemplateUrl = () => fileUrl('/people/import-template.xlsx');

export function fetchPerson(id: string) {
  return api.get<PersonDetail>(`/people/${encodeURIComponent(id)}`);
}

export function createPerson(body: PersonCreate) {
  return api.post<PersonDetail>('/people', body);
}

export function updatePerson(id: string, body: PersonUpdate) {
  return api.patch<PersonDetail>(`/people/${encodeURIComponent(id)}`, body);
}

export function upsertRating(id: string, body: RatingUpsert) {
  return api.put<PersonDetail>(`/people/${encodeURIComponent(id)}/ratings`, body);
}

export function createDiscipline(id: string, body: DisciplineCreate) {
  return api.post<PersonDetail>(`/people/${encodeURIComponent(id)}/discipline`, body);
}

function importForm(file: File, unitId?: string): FormData {
  const form = new FormData();
  if (unitId) form.append('unitId', unitId);
  form.append('file', file);
  return form;
}

export function previewImport(file: File, unitId?: string) {
  return apiRequest<ImportPreview>('/people/import/preview', {
    method: 'POST',
    body: importForm(file, unitId),
  });
}

export function commitImport(file: File, unitId?: string) {
  return apiRequest<ImportCommitResult>('/people/import/commit', {
    method: 'POST',
    body: importForm(file, unitId),
  });
}

/** Everything held about the person, as a JSON download (quality F3). */
export const personDataExportUrl = (id: string) => fileUrl(`/people/${encodeURIComponent(id)}/data-export`);

export function anonymisePerson(id: string, reason: string) {
  return api.post<PersonAnonymised>(`/people/${encodeURIComponent(id)}/anonymise`, { reason });
}
