import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AwardHistory, RegistryEntry, RegistryList } from '../../src/shared/api/registry';
import {
  type Client,
  createTestApp,
  seedAccount,
  seedUnits,
  signedIn,
  type TestApp,
} from './helpers/harness';

/*
 * The award registry (sổ khen thưởng): diacritic-insensitive search in the user's subtree, award
 * histories of a person and a unit, the Excel export, and revocation (Law Art 93): marked in the
 * registry with date and reason, audited, and no longer counted by the law engine.
 */

let t: TestApp;
let s: Awaited<ReturnType<typeof seedUnits>>;
let staff: Client;
let clerkA: Client;
let clerkB: Client;
const grantOf = new Map<string, string>();

async function grant(values: {
  key: string;
  award: string;
  kind?: 'individual' | 'collective';
  personId?: string | null;
  unitId: string;
  year: number;
  decision?: string;
}) {
  const { rows } = await t.database.pool.query(
    `INSERT INTO award_grant (award_code, recipient_kind, person_id, unit_id, year, decision_number, decision_date, issuer, golden_book_number)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'ỦY BAN NHÂN DÂN THÀNH PHỐ THỬ', $8) RETURNING id`,
    [
      values.award,
      values.kind ?? 'individual',
      values.personId ?? null,
      values.unitId,
      values.year,
      values.decision ?? `${values.year - 2000}/QĐ-UBND`,
      `${values.year}-12-20`,
      String(grantOf.size + 1),
    ],
  );
  grantOf.set(values.key, rows[0].id);
}

beforeAll(async () => {
  t = await createTestApp({ TDKT_LOGIN_RATE_PER_MINUTE: '1000' });
  s = await seedUnits(t.database);
  for (const year of [2020, 2021, 2022, 2023, 2024, 2025])
    await grant({
      key: `an-${year}`,
      award: 'chien-si-thi-dua-co-so',
      personId: s.personA.id,
      unitId: s.a.id,
      year,
    });
  await grant({
    key: 'a-collective',
    award: 'tap-the-lao-dong-xuat-sac',
    kind: 'collective',
    unitId: s.a.id,
    year: 2024,
    decision: '123/QĐ-UBND',
  });
  await grant({
    key: 'xuan',
    award: 'lao-dong-tien-tien',
    personId: s.personB.id,
    unitId: s.b.id,
    year: 2024,
  });
  await seedAccount(t.database, { email: 'staff@test.vn', unitId: s.p.id, roles: ['staff'] });
  await seedAccount(t.database, { email: 'clerk.a@test.vn', unitId: s.a.id, roles: ['unitClerk'] });
  await seedAccount(t.database, { email: 'clerk.b@test.vn', unitId: s.b.id, roles: ['unitClerk'] });
  staff = await signedIn(t.baseUrl, 'staff@test.vn');
  clerkA = await signedIn(t.baseUrl, 'clerk.a@test.vn');
  clerkB = await signedIn(t.baseUrl, 'clerk.b@test.vn');
});
afterAll(() => t.close());

const names = (list: RegistryList) => list.items.map((i) => `${i.recipientName} ${i.year}`);

describe('registry search', () => {
  it('finds a person without diacritics and in any letter case', async () => {
    const res = await staff.get<RegistryList>('/api/registry?q=NGUYEN%20van%20an');
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(6);
    expect(res.body.items.every((i) => i.recipientName === 'Nguyễn Văn An')).toBe(true);
    expect(res.body.items[0]!.awardName).toBe('Chiến sĩ thi đua cơ sở');
  });

  it('finds a collective by its unit name, an award by its name and a decision by its number', async () => {
    const unit = await staff.get<RegistryList>('/api/registry?q=tan%20phong&kind=collective');
    expect(names(unit.body)).toEqual(['Phường Tân Phong 2024']);
    const award = await staff.get<RegistryList>('/api/registry?q=lao%20dong%20tien%20tien');
    expect(names(award.body)).toEqual(['Lò Thị Xuân 2024']);
    const decision = await staff.get<RegistryList>(`/api/registry?decision=${encodeURIComponent('123/qđ')}`);
    expect(names(decision.body)).toEqual(['Phường Tân Phong 2024']);
    const byQ = await staff.get<RegistryList>('/api/registry?q=123%2Fqd');
    expect(byQ.body.total).toBe(1);
  });

  it('filters by year, award and unit, and pages the result', async () => {
    const res = await staff.get<RegistryList>(`/api/registry?year=2024&unitId=${s.a.id}`);
    expect(res.body.total).toBe(2);
    const page = await staff.get<RegistryList>(
      '/api/registry?awardCode=chien-si-thi-dua-co-so&pageSize=4&page=2',
    );
    expect(page.body.total).toBe(6);
    expect(page.body.items.map((i) => i.year)).toEqual([2021, 2020]);
  });

  it('shows a ward only the awards of its own subtree', async () => {
    const a = await clerkA.get<RegistryList>('/api/registry');
    expect(a.body.total).toBe(7);
    expect(a.body.items.some((i) => i.recipientName === 'Lò Thị Xuân')).toBe(false);
    const b = await clerkB.get<RegistryList>('/api/registry?q=nguyen');
    expect(b.body.total).toBe(0);
    expect((await clerkB.get(`/api/registry?unitId=${s.a.id}`)).status).toBe(404);
    expect((await clerkB.get(`/api/registry/people/${s.personA.id}`)).status).toBe(404);
  });
});

