/*
 * `npm run load` (full) and `npm run bench -- --load` / `npm run load -- --quick` (short): the load
 * checks H1–H4 of the quality document, against the real app over HTTP on 127.0.0.1 only.
 *
 *   - starts `node --import tsx src/server/main.ts` on a free loopback port with its own fresh data
 *     directory (embedded PostgreSQL, demo data), waits for /api/health;
 *   - H1: 200 virtual users (closed loop, think time 1.5–4.5 s: LOAD_THINK_MS=3000 ± 50 %), 70 % reads, 20 % writes, 10 % search
 *     and export, for a bounded time: requests, errors, 429s (counted apart), p50/p95/p99 per class;
 *   - H4: the same workload as long again, with batches of 1,000 certificates back to back in the app:
 *     p95 against H1 (both after an uncounted warm-up);
 *   - H2: "deadline day": submits at 5× the write rate H1 measured, open loop, for a bounded time;
 *     afterwards every acknowledged write is looked up in the database (dossier rows, report versions,
 *     audit rows);
 *   - H3: public pages (notice list and detail, certificate verification) at stepped rates until p95
 *     passes 200 ms or the rate is no longer sustained: the knee.
 * Everything stops by itself (time and request caps); the app is killed and its data directory removed
 * at the end, also on failure or Ctrl-C. Nothing but 127.0.0.1 is contacted.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { signVerificationCode, verificationKeyOf } from '../src/server/documents/verification-code';

const argv = new Set(process.argv.slice(2));
const QUICK = argv.has('--quick') || process.env.LOAD_QUICK === '1';
const num = (name: string, full: number, quick: number) =>
  Number(process.env[name] ?? (QUICK ? quick : full));

const VUS = num('LOAD_VUS', 200, 200);
const H1_SECONDS = num('LOAD_H1_SECONDS', 60, 15);
const H2_SECONDS = num('LOAD_H2_SECONDS', 120, 20);
const H3_STEP_SECONDS = num('LOAD_H3_STEP_SECONDS', 10, 4);
const H4_MAX_SECONDS = num('LOAD_H4_MAX_SECONDS', 90, 45);
const WARMUP_SECONDS = num('LOAD_WARMUP_SECONDS', 10, 5);
const CERTIFICATES = num('LOAD_CERTIFICATES', 1000, 1000);
const THINK_MS = num('LOAD_THINK_MS', 3000, 3000);
const MAX_REQUESTS = num('LOAD_MAX_REQUESTS', 200_000, 60_000);
const H3_RATES = (process.env.LOAD_H3_RATES ?? '50,100,200,400,600,800,1200,1600').split(',').map(Number);
const LOGIN_RATE = 10_000;
const SECRET = 'load-run-secret-that-is-long-enough-0123456789';
const PASSWORD = 'TDKT-demo-2025!';
const HOST = '127.0.0.1';

// Node's own fetch (undici, bundled): its default agent keeps connections alive and does not cap them.

// ---------------------------------------------------------------------------------------------------
// Measurements

type Outcome = 'ok' | 'error' | 'limited' | 'conflict';
class Series {
  readonly ms: number[] = [];
  ok = 0;
  errors = 0;
  limited = 0;
  conflicts = 0;
  readonly errorSamples: string[] = [];
  add(ms: number, outcome: Outcome, detail = '') {
    this.ms.push(ms);
    if (outcome === 'ok') this.ok++;
    else if (outcome === 'limited') this.limited++;
    else if (outcome === 'conflict') this.conflicts++;
    else {
      this.errors++;
      if (this.errorSamples.length < 5) this.errorSamples.push(detail);
    }
  }
  get n() {
    return this.ms.length;
  }
  p(q: number): number {
    const s = [...this.ms].sort((a, b) => a - b);
    return s.length === 0 ? 0 : s[Math.min(s.length - 1, Math.ceil((q / 100) * s.length) - 1)]!;
  }
}
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const pct = (a: number, b: number) => (b === 0 ? '0 %' : `${((100 * a) / b).toFixed(2)} %`);

let requestBudget = MAX_REQUESTS;
let baseUrl = '';

// ---------------------------------------------------------------------------------------------------
// HTTP client: one cookie jar per signed-in account (its session and CSRF token), shared by its users.

class Session {
  readonly cookies = new Map<string, string>();
  constructor(readonly email: string) {}
  private header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  async request(
    method: string,
    url: string,
    body?: unknown,
    extra: Record<string, string> = {},
  ): Promise<{ status: number; text: string; ms: number }> {
    if (requestBudget-- <= 0) throw new Error('request budget exhausted');
    const headers: Record<string, string> = { cookie: this.header(), ...extra };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET') {
      headers['x-csrf-token'] = this.cookies.get('tdkt_csrf') ?? '';
      headers.origin = baseUrl;
    }
    const t0 = performance.now();
    const res = await fetch(baseUrl + url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const buf = await res.arrayBuffer();
    const ms = performance.now() - t0;
    for (const c of res.headers.getSetCookie()) {
      const kv = c.split(';')[0]!;
      const i = kv.indexOf('=');
      this.cookies.set(kv.slice(0, i), kv.slice(i + 1));
    }
    const type = res.headers.get('content-type') ?? '';
    return { status: res.status, text: type.includes('json') ? Buffer.from(buf).toString('utf8') : '', ms };
  }
  async json<T>(url: string): Promise<T> {
    const r = await this.request('GET', url);
    if (r.status !== 200) throw new Error(`${this.email} GET ${url} → ${r.status} ${r.text.slice(0, 200)}`);
    return JSON.parse(r.text) as T;
  }
}

const outcomeOf = (status: number): Outcome =>
  status >= 200 && status < 300 ? 'ok' : status === 429 ? 'limited' : status === 409 ? 'conflict' : 'error';

// ---------------------------------------------------------------------------------------------------
// The app under test

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, HOST, () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

interface App {
  child: ChildProcess;
  dataDir: string;
  dbUrl: string;
  log: string[];
}

async function startApp(): Promise<App> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tdkt-load-'));
  const port = await freePort();
  const dbPort = await freePort();
  baseUrl = `http://${HOST}:${port}`;
  const log: string[] = [];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST,
      TDKT_DATA_DIR: dataDir,
      TDKT_DB_PORT: String(dbPort),
      TDKT_DEMO: '1',
      TDKT_SECRET: SECRET,
      TDKT_LOGIN_RATE_PER_MINUTE: String(LOGIN_RATE),
      // Only so that H3 can spread its requests over many client addresses (X-Forwarded-For), as
      // many phones would; the per-address limits of the public routes stay on.
      TDKT_TRUST_PROXY: '1',
      TDKT_LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: false,
  });
  const keep = (b: Buffer) => {
    log.push(String(b));
    if (log.length > 200) log.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const app: App = { child, dataDir, dbUrl: '', log };
  current = app;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited (${child.exitCode}):\n${log.join('')}`);
    if (Date.now() > deadline)
      throw new Error(`the app did not answer /api/health in 180 s:\n${log.join('')}`);
    try {
      const r = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (r.status === 200) break;
    } catch {
      /* not yet */
    }
    await sleep(500);
  }
  const password = readFileSync(path.join(dataDir, '.db-password'), 'utf8').trim();
  app.dbUrl = `postgres://tdkt:${password}@${HOST}:${dbPort}/tdkt`;
  return app;
}

