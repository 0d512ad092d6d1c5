import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPerson } from '../../src/server/seed/factories';
import { todayInVietnamIso } from '../../src/shared/api/initiatives';
import {
  type Client,
  createTestApp,
  seedAccount,
  seedUnits,
  signedIn,
  type TestApp,
} from './helpers/harness';

/*
 * The initiatives register (sổ sáng kiến): recorded inside the unit subtree, with authors of that
 * subtree, searchable without diacritics, edited with optimistic concurrency, exported and audited.
 */

let t: TestApp;
let s: Awaited<ReturnType<typeof seedUnits>>;
let clerk: Client;
let staff: Client;
let coAuthorId: string;

const base = () => ({
  title: 'Số hóa hồ sơ một cửa, rút ngắn thời gian giải quyết thủ tục hành chính',
  unitId: s.a.id,
  scope: 'grassroots',
  decisionNumber: '12/QĐ-HĐSK',
  recognizedOn: '2024-11-15',
  authorIds: [s.personA.id],
});

async function auditCount(action: string, objectId?: string): Promise<number> {
  const { rows } = await t.database.pool.query(
    `SELECT count(*)::int AS n FROM audit_event WHERE action = $1 AND ($2::text IS NULL OR object_id = $2)`,
    [action, objectId ?? null],
  );
  return rows[0].n;
}

beforeAll(async () => {
  t = await createTestApp({ TDKT_LOGIN_RATE_PER_MINUTE: '1000' });
  s = await seedUnits(t.database);
  coAuthorId = (
    await t.database.db.transaction((tx) => insertPerson(tx, s.a.id, { fullName: 'Hoàng Thị Duyên' }))
  ).id;
  await seedAccount(t.database, { email: 'clerk@test.vn', unitId: s.a.id, roles: ['unitClerk'] });
  await seedAccount(t.database, { email: 'staff@test.vn', unitId: s.p.id, roles: ['staff'] });
  clerk = await signedIn(t.baseUrl, 'clerk@test.vn');
  staff = await signedIn(t.baseUrl, 'staff@test.vn');
});
afterAll(() => t.close());

