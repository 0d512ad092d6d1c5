import { sql } from 'drizzle-orm';
import type { AwardHistory } from '../../../shared/api/registry';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../auth/actor';
import { loadPersonInScope } from '../people/people.queries';
import { loadUnitInScope } from '../units/units.policy';
import { GRANT_SELECT, presentGrant, type RegistryRow } from './registry.queries';

const ORDER = sql`ORDER BY g.year DESC, g.decision_date DESC NULLS LAST, g.id`;

/** Every grant of one person in the actor's subtree, newest first, revoked ones included and marked. */
export async function personAwardHistory(db: DbOrTx, actor: Actor, personId: string): Promise<AwardHistory> {
  const person = await loadPersonInScope(db, actor, personId);
  const { rows } = await db.execute<RegistryRow>(
    sql`${GRANT_SELECT} WHERE g.person_id = ${personId} ${ORDER}`,
  );
  return {
    subject: {
      kind: 'person',
      id: personId,
      name: String(person.full_name),
      unitName: person.unit_name,
    },
    items: rows.map(presentGrant),
  };
}

/** Every grant of one unit: its collective awards and those of the people recorded in it. */
export async function unitAwardHistory(db: DbOrTx, actor: Actor, unitId: string): Promise<AwardHistory> {
  const unit = await loadUnitInScope(db, actor, unitId);
  const [{ rows }, { rows: parent }] = await Promise.all([
    db.execute<RegistryRow>(sql`${GRANT_SELECT} WHERE g.unit_id = ${unitId} ${ORDER}`),
    db.execute<{ name: string }>(sql`SELECT name FROM unit WHERE id = ${unit.parentId}`),
  ]);
  return {
    subject: { kind: 'unit', id: unitId, name: unit.name, unitName: parent[0]?.name ?? null },
    items: rows.map(presentGrant),
  };
}
