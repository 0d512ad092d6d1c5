import { eq, sql } from 'drizzle-orm';
import type { DisciplineLevel, Rating, Sex, StaffType, UnitKind, UnitStatus } from '../../shared/codes';
import type { DbOrTx } from '../db/client';
import { person, personDiscipline, personRating, unit } from '../db/schema';
import { ethnicityCodeOf } from './vietnamese-names';

/*
 * Factories named after domain states (conventions §10): the demo seed, the tests and the benchmark
 * build their data with these, so a schema change is fixed in one place.
 */

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters for every table here. */
const CHUNK_SIZE = 1000;

export type UnitRecord = typeof unit.$inferSelect;
export type PersonRecord = typeof person.$inferSelect;

export interface NewUnit {
  parentId: string | null;
  name: string;
  kind: UnitKind;
  code?: string | null;
  shortName?: string | null;
  status?: UnitStatus;
  validFrom?: string | null;
  validTo?: string | null;
  sortOrder?: number;
  /** The parent's path when the caller already has it, to save a query. */
  parentPath?: string;
}

/** Insert a unit with its materialised path '/root/…/parent/id/' (the id is made first for that). */
export async function insertUnit(tx: DbOrTx, input: NewUnit): Promise<UnitRecord> {
  const id = crypto.randomUUID();
  let parentPath = '/';
  if (input.parentId !== null) {
    const found =
      input.parentPath ??
      (await tx.select({ path: unit.path }).from(unit).where(eq(unit.id, input.parentId)))[0]?.path;
    if (!found) throw new Error(`insertUnit: parent unit ${input.parentId} does not exist`);
    parentPath = found;
  }
  const [row] = await tx
    .insert(unit)
    .values({
      id,
      parentId: input.parentId,
      path: `${parentPath}${id}/`,
      code: input.code ?? null,
      name: input.name,
      shortName: input.shortName ?? null,
      kind: input.kind,
      status: input.status ?? 'active',
      validFrom: input.validFrom ?? null,
      validTo: input.validTo ?? null,
      sortOrder: input.sortOrder ?? 0,
    })
    .returning();
  return row;
}

/** A person as the seed, tests and benchmark build it (no id: the database or the batch gives one). */
export interface PersonRow {
  unitId: string;
  fullName: string;
  sex: Sex;
  birthDate: string | null;
  ethnicityCode: string | null;
  nationalId: string | null;
  position: string | null;
  staffType: StaffType;
  recruitedOn: string | null;
  status?: string;
}

export type PersonDraft = Omit<PersonRow, 'unitId'>;

/** A plausible civil servant of Lai Châu; override what the test is about. */
export function buildPerson(overrides: Partial<PersonDraft> = {}): PersonDraft {
  return {
    fullName: 'Lò Văn Piếng',
    sex: 'male',
    birthDate: '1986-05-14',
    ethnicityCode: ethnicityCodeOf('Thái'),
    nationalId: null,
    position: 'Chuyên viên',
    staffType: 'civil-servant',
    recruitedOn: '2010-09-01',
    status: 'active',
    ...overrides,
  };
}

export async function insertPerson(
  tx: DbOrTx,
  unitId: string,
  overrides: Partial<PersonDraft> = {},
): Promise<PersonRecord> {
  const [row] = await tx
    .insert(person)
    .values({ ...buildPerson(overrides), unitId })
    .returning();
  return row;
}

export interface RatingRow {
  personId: string;
  year: number;
  rating: Rating;
  decidedOn?: string | null;
  note?: string | null;
}

export interface DisciplineInput {
  level: DisciplineLevel;
  fromDate: string;
  toDate?: string | null;
  decisionNumber?: string | null;
  reason?: string | null;
}

export type YearlyRatings = Partial<Record<number, Rating>>;

