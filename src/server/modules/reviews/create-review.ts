import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { movementMilestone } from '../../db/schema';
import { AppError, badRequest } from '../../http/app-error';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { loadMovementForChange } from '../movements/movements.policy';
import { review } from './reviews.schema';

/**
 * Start the review of an interim- or final-review milestone of a launched movement (idempotent: a
 * milestone that already has its review gives that one). The review date starts as the milestone's.
 */
export async function createReview(
  tx: DbOrTx,
  actor: Actor,
  movementId: string,
  milestoneId: string,
): Promise<string> {
  const movement = await loadMovementForChange(tx, actor, movementId);
  if (movement.status === 'draft') {
    throw badRequest('Phong trào chưa phát động nên chưa thể sơ kết, tổng kết.', [
      { path: 'status', message: 'Chưa phát động' },
    ]);
  }
  const [milestone] = await tx
    .select()
    .from(movementMilestone)
    .where(and(eq(movementMilestone.id, milestoneId), eq(movementMilestone.movementId, movementId)));
  if (!milestone) {
    throw new AppError('NOT_FOUND', 'Mốc sơ kết, tổng kết không tồn tại trong phong trào này.', [
      { path: 'milestoneId', message: 'Không tìm thấy' },
    ]);
  }
  if (milestone.kind !== 'interim-review' && milestone.kind !== 'final-review') {
    throw badRequest('Chỉ mốc sơ kết hoặc tổng kết mới có báo cáo.', [
      { path: 'milestoneId', message: 'Không phải mốc sơ kết, tổng kết' },
    ]);
  }
  const [existing] = await tx
    .select({ id: review.id })
    .from(review)
    .where(eq(review.milestoneId, milestoneId));
  if (existing) return existing.id;
  const kind = milestone.kind === 'interim-review' ? 'interim' : 'final';
  const [row] = await tx
    .insert(review)
    .values({
      movementId,
      milestoneId,
      kind,
      title: milestone.title,
      reviewDate: milestone.dueOn,
      createdBy: actor.userId,
      updatedBy: actor.userId,
    })
    .returning({ id: review.id });
  await writeAudit(tx, auditContextOf(actor), {
    action: 'review.create',
    objectType: 'review',
    objectId: row!.id,
    unitId: movement.unitId,
    after: { movementId, milestoneId, kind, title: milestone.title, reviewDate: milestone.dueOn },
  });
  return row!.id;
}
