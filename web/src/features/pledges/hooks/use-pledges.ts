import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Pledge, PledgeSave } from '../../../../../src/shared/api/pledges';
import {
  acceptPledge,
  fetchPledge,
  fetchPledgeBoard,
  type PledgeReturn,
  remindUnits,
  returnPledge,
  savePledge,
  searchUnitPeople,
  submitPledge,
} from '../api/pledges-api';

export const pledgeBoardKey = (movementId: string) => ['pledges', 'board', movementId] as const;
export const pledgeKey = (movementId: string, unitId: string | null) =>
  ['pledges', 'one', movementId, unitId] as const;

export function usePledgeBoard(movementId: string, enabled: boolean) {
  return useQuery({
    queryKey: pledgeBoardKey(movementId),
    queryFn: ({ signal }) => fetchPledgeBoard(movementId, signal),
    enabled,
  });
}

export function usePledge(movementId: string, unitId: string | null) {
  return useQuery({
    queryKey: pledgeKey(movementId, unitId),
    queryFn: ({ signal }) => fetchPledge(movementId, unitId!, signal),
    enabled: Boolean(unitId),
  });
}

/** Every write answers with the fresh pledge: store it and refresh the board. */
function useStorePledge(movementId: string) {
  const client = useQueryClient();
  return async (pledge: Pledge) => {
    client.setQueryData(pledgeKey(movementId, pledge.unitId), pledge);
    await client.invalidateQueries({ queryKey: pledgeBoardKey(movementId) });
  };
}

/** After a conflict (409) or any failure: reload what is shown. */
export function useReloadPledges(movementId: string) {
  const client = useQueryClient();
  return () =>
    client.invalidateQueries({ queryKey: ['pledges'], predicate: (q) => q.queryKey[2] === movementId });
}

export function useSavePledge(movementId: string) {
  const store = useStorePledge(movementId);
  return useMutation({
    mutationFn: ({ unitId, body }: { unitId: string; body: PledgeSave }) =>
      savePledge(movementId, unitId, body),
    onSuccess: store,
  });
}

export function useSubmitPledge(movementId: string) {
  const store = useStorePledge(movementId);
  return useMutation({
    mutationFn: ({ unitId, version }: { unitId: string; version: number }) =>
      submitPledge(movementId, unitId, version),
    onSuccess: store,
  });
}

export function useAcceptPledge(movementId: string) {
  const store = useStorePledge(movementId);
  return useMutation({
    mutationFn: ({ unitId, version }: { unitId: string; version: number }) =>
      acceptPledge(movementId, unitId, version),
    onSuccess: store,
  });
}

export function useReturnPledge(movementId: string) {
  const store = useStorePledge(movementId);
  return useMutation({
    mutationFn: ({ unitId, body }: { unitId: string; body: PledgeReturn }) =>
      returnPledge(movementId, unitId, body),
    onSuccess: store,
  });
}

export function useRemindUnits(movementId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => remindUnits(movementId),
    onSuccess: () => client.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

export function useUnitPeopleSearch(unitId: string, q: string, enabled: boolean) {
  return useQuery({
    queryKey: ['people', 'pledge-search', unitId, q],
    queryFn: ({ signal }) => searchUnitPeople(unitId, q, signal),
    enabled,
    staleTime: 30_000,
  });
}
