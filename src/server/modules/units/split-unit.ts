import { eq, sql } from 'drizzle-orm';
import type { UnitSplit } from '../../../shared/api/units';
import type { DbOrTx } from '../../db/client';
import { unit, unitChange } from '../../db/schema';
import { badRequest } from '../../http/app-error';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { createUnit } from './create-unit';
import { loadUnitInScope, type UnitRow } from './units.policy';

/**
 * Split a unit into new sibling units on a date. The source keeps its people and history and is marked
 * split; staff then move people to the new units.
 */
export async function splitUnit(tx: DbOrTx, actor: Actor, input: UnitSplit): Promise<UnitRow[]> {
  const source = await loadUnitInScope(tx, actor, input.sourceUnitId, { lock: true });
  if (source.status !== 'active')
    throw badRequest(`"${source.name}" đã ngừng hoạt động, không thể chia tách.`, [
      { path: 'sourceUnitId', message: 'Đơn vị đã ngừng hoạt động' },
    ]);
  if (!source.parentId)
    throw badRequest('Không thể chia tách đơn vị cấp cao nhất.', [
      { path: 'sourceUnitId', message: 'Đơn vị cấp cao nhất' },
    ]);
  const created: UnitRow[] = [];
  for (const target of input.targets) {
    created.push(
      await createUnit(tx, actor, {
        parentId: source.parentId,
        name: target.name,
        kind: target.kind,
        validFrom: input.effectiveOn,
      }),
    );
  }
  await tx
    .update(unit)
    .set({
      status: 'split',
      validTo: input.effectiveOn,
      version: sql`${unit.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(unit.id, source.id));
  const [change] = await tx
    .insert(unitChange)
    .values({
      kind: 'split',
      effectiveOn: input.effectiveOn,
      decisionNumber: input.decisionNumber || null,
      note: input.note || null,
      sourceUnitIds: [source.id],
      targetUnitIds: created.map((c) => c.id),
      createdBy: actor.userId,
    })
    .returning();
  await writeAudit(tx, auditContextOf(actor), {
    action: 'unit.split',
    objectType: 'unit',
    objectId: source.id,
    unitId: source.id,
    before: { id: source.id, name: source.name, status: source.status },
    after: { changeId: change!.id, targets: created.map((c) => ({ id: c.id, name: c.name })) },
  });
  return created;
}
