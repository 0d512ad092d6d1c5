import { and, eq, sql } from 'drizzle-orm';
import type { Pledge, PledgeStatus } from '../../../shared/api/pledges';
import type { DbOrTx } from '../../db/client';
import { pledge } from '../../db/schema';
import { notFound } from '../../http/app-error';
import type { Actor } from '../auth/actor';
import { assertMovementVisible } from '../movements/movements.policy';
import { deadlineSql, isLate, type PledgeTarget } from './pledges.policy';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** The unit's pledge in the API shape; an empty one (`id: null`, version 0) when not started. */
export async function findPledge(db: DbOrTx, target: PledgeTarget): Promise<Pledge> {
  const [row] = await db
    .select()
    .from(pledge)
    .where(and(eq(pledge.movementId, target.movementId), eq(pledge.unitId, target.unitId)));
  const base = { movementId: target.movementId, unitId: target.unitId, unitName: target.unitName };
  if (!row) {
    return {
      ...base,
      id: null,
      status: null,
      version: 0,
      collectiveTitles: [],
      people: [],
      submittedAt: null,
      decidedAt: null,
      returnReason: null,
      isLate: isLate(target.deadline, null),
    };
  }
  const { rows: people } = await db.execute<{
    person_id: string;
    full_name: string;
    position: string | null;
    titles: string[];
  }>(sql`
    SELECT pp.person_id, p.full_name, p.position, pp.titles
      FROM pledge_person pp JOIN person p ON p.id = pp.person_id
     WHERE pp.pledge_id = ${row.id}
     ORDER BY p.full_name COLLATE "vi-x-icu", p.id`);
  return {
    ...base,
    id: row.id,
    status: row.status as PledgeStatus,
    version: row.version,
    collectiveTitles: row.collectiveTitles,
    people: people.map((p) => ({
      personId: p.person_id,
      fullName: p.full_name,
      position: p.position,
      titles: p.titles,
    })),
    submittedAt: iso(row.submittedAt),
    decidedAt: iso(row.decidedAt),
    returnReason: row.returnReason,
    isLate: isLate(target.deadline, row.submittedAt),
  };
}

export type BoardRow = {
  unit_id: string;
  unit_name: string;
  pledge_id: string | null;
  status: PledgeStatus | null;
  submitted_at: Date | string | null;
  collective_titles: string[] | null;
  people_count: number;
};

/**
 * A launched (or closed) movement the actor may see, with its pledge deadline and every participating
 * unit of the actor's subtree and its pledge (null when not started); a draft answers 404.
 */
export async function loadBoardRows(db: DbOrTx, actor: Actor, movementId: string) {
  await assertMovementVisible(db, actor, movementId);
  const { rows: head } = await db.execute<{ title: string; status: string; deadline: string | null }>(
    sql`SELECT m.title, m.status, ${deadlineSql(sql`m.id`)} AS deadline FROM movement m WHERE m.id = ${movementId}`,
  );
  const movement = head[0];
  if (!movement || movement.status === 'draft') throw notFound('Phong trào thi đua');
  const { rows } = await db.execute<BoardRow>(sql`
    SELECT u.id AS unit_id, u.name AS unit_name, pl.id AS pledge_id, pl.status, pl.submitted_at,
           pl.collective_titles,
           (SELECT count(*)::int FROM pledge_person pp WHERE pp.pledge_id = pl.id) AS people_count
      FROM movement_participant mp
      JOIN unit u ON u.id = mp.unit_id
      LEFT JOIN pledge pl ON pl.movement_id = mp.movement_id AND pl.unit_id = u.id
     WHERE mp.movement_id = ${movementId} AND u.path LIKE ${`${actor.scopePath}%`}
     ORDER BY u.sort_order, u.name COLLATE "vi-x-icu", u.id`);
  return { movement, rows };
}

/** The board: every participating unit in scope with where its pledge stands, and the counts. */
export async function pledgeBoard(db: DbOrTx, actor: Actor, movementId: string) {
  const { movement, rows } = await loadBoardRows(db, actor, movementId);
  const now = new Date();
  const items = rows.map((r) => {
    const submittedAt = r.submitted_at === null ? null : new Date(r.submitted_at);
    return {
      unitId: r.unit_id,
      unitName: r.unit_name,
      pledgeId: r.pledge_id,
      status: r.status,
      submittedAt: submittedAt?.toISOString() ?? null,
      isLate: isLate(movement.deadline, submittedAt, now),
      peopleCount: r.people_count,
      collectiveTitles: r.collective_titles ?? [],
    };
  });
  const counts = { notStarted: 0, draft: 0, submitted: 0, accepted: 0, returned: 0, late: 0 };
  for (const item of items) {
    if (item.status === null) counts.notStarted++;
    else counts[item.status]++;
    if (item.isLate) counts.late++;
  }
  return { deadline: movement.deadline, items, counts };
}
