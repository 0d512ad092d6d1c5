import { sql } from 'drizzle-orm';
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

type PersonRow = { id: string; staff_type: string; sex: string; recruited_on: string | null };

/** Histories of many people up to `year`, keyed by person id (people outside `personIds` are ignored). */
export async function buildPersonHistories(
  db: DbOrTx,
  personIds: readonly string[],
  year: number,
): Promise<Map<string, CandidateHistory>> {
  const out = new Map<string, CandidateHistory>();
  if (personIds.length === 0) return out;
  const ids = sql.param([...personIds]);
  const [people, ratings, grants, initiatives, discipline] = await Promise.all([
    db.execute<PersonRow>(
      sql`SELECT id, staff_type, sex, recruited_on FROM person WHERE id = ANY(${ids}::uuid[])`,
    ),
    db.execute<{ person_id: string; year: number; rating: string }>(
      sql`SELECT person_id, year, rating FROM person_rating WHERE person_id = ANY(${ids}::uuid[]) AND year <= ${year} ORDER BY year`,
    ),
    db.execute<{ person_id: string; year: number; award_code: string }>(
      sql`SELECT person_id, year, award_code FROM award_grant
           WHERE person_id = ANY(${ids}::uuid[]) AND status = 'valid' AND year <= ${year} ORDER BY year`,
    ),
    db.execute<{ person_id: string; recognized_on: string; scope: string; used_for: string[] }>(sql`
      SELECT a.person_id, i.recognized_on, i.scope,
             coalesce(array_agg(g.award_code || ':' || g.year) FILTER (WHERE g.id IS NOT NULL AND g.status = 'valid'), '{}') AS used_for
        FROM initiative_author a JOIN initiative i ON i.id = a.initiative_id
        LEFT JOIN initiative_use u ON u.initiative_id = i.id LEFT JOIN award_grant g ON g.id = u.award_grant_id
       WHERE a.person_id = ANY(${ids}::uuid[]) AND i.recognized_on <= make_date(${year} + 1, 12, 31)
       GROUP BY a.person_id, i.id, i.recognized_on, i.scope ORDER BY i.recognized_on`),
    db.execute<{ person_id: string; level: string; from_date: string; to_date: string | null }>(
      sql`SELECT person_id, level, from_date, to_date FROM person_discipline WHERE person_id = ANY(${ids}::uuid[]) ORDER BY from_date`,
    ),
  ]);
  for (const p of people.rows) {
    out.set(p.id, {
      kind: 'individual',
      staffType: p.staff_type,
      sex: p.sex,
      ...(p.recruited_on ? { recruitedOn: p.recruited_on } : {}),
      records: [],
      initiatives: [],
      scienceWorks: [],
      discipline: [],
      underReview: false,
      attestations: {},
    });
  }
  const recordOf = (h: CandidateHistory, y: number) => {
    let r = h.records.find((x) => x.year === y);
    if (!r) {
      r = { year: y, titles: [] };
      h.records.push(r);
    }
    return r;
  };
  for (const r of ratings.rows) {
    const h = out.get(r.person_id);
    if (h) recordOf(h, r.year).rating = r.rating;
  }
  for (const g of grants.rows) {
    const h = out.get(g.person_id);
    if (h) recordOf(h, g.year).titles.push(g.award_code);
  }
  for (const i of initiatives.rows) {
    // An initiative that already supported an award is passed with it, so the engine flags reuse (Law Art 5).
    const [award, year] = (i.used_for[0] ?? '').split(':');
    const usedFor = award && year ? { usedFor: { award, year: Number(year) } } : {};
    out.get(i.person_id)?.initiatives.push({ recognizedOn: i.recognized_on, scope: i.scope, ...usedFor });
  }
  for (const d of discipline.rows) {
    out
      .get(d.person_id)
      ?.discipline.push({ level: d.level, from: d.from_date, ...(d.to_date ? { to: d.to_date } : {}) });
  }
  for (const h of out.values()) h.records.sort((a, b) => a.year - b.year);
  return out;
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
