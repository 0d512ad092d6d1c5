import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CouncilMemberCreate,
  CouncilSession,
  CouncilSessionCreate,
} from '../../../../../src/shared/api/council';
import {
  addMember,
  type Choice,
  castVote,
  castWrittenVote,
  closeSession,
  createSession,
  fetchCandidates,
  fetchMembers,
  fetchReadyDossiers,
  fetchSession,
  fetchSessions,
  openSession,
  removeMember,
  searchPeople,
  tallySession,
} from '../api/council-api';

const keys = {
  members: (year: number) => ['council', 'members', year] as const,
  candidates: ['council', 'candidates'] as const,
  sessions: ['council', 'sessions'] as const,
  ready: ['council', 'ready'] as const,
  session: (id: string) => ['council', 'session', id] as const,
};

export function useMembers(year: number) {
  return useQuery({ queryKey: keys.members(year), queryFn: ({ signal }) => fetchMembers(year, signal) });
}

export function useCandidates(enabled: boolean) {
  return useQuery({ queryKey: keys.candidates, queryFn: ({ signal }) => fetchCandidates(signal), enabled });
}

export function useSessions() {
  return useQuery({ queryKey: keys.sessions, queryFn: ({ signal }) => fetchSessions(signal) });
}

export function useReadyDossiers(enabled: boolean) {
  return useQuery({ queryKey: keys.ready, queryFn: ({ signal }) => fetchReadyDossiers(signal), enabled });
}

export function useSession(id: string) {
  return useQuery({ queryKey: keys.session(id), queryFn: ({ signal }) => fetchSession(id, signal) });
}

function useInvalidateCouncil() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['council'] });
}

export function useAddMember() {
  const invalidate = useInvalidateCouncil();
  return useMutation({ mutationFn: (body: CouncilMemberCreate) => addMember(body), onSuccess: invalidate });
}

export function useRemoveMember() {
  const invalidate = useInvalidateCouncil();
  return useMutation({ mutationFn: (id: string) => removeMember(id), onSuccess: invalidate });
}

export function useCreateSession() {
  const invalidate = useInvalidateCouncil();
  return useMutation({
    mutationFn: (body: CouncilSessionCreate) => createSession(body),
    onSuccess: invalidate,
  });
}

/** Steps that answer with the fresh session: store it, refresh the lists. */
function useStoreSession(id: string) {
  const client = useQueryClient();
  return async (session: CouncilSession) => {
    client.setQueryData(keys.session(id), session);
    await client.invalidateQueries({ queryKey: keys.sessions });
  };
}

export function useOpenSession(id: string) {
  const store = useStoreSession(id);
  return useMutation({
    mutationFn: ({ version, presentUserIds }: { version: number; presentUserIds: string[] }) =>
      openSession(id, version, presentUserIds),
    onSuccess: store,
  });
}

export function useTallySession(id: string) {
  const store = useStoreSession(id);
  return useMutation({ mutationFn: (version: number) => tallySession(id, version), onSuccess: store });
}

export function useCloseSession(id: string) {
  const invalidate = useInvalidateCouncil();
  return useMutation({ mutationFn: (version: number) => closeSession(id, version), onSuccess: invalidate });
}

export function useCastVote(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ nomineeId, choice }: { nomineeId: string; choice: Choice }) =>
      castVote(id, nomineeId, choice),
    onSettled: () => client.invalidateQueries({ queryKey: keys.session(id) }),
  });
}

export function useCastWrittenVote(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, nomineeId, choice }: { userId: string; nomineeId: string; choice: Choice }) =>
      castWrittenVote(id, userId, nomineeId, choice),
    onSettled: () => client.invalidateQueries({ queryKey: keys.session(id) }),
  });
}

export function usePeopleSearch(q: string) {
  return useQuery({
    queryKey: ['council', 'people', q],
    queryFn: ({ signal }) => searchPeople(q, signal),
    enabled: q.trim().length >= 2,
  });
}
