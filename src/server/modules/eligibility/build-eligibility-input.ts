import { sql } from 'drizzle-orm';
import type pg from 'pg';
import type { DbOrTx } from '../../db/client';

/*
 * The contract input (contracts.md §2.1) built from what the database knows: ratings, granted titles
 * (valid grants only: a revoked one no longer counts), authored initiatives, discipline, and for a
 * collective its members. Set-based: one query per kind of history for any number of candidates, so the
 * dossier workflow, the suggestions page and the benchmark all call the same function.
 */

export interface CandidateRecord {
  year: number;
  rating?: string;
  titles: string[];
}

export interface CandidateHistory {
  kind: 'individual' | 'collective';
  staffType?: string;
  sex?: string;
  recruitedOn?: string;
  records: CandidateRecord[];
  initiatives: { recognizedOn: string; scope: string; usedFor?: { award: string; year: number } }[];
  commendations?: { award: string; year: number; track: 'merit' | 'ad-hoc' | 'thematic' | 'long-service' }[];
  scienceWorks: { acceptedOn: string; scope: string }[];
  discipline: { level: string; from: string; to?: string }[];
  underReview: boolean;
  attestations: Record<string, boolean>;
  members?: {
    rating: string;
    titles: string[];
    discipline: { level: string; from: string; to?: string }[];
    sex?: string;
  }[];
  /** Collectives only: members without a rating for the year, left out of the ratios. */
  unratedMembers?: number;
}

export interface EligibilityRequest {
  award: string;
  year: number;
  decisionDate?: string;
  authority: { level: string };
  candidate: CandidateHistory;
}

type HistoryRow = {
  id: string;
  staff_type: string;
  sex: string;
  recruited_on: string | null;
  /** "2016:good,2017:excellent,…" */
  ratings: string | null;
  /** "2022:lao-dong-tien-tien:regular,…" */
  grants: string | null;
  initiatives: [string, string, string | null, number | null][] | null;
  discipline: [string, string, string | null][] | null;
};

/*
 * One row per person with each kind of history aggregated in PostgreSQL: 200,000 rows instead of
 * millions, each sub-select served by the (person_id, …) index of its table. Ratings and grants, the
 * bulk of it, travel as short strings (cheaper to build and parse than JSON); the rare ones as JSON.
 */
const HISTORY_SELECT = (year: number) => sql`
  SELECT p.id, p.staff_type, p.sex, p.recruited_on,
    (SELECT string_agg(r.year || ':' || r.rating, ',' ORDER BY r.year) FROM person_rating r
      WHERE r.person_id = p.id AND r.year <= ${year}) AS ratings,
    (SELECT string_agg(g.year || ':' || g.award_code || ':' || g.track, ',' ORDER BY g.year) FROM award_grant g
      WHERE g.person_id = p.id AND g.status = 'valid' AND g.year <= ${year}) AS grants,
    (SELECT json_agg(json_build_array(i.recognized_on, i.scope, ug.award_code, ug.year) ORDER BY i.recognized_on)
       FROM initiative_author a JOIN initiative i ON i.id = a.initiative_id
       LEFT JOIN LATERAL (SELECT g.award_code, g.year FROM initiative_use u JOIN award_grant g ON g.id = u.award_grant_id
                           WHERE u.initiative_id = i.id AND g.status = 'valid' ORDER BY g.year LIMIT 1) ug ON true
      WHERE a.person_id = p.id AND i.recognized_on <= make_date(${year} + 1, 12, 31)) AS initiatives,
    (SELECT json_agg(json_build_array(d.level, d.from_date, d.to_date) ORDER BY d.from_date) FROM person_discipline d
      WHERE d.person_id = p.id) AS discipline
  FROM person p`;

const TRACKS: Record<string, 'merit' | 'ad-hoc' | 'thematic' | 'long-service'> = {
  regular: 'merit',
  'ad-hoc': 'ad-hoc',
  thematic: 'thematic',
  'long-service': 'long-service',
};

