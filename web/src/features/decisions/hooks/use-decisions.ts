import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Decision,
  DecisionIssue,
  DecisionSaveInput,
  DecisionStatus,
} from '../../../../../src/shared/api/decisions';
import {
  createDecision,
  deleteDecision,
  fetchDecision,
  fetchDecisions,
  fetchDefaults,
  fetchReadyDossiers,
  issueDecision,
  updateDecision,
} from '../api/decisions-api';

export function useDecisionList(status: DecisionStatus | undefined, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['decisions', 'list', status, page, pageSize],
    queryFn: () => fetchDecisions(status, page, pageSize),
    placeholderData: keepPreviousData,
  });
}

export const decisionKey = (id: string | undefined) => ['decisions', 'detail', id] as const;

export function useDecision(id: string | undefined) {
  return useQuery({ queryKey: decisionKey(id), queryFn: () => fetchDecision(id!), enabled: Boolean(id) });
}

export function useDecisionDefaults(enabled: boolean) {
  return useQuery({ queryKey: ['decisions', 'defaults'], queryFn: fetchDefaults, enabled });
}

export function useReadyDossiers() {
  return useQuery({ queryKey: ['decisions', 'ready-dossiers'], queryFn: fetchReadyDossiers });
}

function useStore() {
  const client = useQueryClient();
  return async (decision: Decision) => {
    client.setQueryData(decisionKey(decision.id), decision);
    await client.invalidateQueries({ queryKey: ['decisions', 'list'] });
    await client.invalidateQueries({ queryKey: ['decisions', 'ready-dossiers'] });
    await client.invalidateQueries({ queryKey: ['registry'] });
  };
}

export function useSaveDecision() {
  const store = useStore();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: DecisionSaveInput & { version?: number } }) =>
      id ? updateDecision(id, { ...body, version: body.version! }) : createDecision(body),
    onSuccess: store,
  });
}

export function useIssueDecision() {
  const store = useStore();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: DecisionIssue }) => issueDecision(id, body),
    onSuccess: store,
  });
}

export function useDeleteDecision() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => deleteDecision(id, version),
    onSuccess: () => client.invalidateQueries({ queryKey: ['decisions'] }),
  });
}
