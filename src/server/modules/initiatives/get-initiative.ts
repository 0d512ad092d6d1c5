import type { Initiative } from '../../../shared/api/initiatives';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../auth/actor';
import { loadInitiativeInScope } from './initiatives.policy';
import { findInitiative } from './initiatives.queries';

/** One initiative with its authors and uses, if its unit is in the actor's subtree (else 404). */
export async function getInitiative(db: DbOrTx, actor: Actor, id: string): Promise<Initiative> {
  await loadInitiativeInScope(db, actor, id);
  return (await findInitiative(db, id))!;
}
