import { generateSync } from 'otplib';
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

beforeAll(async () => {
  t = await createTestApp({ TDKT_LOGIN_RATE_PER_MINUTE: '1000' });
  const s = await seedUnits(t.database);
  await seedAccount(t.database, { email: 'admin@test.vn', unitId: s.p.id, roles: ['admin'] });
  await seedAccount(t.database, { email: 'staff@test.vn', unitId: s.p.id, roles: ['staff'] });
});
afterAll(() => t.close());

function codeFor(totpURI: string): string {
  const secret = new URL(totpURI).searchParams.get('secret')!;
  return generateSync({ secret });
}

describe('TOTP two-factor sign-in (quality B6)', () => {
  it('an admin requires 2FA for staff; staff must set it up, then sign in with a code', async () => {
    const admin = await signedIn(t.baseUrl, 'admin@test.vn');
    const settings = (await admin.get('/api/settings/security')).body;
    expect(
      (await admin.put('/api/settings/security', { ...settings, twoFactorRequiredRoles: ['staff'] })).status,
    ).toBe(200);

    const staff = await signedIn(t.baseUrl, 'staff@test.vn');
    await new Promise((r) => setTimeout(r, 3100)); // settings are cached for up to 3 s
    const blocked = await staff.get('/api/people');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.code).toBe('TWO_FACTOR_REQUIRED');

    const enabled = await staff.post('/api/auth/two-factor/enable', { password: TEST_PASSWORD });
    expect(enabled.status).toBe(200);
    expect(enabled.body.totpURI).toMatch(/^otpauth:\/\/totp\//);
    expect((await staff.post('/api/auth/two-factor/confirm', { code: '000000' })).status).toBe(400);
    const confirmed = await staff.post('/api/auth/two-factor/confirm', {
      code: codeFor(enabled.body.totpURI),
    });
    expect(confirmed.status).toBe(200);
    expect((await staff.get('/api/people')).status).toBe(200);
    expect((await staff.post('/api/auth/two-factor/disable', { password: TEST_PASSWORD })).status).toBe(400);

    const fresh = new Client(t.baseUrl);
    const step1 = await fresh.signIn('staff@test.vn');
    expect(step1.body).toEqual({ status: 'two-factor' });
    expect((await fresh.get('/api/auth/me')).status).toBe(401);
    expect((await fresh.post('/api/auth/two-factor', { code: '123456' })).status).toBe(401);
    const step2 = await fresh.post('/api/auth/two-factor', { code: codeFor(enabled.body.totpURI) });
    expect(step2.status).toBe(200);
    expect(step2.body.me.twoFactorEnabled).toBe(true);
    expect((await fresh.get('/api/people')).status).toBe(200);
  });
});
