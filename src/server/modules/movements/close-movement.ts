import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { movement } from '../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { loadMovementForChange, nextStatus } from './movements.policy';

/** Close a launched movement (after its final review); a closed movement can no longer be changed. */
export async function closeMovement(tx: DbOrTx, actor: Actor, id: string): Promise<void> {
  const before = await loadMovementForChange(tx, actor, id);
  const status = nextStatus(before.status, 'close');
  const now = new Date();
  await tx
    .update(movement)
    .set({ status, closedAt: now, version: sql`${movement.version} + 1`, updatedAt: now })
    .where(eq(movement.id, id));
  await writeAudit(tx, auditContextOf(actor), {
    action: 'movement.close',
    objectType: 'movement',
    objectId: id,
    unitId: before.unitId,
    before: { status: before.status, version: before.version },
    after: { status, closedAt: now.toISOString() },
  });
}
