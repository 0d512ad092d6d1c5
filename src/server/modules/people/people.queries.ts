import { type SQL, sql } from 'drizzle-orm';
import type { PersonListItem, PersonListQuery } from '../../../shared/api/people';
import type { Rating, Sex, StaffType } from '../../../shared/codes';
import type { DbOrTx } from '../../db/client';
import { notFound } from '../../http/app-error';
import type { Actor } from '../auth/actor';
import { loadUnitInScope } from '../units/units.policy';

export type PersonFilters = Omit<PersonListQuery, 'page' | 'pageSize'>;

/** WHERE clause of a people list: always inside the actor's subtree; every value a bound parameter. */
async function whereOf(db: DbOrTx, actor: Actor, f: PersonFilters): Promise<SQL> {
  let scope = actor.scopePath;
  const parts: SQL[] = [];
  if (f.unitId) {
    const u = await loadUnitInScope(db, actor, f.unitId);
    if (f.includeSubunits === 'false') parts.push(sql`p.unit_id = ${u.id}`);
    else scope = u.path;
  }
  parts.push(sql`u.path LIKE ${`${scope}%`}`);
  parts.push(sql`p.anonymised_at IS NULL`);
  const q = f.q?.normalize('NFC').trim();
  if (q && q.length >= 3) {
    // Diacritic-insensitive substring: "nguyen van an" finds "Nguyễn Văn An"; the trigram index serves it.
    parts.push(sql`p.full_name_search LIKE '%' || tdkt_fold(${q.replace(/[%_\\]/g, '\\$&')}) || '%'`);
  } else if (q) {
    // One or two letters: a whole word of the name ("lo" finds "Lò Văn Piếng", not "Hoàng").
    parts.push(sql`string_to_array(p.full_name_search, ' ') @> ARRAY[tdkt_fold(${q})]`);
  }
  if (f.sex) parts.push(sql`p.sex = ${f.sex}`);
  if (f.staffType) parts.push(sql`p.staff_type = ${f.staffType}`);
  return sql.join(parts, sql` AND `);
}

function orderOf(sort: PersonFilters['sort'], from: 'inner' | 'outer' = 'inner'): SQL {
  // Vietnamese alphabetical order (ICU "vi"): A Ă Â … D Đ …; an index on the collated name serves it.
  const unitName = from === 'inner' ? sql`u.name` : sql`p.unit_name`;
  switch (sort) {
    case '-name':
      return sql`p.full_name COLLATE "vi-x-icu" DESC, p.id`;
    case 'unit':
      return sql`${unitName} COLLATE "vi-x-icu", p.full_name COLLATE "vi-x-icu", p.id`;
    case 'recruitedOn':
      return sql`p.recruited_on NULLS LAST, p.id`;
    case '-recruitedOn':
      return sql`p.recruited_on DESC NULLS LAST, p.id`;
    case 'name':
      return sql`p.full_name COLLATE "vi-x-icu", p.id`;
  }
}

type Row = {
  id: string;
  full_name: string;
  sex: Sex;
  birth_date: string | null;
  position: string | null;
  staff_type: StaffType;
  unit_id: string;
  unit_name: string;
  recruited_on: string | null;
  rating_year: number | null;
  rating: Rating | null;
};

function present(r: Row): PersonListItem {
  return {
    id: r.id,
    fullName: r.full_name,
    sex: r.sex,
    birthDate: r.birth_date,
    position: r.position,
    staffType: r.staff_type,
    unitId: r.unit_id,
    unitName: r.unit_name,
    recruitedOn: r.recruited_on,
    latestRating: r.rating_year !== null && r.rating ? { year: r.rating_year, rating: r.rating } : null,
  };
}

const RATING_JOIN = sql`LEFT JOIN LATERAL (SELECT year, rating FROM person_rating r WHERE r.person_id = p.id ORDER BY year DESC LIMIT 1) lr ON true`;

/**
 * One page of people (or up to `limit` for exports), never any sensitive column; only the page's rows
 * get their latest rating. Two plans, chosen by what is searched:
 * - a name search of 3+ letters collects its matches through the trigram index first (MATERIALIZED),
 *   then sorts just those in Vietnamese order and counts them in the same statement; walking the
 *   name-ordered index instead would read every name before "Lò …" to find the Lò family;
 * - a list without a search walks the name-ordered index and stops after a page.
 */
export async function queryPeople(
  db: DbOrTx,
  actor: Actor,
  filters: PersonFilters,
  page: { limit: number | null; offset: number },
): Promise<{ items: PersonListItem[]; total: number }> {
  const where = await whereOf(db, actor, filters);
  const limit = page.limit === null ? sql`` : sql`LIMIT ${page.limit}`;
  const searched = (filters.q ?? '').trim().length > 0;
  if (searched) {
    const { rows } = await db.execute<Row & { total: number }>(sql`
      WITH m AS MATERIALIZED (
        SELECT p.id, p.full_name, p.sex, p.birth_date, p.position, p.staff_type, p.unit_id, u.name AS unit_name, p.recruited_on
          FROM person p JOIN unit u ON u.id = p.unit_id WHERE ${where}),
      page AS (SELECT * FROM m p ORDER BY ${orderOf(filters.sort, 'outer')} ${limit} OFFSET ${page.offset})
      SELECT p.*, lr.year AS rating_year, lr.rating, (SELECT count(*)::int FROM m) AS total
        FROM page p ${RATING_JOIN}
       ORDER BY ${orderOf(filters.sort, 'outer')}`);
    let total = rows[0]?.total;
    if (total === undefined) {
      const { rows: c } = await db.execute<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM person p JOIN unit u ON u.id = p.unit_id WHERE ${where}`,
      );
      total = c[0]?.n ?? 0;
    }
    return { items: rows.map(present), total };
  }
  const pageQuery = db.execute<Row>(sql`
    WITH page AS (
      SELECT p.id, p.full_name, p.sex, p.birth_date, p.position, p.staff_type, p.unit_id, u.name AS unit_name, p.recruited_on
        FROM person p JOIN unit u ON u.id = p.unit_id
       WHERE ${where}
       ORDER BY ${orderOf(filters.sort)}
       ${limit} OFFSET ${page.offset})
    SELECT p.*, lr.year AS rating_year, lr.rating
      FROM page p ${RATING_JOIN}
     ORDER BY ${orderOf(filters.sort, 'outer')}`);
  const countQuery = db.execute<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM person p JOIN unit u ON u.id = p.unit_id WHERE ${where}`,
  );
  const [{ rows }, { rows: count }] = await Promise.all([pageQuery, countQuery]);
  return { items: rows.map(present), total: count[0]?.n ?? 0 };
}

/** The person's row and unit path, if in the actor's subtree; else 404 like a missing one. */
export async function loadPersonInScope(
  db: DbOrTx,
  actor: Actor,
  id: string,
  options: { lock?: boolean } = {},
) {
  const { rows } = await db.execute<Record<string, unknown> & { unit_path: string; unit_name: string }>(sql`
    SELECT p.*, u.path AS unit_path, u.name AS unit_name FROM person p JOIN unit u ON u.id = p.unit_id
     WHERE p.id = ${id} AND p.anonymised_at IS NULL ${options.lock ? sql`FOR UPDATE OF p` : sql``}`);
  const row = rows[0];
  if (!row?.unit_path.startsWith(actor.scopePath)) throw notFound('Cán bộ');
  return row;
}
