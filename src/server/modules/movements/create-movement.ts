import type { MovementSave } from '../../../shared/api/movements';
import type { DbOrTx } from '../../db/client';
import { movement } from '../../db/schema';
import { badRequest } from '../../http/app-error';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { keepLaunchDocument, movementColumnsOf, replaceMovementContent } from './movement-content';
import { assertDates, assertParentVisible, assertUnitsInScope } from './movements.policy';

/** Save a new draft movement organised by the actor's own unit. */
export async function createMovement(tx: DbOrTx, actor: Actor, input: MovementSave): Promise<string> {
  if (!actor.unitId) {
    throw badRequest('Tài khoản của bạn chưa thuộc đơn vị nào nên không thể tổ chức phong trào.');
  }
  assertDates(input.startsOn, input.endsOn);
  await assertParentVisible(tx, actor, input.parentMovementId);
  await assertUnitsInScope(tx, actor, input.participantUnitIds);
  const [row] = await tx
    .insert(movement)
    .values({ ...movementColumnsOf(input), unitId: actor.unitId, status: 'draft', createdBy: actor.userId })
    .returning({ id: movement.id });
  const id = row!.id;
  await replaceMovementContent(tx, id, input);
  await keepLaunchDocument(tx, actor, id, actor.unitId, input);
  await writeAudit(tx, auditContextOf(actor), {
    action: 'movement.create',
    objectType: 'movement',
    objectId: id,
    unitId: actor.unitId,
    after: input,
  });
  return id;
}
