import { randomUUID } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import type { CriterionInput, SheetSave } from '../../../shared/api/blocks';
import type { DbOrTx } from '../../db/client';
import { AppError, badRequest, notFound } from '../../http/app-error';
import { lastEditorOf } from '../audit/last-editor';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { type BlockRow, loadBlockAccess, loadBlockForManage, staleBlock } from './blocks.policy';
import { assessmentRound, scoreCriterion, scoreSheet } from './blocks.schema';

type Field = { path: string; message: string };

/** Keys unique, parents known, no cycles; parents are listed before their children in the result. */
function orderTree(criteria: readonly CriterionInput[]): CriterionInput[] {
  const byKey = new Map<string, CriterionInput>();
  const fields: Field[] = [];
  criteria.forEach((c, i) => {
    if (byKey.has(c.key)) fields.push({ path: `criteria.${i}.key`, message: 'Trùng mã nội bộ' });
    byKey.set(c.key, c);
  });
  criteria.forEach((c, i) => {
    if (c.parentKey !== null && !byKey.has(c.parentKey))
      fields.push({ path: `criteria.${i}.parentKey`, message: 'Nhóm cha không có trong bảng' });
    if (c.kind === 'per-occurrence' && !c.pointsPerOccurrence)
      fields.push({ path: `criteria.${i}.pointsPerOccurrence`, message: 'Nhập số điểm cho mỗi lần' });
  });
  if (fields.length > 0) throw badRequest('Bảng tiêu chí chưa hợp lệ: xem các dòng được đánh dấu.', fields);
  const depth = new Map<string, number>();
  const depthOf = (c: CriterionInput, seen: Set<string>): number => {
    const known = depth.get(c.key);
    if (known !== undefined) return known;
    if (seen.has(c.key)) throw badRequest(`Tiêu chí ${c.code} nằm trong chính nó (vòng lặp nhóm).`);
    seen.add(c.key);
    const d = c.parentKey === null ? 0 : depthOf(byKey.get(c.parentKey)!, seen) + 1;
    depth.set(c.key, d);
    return d;
  };
  for (const c of criteria) depthOf(c, new Set());
  return criteria
    .map((c, i) => ({ c, i }))
    .sort((a, b) => depth.get(a.c.key)! - depth.get(b.c.key)! || a.i - b.i)
    .map(({ c }) => c);
}

async function assertIndicators(tx: DbOrTx, block: BlockRow, criteria: readonly CriterionInput[]) {
  const ids = [
    ...new Set(criteria.flatMap((c) => (c.kind === 'target' && c.indicatorId ? [c.indicatorId] : []))),
  ];
  const missingLink = criteria.findIndex((c) => c.kind === 'target' && !c.indicatorId);
  if (missingLink >= 0) {
    throw badRequest('Tiêu chí chỉ tiêu cần chọn chỉ tiêu của phong trào.', [
      { path: `criteria.${missingLink}.indicatorId`, message: 'Chọn chỉ tiêu' },
    ]);
  }
  if (ids.length === 0) return;
  const { rows } = await tx.execute<{ id: string }>(sql`
    SELECT id FROM movement_indicator WHERE movement_id = ${block.movementId} AND id IN (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`);
  if (rows.length !== ids.length) {
    throw new AppError('BAD_REQUEST', 'Chỉ tiêu được chọn không thuộc phong trào của khối.', [
      { path: 'criteria', message: 'Chọn chỉ tiêu của phong trào gắn với khối' },
    ]);
  }
}

async function assertNoRound(tx: DbOrTx, blockId: string) {
  const [round] = await tx
    .select({ id: assessmentRound.id })
    .from(assessmentRound)
    .where(eq(assessmentRound.blockId, blockId));
  if (round) {
    throw badRequest('Khối đã mở đợt chấm điểm nên bảng tiêu chí không thể thay đổi nữa.', [
      { path: 'criteria', message: 'Đã mở đợt chấm điểm' },
    ]);
  }
}

