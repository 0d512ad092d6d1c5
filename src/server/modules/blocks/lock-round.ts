import { eq, sql } from 'drizzle-orm';
import { ASSESSMENT_STATUS_LABELS, type AssessmentStatus } from '../../../domain/blocks/review-chain';
import type { DbOrTx } from '../../db/client';
import { badRequest, forbidden } from '../../http/app-error';
import { lastEditorOf } from '../audit/last-editor';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { notifyUnits } from '../notifications/notify-units';
import { refreshRoundTotals } from './assessment-scores';
import { loadBlockAccess, staleBlock } from './blocks.policy';
import { assessmentRound, unitAssessment } from './blocks.schema';
import { computeRanking } from './ranking.queries';

/**
 * Lock the round once every member's sheet is finalised: the ranking is computed with the tie rules,
 * stored, and published to the members. Staff of the organiser only; audited.
 */
export async function lockRound(tx: DbOrTx, actor: Actor, blockId: string, version: number): Promise<void> {
  const access = await loadBlockAccess(tx, actor, blockId, { lock: true });
  if (!access.canFinalize)
    throw forbidden('Chỉ cán bộ thường trực của đơn vị tổ chức khối mới được khóa đợt chấm điểm.');
  const { block } = access;
  const [round] = await tx
    .select()
    .from(assessmentRound)
    .where(eq(assessmentRound.blockId, blockId))
    .for('update');
  if (!round) throw badRequest('Khối chưa mở đợt chấm điểm.');
  if (round.version !== version)
    throw staleBlock('Đợt chấm điểm này', await lastEditorOf(tx, 'assessment_round', round.id));
  if (round.status === 'locked') throw badRequest('Đợt chấm điểm đã khóa.');
  const sheets = await tx.select().from(unitAssessment).where(eq(unitAssessment.roundId, round.id));
  const pending = sheets.filter((s) => s.status !== 'locked');
  if (pending.length > 0) {
    const { rows } = await tx.execute<{ id: string; name: string }>(sql`
      SELECT id, name FROM unit WHERE id IN (${sql.join(
        pending.map((s) => sql`${s.unitId}`),
        sql`, `,
      )}) ORDER BY name`);
    const status = new Map(pending.map((s) => [s.unitId, s.status as AssessmentStatus]));
    throw badRequest(
      `Còn ${pending.length} đơn vị chưa chốt điểm: ${rows.map((r) => `${r.name} (${ASSESSMENT_STATUS_LABELS[status.get(r.id)!]})`).join('; ')}.`,
      [{ path: 'assessments', message: 'Chốt điểm tất cả đơn vị trước khi khóa' }],
    );
  }
  await refreshRoundTotals(tx, block, round.id, access.memberIds);
  const ranked = await computeRanking(tx, access, round.id);
  if (ranked.length > 0) {
    const ranks = sql.join(
      ranked.map((r) => sql`(${r.unitId}::uuid, ${r.rank}::int)`),
      sql`, `,
    );
    await tx.execute(sql`
      UPDATE unit_assessment AS a SET rank = v.rank
        FROM (VALUES ${ranks}) AS v(unit_id, rank)
       WHERE a.round_id = ${round.id} AND a.unit_id = v.unit_id`);
  }
  const now = new Date();
  await tx
    .update(assessmentRound)
    .set({
      status: 'locked',
      lockedAt: now,
      lockedBy: actor.email,
      updatedBy: actor.email,
      version: sql`${assessmentRound.version} + 1`,
      updatedAt: now,
    })
    .where(eq(assessmentRound.id, round.id));
  const notified = await notifyUnits(
    tx,
    access.memberIds,
    {
      kind: 'block.round.locked',
      title: `Công bố kết quả chấm điểm thi đua: ${block.name} năm ${block.year}`,
      body: 'Đợt chấm điểm đã khóa. Đơn vị xem điểm chi tiết và thứ hạng của mình.',
      link: `/blocks/${blockId}`,
    },
    now,
  );
  await writeAudit(tx, auditContextOf(actor), {
    action: 'block.round.lock',
    objectType: 'assessment_round',
    objectId: round.id,
    unitId: block.organiserUnitId,
    before: { status: round.status, version: round.version },
    after: {
      status: 'locked',
      ranking: ranked.map((r) => ({
        unitId: r.unitId,
        rank: r.rank,
        total: r.finalTotal,
        decidedBy: r.decidedBy,
      })),
      notifiedUnits: notified,
    },
  });
}
