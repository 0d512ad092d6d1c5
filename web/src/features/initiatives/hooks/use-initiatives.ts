import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Initiative, InitiativeUpdate } from '../../../../../src/shared/api/initiatives';
import type { InitiativeFilters } from '../api/initiatives-api';
import {
  createInitiative,
  fetchInitiative,
  fetchInitiatives,
  searchPeople,
  updateInitiative,
} from '../api/initiatives-api';

export function useInitiativeList(filters: InitiativeFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['initiatives', 'list', filters, page, pageSize],
    queryFn: ({ signal }) => fetchInitiatives(filters, page, pageSize, signal),
    placeholderData: keepPreviousData,
  });
}

export const initiativeQueryKey = (id: string | null) => ['initiatives', 'detail', id] as const;

export function useInitiativeDetail(id: string | null) {
  return useQuery({
    queryKey: initiativeQueryKey(id),
    queryFn: () => fetchInitiative(id!),
    enabled: Boolean(id),
  });
}

/** Writes answer with the fresh record: store it, and refresh the lists around it. */
function useStoreInitiative() {
  const client = useQueryClient();
  return async (initiative: Initiative) => {
    client.setQueryData(initiativeQueryKey(initiative.id), initiative);
    await client.invalidateQueries({ queryKey: ['initiatives', 'list'] });
  };
}

export function useCreateInitiative() {
  const store = useStoreInitiative();
  return useMutation({ mutationFn: createInitiative, onSuccess: store });
}

export function useUpdateInitiative() {
  const store = useStoreInitiative();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: InitiativeUpdate }) => updateInitiative(id, body),
    onSuccess: store,
  });
}

/** People matching a typed name, for the author picker; waits for at least one letter. */
export function usePeopleSearch(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: ['initiatives', 'author-search', text],
    queryFn: ({ signal }) => searchPeople(text, signal),
    enabled: text.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
