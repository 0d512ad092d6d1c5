import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createOverride, endOverride, fetchCatalogue } from '../api/law-api';

const catalogueKey = ['law', 'catalogue'] as const;

/** The catalogue in force: awards, base salary, the deployment's overrides and the defaults to check. */
export function useCatalogue() {
  return useQuery({
    queryKey: catalogueKey,
    queryFn: ({ signal }) => fetchCatalogue(signal),
    staleTime: 60_000,
  });
}

/** An override changes the catalogue everywhere: refresh it and anything computed from it. */
function useRefreshCatalogue() {
  const client = useQueryClient();
  return async () => {
    await client.invalidateQueries({ queryKey: catalogueKey });
    await client.invalidateQueries({ queryKey: ['eligibility'] });
  };
}

export function useCreateOverride() {
  const refresh = useRefreshCatalogue();
  return useMutation({ mutationFn: createOverride, onSuccess: refresh });
}

export function useEndOverride() {
  const refresh = useRefreshCatalogue();
  return useMutation({
    mutationFn: ({ id, effectiveTo }: { id: string; effectiveTo: string }) => endOverride(id, effectiveTo),
    onSuccess: refresh,
  });
}
