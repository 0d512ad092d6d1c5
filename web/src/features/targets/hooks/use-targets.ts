import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  IndicatorCreate,
  IndicatorUpdate,
  PlannedSave,
  ReportSave,
  TargetBoard,
  TargetImportKind,
} from '../../../../../src/shared/api/targets';
import {
  commitTargetImport,
  createIndicator,
  deleteIndicator,
  fetchTargetBoard,
  savePlanned,
  saveReport,
  updateIndicator,
} from '../api/targets-api';

export const targetBoardKey = (movementId: string) => ['targets', 'board', movementId] as const;

export function useTargetBoard(movementId: string) {
  return useQuery({
    queryKey: targetBoardKey(movementId),
    queryFn: ({ signal }) => fetchTargetBoard(movementId, signal),
    enabled: Boolean(movementId),
  });
}

/** Every write answers with the fresh board: show it at once. */
function useStoreBoard(movementId: string) {
  const client = useQueryClient();
  return (board: TargetBoard) => client.setQueryData(targetBoardKey(movementId), board);
}

export function useReloadTargets(movementId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: targetBoardKey(movementId) });
}

export function useSaveIndicator(movementId: string) {
  const store = useStoreBoard(movementId);
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: IndicatorCreate | IndicatorUpdate }) =>
      id ? updateIndicator(movementId, id, body as IndicatorUpdate) : createIndicator(movementId, body),
    onSuccess: store,
  });
}

export function useDeleteIndicator(movementId: string) {
  const reload = useReloadTargets(movementId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      deleteIndicator(movementId, id, version),
    onSettled: reload,
  });
}

export function useSavePlanned(movementId: string) {
  const store = useStoreBoard(movementId);
  return useMutation({
    mutationFn: ({ indicatorId, body }: { indicatorId: string; body: PlannedSave }) =>
      savePlanned(movementId, indicatorId, body),
    onSuccess: store,
  });
}

export function useSaveReport(movementId: string) {
  const store = useStoreBoard(movementId);
  return useMutation({
    mutationFn: ({ unitId, body }: { unitId: string; body: ReportSave }) =>
      saveReport(movementId, unitId, body),
    onSuccess: store,
  });
}

export function useCommitTargetImport(movementId: string) {
  const reload = useReloadTargets(movementId);
  return useMutation({
    mutationFn: ({ kind, file }: { kind: TargetImportKind; file: File }) =>
      commitTargetImport(movementId, kind, file),
    onSuccess: reload,
  });
}
