import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * The real process, as `npm start` runs it: embedded PostgreSQL in a data dir, demo data, banner;
 * a second process on the same data dir fails fast (quality I4); SIGTERM stops cleanly with exit 0
 * within 10 s (I3); a restart keeps every row.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tdkt-proc-'));
const dbPort = String(59000 + Math.floor(Math.random() * 500));
const children: ChildProcess[] = [];

function start(port: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      TDKT_DATA_DIR: dataDir,
      TDKT_DB_PORT: dbPort,
      TDKT_LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = async (needle: string, ms = 90_000) => {
    const until = Date.now() + ms;
    while (!output.includes(needle)) {
      if (Date.now() > until) throw new Error(`timed out waiting for "${needle}":\n${output}`);
      if (child.exitCode !== null) return false;
      await new Promise((r) => setTimeout(r, 100));
    }
    return true;
  };
  return { child, exited, ready, output: () => output };
}

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the app process', () => {
  it('starts with demo data, refuses a second process, stops on SIGTERM, keeps rows on restart and recovers from kill -9', async () => {
    const port = 3300 + Math.floor(Math.random() * 500);
    const first = start(port);
    expect(await first.ready('Tài khoản demo')).toBe(true);
    expect(first.output()).toContain(`http://localhost:${port}`);
    expect(first.output()).toContain('admin@tdkt.local');
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(await health.json()).toEqual({ status: 'ok', db: 'ok' });

    const second = start(port + 1);
    const code = await second.exited;
    expect(code).toBe(1);
    expect(second.output()).toMatch(/đang được một tiến trình TĐKT khác/);
    expect(second.output()).toMatch(/in use by another TĐKT process/);
    // The first keeps working.
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);

    const t0 = Date.now();
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(Date.now() - t0).toBeLessThan(10_000);

    const again = start(port);
    expect(await again.ready('Dừng: Ctrl-C')).toBe(true);
    const signIn = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(signIn.status).toBe(200);
    // The demo is not loaded twice: the audit trail holds exactly one demo.load.
    const res = await fetch(`http://127.0.0.1:${port}/api/auth/csrf`);
    const csrf = (await res.json()).csrfToken as string;
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const login = await fetch(`http://127.0.0.1:${port}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie },
      body: JSON.stringify({ email: 'admin@tdkt.local', password: 'TDKT-demo-2025!' }),
    });
    expect(login.status).toBe(200);
    const session = [...login.headers.getSetCookie(), ...res.headers.getSetCookie()]
      .map((c) => c.split(';')[0])
      .join('; ');
    const audit = await fetch(`http://127.0.0.1:${port}/api/audit?action=demo.load`, {
      headers: { cookie: session },
    });
    expect((await audit.json()).total).toBe(1);
    const people = await fetch(`http://127.0.0.1:${port}/api/people?pageSize=1`, {
      headers: { cookie: session },
    });
    expect((await people.json()).total).toBeGreaterThanOrEqual(600);
    // kill -9 leaves the embedded postgres orphaned: the next start stops it and starts cleanly (I2).
    again.child.kill('SIGKILL');
    await again.exited;
    const afterCrash = start(port);
    expect(await afterCrash.ready('Dừng: Ctrl-C')).toBe(true);
    const people2 = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(await people2.json()).toEqual({ status: 'ok', db: 'ok' });
    afterCrash.child.kill('SIGINT');
    expect(await afterCrash.exited).toBe(0);
  });
});

describe('the embedded database dying under the app (quality I1)', () => {
  it('answers 503 while PostgreSQL is down, restarts it, and keeps every acknowledged write', async () => {
    const port = 3900 + Math.floor(Math.random() * 90);
    const app = start(port);
    expect(await app.ready('Dừng: Ctrl-C')).toBe(true);
    const base = `http://127.0.0.1:${port}`;
    const csrfRes = await fetch(`${base}/api/auth/csrf`);
    const csrf = (await csrfRes.json()).csrfToken as string;
    const jar = csrfRes.headers.getSetCookie().map((c) => c.split(';')[0]);
    const login = await fetch(`${base}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie: jar.join('; ') },
      body: JSON.stringify({ email: 'noivu@tdkt.local', password: 'TDKT-demo-2025!' }),
    });
    jar.push(...login.headers.getSetCookie().map((c) => c.split(';')[0]));
    const cookie = jar.join('; ');
    const me = await (await fetch(`${base}/api/auth/me`, { headers: { cookie } })).json();
    const created = await fetch(`${base}/api/units`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken, cookie },
      body: JSON.stringify({ parentId: me.unit.id, name: 'Tổ ghi trước sự cố', kind: 'sub-unit' }),
    });
    expect(created.status).toBe(200);
    const unitId = (await created.json()).id as string;

    const postgresPid = Number.parseInt(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8'), 10);
    process.kill(postgresPid, 'SIGKILL');
    const statuses: number[] = [];
    const until = Date.now() + 30_000;
    for (;;) {
      const res = await fetch(`${base}/api/health`).catch(() => null);
      statuses.push(res?.status ?? 0);
      if (res?.status === 200 && statuses.includes(503)) break;
      if (Date.now() > until) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(statuses).toContain(503);
    expect(statuses.at(-1)).toBe(200);
    const back = await fetch(`${base}/api/units/${unitId}`, { headers: { cookie } });
    expect(back.status).toBe(200);
    expect((await back.json()).name).toBe('Tổ ghi trước sự cố');
    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
  });
});
