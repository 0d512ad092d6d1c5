import { eq, sql } from 'drizzle-orm';
import type { MovementSave } from '../../../shared/api/movements';
import type { DbOrTx } from '../../db/client';
import { movement } from '../../db/schema';
import { lastEditorOf } from '../audit/last-editor';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { notifyParticipants, participantIdsOf } from './launch-movement';
import { keepLaunchDocument, movementColumnsOf, replaceMovementContent } from './movement-content';
import {
  assertDates,
  assertParentVisible,
  assertUnitsInScope,
  loadMovementForChange,
  nextStatus,
  staleVersion,
} from './movements.policy';

/**
 * Replace a draft's or a launched movement's content (tasks, participants and milestones as a whole);
 * a stale version answers 409 naming who changed it. Units added to a launched movement are notified.
 */
export async function updateMovement(
  tx: DbOrTx,
  actor: Actor,
  id: string,
  input: MovementSave & { version: number },
): Promise<void> {
  const before = await loadMovementForChange(tx, actor, id);
  nextStatus(before.status, 'update');
  if (before.version !== input.version) throw staleVersion(await lastEditorOf(tx, 'movement', id));
  const { version: _version, ...content } = input;
  assertDates(content.startsOn, content.endsOn);
  if (content.parentMovementId && content.parentMovementId !== before.parentMovementId) {
    await assertParentVisible(tx, actor, content.parentMovementId, id);
  }
  const previousParticipants = await participantIdsOf(tx, id);
  // Only newly added units must be in scope: a unit that has since moved elsewhere may stay.
  const added = [...new Set(content.participantUnitIds)].filter((u) => !previousParticipants.includes(u));
  await assertUnitsInScope(tx, actor, added);
  await tx
    .update(movement)
    .set({ ...movementColumnsOf(content), version: sql`${movement.version} + 1`, updatedAt: new Date() })
    .where(eq(movement.id, id));
  await replaceMovementContent(tx, id, content);
  await keepLaunchDocument(tx, actor, id, before.unitId, content);
  const notified =
    before.status === 'launched'
      ? await notifyParticipants(tx, { ...before, ...movementColumnsOf(content) }, added)
      : 0;
  await writeAudit(tx, auditContextOf(actor), {
    action: 'movement.update',
    objectType: 'movement',
    objectId: id,
    unitId: before.unitId,
    before: { ...before, participantUnitIds: previousParticipants },
    after: { ...content, ...(notified > 0 ? { notifiedUnits: notified } : {}) },
  });
}
