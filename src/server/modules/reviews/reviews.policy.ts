import { eq } from 'drizzle-orm';
import { isInScope } from '../../../domain/access/permissions';
import type { DbOrTx } from '../../db/client';
import { movement, unit } from '../../db/schema';
import { AppError, badRequest, forbidden, notFound } from '../../http/app-error';
import type { Actor } from '../auth/actor';
import { can } from '../auth/actor';
import { assertMovementVisible } from '../movements/movements.policy';
import { review } from './reviews.schema';

export type ReviewRow = typeof review.$inferSelect;

export interface LoadedReview {
  review: ReviewRow;
  movementTitle: string;
  movementUnitId: string;
  /** The actor belongs to the organising side (the movement's unit is in their subtree). */
  isOrganiser: boolean;
}

async function loadReview(db: DbOrTx, actor: Actor, id: string, lock: boolean): Promise<LoadedReview> {
  const query = db
    .select({ r: review, title: movement.title, unitId: movement.unitId, unitPath: unit.path })
    .from(review)
    .innerJoin(movement, eq(movement.id, review.movementId))
    .innerJoin(unit, eq(unit.id, movement.unitId))
    .where(eq(review.id, id));
  const [row] = lock ? await query.for('update', { of: review }) : await query;
  if (!row) throw notFound('Báo cáo sơ kết, tổng kết');
  const isOrganiser = isInScope(actor.scopePath, row.unitPath);
  if (!isOrganiser) {
    try {
      await assertMovementVisible(db, actor, row.r.movementId);
    } catch {
      throw notFound('Báo cáo sơ kết, tổng kết');
    }
  }
  return { review: row.r, movementTitle: row.title, movementUnitId: row.unitId, isOrganiser };
}

/** A review the actor may read: of a movement they can see; else 404 like a missing one. */
export const loadVisibleReview = (db: DbOrTx, actor: Actor, id: string) => loadReview(db, actor, id, false);

/**
 * A review, locked, for a change by the organising side: 404 when not visible, 403 for a participant,
 * 400 once finalised (its figures are frozen), 409 naming the last editor when the version is stale.
 */
export async function loadReviewForChange(
  tx: DbOrTx,
  actor: Actor,
  id: string,
  version: number,
  lastEditor: () => Promise<string>,
): Promise<LoadedReview> {
  const loaded = await loadReview(tx, actor, id, true);
  if (!loaded.isOrganiser) {
    throw forbidden('Chỉ đơn vị tổ chức phong trào mới được soạn và chốt báo cáo sơ kết, tổng kết.');
  }
  if (loaded.review.status === 'finalised') {
    throw badRequest('Báo cáo đã chốt số liệu nên không sửa được nữa.', [
      { path: 'status', message: 'Đã chốt số liệu' },
    ]);
  }
  if (loaded.review.version !== version) {
    throw new AppError(
      'CONFLICT',
      `Báo cáo này vừa được ${await lastEditor()} sửa. Dữ liệu mới đã được tải lại; vui lòng sửa lại nếu cần.`,
    );
  }
  return loaded;
}

/** Whether the actor may write this review (shown to the web app to offer the editor). */
export function canEditReview(actor: Actor, loaded: Pick<LoadedReview, 'isOrganiser' | 'review'>): boolean {
  return can(actor, 'review.write') && loaded.isOrganiser && loaded.review.status === 'draft';
}
