import { eq, sql } from 'drizzle-orm';
import { reviewerUnitOf } from '../../../domain/blocks/review-chain';
import { checkSheet } from '../../../domain/blocks/sheet';
import type { RoundSave } from '../../../shared/api/blocks';
import type { DbOrTx } from '../../db/client';
import { badRequest } from '../../http/app-error';
import { lastEditorOf } from '../audit/last-editor';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { notifyUnits } from '../notifications/notify-units';
import { loadSheet, refreshRoundTotals } from './assessment-scores';
import { loadBlockForManage, staleBlock } from './blocks.policy';
import { assessmentRound, unitAssessment } from './blocks.schema';

const viDate = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : null);

function assertDeadlines(input: RoundSave) {
  const order: [keyof RoundSave, string][] = [
    ['selfDueOn', 'Hạn tự chấm'],
    ['reviewDueOn', 'Hạn trưởng khối chấm'],
    ['explanationDueOn', 'Hạn giải trình'],
    ['finalDueOn', 'Hạn thẩm định cuối'],
  ];
  let previous: string | null = null;
  for (const [key, label] of order) {
    const value = input[key] as string | null;
    if (value && previous && value < previous) {
      throw badRequest(`${label} phải sau các hạn trước đó.`, [
        { path: key, message: 'Trước hạn của bước trước' },
      ]);
    }
    if (value) previous = value;
  }
}

/**
 * Open the block's assessment round (version 0), or change its deadlines (the round's version). Opening
 * needs a ready sheet and a head (and a deputy, who reviews the head's own sheet); every member gets its
 * sheet and a notification.
 */
export async function saveRound(tx: DbOrTx, actor: Actor, blockId: string, input: RoundSave): Promise<void> {
  const { block, memberIds } = await loadBlockForManage(tx, actor, blockId);
  assertDeadlines(input);
  const [before] = await tx
    .select()
    .from(assessmentRound)
    .where(eq(assessmentRound.blockId, blockId))
    .for('update');
  if ((before?.version ?? 0) !== input.version) {
    throw staleBlock(
      'Đợt chấm điểm này',
      before ? await lastEditorOf(tx, 'assessment_round', before.id) : 'người khác',
    );
  }
  const deadlines = {
    selfDueOn: input.selfDueOn,
    reviewDueOn: input.reviewDueOn,
    explanationDueOn: input.explanationDueOn,
    finalDueOn: input.finalDueOn,
  };
  if (before) {
    if (before.status === 'locked') throw badRequest('Đợt chấm điểm đã khóa nên không thể đổi hạn.');
    await tx
      .update(assessmentRound)
      .set({
        ...deadlines,
        updatedBy: actor.email,
        version: sql`${assessmentRound.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(assessmentRound.id, before.id));
    await writeAudit(tx, auditContextOf(actor), {
      action: 'block.round.update',
      objectType: 'assessment_round',
      objectId: before.id,
      unitId: block.organiserUnitId,
      before: {
        selfDueOn: before.selfDueOn,
        reviewDueOn: before.reviewDueOn,
        explanationDueOn: before.explanationDueOn,
        finalDueOn: before.finalDueOn,
      },
      after: deadlines,
    });
    return;
  }
  const loaded = await loadSheet(tx, blockId);
  if (!loaded)
    throw badRequest('Khối chưa có bảng tiêu chí chấm điểm.', [
      { path: 'sheet', message: 'Lập bảng tiêu chí trước' },
    ]);
  const issues = checkSheet(loaded.nodes, loaded.sheet.maxPoints);
  if (issues.length > 0) {
    throw badRequest(
      `Bảng tiêu chí chưa dùng được: ${issues[0]!.message}`,
      issues.map((i) => ({ path: 'sheet', message: i.message })),
    );
  }
  if (!block.headUnitId)
    throw badRequest('Khối chưa có trưởng khối.', [{ path: 'headUnitId', message: 'Chọn trưởng khối' }]);
  if (!block.deputyUnitId) {
    throw badRequest(
      'Khối cần có phó khối để chấm bảng điểm của trưởng khối (không đơn vị nào tự chấm mình).',
      [{ path: 'deputyUnitId', message: 'Chọn phó khối' }],
    );
  }
  const [round] = await tx
    .insert(assessmentRound)
    .values({ blockId, ...deadlines, updatedBy: actor.email })
    .returning({ id: assessmentRound.id });
  const roundId = round!.id;
  await tx.insert(unitAssessment).values(
    memberIds.map((unitId) => ({
      roundId,
      unitId,
      reviewerUnitId: reviewerUnitOf(unitId, block.headUnitId, block.deputyUnitId),
    })),
  );
  await refreshRoundTotals(tx, block, roundId, memberIds);
  const due = viDate(input.selfDueOn);
  const notified = await notifyUnits(tx, memberIds, {
    kind: 'block.round.opened',
    title: `Mở đợt chấm điểm thi đua: ${block.name} năm ${block.year}`,
    body: `Đề nghị đơn vị tự chấm điểm theo bảng tiêu chí, kèm minh chứng${due ? `, trước ngày ${due}` : ''}.`,
    link: `/blocks/${blockId}`,
  });
  await writeAudit(tx, auditContextOf(actor), {
    action: 'block.round.open',
    objectType: 'assessment_round',
    objectId: roundId,
    unitId: block.organiserUnitId,
    after: { blockId, ...deadlines, members: memberIds.length, notifiedUnits: notified },
  });
}

/** One reminder to each unit whose next step is pending: the unit itself, or its reviewer. */
export async function remindRound(tx: DbOrTx, actor: Actor, blockId: string): Promise<number> {
  const { block } = await loadBlockForManage(tx, actor, blockId);
  const [round] = await tx.select().from(assessmentRound).where(eq(assessmentRound.blockId, blockId));
  if (!round || round.status !== 'open') throw badRequest('Khối không có đợt chấm điểm đang mở.');
  const sheets = await tx.select().from(unitAssessment).where(eq(unitAssessment.roundId, round.id));
  const self = sheets.filter((s) => s.status === 'self-assessment').map((s) => s.unitId);
  const explain = sheets.filter((s) => s.status === 'explanation').map((s) => s.unitId);
  const review = sheets.flatMap((s) =>
    s.status === 'block-review' && s.reviewerUnitId ? [s.reviewerUnitId] : [],
  );
  const link = `/blocks/${blockId}`;
  const title = `Nhắc việc chấm điểm thi đua: ${block.name}`;
  let notified = 0;
  notified += await notifyUnits(tx, self, {
    kind: 'block.reminder',
    title,
    body: `Đơn vị chưa gửi bảng tự chấm${round.selfDueOn ? `; hạn ${viDate(round.selfDueOn)}` : ''}.`,
    link,
  });
  notified += await notifyUnits(tx, review, {
    kind: 'block.reminder',
    title,
    body: `Đơn vị có bảng điểm của thành viên đang chờ chấm${round.reviewDueOn ? `; hạn ${viDate(round.reviewDueOn)}` : ''}.`,
    link,
  });
  notified += await notifyUnits(tx, explain, {
    kind: 'block.reminder',
    title,
    body: `Đã có kết quả chấm của trưởng khối; đơn vị xem và giải trình nếu cần${round.explanationDueOn ? ` trước ngày ${viDate(round.explanationDueOn)}` : ''}.`,
    link,
  });
  await writeAudit(tx, auditContextOf(actor), {
    action: 'block.round.remind',
    objectType: 'assessment_round',
    objectId: round.id,
    unitId: block.organiserUnitId,
    after: { selfAssessment: self, review, explanation: explain, notified },
  });
  return notified;
}
