import { eq } from 'drizzle-orm';
import { isInScope } from '../../../domain/access/permissions';
import type { DbOrTx } from '../../db/client';
import { unit } from '../../db/schema';
import { notFound } from '../../http/app-error';
import type { Actor } from '../auth/actor';

export type UnitRow = typeof unit.$inferSelect;

/** The unit, if it exists and lies in the actor's subtree; otherwise 404, like a missing one (quality A1). */
export async function loadUnitInScope(
  db: DbOrTx,
  actor: Actor,
  unitId: string,
  options: { lock?: boolean } = {},
): Promise<UnitRow> {
  const query = db.select().from(unit).where(eq(unit.id, unitId));
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row || !isInScope(actor.scopePath, row.path)) throw notFound('Đơn vị');
  return row;
}
