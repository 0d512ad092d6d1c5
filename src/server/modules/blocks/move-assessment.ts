import { eq, sql } from 'drizzle-orm';
import type { AssessmentMoveInput } from '../../../shared/api/blocks';
import type { DbOrTx } from '../../db/client';
import { badRequest } from '../../http/app-error';
import { lastEditorOf } from '../audit/last-editor';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { notifyUnits } from '../notifications/notify-units';
import { loadSheet, refreshRoundTotals } from './assessment-scores';
import { assertTake, loadAssessmentTarget, staleAssessment } from './assessments.policy';
import { assessmentScore, unitAssessment } from './blocks.schema';

/**
 * Move a unit's sheet along the review chain (submit, review, return with a reason, explain, finalize).
 * Submitting copies the self values as the reviewer's starting point; the review copies the reviewed
 * values as the staff's starting point. The next actor is notified; audited in the same transaction.
 */
export async function moveAssessment(
  tx: DbOrTx,
  actor: Actor,
  blockId: string,
  unitId: string,
  input: AssessmentMoveInput,
): Promise<void> {
  const target = await loadAssessmentTarget(tx, actor, blockId, unitId, { lock: true });
  const to = assertTake(actor, target, input.action);
  const { sheet, round, access } = target;
  const block = access.block;
  if (sheet.version !== input.version)
    throw staleAssessment(await lastEditorOf(tx, 'unit_assessment', sheet.id));
  const reason = input.reason?.trim() || null;
  if (input.action === 'return' && !reason) {
    throw badRequest('Ghi lý do trả lại bảng tự chấm.', [{ path: 'reason', message: 'Ghi lý do trả lại' }]);
  }
  if (input.action === 'submit') {
    const loaded = await loadSheet(tx, blockId);
    const scored = new Set(
      (await tx.select().from(assessmentScore).where(eq(assessmentScore.unitAssessmentId, sheet.id)))
        .filter((r) => r.selfValue !== null)
        .map((r) => r.criterionId),
    );
    const missing = (loaded?.criteria ?? []).filter(
      (c) =>
        c.role === 'regular' &&
        (c.kind === 'manual' || c.kind === 'achieved' || c.kind === 'per-occurrence') &&
        !scored.has(c.id),
    );
    if (missing.length > 0) {
      throw badRequest(
        `Chưa tự chấm các tiêu chí: ${missing.map((c) => c.code).join(', ')}.`,
        missing.map((c) => ({ path: `criteria.${c.id}`, message: `${c.code}: chưa chấm` })),
      );
    }
    await tx
      .update(assessmentScore)
      .set({ reviewedValue: sql`self_value`, reviewedScore: sql`self_score`, reviewReason: null })
      .where(eq(assessmentScore.unitAssessmentId, sheet.id));
  }
  if (input.action === 'review') {
    await tx
      .update(assessmentScore)
      .set({ finalValue: sql`reviewed_value`, finalScore: sql`reviewed_score`, finalReason: null })
      .where(eq(assessmentScore.unitAssessmentId, sheet.id));
  }
  const now = new Date();
  const stamp =
    input.action === 'submit'
      ? { selfSubmittedAt: now, selfSubmittedBy: actor.email }
      : input.action === 'review' || input.action === 'return'
        ? { reviewedAt: now, reviewedBy: actor.email }
        : input.action === 'explain'
          ? { explainedAt: now, explainedBy: actor.email }
          : { finalizedAt: now, finalizedBy: actor.email };
  await tx
    .update(unitAssessment)
    .set({
      ...stamp,
      status: to,
      updatedBy: actor.email,
      version: sql`${unitAssessment.version} + 1`,
      updatedAt: now,
    })
    .where(eq(unitAssessment.id, sheet.id));
  await refreshRoundTotals(tx, block, round.id, access.memberIds);
  const link = `/blocks/${blockId}/assessments/${unitId}`;
  const { rows } = await tx.execute<{ name: string }>(sql`SELECT name FROM unit WHERE id = ${unitId}`);
  const unitName = rows[0]?.name ?? '';
  const message = {
    submit: sheet.reviewerUnitId
      ? {
          to: [sheet.reviewerUnitId],
          title: `Bảng tự chấm chờ chấm: ${unitName}`,
          body: `Khối ${block.name}: ${unitName} đã gửi bảng tự chấm.`,
        }
      : null,
    return: { to: [unitId], title: `Bảng tự chấm bị trả lại: ${block.name}`, body: `Lý do: ${reason}` },
    review: {
      to: [unitId],
      title: `Đã có kết quả chấm điểm: ${block.name}`,
      body: 'Đơn vị xem điểm trưởng khối chấm (điểm cũ và điểm mới, lý do) và giải trình nếu chưa đồng ý.',
    },
    explain: {
      to: [block.organiserUnitId],
      title: `Giải trình bảng điểm: ${unitName}`,
      body: `Khối ${block.name}: chờ thẩm định cuối.`,
    },
    finalize: {
      to: [unitId],
      title: `Đã chốt điểm thi đua: ${block.name}`,
      body: 'Điểm của đơn vị đã được thẩm định và khóa.',
    },
  }[input.action];
  const notified = message
    ? await notifyUnits(
        tx,
        message.to,
        { kind: `block.assessment.${input.action}`, title: message.title, body: message.body, link },
        now,
      )
    : 0;
  await writeAudit(tx, auditContextOf(actor), {
    action: `block.assessment.${input.action}`,
    objectType: 'unit_assessment',
    objectId: sheet.id,
    unitId,
    before: { status: sheet.status, version: sheet.version },
    after: { status: to, blockId, ...(reason ? { reason } : {}), notifiedUnits: notified },
  });
}
