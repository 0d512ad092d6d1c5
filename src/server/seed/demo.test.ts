import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql, TransactionRollbackError } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, migrateDatabase, openDatabase, type Tx } from '../db/client';
import { type EmbeddedDatabase, startEmbeddedDatabase } from '../db/embedded';
import { person, personDiscipline, personRating, unit } from '../db/schema';
import { DEMO_ACCOUNTS, DEMO_PEOPLE_COUNT, type DemoUnits, loadDemoData } from './demo';
import { ethnicityCodeOf } from './vietnamese-names';

let dataDir: string;
let embedded: EmbeddedDatabase;
let database: Database;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'tdkt-seed-test-'));
  // mkdtemp makes a 0700 directory; run as root, initdb works as the postgres user and must get in.
  chmodSync(dataDir, 0o755);
  embedded = await startEmbeddedDatabase({ dataDir, port: 55000 + Math.floor(Math.random() * 5000) });
  database = openDatabase(embedded.url);
  await migrateDatabase(database);
});

afterAll(async () => {
  await database?.close();
  await embedded?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Load the demo in a transaction, look at it, and roll back, so every test starts from an empty database. */
async function withDemo<T>(look: (tx: Tx, units: DemoUnits, loadMs: number) => Promise<T>): Promise<T> {
  let result: T | undefined;
  try {
    await database.db.transaction(async (tx) => {
      const started = performance.now();
      const units = await loadDemoData(tx);
      result = await look(tx, units, performance.now() - started);
      tx.rollback();
    });
  } catch (error) {
    if (!(error instanceof TransactionRollbackError)) throw error;
  }
  return result as T;
}

/** Everything the demo holds except generated ids and timestamps. */
async function snapshot(tx: Tx) {
  const units = await tx
    .select({
      id: unit.id,
      parentId: unit.parentId,
      path: unit.path,
      code: unit.code,
      name: unit.name,
      kind: unit.kind,
    })
    .from(unit);
  const codeOf = new Map(units.map((u) => [u.id, u.code]));
  const pathByCodes = (p: string) =>
    p
      .split('/')
      .filter(Boolean)
      .map((id) => codeOf.get(id))
      .join('/');
  const people = await tx
    .select({
      id: person.id,
      unitId: person.unitId,
      fullName: person.fullName,
      sex: person.sex,
      birthDate: person.birthDate,
      ethnicityCode: person.ethnicityCode,
      nationalId: person.nationalId,
      position: person.position,
      staffType: person.staffType,
      recruitedOn: person.recruitedOn,
    })
    .from(person);
  const keyOf = new Map(
    people.map((p) => [p.id, `${codeOf.get(p.unitId)}|${p.fullName}|${p.birthDate}|${p.nationalId}`]),
  );
  const ratings = await tx.select().from(personRating);
  const disciplines = await tx.select().from(personDiscipline);
  return {
    units: units.map((u) => `${u.code}|${u.name}|${u.kind}|${pathByCodes(u.path)}`).sort(),
    people: people
      .map(({ id, unitId, ...p }) => `${codeOf.get(unitId)}|${Object.values(p).join('|')}`)
      .sort(),
    ratings: ratings.map((r) => `${keyOf.get(r.personId)}|${r.year}|${r.rating}|${r.decidedOn}`).sort(),
    disciplines: disciplines
      .map((d) => `${keyOf.get(d.personId)}|${d.level}|${d.fromDate}|${d.toDate}|${d.decisionNumber}`)
      .sort(),
  };
}

describe('loadDemoData — Lai Châu city as of 5834/PĐTĐ-UBND (31/12/2024)', () => {
  it('loads about 600 people with ratings 2022–2025 and 5–8 sanctions, in under 3 seconds', async () => {
    const { loadMs, people, years, disciplines } = await withDemo(async (tx, _units, loadMs) => ({
      loadMs,
      people: (await tx.select({ n: sql<number>`count(*)::int` }).from(person))[0].n,
      years: await tx
        .select({ year: personRating.year, rating: personRating.rating, n: sql<number>`count(*)::int` })
        .from(personRating)
        .groupBy(personRating.year, personRating.rating),
      disciplines: (await tx.select({ n: sql<number>`count(*)::int` }).from(personDiscipline))[0].n,
    }));
    expect(loadMs).toBeLessThan(3000);
    expect(people).toBe(DEMO_PEOPLE_COUNT);
    expect(new Set(years.map((y) => y.year))).toEqual(new Set([2022, 2023, 2024, 2025]));
    const count = (rating: string) => years.filter((y) => y.rating === rating).reduce((s, y) => s + y.n, 0);
    const total = years.reduce((s, y) => s + y.n, 0);
    expect(count('good') / total).toBeGreaterThan(0.6);
    expect(count('excellent')).toBeGreaterThan(0);
    expect(count('excellent')).toBeLessThan(count('good'));
    expect(count('complete') + count('incomplete')).toBeGreaterThan(0);
    expect(disciplines).toBeGreaterThanOrEqual(5);
    expect(disciplines).toBeLessThanOrEqual(8);
  });

  it('keeps every unit path equal to its parent path plus its own id', async () => {
    const units = await withDemo((tx) => tx.select().from(unit));
    const byId = new Map(units.map((u) => [u.id, u]));
    for (const u of units) {
      const parentPath = u.parentId === null ? '/' : byId.get(u.parentId)?.path;
      expect(parentPath, `parent of ${u.code}`).toBeDefined();
      expect(u.path, u.code ?? u.name).toBe(`${parentPath}${u.id}/`);
    }
    expect(units.filter((u) => u.parentId === null).map((u) => u.code)).toEqual(['UBND-TP']);
  });

  it('has the 2024 wards and communes, and a unit for every demo account', async () => {
    const units = await withDemo(async (_tx, demoUnits) => demoUnits);
    for (const code of [
      'P-TANPHONG',
      'P-DOANKET',
      'P-QUYETTHANG',
      'P-QUYETTIEN',
      'P-DONGPHONG',
      'X-SANTHANG',
      'X-NAMLOONG',
    ])
      expect(units[code], code).toBeDefined();
    for (const account of DEMO_ACCOUNTS) expect(units[account.unitCode], account.email).toBeDefined();
  });

  it('has exactly one "Nguyễn Văn An", in Phường Tân Phong, found with or without diacritics', async () => {
    const found = await withDemo(async (tx, units) => {
      const tanPhong = (await tx.select().from(unit).where(eq(unit.id, units['P-TANPHONG'])))[0];
      const exact = await tx
        .select({ unitId: person.unitId })
        .from(person)
        .where(eq(person.fullName, 'Nguyễn Văn An'));
      const folded = await tx
        .select({ fullName: person.fullName, path: unit.path })
        .from(person)
        .innerJoin(unit, eq(unit.id, person.unitId))
        .where(sql`${person.fullNameSearch} = tdkt_fold('Nguyen Van An')`);
      return { tanPhong, exact, folded };
    });
    expect(found.exact).toEqual([{ unitId: found.tanPhong.id }]);
    const inTanPhong = found.folded.filter((p) => p.path.startsWith(found.tanPhong.path));
    expect(inTanPhong.map((p) => p.fullName)).toEqual(['Nguyễn Văn An']);
  });

  it('mixes the ethnic groups of Lai Châu, Kinh being the largest', async () => {
    const counts = await withDemo((tx) =>
      tx
        .select({ code: person.ethnicityCode, n: sql<number>`count(*)::int` })
        .from(person)
        .groupBy(person.ethnicityCode),
    );
    const share = (name: string) =>
      (counts.find((c) => c.code === ethnicityCodeOf(name))?.n ?? 0) / DEMO_PEOPLE_COUNT;
    for (const name of ['Thái', 'Mông', 'Dao', 'Hà Nhì', 'Giáy', 'Lự'])
      expect(share(name), name).toBeGreaterThan(0);
    expect(share('Kinh')).toBeGreaterThan(0.35);
    expect(share('Kinh')).toBeLessThan(0.55);
    expect(share('Thái')).toBeGreaterThan(share('Dao'));
  });

  it('gives staff types that match the kind of unit', async () => {
    const rows = await withDemo((tx) =>
      tx
        .selectDistinct({ kind: unit.kind, staffType: person.staffType })
        .from(person)
        .innerJoin(unit, eq(unit.id, person.unitId)),
    );
    const typesOf = (kind: string) => new Set(rows.filter((r) => r.kind === kind).map((r) => r.staffType));
    expect(typesOf('school')).toEqual(new Set(['public-employee']));
    expect(typesOf('agency')).toEqual(new Set(['civil-servant']));
    expect(typesOf('ward')).toEqual(new Set(['commune-official']));
    expect(typesOf('commune')).toEqual(new Set(['commune-official']));
  });

  it('is deterministic: two loads give the same data apart from ids', async () => {
    const first = await withDemo((tx) => snapshot(tx));
    const second = await withDemo((tx) => snapshot(tx));
    expect(first.people).toHaveLength(DEMO_PEOPLE_COUNT);
    expect(second).toEqual(first);
  });
});
