import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/server/seed/people-generator';
import {
  type Client,
  createTestApp,
  seedAccount,
  seedUnits,
  signedIn,
  type TestApp,
} from './helpers/harness';

/*
 * Quality C1/C6: hostile input to every API route (wrong types, huge strings, NUL, zero-width and RTL
 * characters, NFD Vietnamese, impossible dates, __proto__ keys, injection payloads): never a 5xx, never
 * a stack trace or SQL in the answer, and the database keeps answering.
 */

const NASTY: unknown[] = [
  null,
  true,
  -1,
  1e308,
  Number.NaN,
  '',
  'x'.repeat(100_000),
  'a\u0000b',
  '\u200b\u200e\u202eRTL',
  'Nguyễn'.normalize('NFD'),
  '2023-02-29',
  '1899-12-31',
  '2100-13-01',
  "' OR 1=1 --",
  '"; DROP TABLE person; --',
  '<script>alert(1)</script>',
  '{{constructor.constructor("return process")()}}',
  '=HYPERLINK("http://evil")',
  '../../etc/passwd',
  '00000000-0000-0000-0000-000000000000',
  [],
  [1, 'a', null],
  {},
  { __proto__: { admin: true } },
  JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"x": 1}}}'),
];

const FIELDS = [
  'id',
  'name',
  'fullName',
  'unitId',
  'parentId',
  'kind',
  'sex',
  'birthDate',
  'version',
  'roles',
  'email',
  'password',
  'q',
  'page',
  'pageSize',
  'year',
  'rating',
  'level',
  'from',
  'to',
  'sourceUnitIds',
  'targets',
  'effectiveOn',
  'code',
  'newPassword',
  'currentPassword',
  'twoFactorRequiredRoles',
];

function randomBody(random: () => number): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const n = 1 + Math.floor(random() * 6);
  for (let i = 0; i < n; i++)
    body[FIELDS[Math.floor(random() * FIELDS.length)]!] = NASTY[Math.floor(random() * NASTY.length)];
  return body;
}

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp({ TDKT_LOGIN_RATE_PER_MINUTE: '10000' });
  const s = await seedUnits(t.database);
  await seedAccount(t.database, { email: 'admin@test.vn', unitId: s.p.id, roles: ['admin'] });
  admin = await signedIn(t.baseUrl, 'admin@test.vn');
});
afterAll(() => t.close());

describe('hostile input (quality C1, C2, C6)', () => {
  it('never answers 5xx, never leaks internals, on every route', async () => {
    const random = mulberry32(4242);
    const routes = t.app.routeTable.filter((r) => r.url.startsWith('/api/') && !r.url.includes('sign-out'));
    const failures: string[] = [];
    for (const route of routes) {
      for (let i = 0; i < 20; i++) {
        const pathValue = String(NASTY[Math.floor(random() * NASTY.length)]).slice(0, 200);
        const url = route.url.replace(':id', encodeURIComponent(pathValue));
        const query = new URLSearchParams(
          Object.entries(randomBody(random)).map(([k, v]) => [k, String(v).slice(0, 5000)]),
        );
        const res =
          route.method === 'GET'
            ? await admin.get(`${url}?${query}`)
            : await admin.request(
                route.method,
                url,
                i % 4 === 0 ? NASTY[i % NASTY.length] : randomBody(random),
              );
        const text = res.body instanceof ArrayBuffer ? '' : JSON.stringify(res.body);
        if (res.status >= 500)
          failures.push(`${route.method} ${url.slice(0, 80)} → ${res.status} ${text.slice(0, 200)}`);
        if (/at .*\.ts:\d+|SELECT |INSERT |node_modules|\/work\//.test(text))
          failures.push(`${route.method} ${route.url} leaks: ${text.slice(0, 200)}`);
      }
    }
    expect(failures).toEqual([]);
    const { rows } = await t.database.pool.query('SELECT count(*)::int AS n FROM person');
    expect(rows[0].n).toBeGreaterThan(0);
  });
});