/** A history row as the engine's input: complete (every default filled) so it can skip re-validation. */
export function historyOf(row: HistoryRow): CandidateHistory {
  const records: CandidateRecord[] = [];
  const byYear = new Map<number, CandidateRecord>();
  const recordOf = (year: number) => {
    let r = byYear.get(year);
    if (!r) {
      r = { year, titles: [] };
      byYear.set(year, r);
      records.push(r);
    }
    return r;
  };
  if (row.ratings) {
    for (const item of row.ratings.split(',')) {
      const colon = item.indexOf(':');
      recordOf(Number(item.slice(0, colon))).rating = item.slice(colon + 1);
    }
  }
  const commendations: {
    award: string;
    year: number;
    track: 'merit' | 'ad-hoc' | 'thematic' | 'long-service';
  }[] = [];
  for (const item of row.grants ? row.grants.split(',') : []) {
    const [y, award = '', track = 'regular'] = item.split(':');
    const year = Number(y);
    recordOf(year).titles.push(award);
    if (track !== 'regular') commendations.push({ award, year, track: TRACKS[track] ?? 'merit' });
  }
  records.sort((a, b) => a.year - b.year);
  commendations.sort((a, b) => a.year - b.year);
  return {
    kind: 'individual',
    staffType: row.staff_type,
    sex: row.sex,
    ...(row.recruited_on ? { recruitedOn: row.recruited_on } : {}),
    records,
    // An initiative that already supported an award is passed with it, so the engine flags reuse (Law Art 5).
    initiatives: (row.initiatives ?? []).map(([recognizedOn, scope, award, year]) => ({
      recognizedOn,
      scope,
      ...(award && year ? { usedFor: { award, year } } : {}),
    })),
    scienceWorks: [],
    discipline: (row.discipline ?? []).map(([level, from, to]) => ({ level, from, ...(to ? { to } : {}) })),
    underReview: false,
    attestations: {},
    ...(commendations.length ? { commendations } : {}),
  };
}

/** Histories of many people up to `year`, keyed by person id. */
export async function buildPersonHistories(
  db: DbOrTx,
  personIds: readonly string[],
  year: number,
): Promise<Map<string, CandidateHistory>> {
  const out = new Map<string, CandidateHistory>();
  if (personIds.length === 0) return out;
  const { rows } = await db.execute<HistoryRow>(
    sql`${HISTORY_SELECT(year)} WHERE p.id = ANY(${sql.param([...personIds])}::uuid[])`,
  );
  for (const row of rows) out.set(row.id, historyOf(row));
  return out;
}

/** One page of histories in id order (keyset), for batch evaluation of everyone in a unit subtree. */
export async function loadHistoryPage(
  db: DbOrTx,
  scopePath: string,
  year: number,
  after: string | null,
  limit: number,
): Promise<{ id: string; history: CandidateHistory }[]> {
  const { rows } = await db.execute<HistoryRow>(sql`${HISTORY_SELECT(year)}
    WHERE p.unit_id IN (SELECT id FROM unit WHERE path LIKE ${`${scopePath}%`})
      AND p.status = 'active' AND p.anonymised_at IS NULL ${after ? sql`AND p.id > ${after}` : sql``}
    ORDER BY p.id LIMIT ${limit}`);
  return rows.map((row) => ({ id: row.id, history: historyOf(row) }));
}

/**
 * A collective's history: its own titles by year, and its members (the people of the unit's subtree)
 * with their rating, titles and discipline for the assessment year.
 */
