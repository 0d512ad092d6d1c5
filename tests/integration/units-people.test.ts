import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertDiscipline, insertPerson } from '../../src/server/seed/factories';
import {
  type Client,
  createTestApp,
  seedAccount,
  seedUnits,
  signedIn,
  type TestApp,
} from './helpers/harness';

let t: TestApp;
let s: Awaited<ReturnType<typeof seedUnits>>;
let staff: Client;
let clerk: Client;
let head: Client;

beforeAll(async () => {
  t = await createTestApp({ TDKT_LOGIN_RATE_PER_MINUTE: '1000' });
  s = await seedUnits(t.database);
  await t.database.db.transaction(async (tx) => {
    for (const fullName of ['Đặng Thị Ánh', 'Bùi Văn Bình', 'Âu Thị Ân', 'Nguyễn Văn Ân', 'Ánh Dương'])
      await insertPerson(tx, s.a.id, { fullName });
    await insertDiscipline(tx, s.personA.id, {
      level: 'reprimand',
      fromDate: '2024-01-10',
      toDate: '2025-01-10',
      reason: 'Vi phạm giờ giấc',
    });
  });
  await seedAccount(t.database, { email: 'staff@test.vn', unitId: s.p.id, roles: ['staff'] });
  await seedAccount(t.database, { email: 'clerk@test.vn', unitId: s.a.id, roles: ['unitClerk'] });
  await seedAccount(t.database, { email: 'head@test.vn', unitId: s.a.id, roles: ['unitHead'] });
  staff = await signedIn(t.baseUrl, 'staff@test.vn');
  clerk = await signedIn(t.baseUrl, 'clerk@test.vn');
  head = await signedIn(t.baseUrl, 'head@test.vn');
});
afterAll(() => t.close());

describe('people search and lists', () => {
  it('finds names without diacritics and in any case, only inside the unit scope', async () => {
    const res = await clerk.get('/api/people?q=NGUYEN%20VAN%20AN');
    expect(res.body.items.map((p: { fullName: string }) => p.fullName).sort()).toEqual([
      'Nguyễn Văn An',
      'Nguyễn Văn Ân',
    ]);
    const nfd = await clerk.get(`/api/people?q=${encodeURIComponent('Nguyễn'.normalize('NFD'))}`);
    expect(nfd.body.total).toBe(2);
    const outOfScope = await clerk.get('/api/people?q=lo%20thi%20xuan');
    expect(outOfScope.body.total).toBe(0);
    expect((await staff.get('/api/people?q=lo%20thi%20xuan')).body.total).toBe(1);
  });

  it('sorts in Vietnamese alphabetical order (A Ă Â … D Đ)', async () => {
    const res = await clerk.get('/api/people?pageSize=50');
    const names = res.body.items.map((p: { fullName: string }) => p.fullName);
    expect(names).toEqual(
      [
        'Ánh Dương',
        'Âu Thị Ân',
        'Bùi Văn Bình',
        'Đặng Thị Ánh',
        'Lò Văn Piếng',
        'Nguyễn Văn An',
        'Nguyễn Văn Ân',
      ].filter((n) => names.includes(n)),
    );
    expect(names.indexOf('Đặng Thị Ánh')).toBeGreaterThan(names.indexOf('Bùi Văn Bình'));
  });

  it('paginates in SQL', async () => {
    const page1 = await staff.get('/api/people?pageSize=2&page=1');
    const page2 = await staff.get('/api/people?pageSize=2&page=2');
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.total).toBeGreaterThan(4);
    expect(page2.body.items[0].id).not.toBe(page1.body.items[0].id);
  });
});