async function writeSheet(
  tx: DbOrTx,
  actor: Actor,
  block: BlockRow,
  input: {
    title: string;
    maxPoints: number;
    criteria: readonly CriterionInput[];
    copiedFromSheetId?: string;
  },
  expectedVersion: number,
): Promise<string> {
  const ordered = orderTree(input.criteria);
  await assertIndicators(tx, block, ordered);
  const [before] = await tx.select().from(scoreSheet).where(eq(scoreSheet.blockId, block.id)).for('update');
  if ((before?.version ?? 0) !== expectedVersion) {
    throw staleBlock(
      'Bảng tiêu chí này',
      before ? await lastEditorOf(tx, 'score_sheet', before.id) : 'người khác',
    );
  }
  const now = new Date();
  let sheetId: string;
  if (before) {
    sheetId = before.id;
    await tx
      .update(scoreSheet)
      .set({
        title: input.title,
        maxPoints: input.maxPoints,
        copiedFromSheetId: input.copiedFromSheetId ?? before.copiedFromSheetId,
        updatedBy: actor.email,
        version: sql`${scoreSheet.version} + 1`,
        updatedAt: now,
      })
      .where(eq(scoreSheet.id, sheetId));
    await tx.delete(scoreCriterion).where(eq(scoreCriterion.sheetId, sheetId));
  } else {
    const [created] = await tx
      .insert(scoreSheet)
      .values({
        blockId: block.id,
        title: input.title,
        maxPoints: input.maxPoints,
        copiedFromSheetId: input.copiedFromSheetId ?? null,
        updatedBy: actor.email,
      })
      .onConflictDoNothing()
      .returning({ id: scoreSheet.id });
    if (!created) throw staleBlock('Bảng tiêu chí này', 'người khác');
    sheetId = created.id;
  }
  const ids = new Map(ordered.map((c) => [c.key, randomUUID()]));
  const position = new Map(input.criteria.map((c, i) => [c.key, i]));
  if (ordered.length > 0) {
    await tx.insert(scoreCriterion).values(
      ordered.map((c) => ({
        id: ids.get(c.key)!,
        sheetId,
        parentId: c.parentKey === null ? null : ids.get(c.parentKey)!,
        code: c.code,
        name: c.name,
        kind: c.kind,
        role: c.kind === 'group' ? 'regular' : c.role,
        maxPoints: c.kind === 'group' ? 0 : c.maxPoints,
        pointsPerOccurrence: c.kind === 'per-occurrence' ? (c.pointsPerOccurrence ?? null) : null,
        noTargetRule: c.noTargetRule,
        indicatorId: c.kind === 'target' ? (c.indicatorId ?? null) : null,
        guidance: c.guidance ?? null,
        sortOrder: position.get(c.key)!,
      })),
    );
  }
  await writeAudit(tx, auditContextOf(actor), {
    action: before ? 'block.sheet.update' : 'block.sheet.create',
    objectType: 'score_sheet',
    objectId: sheetId,
    unitId: block.organiserUnitId,
    before: before
      ? { title: before.title, maxPoints: before.maxPoints, version: before.version }
      : undefined,
    after: {
      blockId: block.id,
      title: input.title,
      maxPoints: input.maxPoints,
      copiedFromSheetId: input.copiedFromSheetId,
      criteria: ordered.map((c) => ({
        code: c.code,
        name: c.name,
        kind: c.kind,
        role: c.role,
        maxPoints: c.maxPoints,
      })),
    },
  });
  return sheetId;
}

/** Replace the block's sheet as a whole (version 0 creates it); refused once a round is open. */
export async function saveSheet(tx: DbOrTx, actor: Actor, blockId: string, input: SheetSave): Promise<void> {
  const { block } = await loadBlockForManage(tx, actor, blockId);
  await assertNoRound(tx, blockId);
  await writeSheet(tx, actor, block, input, input.version);
}

/**
 * Copy the sheet of another block (by default the same-named block of the year before) into this one,
 * replacing what is there. Target criteria keep their link when the new movement has an indicator
 * with the same code.
 */
export async function copySheet(
  tx: DbOrTx,
  actor: Actor,
  blockId: string,
  sourceBlockId: string | undefined,
): Promise<void> {
  const { block } = await loadBlockForManage(tx, actor, blockId);
  await assertNoRound(tx, blockId);
  let sourceId = sourceBlockId;
  if (!sourceId) {
    const { rows } = await tx.execute<{ id: string }>(sql`
      SELECT b.id FROM emulation_block b JOIN score_sheet s ON s.block_id = b.id
       WHERE b.name = ${block.name} AND b.year = ${block.year - 1}`);
    sourceId = rows[0]?.id;
    if (!sourceId) {
      throw badRequest(`Không tìm thấy bảng tiêu chí năm ${block.year - 1} của khối cùng tên để sao chép.`, [
        { path: 'sourceBlockId', message: 'Chọn khối nguồn' },
      ]);
    }
  }
  if (sourceId === blockId) throw badRequest('Không thể sao chép bảng tiêu chí từ chính khối này.');
  await loadBlockAccess(tx, actor, sourceId);
  const [source] = await tx.select().from(scoreSheet).where(eq(scoreSheet.blockId, sourceId));
  if (!source) throw notFound('Bảng tiêu chí của khối nguồn');
  const criteria = await tx
    .select()
    .from(scoreCriterion)
    .where(eq(scoreCriterion.sheetId, source.id))
    .orderBy(asc(scoreCriterion.sortOrder));
  const { rows: indicators } = await tx.execute<{ old_id: string; new_id: string | null }>(sql`
    SELECT o.id AS old_id, n.id AS new_id FROM movement_indicator o
      LEFT JOIN movement_indicator n ON n.code = o.code AND n.movement_id = ${block.movementId}
     WHERE o.id IN (SELECT indicator_id FROM score_criterion WHERE sheet_id = ${source.id} AND indicator_id IS NOT NULL)`);
  const mapped = new Map(indicators.map((r) => [r.old_id, r.new_id]));
  const [current] = await tx.select().from(scoreSheet).where(eq(scoreSheet.blockId, blockId));
  await writeSheet(
    tx,
    actor,
    block,
    {
      title: source.title.replace(String(block.year - 1), String(block.year)),
      maxPoints: source.maxPoints,
      copiedFromSheetId: source.id,
      criteria: criteria.map((c) => {
        const indicatorId = c.indicatorId ? (mapped.get(c.indicatorId) ?? null) : null;
        return {
          key: c.id,
          parentKey: c.parentId,
          code: c.code,
          name: c.name,
          // A target criterion without an indicator in the new movement becomes a hand-scored one.
          kind: (c.kind === 'target' && !indicatorId ? 'manual' : c.kind) as CriterionInput['kind'],
          role: c.role as CriterionInput['role'],
          maxPoints: c.maxPoints,
          pointsPerOccurrence: c.pointsPerOccurrence,
          noTargetRule: c.noTargetRule as CriterionInput['noTargetRule'],
          indicatorId,
          guidance: c.guidance,
        };
      }),
    },
    current?.version ?? 0,
  );
}
