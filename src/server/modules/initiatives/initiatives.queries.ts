import { type SQL, sql } from 'drizzle-orm';
import type { Initiative, InitiativeListQuery } from '../../../shared/api/initiatives';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../auth/actor';
import { loadUnitInScope } from '../units/units.policy';
import { type InitiativeListRow, presentInitiative } from './initiatives.presenter';

export type InitiativeFilters = Omit<InitiativeListQuery, 'page' | 'pageSize'>;

/** WHERE clause of an initiative list: always inside the actor's subtree; every value a bound parameter. */
async function whereOf(db: DbOrTx, actor: Actor, f: InitiativeFilters): Promise<SQL> {
  const scope = f.unitId ? (await loadUnitInScope(db, actor, f.unitId)).path : actor.scopePath;
  const parts: SQL[] = [sql`u.path LIKE ${`${scope}%`}`];
  const q = f.q?.normalize('NFC').trim();
  if (q) {
    // Diacritic-insensitive substring: "so hoa ho so" finds "Số hóa hồ sơ …".
    parts.push(sql`i.title_search LIKE '%' || tdkt_fold(${q.replace(/[%_\\]/g, '\\$&')}) || '%'`);
  }
  if (f.scope) parts.push(sql`i.scope = ${f.scope}`);
  if (f.year) {
    parts.push(sql`i.recognized_on >= make_date(${f.year}::int, 1, 1)`);
    parts.push(sql`i.recognized_on < make_date(${f.year}::int + 1, 1, 1)`);
  }
  return sql.join(parts, sql` AND `);
}

// Newest recognition first; the title in Vietnamese order breaks ties.
const orderBy = (t: string) => sql.raw(`${t}.recognized_on DESC, ${t}.title COLLATE "vi-x-icu", ${t}.id`);

/** The selected initiatives with their unit name, authors and the awards they supported. */
async function selectInitiatives(db: DbOrTx, where: SQL, limit: SQL, offset: number) {
  const { rows } = await db.execute<InitiativeListRow>(sql`
    WITH page AS (
      SELECT i.id, i.title, i.unit_id, u.name AS unit_name, i.scope, i.decision_number, i.recognized_on,
             i.summary, i.version
        FROM initiative i JOIN unit u ON u.id = i.unit_id
       WHERE ${where}
       ORDER BY ${orderBy('i')} ${limit} OFFSET ${offset})
    SELECT p.*,
      (SELECT coalesce(json_agg(json_build_object('id', pe.id, 'fullName', pe.full_name)
                ORDER BY pe.full_name COLLATE "vi-x-icu"), '[]')
         FROM initiative_author a JOIN person pe ON pe.id = a.person_id
        WHERE a.initiative_id = p.id) AS authors,
      (SELECT coalesce(json_agg(json_build_object('awardCode', g.award_code, 'year', g.year,
                'decisionNumber', g.decision_number) ORDER BY g.year, g.award_code), '[]')
         FROM initiative_use iu JOIN award_grant g ON g.id = iu.award_grant_id
        WHERE iu.initiative_id = p.id) AS used_for
      FROM page p
     ORDER BY ${orderBy('p')}`);
  return rows.map(presentInitiative);
}

/** One page of initiatives (or up to `limit` for exports) in the actor's subtree. */
export async function queryInitiatives(
  db: DbOrTx,
  actor: Actor,
  filters: InitiativeFilters,
  page: { limit: number | null; offset: number },
): Promise<{ items: Initiative[]; total: number }> {
  const where = await whereOf(db, actor, filters);
  const limit = page.limit === null ? sql`` : sql`LIMIT ${page.limit}`;
  const [items, { rows: count }] = await Promise.all([
    selectInitiatives(db, where, limit, page.offset),
    db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM initiative i JOIN unit u ON u.id = i.unit_id WHERE ${where}`,
    ),
  ]);
  return { items, total: count[0]?.n ?? 0 };
}

/** One initiative in the API shape; the caller has checked it is in the actor's scope. */
export async function findInitiative(db: DbOrTx, id: string): Promise<Initiative | undefined> {
  const [item] = await selectInitiatives(db, sql`i.id = ${id}`, sql`LIMIT 1`, 0);
  return item;
}
