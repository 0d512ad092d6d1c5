import type { InitiativeCreate } from '../../../shared/api/initiatives';
import type { DbOrTx } from '../../db/client';
import { initiative, initiativeAuthor } from '../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { loadActiveUnitInScope } from './initiative-unit';
import { assertAuthorsInScope } from './initiatives.policy';

/** Record a recognised initiative of a unit in the actor's subtree, with its authors (people of that subtree). */
export async function createInitiative(tx: DbOrTx, actor: Actor, input: InitiativeCreate): Promise<string> {
  const u = await loadActiveUnitInScope(tx, actor, input.unitId);
  await assertAuthorsInScope(tx, actor, input.authorIds);
  const [row] = await tx
    .insert(initiative)
    .values({
      title: input.title,
      unitId: u.id,
      scope: input.scope,
      decisionNumber: input.decisionNumber || null,
      recognizedOn: input.recognizedOn,
      summary: input.summary || null,
    })
    .returning({ id: initiative.id });
  const id = row!.id;
  await tx
    .insert(initiativeAuthor)
    .values(input.authorIds.map((personId) => ({ initiativeId: id, personId })));
  await writeAudit(tx, auditContextOf(actor), {
    action: 'initiative.create',
    objectType: 'initiative',
    objectId: id,
    unitId: u.id,
    after: input,
  });
  return id;
}
