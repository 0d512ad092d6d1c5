import { eq, sql } from 'drizzle-orm';
import { leaderOf } from '../../../domain/blocks/ranking';
import type { DbOrTx } from '../../db/client';
import { badRequest, forbidden } from '../../http/app-error';
import { lastEditorOf } from '../audit/last-editor';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { createDossierInTx } from '../dossiers/create-dossier';
import { loadBlockAccess, staleBlock } from './blocks.policy';
import { assessmentRound } from './blocks.schema';
import { computeRanking, FLAG_AWARD_CODE } from './ranking.queries';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * Propose the block's leader for the emulation flag (Law Art 26: the collective leading its block) as a
 * draft dossier of the organising unit, in the same transaction. A tie at the top needs `unitId` among
 * the tied units. One proposal per round.
 */
export async function proposeFlag(
  tx: DbOrTx,
  actor: Actor,
  blockId: string,
  input: { version: number; unitId?: string },
): Promise<{ dossierId: string; unitId: string }> {
  const access = await loadBlockAccess(tx, actor, blockId, { lock: true });
  if (!access.canFinalize)
    throw forbidden('Chỉ cán bộ thường trực của đơn vị tổ chức khối mới được lập đề nghị tặng Cờ thi đua.');
  const { block } = access;
  const [round] = await tx
    .select()
    .from(assessmentRound)
    .where(eq(assessmentRound.blockId, blockId))
    .for('update');
  if (!round || round.status !== 'locked')
    throw badRequest('Đề nghị tặng Cờ thi đua được lập sau khi khóa đợt chấm điểm.');
  if (round.version !== input.version)
    throw staleBlock('Đợt chấm điểm này', await lastEditorOf(tx, 'assessment_round', round.id));
  if (round.flagDossierId) throw badRequest('Đã lập hồ sơ đề nghị tặng Cờ thi đua cho khối này.');
  const ranked = await computeRanking(tx, access, round.id);
  const { leader, tied } = leaderOf(ranked);
  let chosen = leader;
  if (!chosen) {
    chosen = tied.find((t) => t.unitId === input.unitId) ?? null;
    if (!chosen) {
      throw badRequest(
        `Các đơn vị đồng hạng nhất sau mọi tiêu chí phụ: ${tied.map((t) => t.unitName).join(', ')}. Chọn một đơn vị để đề nghị (theo biên bản họp khối).`,
        [{ path: 'unitId', message: 'Chọn đơn vị dẫn đầu' }],
      );
    }
  } else if (input.unitId && input.unitId !== chosen.unitId) {
    throw badRequest(
      `Đơn vị dẫn đầu khối là ${chosen.unitName}; chỉ đơn vị dẫn đầu được đề nghị tặng Cờ thi đua.`,
      [{ path: 'unitId', message: 'Không phải đơn vị dẫn đầu' }],
    );
  }
  const summary = `Dẫn đầu ${block.name} năm ${block.year} với ${chosen.finalTotal} điểm (xếp hạng 1/${ranked.length}).`;
  const dossierId = await createDossierInTx(tx, actor, {
    unitId: block.organiserUnitId,
    track: 'regular',
    awardCode: FLAG_AWARD_CODE,
    year: block.year,
    movementId: block.movementId,
    title: `Đề nghị tặng Cờ thi đua năm ${block.year} cho ${chosen.unitName} (dẫn đầu ${block.name})`,
    coverLetter: '',
    meetingMinutes: '',
    nominees: [
      {
        kind: 'collective',
        unitId: chosen.unitId,
        achievementSummary: summary,
        achievementReportHtml: `<p>${escapeHtml(summary)}</p>`,
        initiativeIds: [],
        basisGrantIds: [],
      },
    ],
  });
  const now = new Date();
  await tx
    .update(assessmentRound)
    .set({
      flagDossierId: dossierId,
      flagUnitId: chosen.unitId,
      updatedBy: actor.email,
      version: sql`${assessmentRound.version} + 1`,
      updatedAt: now,
    })
    .where(eq(assessmentRound.id, round.id));
  await writeAudit(tx, auditContextOf(actor), {
    action: 'block.flag.propose',
    objectType: 'assessment_round',
    objectId: round.id,
    unitId: block.organiserUnitId,
    after: { dossierId, unitId: chosen.unitId, total: chosen.finalTotal, tiedChoice: leader === null },
  });
  return { dossierId, unitId: chosen.unitId };
}
