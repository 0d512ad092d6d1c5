import type { MovementDetail } from '../../../shared/api/movements';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../auth/actor';
import { assertMovementVisible } from './movements.policy';
import { findMovement } from './movements.queries';

/** One movement with its tasks, participants and milestones, if the actor may see it (else 404). */
export async function getMovement(db: DbOrTx, actor: Actor, id: string): Promise<MovementDetail> {
  await assertMovementVisible(db, actor, id);
  return (await findMovement(db, actor, id))!;
}
