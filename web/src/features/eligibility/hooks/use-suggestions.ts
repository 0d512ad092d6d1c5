import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SuggestionFilters } from '../api/eligibility-api';
import { fetchCriterionLabels, fetchSuggestions } from '../api/eligibility-api';

/** Who meets the data criteria for the year; the server evaluates every person, so keep the last answer while it works. */
export function useSuggestions(filters: SuggestionFilters) {
  return useQuery({
    queryKey: ['eligibility', 'suggestions', filters],
    queryFn: ({ signal }) => fetchSuggestions(filters, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** id → label of every criterion in the catalogue; changes a few times a year. */
export function useCriterionLabels() {
  return useQuery({
    queryKey: ['eligibility', 'criterion-labels'],
    queryFn: ({ signal }) => fetchCriterionLabels(signal),
    staleTime: 10 * 60_000,
  });
}
