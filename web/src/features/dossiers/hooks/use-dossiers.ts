import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DossierDetail } from '../../../../../src/shared/api/dossiers';
import {
  type DossierFilters,
  fetchAwards,
  fetchDashboard,
  fetchDossier,
  fetchDossiers,
  fetchHolidays,
  fetchInitiatives,
  fetchMovements,
} from '../api/dossiers-api';

export const dossierKey = (id: string) => ['dossiers', 'one', id] as const;

export function useDossierList(filters: DossierFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['dossiers', 'list', filters, page, pageSize],
    queryFn: ({ signal }) => fetchDossiers(filters, page, pageSize, signal),
    placeholderData: keepPreviousData,
  });
}

export function useDossier(id: string | undefined) {
  return useQuery({
    queryKey: dossierKey(id ?? ''),
    queryFn: ({ signal }) => fetchDossier(id!, signal),
    enabled: Boolean(id),
  });
}

/** Every write answers with the fresh dossier: keep it and refresh the lists. */
export function useStoreDossier() {
  const client = useQueryClient();
  return async (dossier: DossierDetail) => {
    client.setQueryData(dossierKey(dossier.id), dossier);
    await client.invalidateQueries({ queryKey: ['dossiers', 'list'] });
    await client.invalidateQueries({ queryKey: ['dossiers', 'dashboard'] });
  };
}

/** A write that answers with the dossier, stored on success. */
export function useDossierMutation<T>(fn: (input: T) => Promise<DossierDetail>) {
  const store = useStoreDossier();
  return useMutation({ mutationFn: fn, onSuccess: store });
}

export function useReloadDossier(id: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: dossierKey(id) });
}

export function useAwards() {
  return useQuery({
    queryKey: ['law', 'awards'],
    queryFn: ({ signal }) => fetchAwards(signal),
    staleTime: 600_000,
  });
}

export function useMovementOptions() {
  return useQuery({
    queryKey: ['dossiers', 'movements'],
    queryFn: ({ signal }) => fetchMovements(signal),
    staleTime: 60_000,
  });
}

export function useProcessingDashboard(year: number | undefined) {
  return useQuery({
    queryKey: ['dossiers', 'dashboard', year],
    queryFn: ({ signal }) => fetchDashboard(year, signal),
  });
}

export function useHolidays(year: number) {
  return useQuery({ queryKey: ['holidays', year], queryFn: ({ signal }) => fetchHolidays(year, signal) });
}

export function useInitiativeOptions(unitId: string | undefined) {
  return useQuery({
    queryKey: ['dossiers', 'initiatives', unitId],
    queryFn: ({ signal }) => fetchInitiatives(unitId, signal),
    enabled: Boolean(unitId),
    staleTime: 60_000,
  });
}
