import type { z } from 'zod';
import type {
  CouncilCandidateListSchema,
  CouncilCloseResultSchema,
  CouncilMemberCreate,
  CouncilMemberListSchema,
  CouncilReadyDossierListSchema,
  CouncilSession,
  CouncilSessionCreate,
  CouncilSessionListSchema,
} from '../../../../../src/shared/api/council';
import type { PersonListSchema } from '../../../../../src/shared/api/people';
import { api, apiRequest, fileUrl } from '../../../lib/api';

export type CouncilMemberList = z.infer<typeof CouncilMemberListSchema>;
export type CouncilCandidateList = z.infer<typeof CouncilCandidateListSchema>;
export type CouncilSessionList = z.infer<typeof CouncilSessionListSchema>;
export type CouncilReadyDossierList = z.infer<typeof CouncilReadyDossierListSchema>;
export type CouncilCloseResult = z.infer<typeof CouncilCloseResultSchema>;
export type Choice = 'yes' | 'no';
export type PersonList = z.infer<typeof PersonListSchema>;

/** People by name, to link a member to their own record (so they never vote on themselves). */
export const searchPeople = (q: string, signal?: AbortSignal) =>
  api.get<PersonList>('/people', { q: q.trim() || undefined, pageSize: 20 }, signal);

const session = (id: string) => `/council/sessions/${encodeURIComponent(id)}`;

export const fetchMembers = (year: number, signal?: AbortSignal) =>
  api.get<CouncilMemberList>('/council/members', { year }, signal);
export const fetchCandidates = (signal?: AbortSignal) =>
  api.get<CouncilCandidateList>('/council/candidates', undefined, signal);
export const addMember = (body: CouncilMemberCreate) => api.post<{ id: string }>('/council/members', body);
export const removeMember = (id: string) =>
  apiRequest<{ ok: true }>(`/council/members/${encodeURIComponent(id)}`, { method: 'DELETE' });

export const fetchSessions = (signal?: AbortSignal) =>
  api.get<CouncilSessionList>('/council/sessions', undefined, signal);
export const fetchReadyDossiers = (signal?: AbortSignal) =>
  api.get<CouncilReadyDossierList>('/council/ready-dossiers', undefined, signal);
export const createSession = (body: CouncilSessionCreate) =>
  api.post<{ id: string }>('/council/sessions', body);
export const fetchSession = (id: string, signal?: AbortSignal) =>
  api.get<CouncilSession>(session(id), undefined, signal);
export const openSession = (id: string, version: number, presentUserIds: string[]) =>
  api.post<CouncilSession>(`${session(id)}/open`, { version, presentUserIds });
export const castVote = (id: string, nomineeId: string, choice: Choice) =>
  api.post<{ voted: true }>(`${session(id)}/votes`, { nomineeId, choice });
export const castWrittenVote = (id: string, userId: string, nomineeId: string, choice: Choice) =>
  api.post<{ voted: true }>(`${session(id)}/written-votes`, { userId, nomineeId, choice });
export const tallySession = (id: string, version: number) =>
  api.post<CouncilSession>(`${session(id)}/tally`, { version });
export const closeSession = (id: string, version: number) =>
  api.post<CouncilCloseResult>(`${session(id)}/close`, { version });
export const minutesUrl = (id: string, kind: 'minutes' | 'tally') =>
  fileUrl(`${session(id)}/${kind === 'minutes' ? 'minutes' : 'tally-report'}.docx`);
