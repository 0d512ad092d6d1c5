import type { z } from 'zod';
import type {
  CommentChallengeSchema,
  CommentStatus,
  NoticeSave,
  PublicCommentCreate,
  PublicNotice,
  PublicNoticeListSchema,
  StaffCommentListSchema,
  StaffNotice,
  StaffNoticeListSchema,
} from '../../../../../src/shared/api/public-notice';
import { api } from '../../../lib/api';

export type PublicNoticeList = z.infer<typeof PublicNoticeListSchema>;
export type CommentChallenge = z.infer<typeof CommentChallengeSchema>;
export type StaffNoticeList = z.infer<typeof StaffNoticeListSchema>;
export type StaffCommentList = z.infer<typeof StaffCommentListSchema>;

const pub = (id: string) => `/public/notices/${encodeURIComponent(id)}`;
const staff = (id: string) => `/public-notices/${encodeURIComponent(id)}`;

// Public (no sign-in).
export const fetchPublicNotices = (signal?: AbortSignal) =>
  api.get<PublicNoticeList>('/public/notices', undefined, signal);
export const fetchPublicNotice = (id: string, signal?: AbortSignal) =>
  api.get<PublicNotice>(pub(id), undefined, signal);
export const fetchChallenge = (id: string) => api.get<CommentChallenge>(`${pub(id)}/challenge`);
export const postComment = (id: string, body: PublicCommentCreate) =>
  api.post<{ status: 'pending' }>(`${pub(id)}/comments`, body);

// Staff.
export const fetchStaffNotices = (signal?: AbortSignal) =>
  api.get<StaffNoticeList>('/public-notices', undefined, signal);
export const fetchStaffNotice = (id: string, signal?: AbortSignal) =>
  api.get<StaffNotice>(staff(id), undefined, signal);
export const saveNotice = (id: string, body: NoticeSave) => api.put<StaffNotice>(staff(id), body);
export const moveNotice = (id: string, action: 'publish' | 'withdraw', version: number) =>
  api.post<StaffNotice>(`${staff(id)}/${action}`, { version });
export const fetchComments = (
  query: { status?: CommentStatus; dossierId?: string; noticeId?: string },
  signal?: AbortSignal,
) => api.get<StaffCommentList>('/public-comments', query, signal);
export const moderateComment = (
  id: string,
  body: { version: number; status: 'approved' | 'hidden'; note?: string },
) => api.post<StaffCommentList>(`/public-comments/${encodeURIComponent(id)}/moderate`, body);
