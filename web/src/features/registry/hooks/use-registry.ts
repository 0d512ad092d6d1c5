import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GrantRevoke } from '../../../../../src/shared/api/registry';
import {
  fetchAwardOptions,
  fetchHistory,
  fetchRegistry,
  type RegistryFilters,
  revokeGrant,
} from '../api/registry-api';

export function useRegistryList(filters: RegistryFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['registry', 'list', filters, page, pageSize],
    queryFn: ({ signal }) => fetchRegistry(filters, page, pageSize, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAwardHistory(kind: 'person' | 'unit', id: string | undefined) {
  return useQuery({
    queryKey: ['registry', 'history', kind, id],
    queryFn: () => fetchHistory(kind, id!),
    enabled: Boolean(id),
  });
}

export function useAwardOptions() {
  return useQuery({
    queryKey: ['registry', 'award-options'],
    queryFn: fetchAwardOptions,
    staleTime: 5 * 60_000,
    select: (c) => c.awards.map((a) => ({ value: a.code, label: a.name })),
  });
}

export function useRevokeGrant() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: GrantRevoke }) => revokeGrant(id, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['registry'] }),
  });
}
