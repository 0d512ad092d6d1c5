import type {
  Initiative,
  InitiativeCreate,
  InitiativeList,
  InitiativeScope,
  InitiativeUpdate,
} from '../../../../../src/shared/api/initiatives';
import type { PersonListItem } from '../../../../../src/shared/api/people';
import type { Query } from '../../../lib/api';
import { api, fileUrl } from '../../../lib/api';

export interface InitiativeFilters {
  q?: string;
  unitId?: string;
  scope?: InitiativeScope;
  year?: number;
}

function filterQuery(filters: InitiativeFilters): Query {
  return {
    q: filters.q?.trim() || undefined,
    unitId: filters.unitId,
    scope: filters.scope,
    year: filters.year,
  };
}

export function fetchInitiatives(
  filters: InitiativeFilters,
  page: number,
  pageSize: number,
  signal?: AbortSignal,
) {
  return api.get<InitiativeList>('/initiatives', { ...filterQuery(filters), page, pageSize }, signal);
}

export const exportUrl = (filters: InitiativeFilters) =>
  fileUrl('/initiatives/export.xlsx', filterQuery(filters));

export function fetchInitiative(id: string) {
  return api.get<Initiative>(`/initiatives/${encodeURIComponent(id)}`);
}

export function createInitiative(body: InitiativeCreate) {
  return api.post<Initiative>('/initiatives', body);
}

export function updateInitiative(id: string, body: InitiativeUpdate) {
  return api.patch<Initiative>(`/initiatives/${encodeURIComponent(id)}`, body);
}

/** Candidate authors: people of the user's units whose name matches (the server folds diacritics). */
export function searchPeople(q: string, signal?: AbortSignal) {
  return api.get<{ items: PersonListItem[]; total: number }>('/people', { q, pageSize: 20 }, signal);
}
