import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { lastEditorOf } from '../audit/last-editor';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { computeReviewFigures } from './compute-review-figures';
import { loadReviewForChange } from './reviews.policy';
import { review } from './reviews.schema';

/**
 * Finalise a review: its figures as at the review date are computed once more and frozen in the row, so
 * later pledges, reports or dossiers never change a result already reported. Audited with the figures.
 */
export async function finaliseReview(tx: DbOrTx, actor: Actor, id: string, version: number): Promise<void> {
  const { review: before, movementUnitId } = await loadReviewForChange(tx, actor, id, version, () =>
    lastEditorOf(tx, 'review', id),
  );
  const figures = await computeReviewFigures(tx, before.movementId, before.reviewDate);
  const now = new Date();
  await tx
    .update(review)
    .set({
      status: 'finalised',
      figures,
      finalisedAt: now,
      finalisedBy: actor.userId,
      updatedBy: actor.userId,
      version: sql`${review.version} + 1`,
      updatedAt: now,
    })
    .where(eq(review.id, id));
  await writeAudit(tx, auditContextOf(actor), {
    action: 'review.finalise',
    objectType: 'review',
    objectId: id,
    unitId: movementUnitId,
    before: { status: before.status, version: before.version },
    after: { status: 'finalised', finalisedAt: now.toISOString(), figures },
  });
}
