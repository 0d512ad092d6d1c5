import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Review } from '../../../../../src/shared/api/reviews';
import {
  fetchReview,
  fetchReviews,
  finaliseReview,
  type ReviewUpdate,
  startReview,
  updateReview,
} from '../api/reviews-api';

const listKey = (movementId: string) => ['movements', 'reviews', movementId] as const;
const reviewKey = (id: string | null) => ['reviews', id] as const;

export function useReviewList(movementId: string) {
  return useQuery({ queryKey: listKey(movementId), queryFn: () => fetchReviews(movementId) });
}

export function useReview(id: string | null) {
  return useQuery({ queryKey: reviewKey(id), queryFn: () => fetchReview(id!), enabled: Boolean(id) });
}

/** A write answers with the fresh review: store it and refresh the movement's list. */
function useStore(movementId: string) {
  const client = useQueryClient();
  return async (review: Review) => {
    client.setQueryData(reviewKey(review.id), review);
    await client.invalidateQueries({ queryKey: listKey(movementId) });
  };
}

export function useStartReview(movementId: string) {
  const store = useStore(movementId);
  return useMutation({
    mutationFn: (milestoneId: string) => startReview(movementId, milestoneId),
    onSuccess: store,
  });
}

export function useUpdateReview(movementId: string) {
  const store = useStore(movementId);
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ReviewUpdate }) => updateReview(id, body),
    onSuccess: store,
  });
}

export function useFinaliseReview(movementId: string) {
  const store = useStore(movementId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => finaliseReview(id, version),
    onSuccess: store,
  });
}
