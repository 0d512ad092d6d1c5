import type { UnitCreate } from '../../../shared/api/units';
import type { DbOrTx } from '../../db/client';
import { unit } from '../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { loadUnitInScope, type UnitRow } from './units.policy';

/** Create a unit under a parent in the actor's subtree. */
export async function createUnit(tx: DbOrTx, actor: Actor, input: UnitCreate): Promise<UnitRow> {
  const parent = await loadUnitInScope(tx, actor, input.parentId);
  const id = crypto.randomUUID();
  const [row] = await tx
    .insert(unit)
    .values({
      id,
      parentId: parent.id,
      path: `${parent.path}${id}/`,
      name: input.name,
      shortName: input.shortName || null,
      code: input.code || null,
      kind: input.kind,
      validFrom: input.validFrom ?? null,
    })
    .returning();
  await writeAudit(tx, auditContextOf(actor), {
    action: 'unit.create',
    objectType: 'unit',
    objectId: id,
    unitId: id,
    after: row,
  });
  return row!;
}