describe('sensitive fields (quality F2, A7)', () => {
  it('masks ethnicity, national ID and discipline for a clerk; shows them to the unit head and audits the read', async () => {
    const masked = await clerk.get(`/api/people/${s.personA.id}`);
    expect(masked.body.sensitiveMasked).toBe(true);
    expect(masked.body.nationalId).toBeNull();
    expect(masked.body.ethnicityCode).toBeNull();
    expect(masked.body.discipline).toBeNull();
    expect(JSON.stringify(masked.body)).not.toContain('001099000111');
    const list = await staff.get('/api/people?pageSize=200');
    expect(JSON.stringify(list.body)).not.toContain('001099000111');
    const shown = await head.get(`/api/people/${s.personA.id}`);
    expect(shown.body.nationalId).toBe('001099000111');
    expect(shown.body.discipline[0].level).toBe('reprimand');
    const { rows } = await t.database.pool.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'person.sensitive.read' AND object_id = $1`,
      [s.personA.id],
    );
    expect(rows[0].n).toBe(1);
  });
});

describe('people changes', () => {
  it('creates a person with a Vietnamese error naming the field when input is bad', async () => {
    const bad = await clerk.post('/api/people', {
      unitId: s.a.id,
      fullName: '  ',
      sex: 'male',
      staffType: 'civil-servant',
      birthDate: '1990-02-30',
    });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.fields.map((f: { path: string }) => f.path);
    expect(paths).toContain('fullName');
    expect(paths).toContain('birthDate');
    expect(bad.body.error.message).toMatch(/trường/);
    const ok = await clerk.post('/api/people', {
      unitId: s.a.id,
      fullName: 'Tòng Thị Phóng',
      sex: 'female',
      staffType: 'commune-official',
      birthDate: '1992-02-29',
    });
    expect(ok.status).toBe(200);
    expect(ok.body.fullName).toBe('Tòng Thị Phóng');
  });

  it('refuses a stale write with 409 naming who changed the record', async () => {
    const p = (await clerk.get(`/api/people/${s.personA.id}`)).body;
    const first = await staff.patch(`/api/people/${p.id}`, { version: p.version, position: 'Phó Chủ tịch' });
    expect(first.status).toBe(200);
    const stale = await clerk.patch(`/api/people/${p.id}`, { version: p.version, position: 'Chuyên viên' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toContain('staff@test.vn');
    const now = await clerk.get(`/api/people/${p.id}`);
    expect(now.body.position).toBe('Phó Chủ tịch');
  });

  it('records one rating per year', async () => {
    await clerk.put(`/api/people/${s.personA.id}/ratings`, { year: 2024, rating: 'good' });
    const res = await clerk.put(`/api/people/${s.personA.id}/ratings`, { year: 2024, rating: 'excellent' });
    expect(res.body.ratings.filter((r: { year: number }) => r.year === 2024)).toEqual([
      { year: 2024, rating: 'excellent', decidedOn: null },
    ]);
  });
});

describe('units', () => {
  it('lists the subtree as a tree and lets staff add a unit', async () => {
    const created = await staff.post('/api/units', {
      parentId: s.a.id,
      name: 'Tổ dân phố số 1',
      kind: 'sub-unit',
    });
    expect(created.status).toBe(200);
    const list = await clerk.get('/api/units');
    const names = list.body.items.map((u: { name: string }) => u.name);
    expect(names).toEqual(['Phường Tân Phong', 'Tổ dân phố số 1']);
    expect(
      (await clerk.post('/api/units', { parentId: s.a.id, name: 'Không được', kind: 'sub-unit' })).status,
    ).toBe(403);
  });

  it('merges wards on a date: history kept, successor linked, people moved (2025 reform)', async () => {
    const x = (await staff.post('/api/units', { parentId: s.p.id, name: 'Phường Quyết Thắng', kind: 'ward' }))
      .body;
    const y = (await staff.post('/api/units', { parentId: s.p.id, name: 'Phường Quyết Tiến', kind: 'ward' }))
      .body;
    await staff.post('/api/people', {
      unitId: x.id,
      fullName: 'Hoàng Văn Dũng',
      sex: 'male',
      staffType: 'commune-official',
    });
    const merged = await staff.post('/api/units/merge', {
      sourceUnitIds: [x.id, y.id],
      newUnit: { parentId: s.p.id, name: 'Phường Tân Phong mới', kind: 'ward' },
      effectiveOn: '2025-07-01',
      decisionNumber: '1670/NQ-UBTVQH15',
    });
    expect(merged.status).toBe(200);
    expect(merged.body.changes[0]).toMatchObject({
      kind: 'merge',
      effectiveOn: '2025-07-01',
      decisionNumber: '1670/NQ-UBTVQH15',
    });
    expect(merged.body.changes[0].sources.map((u: { name: string }) => u.name).sort()).toEqual([
      'Phường Quyết Thắng',
      'Phường Quyết Tiến',
    ]);
    const old = await staff.get(`/api/units/${x.id}`);
    expect(old.body).toMatchObject({
      status: 'merged',
      validTo: '2025-07-01',
      successorId: merged.body.id,
      successorName: 'Phường Tân Phong mới',
    });
    const moved = await staff.get(`/api/people?q=hoang%20van%20dung`);
    expect(moved.body.items[0].unitName).toBe('Phường Tân Phong mới');
    const active = await staff.get('/api/units');
    expect(active.body.items.map((u: { name: string }) => u.name)).not.toContain('Phường Quyết Thắng');
    const all = await staff.get('/api/units?includeInactive=true');
    expect(all.body.items.map((u: { name: string }) => u.name)).toContain('Phường Quyết Thắng');
    const again = await staff.post('/api/units/merge', {
      sourceUnitIds: [x.id],
      targetUnitId: s.b.id,
      effectiveOn: '2025-08-01',
    });
    expect(again.status).toBe(400);
  });

  it('splits a unit into new siblings and keeps the link', async () => {
    const z = (await staff.post('/api/units', { parentId: s.p.id, name: 'Xã San Thàng', kind: 'commune' }))
      .body;
    const res = await staff.post('/api/units/split', {
      sourceUnitId: z.id,
      targets: [
        { name: 'Xã San Thàng A', kind: 'commune' },
        { name: 'Xã San Thàng B', kind: 'commune' },
      ],
      effectiveOn: '2025-07-01',
    });
    expect(res.status).toBe(200);
    const detail = await staff.get(`/api/units/${z.id}`);
    expect(detail.body.status).toBe('split');
    expect(detail.body.changes[0].targets.map((u: { name: string }) => u.name).sort()).toEqual([
      'Xã San Thàng A',
      'Xã San Thàng B',
    ]);
  });

  it('rejects a stale unit edit with 409', async () => {
    const u = (await staff.get(`/api/units/${s.b.id}`)).body;
    expect(
      (await staff.patch(`/api/units/${s.b.id}`, { version: u.version, shortName: 'P. Đoàn Kết' })).status,
    ).toBe(200);
    const stale = await staff.patch(`/api/units/${s.b.id}`, { version: u.version, shortName: 'Đoàn Kết' });
    expect(stale.status).toBe(409);
  });
});
