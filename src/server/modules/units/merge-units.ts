import { eq, inArray, sql } from 'drizzle-orm';
import type { UnitMerge } from '../../../shared/api/units';
import type { DbOrTx } from '../../db/client';
import { person, unit, unitChange } from '../../db/schema';
import { badRequest } from '../../http/app-error';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { createUnit } from './create-unit';
import { loadUnitInScope, type UnitRow } from './units.policy';

/** Move a unit's subtree under a new parent, rewriting the materialised paths in one statement. */
export async function moveSubtree(tx: DbOrTx, child: UnitRow, newParent: UnitRow): Promise<void> {
  const newPath = `${newParent.path}${child.id}/`;
  await tx
    .update(unit)
    .set({ path: sql`${newPath} || substr(${unit.path}, ${child.path.length + 1})` })
    .where(sql`${unit.path} LIKE ${`${child.path}%`}`);
  await tx.update(unit).set({ parentId: newParent.id }).where(eq(unit.id, child.id));
}

/**
 * Merge units into an existing or a new unit on a date (the 2025 reform): the sources keep their
 * history, are marked merged and point to their successor; their people and sub-units move to it.
 */
export async function mergeUnits(tx: DbOrTx, actor: Actor, input: UnitMerge): Promise<UnitRow> {
  if (!input.targetUnitId === !input.newUnit) {
    throw badRequest('Chọn đơn vị nhận sáp nhập hoặc nhập tên đơn vị mới (chỉ một trong hai).', [
      { path: 'targetUnitId', message: 'Chọn đơn vị nhận hoặc tạo đơn vị mới' },
    ]);
  }
  const sources: UnitRow[] = [];
  for (const id of new Set(input.sourceUnitIds))
    sources.push(await loadUnitInScope(tx, actor, id, { lock: true }));
  const target = input.targetUnitId
    ? await loadUnitInScope(tx, actor, input.targetUnitId, { lock: true })
    : await createUnit(tx, actor, { ...input.newUnit!, validFrom: input.effectiveOn });
  for (const source of sources) {
    if (source.id === target.id)
      throw badRequest('Đơn vị nhận không được nằm trong danh sách đơn vị bị sáp nhập.', [
        { path: 'targetUnitId', message: 'Trùng đơn vị bị sáp nhập' },
      ]);
    if (target.path.startsWith(source.path))
      throw badRequest(`Không thể sáp nhập "${source.name}" vào đơn vị cấp dưới của chính nó.`, [
        { path: 'targetUnitId', message: 'Đơn vị nhận là cấp dưới của đơn vị bị sáp nhập' },
      ]);
    if (source.status !== 'active')
      throw badRequest(`"${source.name}" đã ngừng hoạt động, không thể sáp nhập thêm lần nữa.`, [
        { path: 'sourceUnitIds', message: 'Đơn vị đã ngừng hoạt động' },
      ]);
  }
  const sourceIds = sources.map((s) => s.id);
  const children = await tx.select().from(unit).where(inArray(unit.parentId, sourceIds));
  const freshTarget = (await tx.select().from(unit).where(eq(unit.id, target.id)))[0]!;
  for (const child of children) {
    if (child.status === 'active') await moveSubtree(tx, child, freshTarget);
  }
  const moved = await tx
    .update(person)
    .set({ unitId: target.id, updatedAt: new Date(), version: sql`${person.version} + 1` })
    .where(inArray(person.unitId, sourceIds))
    .returning({ id: person.id });
  await tx
    .update(unit)
    .set({
      status: 'merged',
      validTo: input.effectiveOn,
      successorId: target.id,
      version: sql`${unit.version} + 1`,
      updatedAt: new Date(),
    })
    .where(inArray(unit.id, sourceIds));
  const [change] = await tx
    .insert(unitChange)
    .values({
      kind: 'merge',
      effectiveOn: input.effectiveOn,
      decisionNumber: input.decisionNumber || null,
      note: input.note || null,
      sourceUnitIds: sourceIds,
      targetUnitIds: [target.id],
      createdBy: actor.userId,
    })
    .returning();
  await writeAudit(tx, auditContextOf(actor), {
    action: 'unit.merge',
    objectType: 'unit',
    objectId: target.id,
    unitId: target.id,
    before: sources.map((s) => ({ id: s.id, name: s.name, status: s.status })),
    after: {
      changeId: change!.id,
      target: target.id,
      movedPeople: moved.length,
      movedSubUnits: children.length,
    },
  });
  return target;
}
