import { and, eq } from 'drizzle-orm';
import {
  type AssessmentAction,
  type AssessmentActor,
  type AssessmentStatus,
  checkStep,
  REVIEW_CHAIN,
} from '../../../domain/blocks/review-chain';
import type { DbOrTx } from '../../db/client';
import { AppError, badRequest, forbidden, notFound } from '../../http/app-error';
import { type Actor, can } from '../auth/actor';
import { type BlockAccess, canSeeBreakdown, loadBlockAccess } from './blocks.policy';
import { assessmentRound, unitAssessment } from './blocks.schema';

export type RoundRow = typeof assessmentRound.$inferSelect;
export type UnitAssessmentRow = typeof unitAssessment.$inferSelect;

export interface AssessmentTarget {
  access: BlockAccess;
  round: RoundRow;
  sheet: UnitAssessmentRow;
}

/**
 * One member unit's sheet of the block's round, if the actor may read its breakdown (else 404 like a
 * missing one); `lock` locks the sheet row for a change.
 */
export async function loadAssessmentTarget(
  db: DbOrTx,
  actor: Actor,
  blockId: string,
  unitId: string,
  options: { lock?: boolean } = {},
): Promise<AssessmentTarget> {
  const access = await loadBlockAccess(db, actor, blockId);
  const [round] = await db.select().from(assessmentRound).where(eq(assessmentRound.blockId, blockId));
  if (!round) throw notFound('Bảng điểm của đơn vị');
  const query = db
    .select()
    .from(unitAssessment)
    .where(and(eq(unitAssessment.roundId, round.id), eq(unitAssessment.unitId, unitId)));
  const [sheet] = options.lock ? await query.for('update') : await query;
  if (!sheet || !canSeeBreakdown(access, actor, unitId, sheet.reviewerUnitId))
    throw notFound('Bảng điểm của đơn vị');
  return { access, round, sheet };
}

/** The role the actor would take for an action (unit, reviewer or staff), from the action's table row. */
export function actingAs(action: AssessmentAction): AssessmentActor {
  return REVIEW_CHAIN[action].by;
}

const PERMISSION_OF = { unit: 'block.assess', reviewer: 'block.review', staff: 'block.finalize' } as const;

/** Whether the actor could take the action now (for the `can` flags the web app shows). */
export function mayTake(actor: Actor, target: AssessmentTarget, action: AssessmentAction): boolean {
  return checkTake(actor, target, action).ok;
}

function checkTake(
  actor: Actor,
  target: AssessmentTarget,
  action: AssessmentAction,
): { ok: true; to: AssessmentStatus } | { ok: false; message: string; forbidden: boolean } {
  const as = actingAs(action);
  if (!can(actor, PERMISSION_OF[as]))
    return { ok: false, message: 'Bạn không có quyền thực hiện thao tác này.', forbidden: true };
  if (as === 'staff' && !target.access.canFinalize) {
    return {
      ok: false,
      message: 'Chỉ cán bộ thường trực của đơn vị tổ chức khối mới được thẩm định cuối.',
      forbidden: true,
    };
  }
  if (target.round.status !== 'open')
    return { ok: false, message: 'Đợt chấm điểm đã khóa.', forbidden: false };
  const check = checkStep({
    action,
    status: target.sheet.status as AssessmentStatus,
    as,
    actorUnitId: actor.unitId,
    unitId: target.sheet.unitId,
    reviewerUnitId: target.sheet.reviewerUnitId,
  });
  if (check.ok) return check;
  // Wrong person → 403; right person, wrong moment → 400.
  const rightPerson = checkStep({
    action,
    status: REVIEW_CHAIN[action].from[0]!,
    as,
    actorUnitId: actor.unitId,
    unitId: target.sheet.unitId,
    reviewerUnitId: target.sheet.reviewerUnitId,
  }).ok;
  return { ok: false, message: check.message, forbidden: !rightPerson };
}

/** The status after the action, or 403 (not this actor's step; never one's own review) / 400 (wrong moment). */
export function assertTake(
  actor: Actor,
  target: AssessmentTarget,
  action: AssessmentAction,
): AssessmentStatus {
  const check = checkTake(actor, target, action);
  if (check.ok) return check.to;
  if (check.forbidden) throw forbidden(check.message);
  throw badRequest(check.message, [{ path: 'status', message: check.message }]);
}

export function staleAssessment(who: string): AppError {
  return new AppError(
    'CONFLICT',
    `Bảng điểm này vừa được ${who} cập nhật. Dữ liệu mới đã được tải lại; vui lòng kiểm tra và làm lại nếu cần.`,
  );
}
