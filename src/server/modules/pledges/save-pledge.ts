import { eq, sql } from 'drizzle-orm';
import type { PledgeSave } from '../../../shared/api/pledges';
import type { DbOrTx } from '../../db/client';
import { pledge, pledgePerson } from '../../db/schema';
import { AppError } from '../../http/app-error';
import { lastEditorOf } from '../audit/last-editor';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import {
  assertMovementRunning,
  loadPledgeTarget,
  lockPledge,
  nextPledgeStatus,
  type PledgeTarget,
  stalePledge,
} from './pledges.policy';

const uniq = <T>(values: readonly T[]) => [...new Set(values)];

/** The named people must be active people of the unit's subtree; any other answers 404 naming `people`. */
async function assertPeopleOfUnit(tx: DbOrTx, target: PledgeTarget, personIds: readonly string[]) {
  if (personIds.length === 0) return;
  const { rows } = await tx.execute<{ id: string }>(sql`
    SELECT p.id FROM person p JOIN unit u ON u.id = p.unit_id
     WHERE p.id IN (${sql.join(
       personIds.map((id) => sql`${id}`),
       sql`, `,
     )}) AND p.status = 'active' AND p.anonymised_at IS NULL
       AND u.path LIKE ${`${target.unitPath}%`}`);
  const found = new Set(rows.map((r) => r.id));
  const missing = personIds.filter((id) => !found.has(id));
  if (missing.length > 0) {
    throw new AppError(
      'NOT_FOUND',
      'Có người không thuộc đơn vị này, đã thôi công tác hoặc không tồn tại.',
      missing.map((id) => ({ path: 'people', message: `Không tìm thấy người ${id}` })),
    );
  }
}

/**
 * Create (`version: 0`) or replace a draft or returned pledge as a whole; a stale version answers 409
 * naming who changed it. Audited in the same transaction.
 */
export async function savePledge(
  tx: DbOrTx,
  actor: Actor,
  movementId: string,
  unitId: string,
  input: PledgeSave,
): Promise<PledgeTarget> {
  const target = await loadPledgeTarget(tx, actor, movementId, unitId);
  assertMovementRunning(target.movementStatus);
  const before = await lockPledge(tx, movementId, unitId);
  if (before) nextPledgeStatus(before.status, 'save');
  if ((before?.version ?? 0) !== input.version) {
    throw stalePledge(before ? await lastEditorOf(tx, 'pledge', before.id) : 'người khác');
  }
  // One row per person: a person listed twice keeps the union of the titles.
  const titlesByPerson = new Map<string, string[]>();
  for (const p of input.people) {
    titlesByPerson.set(p.personId, uniq([...(titlesByPerson.get(p.personId) ?? []), ...p.titles]));
  }
  await assertPeopleOfUnit(tx, target, [...titlesByPerson.keys()]);
  const collectiveTitles = uniq(input.collectiveTitles);
  const now = new Date();
  let id: string;
  if (before) {
    id = before.id;
    await tx
      .update(pledge)
      .set({ collectiveTitles, version: sql`${pledge.version} + 1`, updatedAt: now })
      .where(eq(pledge.id, id));
    await tx.delete(pledgePerson).where(eq(pledgePerson.pledgeId, id));
  } else {
    const [created] = await tx
      .insert(pledge)
      .values({ movementId, unitId, status: 'draft', collectiveTitles, createdAt: now, updatedAt: now })
      .onConflictDoNothing()
      .returning({ id: pledge.id });
    // Someone else created it a moment ago.
    if (!created) throw stalePledge('người khác');
    id = created.id;
  }
  const people = [...titlesByPerson].map(([personId, titles]) => ({ pledgeId: id, personId, titles }));
  if (people.length > 0) await tx.insert(pledgePerson).values(people);
  await writeAudit(tx, auditContextOf(actor), {
    action: before ? 'pledge.update' : 'pledge.create',
    objectType: 'pledge',
    objectId: id,
    unitId,
    before: before
      ? { status: before.status, version: before.version, collectiveTitles: before.collectiveTitles }
      : undefined,
    after: { movementId, collectiveTitles, people },
  });
  return target;
}
