import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MovementDetail } from '../../../../../src/shared/api/movements';
import type { MovementFilters, MovementUpdate } from '../api/movements-api';
import {
  closeMovement,
  createMovement,
  draftFromDocument,
  fetchMovement,
  fetchMovements,
  launchMovement,
  updateMovement,
} from '../api/movements-api';

export function useMovementList(filters: MovementFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['movements', 'list', filters, page, pageSize],
    queryFn: ({ signal }) => fetchMovements(filters, page, pageSize, signal),
    placeholderData: keepPreviousData,
  });
}

export const movementQueryKey = (id: string | null) => ['movements', 'detail', id] as const;

export function useMovementDetail(id: string | null) {
  return useQuery({
    queryKey: movementQueryKey(id),
    queryFn: () => fetchMovement(id!),
    enabled: Boolean(id),
  });
}

/** Writes answer with the fresh movement: store it, and refresh the lists around it. */
function useStoreMovement() {
  const client = useQueryClient();
  return async (movement: MovementDetail) => {
    client.setQueryData(movementQueryKey(movement.id), movement);
    await client.invalidateQueries({ queryKey: ['movements', 'list'] });
  };
}

export function useDraftFromDocument() {
  return useMutation({ mutationFn: draftFromDocument });
}

export function useCreateMovement() {
  const store = useStoreMovement();
  return useMutation({ mutationFn: createMovement, onSuccess: store });
}

export function useUpdateMovement() {
  const store = useStoreMovement();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: MovementUpdate }) => updateMovement(id, body),
    onSuccess: store,
  });
}

export function useLaunchMovement() {
  const store = useStoreMovement();
  const client = useQueryClient();
  return useMutation({
    mutationFn: launchMovement,
    onSuccess: async (movement) => {
      await store(movement);
      // The organiser's own unit may be a participant: its inbox changed too.
      await client.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
}

export function useCloseMovement() {
  const store = useStoreMovement();
  return useMutation({ mutationFn: closeMovement, onSuccess: store });
}

/** Movements the user can pick as the parent one (first 100, newest first as the server lists them). */
export function useMovementOptions(enabled: boolean) {
  return useQuery({
    queryKey: ['movements', 'list', 'options'],
    queryFn: ({ signal }) => fetchMovements({}, 1, 100, signal),
    enabled,
    staleTime: 60_000,
  });
}
