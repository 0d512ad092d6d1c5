import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/server/start';
import { type Client, createTestApp, signedIn, type TestApp } from './helpers/harness';

/*
 * Issue 3 end to end: the API and the CLI agree on the contract JSON; dated overrides change the prize
 * from their date on; a person is evaluated from the registry; suggestions work on the demo data.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const EXAMPLE = path.join(ROOT, 'tests/fixtures/eligibility/contract-example.json');
const DEMO_PASSWORD = 'TDKT-demo-2025!';

let t: TestApp;
let staff: Client;
let admin: Client;
let clerk: Client;

beforeAll(async () => {
  t = await createTestApp({ TDKT_LOGIN_RATE_PER_MINUTE: '10000' });
  await loadDemo(t.database);
  staff = await signedIn(t.baseUrl, 'noivu@tdkt.local', DEMO_PASSWORD);
  admin = await signedIn(t.baseUrl, 'admin@tdkt.local', DEMO_PASSWORD);
  clerk = await signedIn(t.baseUrl, 'vanthu.tanphong@tdkt.local', DEMO_PASSWORD);
});
afterAll(() => t.close());

describe('POST /api/eligibility/evaluate', () => {
  it('answers exactly what `tdkt eligibility` prints for the same input (contracts.md §2.1)', async () => {
    const cli = JSON.parse(
      execFileSync(process.execPath, ['bin/tdkt.mjs', 'eligibility', '--input', EXAMPLE], {
        cwd: ROOT,
        encoding: 'utf8',
      }),
    );
    const api = await staff.post('/api/eligibility/evaluate', JSON.parse(readFileSync(EXAMPLE, 'utf8')));
    expect(api.status).toBe(200);
    expect(api.body).toEqual(cli);
    expect(api.body).toMatchObject({
      eligible: true,
      status: 'needs-attestation',
      canConfer: true,
      prize: { coefficient: 1, baseSalary: 2_340_000, amount: 2_340_000 },
    });
  });

  it('names the bad field in Vietnamese', async () => {
    const input = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
    input.candidate.records[1].rating = 'xuat-sac';
    const res = await staff.post('/api/eligibility/evaluate', input);
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('candidate.records[1].rating');
    expect(res.body.error.message).toMatch(/không hợp lệ/);
  });

  it('is refused to a unit clerk', async () => {
    expect((await clerk.post('/api/eligibility/evaluate', {})).status).toBe(403);
  });
});

describe('dated overrides of the law (issue 3 item 7)', () => {
  it('a new base salary applies from its date on, and the catalogue lists it with its source', async () => {
    const created = await admin.post('/api/law/overrides', {
      kind: 'base-salary',
      target: 'base-salary',
      value: 2_530_000,
      effectiveFrom: '2026-07-01',
      source: 'Nghị định thử nghiệm 73/2026/NĐ-CP, Điều 3',
    });
    expect(created.status).toBe(200);
    await new Promise((r) => setTimeout(r, 3100)); // the catalogue is cached for up to 3 s
    const input = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
    const before = await staff.post('/api/eligibility/evaluate', input);
    expect(before.body.prize.baseSalary).toBe(2_340_000);
    const after = await staff.post('/api/eligibility/evaluate', {
      ...input,
      year: 2026,
      decisionDate: '2026-12-20',
    });
    expect(after.body.prize.baseSalary).toBe(2_530_000);
    expect(after.body.prize.amount % 10_000).toBe(0);
    expect(after.body.prize.amount).toBeGreaterThanOrEqual(after.body.prize.coefficient * 2_530_000);
    const catalogue = await staff.get('/api/law/catalogue');
    expect(catalogue.body.overrides[0]).toMatchObject({
      source: 'Nghị định thử nghiệm 73/2026/NĐ-CP, Điều 3',
    });
    expect(catalogue.body.unverified.length).toBeGreaterThan(0);
  });

  it('refuses an override whose target does not exist, naming it', async () => {
    const res = await admin.post('/api/law/overrides', {
      kind: 'coefficient',
      target: 'khong-co-danh-hieu:individual',
      value: 2,
      effectiveFrom: '2026-01-01',
      source: 'x',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/khong-co-danh-hieu/);
  });

  it('is refused to staff', async () => {
    const res = await staff.post('/api/law/overrides', {
      kind: 'base-salary',
      target: 'base-salary',
      value: 1,
      effectiveFrom: '2026-01-01',
      source: 'x',
    });
    expect(res.status).toBe(403);
  });
});

describe('from the registry', () => {
  it('evaluates a demo person from stored ratings, titles and initiatives, citing articles', async () => {
    const { rows } = await t.database.pool.query(`
      SELECT p.id FROM person p JOIN award_grant g ON g.person_id = p.id AND g.award_code = 'chien-si-thi-dua-co-so' AND g.year = 2024
       ORDER BY p.full_name LIMIT 1`);
    const res = await staff.get(`/api/eligibility/people/${rows[0].id}?award=lao-dong-tien-tien&year=2024`);
    expect(res.status).toBe(200);
    expect(res.body.input.candidate.records.find((r: { year: number }) => r.year === 2024).titles).toContain(
      'chien-si-thi-dua-co-so',
    );
    expect(res.body.input.candidate.initiatives.length).toBeGreaterThan(0);
    expect(res.body.output.criteria.every((c: { source: string }) => /Điều/.test(c.source))).toBe(true);
  });

  it('no longer counts a revoked title (Law Art 93)', async () => {
    const { rows } = await t.database.pool.query(
      `SELECT person_id FROM award_grant WHERE award_code = 'lao-dong-tien-tien' AND year = 2024 ORDER BY person_id LIMIT 1`,
    );
    const id = rows[0].person_id;
    const before = await staff.get(`/api/eligibility/people/${id}?award=lao-dong-tien-tien&year=2024`);
    expect(
      before.body.input.candidate.records.find((r: { year: number }) => r.year === 2024).titles,
    ).toContain('lao-dong-tien-tien');
    await t.database.pool.query(
      `UPDATE award_grant SET status = 'revoked', revoked_on = '2025-03-01' WHERE person_id = $1 AND year = 2024`,
      [id],
    );
    const after = await staff.get(`/api/eligibility/people/${id}?award=lao-dong-tien-tien&year=2024`);
    expect(
      after.body.input.candidate.records.find((r: { year: number }) => r.year === 2024)?.titles ?? [],
    ).not.toContain('lao-dong-tien-tien');
  });
});

describe('suggested candidates on the demo data (issue 3 item 6)', () => {
  it('lists who meets each award for 2025 with reasons, only in the user’s units', async () => {
    const all = await staff.get('/api/eligibility/suggestions?year=2025');
    expect(all.status).toBe(200);
    const ldtt = all.body.items.filter((s: { award: string }) => s.award === 'lao-dong-tien-tien');
    expect(ldtt.length).toBeGreaterThan(100);
    const { rows } = await t.database.pool.query(
      `SELECT person_id FROM person_rating WHERE year = 2025 AND rating IN ('complete', 'incomplete')`,
    );
    const weak = new Set(rows.map((r) => r.person_id));
    expect(ldtt.filter((s: { personId: string }) => weak.has(s.personId))).toEqual([]);
    expect(ldtt[0].reasons.some((r: string) => /Điều/.test(r))).toBe(true);
    const mine = await clerk.get('/api/eligibility/suggestions?year=2025');
    expect(mine.body.items.length).toBeGreaterThan(0);
    expect(mine.body.items.every((s: { unitName: string }) => /Tân Phong/.test(s.unitName))).toBe(true);
    const file = await staff.get('/api/eligibility/suggestions.xlsx?year=2025');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(/spreadsheetml/);
  });
});
