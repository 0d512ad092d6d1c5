import { eq, sql } from 'drizzle-orm';
import { isInScope } from '../../../domain/access/permissions';
import { reviewerUnitOf } from '../../../domain/blocks/review-chain';
import type { BlockCreate, BlockSave, BlockUpdate } from '../../../shared/api/blocks';
import type { DbOrTx } from '../../db/client';
import { AppError, badRequest } from '../../http/app-error';
import { lastEditorOf } from '../audit/last-editor';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { assertMovementVisible } from '../movements/movements.policy';
import { loadUnitInScope } from '../units/units.policy';
import { loadBlockForManage, staleBlock } from './blocks.policy';
import { assessmentRound, blockMember, emulationBlock, unitAssessment } from './blocks.schema';

async function assertMembers(tx: DbOrTx, actor: Actor, input: BlockSave): Promise<string[]> {
  const ids = [...new Set(input.memberUnitIds)];
  const { rows } = await tx.execute<{ id: string; path: string }>(sql`
    SELECT id, path FROM unit WHERE id IN (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`);
  const visible = new Set(rows.filter((r) => isInScope(actor.scopePath, r.path)).map((r) => r.id));
  if (ids.some((id) => !visible.has(id))) {
    throw new AppError('NOT_FOUND', 'Đơn vị thành viên không tồn tại hoặc bạn không có quyền xem.', [
      { path: 'memberUnitIds', message: 'Có đơn vị không thuộc phạm vi của bạn hoặc không tồn tại' },
    ]);
  }
  const fields: { path: string; message: string }[] = [];
  if (input.headUnitId && !ids.includes(input.headUnitId))
    fields.push({ path: 'headUnitId', message: 'Trưởng khối phải là một đơn vị thành viên' });
  if (input.deputyUnitId && !ids.includes(input.deputyUnitId))
    fields.push({ path: 'deputyUnitId', message: 'Phó khối phải là một đơn vị thành viên' });
  if (input.headUnitId && input.headUnitId === input.deputyUnitId)
    fields.push({ path: 'deputyUnitId', message: 'Phó khối phải khác trưởng khối' });
  if (fields.length > 0)
    throw badRequest('Trưởng khối và phó khối phải là hai đơn vị thành viên khác nhau.', fields);
  if (input.movementId) await assertMovementVisible(tx, actor, input.movementId);
  return ids;
}

const duplicateName = () =>
  new AppError('CONFLICT', 'Năm này đã có một khối, cụm cùng tên. Vui lòng đặt tên khác.', [
    { path: 'name', message: 'Trùng tên trong năm' },
  ]);

function blockValues(input: BlockSave) {
  return {
    kind: input.kind,
    name: input.name,
    year: input.year,
    headUnitId: input.headUnitId,
    deputyUnitId: input.deputyUnitId,
    rotationNote: input.rotationNote ?? null,
    movementId: input.movementId ?? null,
    showDetailsToMembers: input.showDetailsToMembers,
    covenantSignedOn: input.covenantSignedOn ?? null,
    covenantNote: input.covenantNote ?? null,
  };
}

async function nameTaken(tx: DbOrTx, year: number, name: string, exceptId?: string) {
  const { rows } = await tx.execute<{ id: string }>(
    sql`SELECT id FROM emulation_block WHERE year = ${year} AND name = ${name} AND id IS DISTINCT FROM ${exceptId ?? null}`,
  );
  return rows.length > 0;
}

/** Create a block or cluster organised by the actor's unit (or a unit of its subtree). Audited. */
export async function createBlock(tx: DbOrTx, actor: Actor, input: BlockCreate): Promise<string> {
  const organiserUnitId = input.organiserUnitId ?? actor.unitId;
  if (!organiserUnitId) throw badRequest('Tài khoản chưa gắn với đơn vị nên không thể tạo khối thi đua.');
  await loadUnitInScope(tx, actor, organiserUnitId);
  const members = await assertMembers(tx, actor, input);
  if (await nameTaken(tx, input.year, input.name)) throw duplicateName();
  const [created] = await tx
    .insert(emulationBlock)
    .values({ ...blockValues(input), organiserUnitId, createdBy: actor.email, updatedBy: actor.email })
    .returning({ id: emulationBlock.id });
  const id = created!.id;
  await tx.insert(blockMember).values(members.map((unitId, i) => ({ blockId: id, unitId, sortOrder: i })));
  await writeAudit(tx, auditContextOf(actor), {
    action: 'block.create',
    objectType: 'emulation_block',
    objectId: id,
    unitId: organiserUnitId,
    after: { ...blockValues(input), organiserUnitId, members },
  });
  return id;
}

/**
 * Replace a block's settings and members (409 on a stale version). Once a round is open, members cannot
 * change; a new head or deputy re-assigns the reviewer of sheets not yet reviewed.
 */
export async function updateBlock(tx: DbOrTx, actor: Actor, id: string, input: BlockUpdate): Promise<void> {
  const { block, memberIds } = await loadBlockForManage(tx, actor, id);
  if (block.version !== input.version) {
    throw staleBlock('Khối thi đua này', await lastEditorOf(tx, 'emulation_block', id));
  }
  const members = await assertMembers(tx, actor, input);
  if (await nameTaken(tx, input.year, input.name, id)) throw duplicateName();
  const [round] = await tx.select().from(assessmentRound).where(eq(assessmentRound.blockId, id));
  const sameMembers = members.length === memberIds.length && members.every((m) => memberIds.includes(m));
  if (round && !sameMembers) {
    throw badRequest('Khối đã mở đợt chấm điểm nên không thể thay đổi đơn vị thành viên.', [
      { path: 'memberUnitIds', message: 'Đã mở đợt chấm điểm' },
    ]);
  }
  if (
    round &&
    round.status === 'locked' &&
    (block.year !== input.year || block.headUnitId !== input.headUnitId)
  ) {
    throw badRequest('Đợt chấm điểm đã khóa nên không thể đổi năm hoặc trưởng khối.', [
      { path: 'headUnitId', message: 'Đợt chấm điểm đã khóa' },
    ]);
  }
  await tx
    .update(emulationBlock)
    .set({
      ...blockValues(input),
      updatedBy: actor.email,
      version: sql`${emulationBlock.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(emulationBlock.id, id));
  if (!sameMembers) {
    await tx.delete(blockMember).where(eq(blockMember.blockId, id));
    await tx.insert(blockMember).values(members.map((unitId, i) => ({ blockId: id, unitId, sortOrder: i })));
  }
  if (round) {
    const sheets = await tx.select().from(unitAssessment).where(eq(unitAssessment.roundId, round.id));
    const moves = sheets.flatMap((s) => {
      if (s.status !== 'self-assessment' && s.status !== 'block-review') return [];
      const reviewer = reviewerUnitOf(s.unitId, input.headUnitId, input.deputyUnitId);
      return reviewer === s.reviewerUnitId ? [] : [sql`(${s.id}::uuid, ${reviewer}::uuid)`];
    });
    if (moves.length > 0) {
      await tx.execute(sql`
        UPDATE unit_assessment AS a SET reviewer_unit_id = v.reviewer_id
          FROM (VALUES ${sql.join(moves, sql`, `)}) AS v(id, reviewer_id)
         WHERE a.id = v.id`);
    }
  }
  await writeAudit(tx, auditContextOf(actor), {
    action: 'block.update',
    objectType: 'emulation_block',
    objectId: id,
    unitId: block.organiserUnitId,
    before: { ...block, members: memberIds },
    after: { ...blockValues(input), members },
  });
}