describe('award histories', () => {
  it('lists every grant of a person and of a unit', async () => {
    const person = await clerkA.get<AwardHistory>(`/api/registry/people/${s.personA.id}`);
    expect(person.status).toBe(200);
    expect(person.body.subject).toMatchObject({
      kind: 'person',
      name: 'Nguyễn Văn An',
      unitName: 'Phường Tân Phong',
    });
    expect(person.body.items.map((i) => i.year)).toEqual([2025, 2024, 2023, 2022, 2021, 2020]);
    const unit = await staff.get<AwardHistory>(`/api/registry/units/${s.a.id}`);
    expect(unit.body.items).toHaveLength(7);
    expect(unit.body.items.filter((i) => i.recipientKind === 'collective')).toHaveLength(1);
  });
});

describe('Excel export', () => {
  it('writes the filtered registry with Vietnamese headers and audits it', async () => {
    const res = await staff.get('/api/registry.xlsx?year=2024');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(2).value).toBe('Người/tập thể được khen');
    expect(ws.rowCount).toBe(4);
    const cells = [2, 3, 4].map((r) => ws.getRow(r).getCell(2).value);
    expect(cells).toContain('Lò Thị Xuân');
    const { rows } = await t.database.pool.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'registry.export'`,
    );
    expect(rows[0].n).toBe(1);
  });
});

describe('revocation (Law Art 93)', () => {
  const evaluate = (c: Client) =>
    c.get(
      `/api/eligibility/people/${s.personA.id}?award=chien-si-thi-dua-cap-tinh&year=2025&authority=province`,
    );
  const consecutive = (body: { output: { criteria: { id: string; ok: boolean | null }[] } }) =>
    body.output.criteria.find((c) => c.id === 'cstdt.consecutive-cstdcs')?.ok;

  it('only staff revoke; a clerk gets 403; a reason is required', async () => {
    const id = grantOf.get('an-2024')!;
    expect(
      (await clerkA.post(`/api/registry/${id}/revoke`, { version: 1, reason: 'x', revokedOn: '2025-03-01' }))
        .status,
    ).toBe(403);
    const empty = await staff.post(`/api/registry/${id}/revoke`, {
      version: 1,
      reason: '  ',
      revokedOn: '2025-03-01',
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields[0].path).toBe('reason');
  });

  it('marks the grant with date and reason, audits it, and the engine stops counting it', async () => {
    const before = await staff.get(
      `/api/eligibility/people/${s.personA.id}?award=chien-si-thi-dua-cap-tinh&year=2025&authority=province`,
    );
    expect(before.status).toBe(200);
    expect(consecutive(before.body)).toBe(true);

    const id = grantOf.get('an-2024')!;
    const res = await staff.post<RegistryEntry>(`/api/registry/${id}/revoke`, {
      version: 1,
      reason: 'Khai man thành tích',
      revokedOn: '2025-03-01',
      documentNumber: '45/QĐ-UBND',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'revoked', revokedOn: '2025-03-01', version: 2 });
    expect(res.body.revokeReason).toContain('Khai man thành tích');

    const listed = await clerkA.get<RegistryList>('/api/registry?status=revoked');
    expect(listed.body.items.map((i) => i.id)).toEqual([id]);
    const after = await evaluate(staff);
    expect(consecutive(after.body)).toBe(false);

    const { rows } = await t.database.pool.query(
      `SELECT actor_label, after FROM audit_event WHERE action = 'award_grant.revoke' AND object_id = $1`,
      [id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].actor_label).toBe('staff@test.vn');
    const inbox = await clerkA.get('/api/notifications');
    expect(JSON.stringify(inbox.body)).toContain('Thu hồi khen thưởng');
  });

  it('refuses a second revocation, a stale version, a future date and an out-of-scope grant', async () => {
    const id = grantOf.get('an-2024')!;
    expect(
      (await staff.post(`/api/registry/${id}/revoke`, { version: 2, reason: 'lại', revokedOn: '2025-03-02' }))
        .status,
    ).toBe(400);
    const other = grantOf.get('an-2023')!;
    const stale = await staff.post(`/api/registry/${other}/revoke`, {
      version: 7,
      reason: 'lý do',
      revokedOn: '2025-03-02',
    });
    expect(stale.status).toBe(409);
    const future = await staff.post(`/api/registry/${other}/revoke`, {
      version: 1,
      reason: 'lý do',
      revokedOn: '2099-01-01',
    });
    expect(future.status).toBe(400);
    expect(future.body.error.fields[0].path).toBe('revokedOn');
    const early = await staff.post(`/api/registry/${other}/revoke`, {
      version: 1,
      reason: 'lý do',
      revokedOn: '2020-01-01',
    });
    expect(early.status).toBe(400);
  });
});
