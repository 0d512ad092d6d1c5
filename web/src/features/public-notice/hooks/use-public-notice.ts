import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CommentStatus, NoticeSave } from '../../../../../src/shared/api/public-notice';
import {
  fetchComments,
  fetchPublicNotice,
  fetchPublicNotices,
  fetchStaffNotice,
  fetchStaffNotices,
  moderateComment,
  moveNotice,
  saveNotice,
} from '../api/public-notice-api';

export function usePublicNotices() {
  return useQuery({ queryKey: ['public', 'notices'], queryFn: ({ signal }) => fetchPublicNotices(signal) });
}

export function usePublicNotice(id: string) {
  return useQuery({
    queryKey: ['public', 'notice', id],
    queryFn: ({ signal }) => fetchPublicNotice(id, signal),
  });
}

export function useStaffNotices() {
  return useQuery({ queryKey: ['notices', 'list'], queryFn: ({ signal }) => fetchStaffNotices(signal) });
}

export function useStaffNotice(id: string | null) {
  return useQuery({
    queryKey: ['notices', 'one', id],
    queryFn: ({ signal }) => fetchStaffNotice(id!, signal),
    enabled: Boolean(id),
  });
}

export function useComments(
  query: { status?: CommentStatus; dossierId?: string; noticeId?: string },
  options: { enabled?: boolean } = {},
) {
  return useQuery({
    queryKey: ['notices', 'comments', query],
    queryFn: ({ signal }) => fetchComments(query, signal),
    enabled: options.enabled ?? true,
  });
}

function useInvalidateNotices() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['notices'] });
}

export function useSaveNotice() {
  const invalidate = useInvalidateNotices();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: NoticeSave }) => saveNotice(id, body),
    onSuccess: invalidate,
  });
}

export function useMoveNotice() {
  const invalidate = useInvalidateNotices();
  return useMutation({
    mutationFn: ({ id, action, version }: { id: string; action: 'publish' | 'withdraw'; version: number }) =>
      moveNotice(id, action, version),
    onSuccess: invalidate,
  });
}

export function useModerateComment() {
  const invalidate = useInvalidateNotices();
  return useMutation({
    mutationFn: ({
      id,
      ...body
    }: {
      id: string;
      version: number;
      status: 'approved' | 'hidden';
      note?: string;
    }) => moderateComment(id, body),
    onSettled: invalidate,
  });
}
