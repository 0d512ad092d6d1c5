import { sql } from 'drizzle-orm';
import type { PersonDetail } from '../../../shared/api/people';
import type { DbOrTx } from '../../db/client';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf, can } from '../auth/actor';
import { presentPersonDetail } from './people.presenter';
import { loadPersonInScope } from './people.queries';

/** A person's record; a role that may see sensitive fields sees them and the read is audited (quality F2). */
export async function getPerson(
  tx: DbOrTx,
  actor: Actor,
  id: string,
  options: { auditRead: boolean } = { auditRead: true },
): Promise<PersonDetail> {
  const p = await loadPersonInScope(tx, actor, id);
  const { rows: ratings } = await tx.execute<{ year: number; rating: string; decided_on: string | null }>(
    sql`SELECT year, rating, decided_on FROM person_rating WHERE person_id = ${id} ORDER BY year DESC`,
  );
  const showSensitive = can(actor, 'person.sensitive.read');
  const { rows: discipline } = showSensitive
    ? await tx.execute<{
        id: string;
        level: string;
        from_date: string;
        to_date: string | null;
        decision_number: string | null;
        reason: string | null;
      }>(
        sql`SELECT id, level, from_date, to_date, decision_number, reason FROM person_discipline WHERE person_id = ${id} ORDER BY from_date DESC`,
      )
    : { rows: [] };
  if (showSensitive && options.auditRead) {
    await writeAudit(tx, auditContextOf(actor), {
      action: 'person.sensitive.read',
      objectType: 'person',
      objectId: id,
      unitId: p.unit_id as string,
      after: { fields: ['ethnicityCode', 'nationalId', 'discipline'] },
    });
  }
  return presentPersonDetail(p, ratings, discipline, showSensitive);
}
