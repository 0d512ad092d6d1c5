import type { AUTHORITY_LEVELS, Suggestion } from '../../../../../src/shared/api/eligibility';
import type { CatalogueView } from '../../../../../src/shared/api/law';
import type { Query } from '../../../lib/api';
import { api, fileUrl } from '../../../lib/api';

export type AuthorityLevel = (typeof AUTHORITY_LEVELS)[number];

export interface SuggestionFilters {
  year: number;
  unitId?: string;
  authority: AuthorityLevel;
}

function filterQuery(filters: SuggestionFilters): Query {
  return { year: filters.year, unitId: filters.unitId, authority: filters.authority };
}

export function fetchSuggestions(filters: SuggestionFilters, signal?: AbortSignal) {
  return api.get<{ year: number; items: Suggestion[] }>(
    '/eligibility/suggestions',
    filterQuery(filters),
    signal,
  );
}

/** The same list as an Excel workbook, with the same filters. */
export const suggestionsExportUrl = (filters: SuggestionFilters) =>
  fileUrl('/eligibility/suggestions.xlsx', filterQuery(filters));

/** Criterion labels for the pending list (the suggestions name pending criteria by id only). */
export function fetchCriterionLabels(signal?: AbortSignal) {
  return api.get<CatalogueView>('/law/catalogue', undefined, signal).then((catalogue) => {
    const labels = new Map<string, string>();
    for (const award of catalogue.awards) for (const c of award.criteria) labels.set(c.id, c.label);
    return labels;
  });
}
