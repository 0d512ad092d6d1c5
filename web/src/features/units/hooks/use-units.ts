import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UnitUpdate } from '../../../../../src/shared/api/units';
import { fetchUnits, unitListQueryKey } from '../../../lib/unit-tree';
import { createUnit, fetchUnit, mergeUnits, splitUnit, updateUnit } from '../api/units-api';

export function useUnitList(includeInactive: boolean) {
  return useQuery({
    queryKey: unitListQueryKey(includeInactive),
    queryFn: () => fetchUnits(includeInactive),
  });
}

export function useUnitDetail(id: string | null) {
  return useQuery({ queryKey: ['units', 'detail', id], queryFn: () => fetchUnit(id!), enabled: Boolean(id) });
}

/** Any change to the tree invalidates every unit list and detail (and the dashboard counts). */
function useInvalidateUnits() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['units'] }),
      client.invalidateQueries({ queryKey: ['dashboard'] }),
    ]);
}

export function useCreateUnit() {
  const invalidate = useInvalidateUnits();
  return useMutation({ mutationFn: createUnit, onSuccess: invalidate });
}

export function useUpdateUnit() {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UnitUpdate }) => updateUnit(id, body),
    onSuccess: invalidate,
  });
}

export function useMergeUnits() {
  const invalidate = useInvalidateUnits();
  return useMutation({ mutationFn: mergeUnits, onSuccess: invalidate });
}

export function useSplitUnit() {
  const invalidate = useInvalidateUnits();
  return useMutation({ mutationFn: splitUnit, onSuccess: invalidate });
}
