import type { z } from 'zod';
import type { Review, ReviewList, ReviewUpdateSchema } from '../../../../../src/shared/api/reviews';
import { api, fileUrl } from '../../../lib/api';

export type ReviewUpdate = z.input<typeof ReviewUpdateSchema>;

export function fetchReviews(movementId: string) {
  return api.get<ReviewList>(`/movements/${encodeURIComponent(movementId)}/reviews`);
}

export function startReview(movementId: string, milestoneId: string) {
  return api.post<Review>(`/movements/${encodeURIComponent(movementId)}/reviews`, { milestoneId });
}

export function fetchReview(id: string) {
  return api.get<Review>(`/reviews/${encodeURIComponent(id)}`);
}

export function updateReview(id: string, body: ReviewUpdate) {
  return api.put<Review>(`/reviews/${encodeURIComponent(id)}`, body);
}

export function finaliseReview(id: string, version: number) {
  return api.post<Review>(`/reviews/${encodeURIComponent(id)}/finalise`, { version });
}

/** The Word report, generated on each download from the current template. */
export function reviewReportUrl(id: string) {
  return fileUrl(`/reviews/${encodeURIComponent(id)}/report.docx`);
}
