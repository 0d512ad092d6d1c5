import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Client,
  createTestApp,
  seedAccount,
  seedUnits,
  signedIn,
  TEST_PASSWORD,
  type TestApp,
} from './helpers/harness';

let t: TestApp;
let units: Awaited<ReturnType<typeof seedUnits>>;

beforeAll(async () => {
  t = await createTestApp({ TDKT_LOGIN_RATE_PER_MINUTE: '1000' });
  units = await seedUnits(t.database);
  await seedAccount(t.database, { email: 'clerk.a@test.vn', unitId: units.a.id, roles: ['unitClerk'] });
  await seedAccount(t.database, { email: 'admin@test.vn', unitId: units.p.id, roles: ['admin'] });
  await seedAccount(t.database, {
    email: 'new@test.vn',
    unitId: units.a.id,
    roles: ['unitClerk'],
    mustChangePassword: true,
  });
  await seedAccount(t.database, { email: 'lock@test.vn', unitId: units.a.id, roles: ['unitClerk'] });
});
afterAll(() => t.close());

describe('sign-in (quality B)', () => {
  it('signs in, rotates the session id and answers /me with roles and unit', async () => {
    const c = new Client(t.baseUrl);
    await c.get('/api/health');
    const before = c.cookieHeader();
    const res = await c.signIn('clerk.a@test.vn');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('signed-in');
    expect(res.body.me.roles).toEqual(['unitClerk']);
    expect(res.body.me.unit.name).toBe('Phường Tân Phong');
    expect(c.cookieHeader()).not.toBe(before);
    const setCookies = res.headers.getSetCookie().join('\n');
    expect(setCookies).toMatch(/HttpOnly/i);
    expect(setCookies).toMatch(/SameSite=Lax/i);
    const me = await c.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.email).toBe('clerk.a@test.vn');
  });

  it('gives the same message for an unknown user and a wrong password (B1)', async () => {
    const c = new Client(t.baseUrl);
    const unknown = await c.signIn('nobody@test.vn', 'whatever-password-123');
    const wrong = await c.signIn('admin@test.vn', 'wrong-password-123456');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body.error.message).toBe(wrong.body.error.message);
  });

  it('locks the account after 5 failures, even for the right password (B1)', async () => {
    const c = new Client(t.baseUrl);
    for (let i = 0; i < 5; i++)
      expect((await c.signIn('lock@test.vn', 'sai-mat-khau-lan-nua')).status).toBe(401);
    const right = await c.signIn('lock@test.vn');
    expect(right.status).toBe(401);
    const { rows } = await t.database.pool.query(
      `SELECT locked_until FROM "user" WHERE email = 'lock@test.vn'`,
    );
    expect(new Date(rows[0].locked_until).getTime()).toBeGreaterThan(Date.now());
    const { rows: audit } = await t.database.pool.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'auth.lockout'`,
    );
    expect(audit[0].n).toBe(1);
  });

  it('forces a password change at first sign-in with an issued password (B4, B3)', async () => {
    const c = await signedIn(t.baseUrl, 'new@test.vn');
    const blocked = await c.get('/api/people');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const short = await c.post('/api/auth/change-password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'ngắn quá',
    });
    expect(short.status).toBe(400);
    expect(short.body.error.fields[0].path).toBe('newPassword');
    const common = await c.post('/api/auth/change-password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'password1234',
    });
    expect(common.status).toBe(400);
    const ok = await c.post('/api/auth/change-password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'Đồng lúa chín vàng bên suối Nậm Loỏng',
    });
    expect(ok.status).toBe(200);
    expect((await c.get('/api/people')).status).toBe(200);
  });

  it('refuses a state change without the anti-forgery token or from another origin (D2)', async () => {
    const c = await signedIn(t.baseUrl, 'admin@test.vn');
    const noToken = await c.request(
      'POST',
      '/api/units',
      { parentId: units.p.id, name: 'X', kind: 'agency' },
      { 'x-csrf-token': '' },
    );
    expect(noToken.status).toBe(403);
    const foreign = await c.request(
      'POST',
      '/api/units',
      { parentId: units.p.id, name: 'X', kind: 'agency' },
      { origin: 'https://evil.example' },
    );
    expect(foreign.status).toBe(403);
    const { rows } = await t.database.pool.query(`SELECT count(*)::int AS n FROM unit WHERE name = 'X'`);
    expect(rows[0].n).toBe(0);
  });

  it('ends sessions on sign-out and when an account is disabled (B8, A6)', async () => {
    const admin = await signedIn(t.baseUrl, 'admin@test.vn');
    const clerk = await signedIn(t.baseUrl, 'clerk.a@test.vn');
    expect((await clerk.get('/api/people')).status).toBe(200);
    const { rows } = await t.database.pool.query(`SELECT id FROM "user" WHERE email = 'clerk.a@test.vn'`);
    const res = await admin.patch(`/api/accounts/${rows[0].id}`, { roles: ['councilMember'] });
    expect(res.status).toBe(200);
    // A revoked role stops working on the next request: councilMember may not write people.
    const write = await clerk.post('/api/people', {
      unitId: units.a.id,
      fullName: 'Người Mới',
      sex: 'male',
      staffType: 'civil-servant',
    });
    expect(write.status).toBe(403);
    await admin.patch(`/api/accounts/${rows[0].id}`, { disabled: true });
    expect((await clerk.get('/api/auth/me')).status).toBe(401);
    await admin.patch(`/api/accounts/${rows[0].id}`, { disabled: false, roles: ['unitClerk'] });
    const again = await signedIn(t.baseUrl, 'clerk.a@test.vn');
    expect((await again.post('/api/auth/sign-out')).status).toBe(200);
    expect((await again.get('/api/auth/me')).status).toBe(401);
  });

  it('ends a session idle for longer than the idle timeout, and any session past the absolute limit (B7)', async () => {
    const idle = await signedIn(t.baseUrl, 'admin@test.vn');
    expect((await idle.get('/api/auth/me')).status).toBe(200);
    await t.database.pool.query(
      `UPDATE session SET last_seen_at = now() - interval '31 minutes' WHERE user_id = (SELECT id FROM "user" WHERE email = 'admin@test.vn')`,
    );
    expect((await idle.get('/api/auth/me')).status).toBe(401);
    const old = await signedIn(t.baseUrl, 'admin@test.vn');
    await t.database.pool.query(
      `UPDATE session SET created_at = now() - interval '13 hours' WHERE user_id = (SELECT id FROM "user" WHERE email = 'admin@test.vn')`,
    );
    expect((await old.get('/api/auth/me')).status).toBe(401);
  });

  it('sends security headers (D1)', async () => {
    const res = await new Client(t.baseUrl).get('/api/health');
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('stores only argon2id hashes, never the password (B5)', async () => {
    const { rows } = await t.database.pool.query(`SELECT password FROM account`);
    for (const r of rows) expect(r.password).toMatch(/^\$argon2id\$/);
    const { rows: dump } = await t.database.pool.query(
      `SELECT string_agg(t::text, '') AS s FROM audit_event t`,
    );
    expect(dump[0].s ?? '').not.toContain(TEST_PASSWORD);
  });
});

describe('per-address throttling (B2)', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await createTestApp({ TDKT_LOGIN_RATE_PER_MINUTE: '3' });
  });
  afterAll(() => limited.close());

  it('answers 429 with Retry-After past the limit', async () => {
    const c = new Client(limited.baseUrl);
    const statuses: number[] = [];
    let last: Awaited<ReturnType<Client['signIn']>> | undefined;
    for (let i = 0; i < 5; i++) {
      last = await c.signIn(`x${i}@test.vn`, 'khong-dung-mat-khau');
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