function ratingRows(personId: string, ratings: YearlyRatings): RatingRow[] {
  return Object.entries(ratings).map(([year, rating]) => ({
    personId,
    year: Number(year),
    rating: rating as Rating,
    decidedOn: `${year}-12-15`,
  }));
}

/** A person with yearly ratings, e.g. `{ ratings: { 2024: 'good', 2025: 'excellent' } }`. */
export async function insertRatedPerson(
  tx: DbOrTx,
  unitId: string,
  input: { ratings: YearlyRatings } & Partial<PersonDraft>,
): Promise<PersonRecord> {
  const { ratings, ...overrides } = input;
  const created = await insertPerson(tx, unitId, overrides);
  await insertRatingsBatch(tx, ratingRows(created.id, ratings));
  return created;
}

export async function insertDiscipline(tx: DbOrTx, personId: string, input: DisciplineInput): Promise<void> {
  await tx.insert(personDiscipline).values({
    personId,
    level: input.level,
    fromDate: input.fromDate,
    toDate: input.toDate ?? null,
    decisionNumber: input.decisionNumber ?? null,
    reason: input.reason ?? null,
  });
}

/** A person under a disciplinary sanction, optionally with ratings (default: a reprimand in 2024). */
export async function insertDisciplinedPerson(
  tx: DbOrTx,
  unitId: string,
  input: { discipline?: DisciplineInput; ratings?: YearlyRatings } & Partial<PersonDraft> = {},
): Promise<PersonRecord> {
  const { discipline, ratings, ...overrides } = input;
  const created = await insertPerson(tx, unitId, overrides);
  await insertDiscipline(
    tx,
    created.id,
    discipline ?? {
      level: 'reprimand',
      fromDate: '2024-06-10',
      toDate: '2025-06-09',
      decisionNumber: '125/QĐ-UBND',
      reason: 'Vi phạm quy định về thời gian giải quyết thủ tục hành chính',
    },
  );
  if (ratings) await insertRatingsBatch(tx, ratingRows(created.id, ratings));
  return created;
}

function chunks<T>(rows: readonly T[], size = CHUNK_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Insert many people, one INSERT per chunk; each column travels as one array parameter (unnest), which
 * is several times faster than a VALUES list. Ids are made here so ratings can refer to them.
 */
export async function insertPeopleBatch(
  tx: DbOrTx,
  rows: ReadonlyArray<PersonRow & { id?: string }>,
): Promise<Array<PersonRow & { id: string }>> {
  const withIds = rows.map((row) => ({ ...row, id: row.id ?? crypto.randomUUID() }));
  for (const c of chunks(withIds, 5000)) {
    const col = <K extends keyof (typeof c)[number]>(k: K) => sql.param(c.map((r) => r[k] ?? null));
    await tx.execute(sql`
      INSERT INTO person (id, unit_id, full_name, sex, birth_date, ethnicity_code, national_id, position, staff_type, recruited_on, status)
      SELECT * FROM unnest(${col('id')}::uuid[], ${col('unitId')}::uuid[], ${col('fullName')}::text[], ${col('sex')}::text[],
        ${col('birthDate')}::date[], ${col('ethnicityCode')}::text[], ${col('nationalId')}::text[], ${col('position')}::text[],
        ${col('staffType')}::text[], ${col('recruitedOn')}::date[], ${sql.param(c.map((r) => r.status ?? 'active'))}::text[])`);
  }
  return withIds;
}

export async function insertRatingsBatch(tx: DbOrTx, rows: readonly RatingRow[]): Promise<void> {
  for (const c of chunks(rows, 10000)) {
    await tx.execute(sql`
      INSERT INTO person_rating (person_id, year, rating, decided_on)
      SELECT * FROM unnest(${sql.param(c.map((r) => r.personId))}::uuid[], ${sql.param(c.map((r) => r.year))}::int[],
        ${sql.param(c.map((r) => r.rating))}::text[], ${sql.param(c.map((r) => r.decidedOn ?? null))}::date[])`);
  }
}
