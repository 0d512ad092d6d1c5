import { eq, sql } from 'drizzle-orm';
import type { ReviewUpdate } from '../../../shared/api/reviews';
import type { DbOrTx } from '../../db/client';
import { lastEditorOf } from '../audit/last-editor';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { loadReviewForChange } from './reviews.policy';
import { review } from './reviews.schema';

/** Save the written assessment and the review date of a draft review (409 on a stale version). */
export async function updateReview(tx: DbOrTx, actor: Actor, id: string, input: ReviewUpdate): Promise<void> {
  const { review: before, movementUnitId } = await loadReviewForChange(tx, actor, id, input.version, () =>
    lastEditorOf(tx, 'review', id),
  );
  const { version: _version, ...content } = input;
  await tx
    .update(review)
    .set({ ...content, updatedBy: actor.userId, version: sql`${review.version} + 1`, updatedAt: new Date() })
    .where(eq(review.id, id));
  await writeAudit(tx, auditContextOf(actor), {
    action: 'review.update',
    objectType: 'review',
    objectId: id,
    unitId: movementUnitId,
    before: {
      reviewDate: before.reviewDate,
      achievements: before.achievements,
      shortcomings: before.shortcomings,
      lessons: before.lessons,
      nextTasks: before.nextTasks,
      version: before.version,
    },
    after: content,
  });
}
