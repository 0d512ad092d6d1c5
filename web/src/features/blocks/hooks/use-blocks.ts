import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  fetchAssessment,
  fetchBlock,
  fetchBlocks,
  fetchHistory,
  fetchMatrix,
  fetchRanking,
  fetchSheet,
} from '../api/blocks-api';

export const blocksKey = ['blocks'] as const;

export const useBlocks = (year: number | undefined) =>
  useQuery({
    queryKey: [...blocksKey, 'list', year ?? null],
    queryFn: ({ signal }) => fetchBlocks(year, signal),
  });

export const useBlock = (id: string) =>
  useQuery({
    queryKey: [...blocksKey, id, 'detail'],
    queryFn: ({ signal }) => fetchBlock(id, signal),
    enabled: !!id,
  });

export const useSheet = (id: string) =>
  useQuery({
    queryKey: [...blocksKey, id, 'sheet'],
    queryFn: ({ signal }) => fetchSheet(id, signal),
    enabled: !!id,
  });

export const useAssessment = (id: string, unitId: string) =>
  useQuery({
    queryKey: [...blocksKey, id, 'assessment', unitId],
    queryFn: ({ signal }) => fetchAssessment(id, unitId, signal),
    enabled: !!id && !!unitId,
  });

export const useRanking = (id: string, enabled = true) =>
  useQuery({
    queryKey: [...blocksKey, id, 'ranking'],
    queryFn: ({ signal }) => fetchRanking(id, signal),
    enabled,
  });

export const useMatrix = (id: string, enabled = true) =>
  useQuery({
    queryKey: [...blocksKey, id, 'matrix'],
    queryFn: ({ signal }) => fetchMatrix(id, signal),
    enabled,
  });

export const useHistory = (id: string, enabled = true) =>
  useQuery({
    queryKey: [...blocksKey, id, 'history'],
    queryFn: ({ signal }) => fetchHistory(id, signal),
    enabled,
  });

/** A write of the block area: on success (and on failure, e.g. a 409) everything of the block reloads. */
export function useBlockMutation<TArgs, TResult>(fn: (args: TArgs) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => client.invalidateQueries({ queryKey: blocksKey }),
  });
}