let current: App | null = null;
let cleaned = false;
async function cleanup(): Promise<void> {
  if (cleaned || !current) return;
  cleaned = true;
  const { child, dataDir } = current;
  if (child.exitCode === null) child.kill('SIGTERM');
  return new Promise<void>((resolve) => {
    const hard = setTimeout(() => {
      if (child.exitCode === null) child.kill('SIGKILL');
    }, 15_000);
    const done = () => {
      clearTimeout(hard);
      // The embedded postgres is stopped by the app; give it a moment before removing its folder.
      setTimeout(() => {
        rmSync(dataDir, { recursive: true, force: true });
        resolve();
      }, 500);
    };
    if (child.exitCode !== null) done();
    else child.once('exit', done);
  });
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void cleanup().finally(() => process.exit(130));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------------
// Demo world: accounts, the routes each can read, the writers' report slots.

const READERS = [
  'admin',
  'noivu',
  'vanthu.tanphong',
  'truong.tanphong',
  'vanthu.doanket',
  'hoidong',
  'thuky',
  'chutich',
].map((n) => `${n}@tdkt.local`);
const WRITERS = ['vanthu.tanphong', 'vanthu.doanket'].map((n) => `${n}@tdkt.local`);
const SEARCH_TERMS = ['nguyen', 'tran thi', 'hoang', 'le van', 'pham', 'lo thi', 'giang', 'vu'];

interface Slot {
  session: Session;
  unitId: string;
  indicatorId: string;
  period: string;
  version: number;
  busy: boolean;
  acked: number;
  initial: number;
}
interface World {
  sessions: Map<string, Session>;
  reads: Map<Session, string[]>;
  searches: Map<Session, string[]>;
  writers: Session[];
  slots: Slot[];
  movementId: string;
  noticeIds: string[];
  codes: string[];
  dossiersAcked: number;
}

async function signIn(email: string): Promise<Session> {
  const s = new Session(email);
  await s.request('GET', '/api/health');
  const r = await s.request('POST', '/api/auth/sign-in', { email, password: PASSWORD });
  if (r.status !== 200) throw new Error(`sign-in of ${email}: ${r.status} ${r.text}`);
  return s;
}

interface Board {
  units: Array<{ unitId: string }>;
  indicators: Array<{ id: string; periods: string[] }>;
  targets: Array<{ indicatorId: string; unitId: string }>;
  reports: Array<{ indicatorId: string; unitId: string; period: string; version: number }>;
}

async function prepareWorld(app: App): Promise<World> {
  const sessions = new Map<string, Session>();
  for (const email of READERS) sessions.set(email, await signIn(email));
  const noivu = sessions.get('noivu@tdkt.local')!;
  const movements = await noivu.json<{ items: Array<{ id: string }> }>('/api/movements');
  const movementId = movements.items[0]!.id;

  // Reads each account may make (a 403 for a role is not a load error: such routes are left out).
  const candidates = [
    '/api/dashboard',
    '/api/people?page=1&pageSize=20',
    '/api/people?page=2&pageSize=20&sort=name',
    '/api/movements',
    `/api/movements/${movementId}`,
    '/api/dossiers',
    '/api/dossiers?page=2',
    `/api/movements/${movementId}/targets`,
  ];
  const searchCandidates = [
    ...SEARCH_TERMS.map((q) => `/api/people?q=${encodeURIComponent(q)}`),
    '/api/people/export.xlsx',
    `/api/movements/${movementId}/targets.xlsx`,
  ];
  const reads = new Map<Session, string[]>();
  const searches = new Map<Session, string[]>();
  for (const s of sessions.values()) {
    const r: string[] = [];
    for (const url of candidates) if ((await s.request('GET', url)).status === 200) r.push(url);
    const q: string[] = [];
    for (const url of searchCandidates) if ((await s.request('GET', url)).status === 200) q.push(url);
    if (r.length) reads.set(s, r);
    if (q.length) searches.set(s, q);
  }

  // Writers: their unit's target reports (one user at a time per figure, as in an office).
  const writers = WRITERS.map((e) => sessions.get(e)!);
  const slots: Slot[] = [];
  for (const s of writers) {
    const board = await s.json<Board>(`/api/movements/${movementId}/targets`);
    for (const t of board.targets) {
      const indicator = board.indicators.find((i) => i.id === t.indicatorId);
      for (const period of indicator?.periods ?? []) {
        const version =
          board.reports.find(
            (x) => x.indicatorId === t.indicatorId && x.unitId === t.unitId && x.period === period,
          )?.version ?? 0;
        slots.push({
          session: s,
          unitId: t.unitId,
          indicatorId: t.indicatorId,
          period,
          version,
          initial: version,
          busy: false,
          acked: 0,
        });
      }
    }
  }

  // 1,000 people and a decision granting each of them an award, for the certificate batch (H4).
  const pool = new pg.Pool({ connectionString: app.dbUrl, max: 2 });
  try {
    const unit = await pool.query<{ id: string }>(
      `SELECT u.id FROM unit u JOIN "user" a ON a.unit_id = u.id WHERE a.email = 'vanthu.tanphong@tdkt.local'`,
    );
    const { generatePeople } = await import('../src/server/seed/people-generator');
    const { insertPeopleBatch } = await import('../src/server/seed/factories');
    const { openDatabase } = await import('../src/server/db/client');
    const database = openDatabase(app.dbUrl, { max: 2 });
    try {
      await database.db.transaction((tx) =>
        insertPeopleBatch(tx, generatePeople(CERTIFICATES, [unit.rows[0]!.id], 20261126)),
      );
    } finally {
      await database.close();
    }
    await pool.query(
      `WITH chosen AS (SELECT id, unit_id FROM person WHERE unit_id = $1 ORDER BY created_at DESC, id LIMIT $2)
       INSERT INTO award_grant (award_code, recipient_kind, person_id, unit_id, year, decision_number, decision_date, issuer, golden_book_number)
       SELECT 'chien-si-thi-dua-co-so', 'individual', id, unit_id, 2025, '999/QĐ-UBND', '2026-01-15',
              'Chủ tịch Ủy ban nhân dân thành phố Lai Châu', 'SV-T-' || lpad((row_number() OVER (ORDER BY id))::text, 4, '0')
         FROM chosen`,
      [unit.rows[0]!.id, CERTIFICATES],
    );
    await pool.query('ANALYZE');
    const grants = await pool.query<{ id: string }>('SELECT id FROM award_grant ORDER BY id LIMIT 300');
    const key = verificationKeyOf(SECRET);
    const codes = grants.rows.map((g) => signVerificationCode(key, g.id));
    const notices = await new Session('public').json<{ items: Array<{ id: string }> }>('/api/public/notices');
    return {
      sessions,
      reads,
      searches,
      writers,
      slots,
      movementId,
      noticeIds: notices.items.map((n) => n.id),
      codes,
      dossiersAcked: 0,
    };
  } finally {
    await pool.end();
  }
}

// ---------------------------------------------------------------------------------------------------
// Workload

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;

let dossierSeq = 0;
async function write(world: World, series: Series): Promise<void> {
  const free = world.slots.filter((s) => !s.busy);
  if (free.length > 0 && Math.random() < 0.5) {
    const slot = pick(free);
    slot.busy = true;
    try {
      const r = await slot.session.request(
        'PUT',
        `/api/movements/${world.movementId}/targets/units/${slot.unitId}/reports`,
        {
          indicatorId: slot.indicatorId,
          period: slot.period,
          actual: Math.round(Math.random() * 100_000) / 10,
          evidence: 'Tải thử: số liệu lũy kế',
          version: slot.version,
        },
      );
      const outcome = outcomeOf(r.status);
      series.add(r.ms, outcome, `PUT report ${r.status} ${r.text.slice(0, 160)}`);
      if (outcome === 'ok') {
        slot.version++;
        slot.acked++;
      }
    } finally {
      slot.busy = false;
    }
    return;
  }
  const s = pick(world.writers);
  const r = await s.request('POST', '/api/dossiers', {
    track: 'regular',
    awardCode: 'giay-khen',
    year: 2025,
    title: `Tải thử ${++dossierSeq}`,
    coverLetter: 'Hồ sơ nháp tạo trong lần chạy tải.',
    nominees: [],
  });
  const outcome = outcomeOf(r.status);
  series.add(r.ms, outcome, `POST dossier ${r.status} ${r.text.slice(0, 160)}`);
  if (outcome === 'ok') world.dossiersAcked++;
}

interface MixResult {
  read: Series;
  write: Series;
  search: Series;
  seconds: number;
}

/** Closed loop: VUS users, each one request then a think time, until `until()` says stop. */
async function mixed(world: World, until: () => boolean): Promise<MixResult> {
  const res: MixResult = { read: new Series(), write: new Series(), search: new Series(), seconds: 0 };
  const readers = [...world.reads.keys()];
  const searchers = [...world.searches.keys()];
  const t0 = performance.now();
  const user = async (i: number) => {
    await sleep((i / VUS) * THINK_MS); // spread the start
    while (!until() && requestBudget > 0) {
      const roll = Math.random();
      try {
        if (roll < 0.7) {
          const s = pick(readers);
          const r = await s.request('GET', pick(world.reads.get(s)!));
          res.read.add(r.ms, outcomeOf(r.status), `GET ${r.status} ${r.text.slice(0, 160)}`);
        } else if (roll < 0.9) {
          await write(world, res.write);
        } else {
          const s = pick(searchers);
          const url = pick(world.searches.get(s)!);
          const r = await s.request('GET', url);
          res.search.add(r.ms, outcomeOf(r.status), `GET ${url} ${r.status} ${r.text.slice(0, 160)}`);
        }
      } catch (error) {
        if (requestBudget <= 0) break;
        res.read.add(30_000, 'error', String(error));
      }
      await sleep(THINK_MS * (0.5 + Math.random()));
    }
  };
  await Promise.all(Array.from({ length: VUS }, (_, i) => user(i)));
  res.seconds = (performance.now() - t0) / 1000;
  return res;
}

/** Open loop: `rate` calls per second of `fn` for `seconds`, at most `cap` in flight (beyond: dropped). */
async function openLoop(
  rate: number,
  seconds: number,
  cap: number,
  fn: () => Promise<void>,
): Promise<{ sent: number; dropped: number; seconds: number }> {
  let inFlight = 0;
  let sent = 0;
  let dropped = 0;
  const all: Promise<void>[] = [];
  const t0 = performance.now();
  const total = Math.round(rate * seconds);
  for (let i = 0; i < total && requestBudget > 0; i++) {
    const due = t0 + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    if (inFlight >= cap) {
      dropped++;
      continue;
    }
    inFlight++;
    sent++;
    all.push(
      fn().finally(() => {
        inFlight--;
      }),
    );
  }
  await Promise.allSettled(all);
  return { sent, dropped, seconds: (performance.now() - t0) / 1000 };
}

// ---------------------------------------------------------------------------------------------------

interface Line {
  check: string;
  measure: string;
  value: string;
  target: string;
  ok: boolean | null;
}

function mixLines(check: string, r: MixResult, base?: MixResult): Line[] {
  const all = r.read.n + r.write.n + r.search.n;
  const errors = r.read.errors + r.write.errors + r.search.errors;
  const limited = r.read.limited + r.write.limited + r.search.limited;
  const conflicts = r.read.conflicts + r.write.conflicts + r.search.conflicts;
  const lines: Line[] = [
    {
      check,
      measure: `requests (${VUS} users, think ${THINK_MS / 2000}–${(THINK_MS * 1.5) / 1000} s, ${r.seconds.toFixed(0)} s)`,
      value: `${all.toLocaleString('en')} (${(all / r.seconds).toFixed(0)} req/s); 429: ${limited}; 409: ${conflicts}`,
      target: '—',
      ok: null,
    },
    { check, measure: 'error rate', value: pct(errors, all), target: '< 0.1 %', ok: errors / all < 0.001 },
  ];
  const classes: Array<[string, Series, number, Series | undefined]> = [
    ['reads', r.read, 500, base?.read],
    ['writes', r.write, 1000, base?.write],
    ['search/export', r.search, 1000, base?.search],
  ];
  for (const [name, s, limit, b] of classes) {
    const p95 = s.p(95);
    if (!b) {
      lines.push({
        check,
        measure: `${name}: n / p50 / p95 / p99`,
        value: `${s.n} / ${fmt(s.p(50))} / ${fmt(p95)} / ${fmt(s.p(99))}`,
        target: name === 'search/export' ? '—' : `p95 < ${fmt(limit)}`,
        ok: name === 'search/export' ? null : p95 < limit,
      });
    } else {
      const ratio = p95 / Math.max(1, b.p(95));
      lines.push({
        check,
        measure: `${name}: n / p50 / p95 / p99 (p95 vs H1)`,
        value: `${s.n} / ${fmt(s.p(50))} / ${fmt(p95)} / ${fmt(s.p(99))} (${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(0)} %)`,
        target: name === 'search/export' ? '—' : '< +20 %',
        ok: name === 'search/export' ? null : ratio < 1.2,
      });
    }
  }
  return lines;
}

async function main() {
  const lines: Line[] = [];
  const notes: string[] = [];
  const started = new Date();
  console.log(
    `Tải thử ${QUICK ? '(nhanh, --quick)' : '(đầy đủ)'}: khởi động ứng dụng trên ${HOST} với dữ liệu demo …`,
  );
  const app = await startApp();
  try {
    console.log(`  ứng dụng: ${baseUrl}; TDKT_LOGIN_RATE_PER_MINUTE=${LOGIN_RATE} (nâng cho lần chạy tải)`);
    const world = await prepareWorld(app);
    console.log(
      `  ${world.sessions.size} tài khoản đã đăng nhập; ${world.slots.length} ô báo cáo chỉ tiêu; ${world.codes.length} mã xác minh; ${CERTIFICATES} khen thưởng cho lô giấy chứng nhận`,
    );
    notes.push(
      `Demo data plus ${CERTIFICATES.toLocaleString('en')} generated people with one award each (decision 999/QĐ-UBND); ` +
        `${world.sessions.size} demo accounts signed in once each and shared by the virtual users; ` +
        `TDKT_LOGIN_RATE_PER_MINUTE raised to ${LOGIN_RATE} for the run; TDKT_TRUST_PROXY=1 so H3 can spread requests over many client addresses.`,
    );

    // Each route alone (serial, idle app): what a single request costs, to read the figures below.
    const alone: string[] = [];
    const noivuAlone = world.sessions.get('noivu@tdkt.local')!;
    for (const url of [...(world.reads.get(noivuAlone) ?? []), ...(world.searches.get(noivuAlone) ?? [])]) {
      const s = new Series();
      for (let i = 0; i < 5; i++) {
        const r = await noivuAlone.request('GET', url);
        s.add(r.ms, outcomeOf(r.status));
      }
      alone.push(`\`${url.replace(world.movementId, ':id')}\` ${fmt(s.p(50))}`);
    }
    notes.push(`Single requests on the idle app (median of 5, as noivu): ${alone.join('; ')}.`);
    console.log(`  ${notes.at(-1)}`);

    // Warm-up (not counted): the same workload, so H1 and H4 both measure a warm process.
    console.log(`Khởi động nóng: ${WARMUP_SECONDS} s (không tính) …`);
    let end = Date.now() + WARMUP_SECONDS * 1000;
    await mixed(world, () => Date.now() > end);

    // H1
    console.log(`H1: ${VUS} người dùng, ${H1_SECONDS} s …`);
    end = Date.now() + H1_SECONDS * 1000;
    const h1 = await mixed(world, () => Date.now() > end);
    lines.push(...mixLines('H1', h1));
    for (const s of [h1.read, h1.write, h1.search])
      for (const e of s.errorSamples) notes.push(`H1 error: ${e}`);

    // H4: the same workload for as long as H1, with batches of 1,000 certificates back to back in the
    // app the whole time (the next batch starts when the previous one is done).
    console.log(`H4: lô ${CERTIFICATES} giấy chứng nhận liên tiếp trong khi chạy H1, ${H1_SECONDS} s …`);
    const noivu = world.sessions.get('noivu@tdkt.local')!;
    const batches: Array<{ status: string; ms: number }> = [];
    end = Date.now() + H1_SECONDS * 1000;
    const batchLoop = (async () => {
      while (Date.now() < end - 2000 && batches.length < 50) {
        const t0 = performance.now();
        const job = await noivu.request('POST', '/api/certificates/jobs', { decisionNumber: '999/QĐ-UBND' });
        if (job.status !== 200 && job.status !== 201)
          throw new Error(`certificate job: ${job.status} ${job.text}`);
        const jobId = (JSON.parse(job.text) as { id: string }).id;
        let status = 'running';
        const stopAt = Date.now() + H4_MAX_SECONDS * 1000;
        while (status === 'running' && Date.now() < stopAt) {
          await sleep(250);
          const r = await noivu.request('GET', `/api/certificates/jobs/${jobId}`);
          if (r.status === 200) status = (JSON.parse(r.text) as { status: string }).status;
        }
        batches.push({ status, ms: performance.now() - t0 });
        if (status !== 'done') break;
      }
    })();
    const h4 = await mixed(world, () => Date.now() > end);
    await batchLoop;
    const batchMs = new Series();
    for (const b of batches) batchMs.add(b.ms, b.status === 'done' ? 'ok' : 'error');
    lines.push({
      check: 'H4',
      measure: `batches of ${CERTIFICATES.toLocaleString('en')} certificates during the run`,
      value: `${batchMs.ok} done of ${batches.length}; each p50 ${fmt(batchMs.p(50))}, max ${fmt(batchMs.p(100))}`,
      target: 'all done',
      ok: batches.length > 0 && batchMs.errors === 0,
    });
    lines.push(...mixLines('H4', h4, h1));

    // H2: deadline day.
    const normalWriteRate = h1.write.n / h1.seconds;
    const rate = Math.max(1, normalWriteRate * 5);
    console.log(
      `H2: ${rate.toFixed(1)} lần nộp/giây (5 × ${normalWriteRate.toFixed(1)}/giây của H1) trong ${H2_SECONDS} s …`,
    );
    const pool = new pg.Pool({ connectionString: app.dbUrl, max: 2 });
    try {
      const count = async (sql: string) => Number((await pool.query<{ n: string }>(sql)).rows[0]!.n);
      const auditBefore = await count('SELECT count(*) AS n FROM audit_event');
      const dossiersBefore = await count(`SELECT count(*) AS n FROM dossier WHERE title LIKE 'Tải thử %'`);
      const ackedBefore = world.dossiersAcked;
      const reportsBefore = world.slots.reduce((a, s) => a + s.acked, 0);
      const h2 = new Series();
      const run = await openLoop(rate, H2_SECONDS, 400, () => write(world, h2).catch(() => {}));
      const acked = h2.ok;
      const dossiersAcked = world.dossiersAcked - ackedBefore;
      const reportsAcked = world.slots.reduce((a, s) => a + s.acked, 0) - reportsBefore;
      await sleep(500);
      const auditAfter = await count('SELECT count(*) AS n FROM audit_event');
      const dossiersAfter = await count(`SELECT count(*) AS n FROM dossier WHERE title LIKE 'Tải thử %'`);
      // Every acknowledged report save bumped its row's version once (all runs so far).
      let versionsLost = 0;
      for (const s of world.slots) {
        const r = await pool.query<{ version: number }>(
          'SELECT version FROM target_report WHERE indicator_id = $1 AND unit_id = $2 AND period = $3',
          [s.indicatorId, s.unitId, s.period],
        );
        const inDb = r.rows[0]?.version ?? 0;
        if (inDb !== s.initial + s.acked) versionsLost++;
      }
      const auditDelta = auditAfter - auditBefore;
      lines.push({
        check: 'H2',
        measure: `submits (${run.seconds.toFixed(0)} s, open loop)`,
        value: `${run.sent} sent (${(run.sent / run.seconds).toFixed(1)}/s), ${run.dropped} not sent; 2xx ${acked}; 429 ${h2.limited}; 409 ${h2.conflicts}; errors ${h2.errors}`,
        target: 'errors 0; only per-user 429',
        ok: h2.errors === 0,
      });
      lines.push({
        check: 'H2',
        measure: 'submit latency p50 / p95 / p99',
        value: `${fmt(h2.p(50))} / ${fmt(h2.p(95))} / ${fmt(h2.p(99))}`,
        target: 'p95 < 1 s',
        ok: h2.p(95) < 1000,
      });
      lines.push({
        check: 'H2',
        measure: 'acknowledged writes found in the database',
        value: `dossiers ${dossiersAfter - dossiersBefore}/${dossiersAcked}; report versions ${world.slots.length - versionsLost}/${world.slots.length} slots exact (${reportsAcked} saves); audit rows ${auditDelta}/${acked}`,
        target: 'nothing lost',
        ok: dossiersAfter - dossiersBefore === dossiersAcked && versionsLost === 0 && auditDelta >= acked,
      });
      for (const e of h2.errorSamples) notes.push(`H2 error: ${e}`);
    } finally {
      await pool.end();
    }

    // H3: public pages, stepped.
    console.log('H3: trang công khai, tăng dần tốc độ …');
    const pub = new Session('public');
    await pub.request('GET', '/api/public/notices');
    let knee = 0;
    let kneeP95 = 0;
    const steps: string[] = [];
    for (const rate of H3_RATES) {
      const s = new Series();
      let addr = 0;
      const hit = async () => {
        const roll = Math.random();
        const url =
          roll < 0.4 || world.noticeIds.length === 0
            ? roll < 0.4
              ? '/api/public/notices'
              : `/api/public/verify/${pick(world.codes)}`
            : roll < 0.7
              ? `/api/public/notices/${pick(world.noticeIds)}`
              : `/api/public/verify/${pick(world.codes)}`;
        addr = (addr + 1) % 60_000;
        const ip = `10.${(addr >> 12) & 255}.${(addr >> 6) & 63}.${addr & 63}`;
        try {
          const r = await pub.request('GET', url, undefined, { 'x-forwarded-for': ip });
          s.add(r.ms, outcomeOf(r.status), `${url} ${r.status}`);
        } catch (error) {
          s.add(30_000, 'error', String(error));
        }
      };
      const run = await openLoop(rate, H3_STEP_SECONDS, 400, hit);
      const achieved = s.n / run.seconds;
      const sustained = run.dropped === 0 && achieved >= rate * 0.9 && s.errors === 0;
      const p95 = s.p(95);
      steps.push(
        `${rate}/s → ${achieved.toFixed(0)}/s, p50 ${fmt(s.p(50))}, p95 ${fmt(p95)}, p99 ${fmt(s.p(99))}, 429 ${s.limited}, errors ${s.errors}${run.dropped ? `, ${run.dropped} not sent (>400 in flight)` : ''}`,
      );
      console.log(`  ${steps.at(-1)}`);
      if (sustained && p95 < 200) {
        knee = rate;
        kneeP95 = p95;
      } else break;
      if (requestBudget <= 0) break;
    }
    lines.push({
      check: 'H3',
      measure: 'highest sustained rate with p95 < 200 ms (knee)',
      value: knee ? `${knee === H3_RATES.at(-1) ? '≥ ' : ''}${knee} req/s (p95 ${fmt(kneeP95)})` : 'none',
      target: 'p95 < 200 ms',
      ok: knee > 0,
    });
    for (const st of steps) lines.push({ check: 'H3', measure: 'step', value: st, target: '', ok: null });

    // Report
    const table = [
      '| check | measure | value | target | met |',
      '|---|---|---|---|---|',
      ...lines.map(
        (l) =>
          `| ${l.check} | ${l.measure} | ${l.value} | ${l.target} | ${l.ok === null ? '—' : l.ok ? 'yes' : '**NO**'} |`,
      ),
    ].join('\n');
    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
    console.log(`\n${table}\n`);
    for (const n of notes) console.log(`- ${n}`);
    const out = process.env.LOAD_OUT;
    if (out) {
      writeFileSync(
        out,
        `<!-- ${QUICK ? 'quick' : 'full'} run, ${started.toISOString()} -->\nMachine: ${machine}\n\n${table}\n\n${notes.map((n) => `- ${n}`).join('\n')}\n`,
      );
      console.log(`(figures written to ${out})`);
    }
    if (lines.some((l) => l.ok === false)) process.exitCode = 1;
  } finally {
    await cleanup();
  }
}

main().catch(async (error) => {
  console.error(error);
  await cleanup();
  process.exit(1);
});