export async function buildUnitHistory(
  db: DbOrTx,
  unitId: string,
  year: number,
): Promise<CandidateHistory | null> {
  const { rows: units } = await db.execute<{ path: string }>(sql`SELECT path FROM unit WHERE id = ${unitId}`);
  const unit = units[0];
  if (!unit) return null;
  const [titles, members] = await Promise.all([
    db.execute<{ year: number; award_code: string }>(
      sql`SELECT year, award_code FROM award_grant WHERE unit_id = ${unitId} AND recipient_kind = 'collective'
           AND status = 'valid' AND year <= ${year} ORDER BY year`,
    ),
    db.execute<{ id: string }>(sql`
      SELECT p.id FROM person p JOIN unit u ON u.id = p.unit_id
       WHERE u.path LIKE ${`${unit.path}%`} AND p.status = 'active' AND p.anonymised_at IS NULL`),
  ]);
  const histories = await buildPersonHistories(
    db,
    members.rows.map((m) => m.id),
    year,
  );
  const records: CandidateRecord[] = [];
  for (const t of titles.rows) {
    let r = records.find((x) => x.year === t.year);
    if (!r) {
      r = { year: t.year, titles: [] };
      records.push(r);
    }
    r.titles.push(t.award_code);
  }
  return {
    kind: 'collective',
    records,
    initiatives: [],
    scienceWorks: [],
    discipline: [],
    underReview: false,
    attestations: {},
    // Members not rated for the year (recruited late, on long leave) were not assessed and are left out
    // of the ratios; the caller sees how many were left out and skips a collective not yet rated.
    members: [...histories.values()].flatMap((h) => {
      const r = h.records.find((x) => x.year === year);
      if (!r?.rating) return [];
      return [
        { rating: r.rating, titles: r.titles, discipline: h.discipline, ...(h.sex ? { sex: h.sex } : {}) },
      ];
    }),
    unratedMembers: [...histories.values()].filter((h) => !h.records.find((x) => x.year === year)?.rating)
      .length,
  };
}

/*
 * Everyone in a unit subtree at once: each kind of history aggregated by one pass over its table and
 * hash-joined (sequential reads, not one index probe per person), streamed through a cursor so memory
 * stays flat. For the benchmark and for suggestions over a whole province.
 */
const ALL_HISTORIES_SQL = `
  SELECT p.id, p.staff_type, p.sex, p.recruited_on, r.ratings, g.grants, i.initiatives, d.discipline
    FROM person p
    JOIN unit u ON u.id = p.unit_id AND u.path LIKE $1
    LEFT JOIN (SELECT person_id, string_agg(year || ':' || rating, ',') AS ratings
                 FROM person_rating WHERE year <= $2 GROUP BY person_id) r ON r.person_id = p.id
    LEFT JOIN (SELECT person_id, string_agg(year || ':' || award_code || ':' || track, ',') AS grants
                 FROM award_grant WHERE person_id IS NOT NULL AND status = 'valid' AND year <= $2 GROUP BY person_id) g
           ON g.person_id = p.id
    LEFT JOIN (SELECT a.person_id, json_agg(json_build_array(i.recognized_on, i.scope, ug.award_code, ug.year)) AS initiatives
                 FROM initiative_author a JOIN initiative i ON i.id = a.initiative_id
                 LEFT JOIN LATERAL (SELECT g.award_code, g.year FROM initiative_use u JOIN award_grant g ON g.id = u.award_grant_id
                                     WHERE u.initiative_id = i.id AND g.status = 'valid' ORDER BY g.year LIMIT 1) ug ON true
                WHERE i.recognized_on <= make_date($2 + 1, 12, 31) GROUP BY a.person_id) i ON i.person_id = p.id
    LEFT JOIN (SELECT person_id, json_agg(json_build_array(level, from_date, to_date)) AS discipline
                 FROM person_discipline GROUP BY person_id) d ON d.person_id = p.id
   WHERE p.status = 'active' AND p.anonymised_at IS NULL`;

export async function forEachHistoryPage(
  pool: pg.Pool,
  scopePath: string,
  year: number,
  pageSize: number,
  onPage: (rows: { id: string; history: CandidateHistory }[]) => Promise<void>,
): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN READ ONLY');
    // Room for the per-person aggregates in memory rather than spilled to disk.
    await client.query("SET LOCAL work_mem = '256MB'");
    await client.query(`DECLARE histories NO SCROLL CURSOR FOR ${ALL_HISTORIES_SQL}`, [
      `${scopePath}%`,
      year,
    ]);
    let next = client.query<HistoryRow>(`FETCH ${Math.floor(pageSize)} FROM histories`);
    for (;;) {
      const { rows } = await next;
      if (rows.length === 0) break;
      // The next page is read while this one is handled.
      next = client.query<HistoryRow>(`FETCH ${Math.floor(pageSize)} FROM histories`);
      await onPage(rows.map((row) => ({ id: row.id, history: historyOf(row) })));
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
