import type { z } from 'zod';
import type {
  MovementDetail,
  MovementDraft,
  MovementListSchema,
  MovementSave,
  MovementUpdateSchema,
} from '../../../../../src/shared/api/movements';
import { api, apiRequest } from '../../../lib/api';

export type MovementList = z.infer<typeof MovementListSchema>;
export type MovementListItem = MovementList['items'][number];
export type MovementUpdate = z.infer<typeof MovementUpdateSchema>;
export type MovementStatus = MovementListItem['status'];

export interface MovementFilters {
  q?: string;
  year?: number;
  status?: MovementStatus;
}

export function fetchMovements(
  filters: MovementFilters,
  page: number,
  pageSize: number,
  signal?: AbortSignal,
) {
  return api.get<MovementList>(
    '/movements',
    { q: filters.q?.trim() || undefined, year: filters.year, status: filters.status, page, pageSize },
    signal,
  );
}

export function fetchMovement(id: string) {
  return api.get<MovementDetail>(`/movements/${encodeURIComponent(id)}`);
}

/** The parser reads the launching document and proposes a draft; nothing is stored yet. */
export function draftFromDocument(file: File) {
  const form = new FormData();
  form.append('file', file);
  return apiRequest<MovementDraft>('/movements/draft-from-document', { method: 'POST', body: form });
}

export function createMovement(body: MovementSave) {
  return api.post<MovementDetail>('/movements', body);
}

export function updateMovement(id: string, body: MovementUpdate) {
  return api.put<MovementDetail>(`/movements/${encodeURIComponent(id)}`, body);
}

export function launchMovement(id: string) {
  return api.post<MovementDetail>(`/movements/${encodeURIComponent(id)}/launch`);
}

export function closeMovement(id: string) {
  return api.post<MovementDetail>(`/movements/${encodeURIComponent(id)}/close`);
}