describe('recording an initiative', () => {
  it('creates one with authors of the own unit and audits it', async () => {
    const res = await clerk.post('/api/initiatives', { ...base(), authorIds: [s.personA.id, coAuthorId] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      title: base().title,
      unitId: s.a.id,
      unitName: 'Phường Tân Phong',
      scope: 'grassroots',
      decisionNumber: '12/QĐ-HĐSK',
      recognizedOn: '2024-11-15',
      usedFor: [],
      version: 1,
    });
    expect(res.body.authors.map((a: { fullName: string }) => a.fullName)).toEqual([
      'Hoàng Thị Duyên',
      'Nguyễn Văn An',
    ]);
    expect(await auditCount('initiative.create', res.body.id)).toBe(1);
  });

  it('refuses an author from a sibling unit as if the person did not exist (404), and writes nothing', async () => {
    const before = await t.database.pool.query('SELECT count(*)::int AS n FROM initiative');
    const res = await clerk.post('/api/initiatives', {
      ...base(),
      title: 'Sáng kiến có tác giả ở phường khác',
      authorIds: [s.personA.id, s.personB.id],
    });
    expect(res.status).toBe(404);
    expect(res.body.error.fields).toEqual([{ path: 'authorIds', message: expect.any(String) }]);
    const after = await t.database.pool.query('SELECT count(*)::int AS n FROM initiative');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('refuses a unit outside the subtree (404)', async () => {
    const res = await clerk.post('/api/initiatives', { ...base(), unitId: s.b.id });
    expect(res.status).toBe(404);
  });

  it('refuses a recognition date in the future, naming recognizedOn (400)', async () => {
    const tomorrow = new Date(`${todayInVietnamIso()}T00:00:00Z`);
    tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
    const res = await clerk.post('/api/initiatives', {
      ...base(),
      recognizedOn: tomorrow.toISOString().slice(0, 10),
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('recognizedOn');
    expect(res.body.error.fields[0]).toEqual({
      path: 'recognizedOn',
      message: 'Ngày công nhận không được sau ngày hôm nay',
    });
  });

  it('requires at least one author', async () => {
    const res = await clerk.post('/api/initiatives', { ...base(), authorIds: [] });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('authorIds');
  });
});

describe('the register', () => {
  let usedId: string;

  beforeAll(async () => {
    const other = await staff.post('/api/initiatives', {
      title: 'Ứng dụng bản đồ số quản lý hộ kinh doanh',
      unitId: s.b.id,
      scope: 'province',
      recognizedOn: '2023-06-01',
      authorIds: [s.personB.id],
    });
    expect(other.status).toBe(200);
    const older = await clerk.post('/api/initiatives', {
      ...base(),
      title: 'Tổ chức lớp học tiếng Mông cho cán bộ cơ sở',
      recognizedOn: '2022-11-20',
      decisionNumber: undefined,
    });
    usedId = older.body.id;
    // The registry: a CSTĐCS grant that this initiative supported.
    const { rows } = await t.database.pool.query(
      `INSERT INTO award_grant (award_code, recipient_kind, person_id, unit_id, year, decision_number, decision_date)
       VALUES ('chien-si-thi-dua-co-so', 'individual', $1, $2, 2022, '16/QĐ-UBND', '2023-01-16') RETURNING id`,
      [s.personA.id, s.a.id],
    );
    await t.database.pool.query(
      'INSERT INTO initiative_use (initiative_id, award_grant_id) VALUES ($1, $2)',
      [usedId, rows[0].id],
    );
  });

  it('lists the own subtree, newest recognition first, with the awards each supported', async () => {
    const res = await clerk.get('/api/initiatives');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 2, page: 1, pageSize: 20 });
    expect(res.body.items.map((i: { recognizedOn: string }) => i.recognizedOn)).toEqual([
      '2024-11-15',
      '2022-11-20',
    ]);
    expect(res.body.items[1].usedFor).toEqual([
      { awardCode: 'chien-si-thi-dua-co-so', year: 2022, decisionNumber: '16/QĐ-UBND' },
    ]);
    expect((await staff.get('/api/initiatives')).body.total).toBe(3);
  });

  it('finds titles without diacritics and in any case', async () => {
    const res = await clerk.get(`/api/initiatives?q=${encodeURIComponent('SO HOA HO SO')}`);
    expect(res.body.items.map((i: { title: string }) => i.title)).toEqual([base().title]);
    const nfd = await clerk.get(`/api/initiatives?q=${encodeURIComponent('tiếng Mông'.normalize('NFD'))}`);
    expect(nfd.body.total).toBe(1);
    expect((await clerk.get('/api/initiatives?q=ban%20do%20so')).body.total).toBe(0);
    expect((await staff.get('/api/initiatives?q=ban%20do%20so')).body.total).toBe(1);
  });

  it('filters by unit, scope and year of recognition', async () => {
    expect((await staff.get(`/api/initiatives?unitId=${s.b.id}`)).body.total).toBe(1);
    expect((await staff.get('/api/initiatives?scope=province')).body.items[0].unitId).toBe(s.b.id);
    const y2022 = await staff.get('/api/initiatives?year=2022');
    expect(y2022.body.items.map((i: { id: string }) => i.id)).toEqual([usedId]);
    expect((await clerk.get(`/api/initiatives?unitId=${s.b.id}`)).status).toBe(404);
  });

  it('answers 404 for one initiative of another unit', async () => {
    const theirs = (await staff.get(`/api/initiatives?unitId=${s.b.id}`)).body.items[0].id;
    expect((await clerk.get(`/api/initiatives/${theirs}`)).status).toBe(404);
    expect((await staff.get(`/api/initiatives/${theirs}`)).status).toBe(200);
  });

  it('edits with the current version, and a stale version gets 409 naming who changed it', async () => {
    const first = await clerk.patch(`/api/initiatives/${usedId}`, {
      version: 1,
      scope: 'province',
      authorIds: [s.personA.id, coAuthorId],
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ scope: 'province', version: 2 });
    expect(first.body.authors).toHaveLength(2);
    const stale = await staff.patch(`/api/initiatives/${usedId}`, { version: 1, title: 'Tên cũ' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toContain('clerk@test.vn');
    expect(await auditCount('initiative.update', usedId)).toBe(1);
    const { rows } = await t.database.pool.query('SELECT title, version FROM initiative WHERE id = $1', [
      usedId,
    ]);
    expect(rows[0]).toEqual({ title: 'Tổ chức lớp học tiếng Mông cho cán bộ cơ sở', version: 2 });
  });

  it('refuses to add an author from a sibling unit on edit (404)', async () => {
    const res = await clerk.patch(`/api/initiatives/${usedId}`, {
      version: 2,
      authorIds: [s.personA.id, s.personB.id],
    });
    expect(res.status).toBe(404);
  });

  it('exports the filtered register as .xlsx with Vietnamese headers, and audits the export', async () => {
    const before = await auditCount('initiative.export');
    const res = await clerk.get('/api/initiatives/export.xlsx?q=tieng%20mong');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      'STT',
      'Tên sáng kiến',
      'Đơn vị',
      'Tác giả',
      'Phạm vi ảnh hưởng',
      'Số quyết định công nhận',
      'Ngày công nhận',
      'Đã dùng để đề nghị khen thưởng',
    ]);
    expect(sheet.rowCount).toBe(2);
    const row = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(row[1]).toBe('Tổ chức lớp học tiếng Mông cho cán bộ cơ sở');
    expect(row[4]).toBe('Cấp tỉnh');
    expect(row[7]).toBe('Chiến sĩ thi đua cơ sở năm 2022 (QĐ số 16/QĐ-UBND)');
    expect(await auditCount('initiative.export')).toBe(before + 1);
  });
});
