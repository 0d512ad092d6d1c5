import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../../../src/server/app';
import type { AppContext } from '../../../src/server/app-context';
import { type Database, openDatabase } from '../../../src/server/db/client';
import { readEnv } from '../../../src/server/env';
import { insertAccount } from '../../../src/server/modules/accounts/manage-accounts';
import { createAuth } from '../../../src/server/modules/auth/better-auth';
import { insertPerson, insertUnit } from '../../../src/server/seed/factories';
import type { Role } from '../../../src/shared/codes';

export const TEST_PASSWORD = 'mật khẩu thử nghiệm rất dài 2025';

export interface TestApp {
  app: FastifyInstance;
  context: AppContext;
  database: Database;
  baseUrl: string;
  close: () => Promise<void>;
}

/** A fresh database cloned from the migrated template, and the real app listening on a free port. */
export async function createTestApp(envOverrides: Record<string, string> = {}): Promise<TestApp> {
  const adminUrl = inject('pgAdminUrl');
  const template = inject('pgTemplate');
  const name = `tdkt_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = openDatabase(url.toString(), { max: 10 });
  const env = readEnv({
    NODE_ENV: 'test',
    TDKT_LOG_LEVEL: 'silent',
    DATABASE_URL: url.toString(),
    TDKT_DEMO: '0',
    ...envOverrides,
  });
  const auth = createAuth(database.db, {
    secret: 'test-secret-that-is-long-enough-0123456789',
    baseURL: 'http://127.0.0.1',
    secureCookies: false,
    absoluteHours: env.TDKT_SESSION_ABSOLUTE_HOURS,
  });
  const context: AppContext = { env, database, auth };
  const app = await buildApp(context, { logger: process.env.TDKT_TEST_LOG === '1' });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    app,
    context,
    database,
    baseUrl: address,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** Units P (top) → A, B (siblings), as in quality §A. */
export async function seedUnits(database: Database) {
  return database.db.transaction(async (tx) => {
    const p = await insertUnit(tx, {
      parentId: null,
      name: 'Ủy ban nhân dân thành phố Thử',
      kind: 'peoples-committee',
      code: 'P',
    });
    const a = await insertUnit(tx, { parentId: p.id, name: 'Phường Tân Phong', kind: 'ward', code: 'A' });
    const b = await insertUnit(tx, { parentId: p.id, name: 'Phường Đoàn Kết', kind: 'ward', code: 'B' });
    const personP = await insertPerson(tx, p.id, { fullName: 'Trần Thị Bích' });
    const personA = await insertPerson(tx, a.id, { fullName: 'Nguyễn Văn An', nationalId: '001099000111' });
    const personB = await insertPerson(tx, b.id, { fullName: 'Lò Thị Xuân' });
    return { p, a, b, personP, personA, personB };
  });
}

export async function seedAccount(
  database: Database,
  input: { email: string; unitId: string; roles: Role[]; mustChangePassword?: boolean; password?: string },
) {
  return database.db.transaction((tx) =>
    insertAccount(tx, {
      name: input.email.split('@')[0]!,
      email: input.email,
      unitId: input.unitId,
      roles: input.roles,
      password: input.password ?? TEST_PASSWORD,
      mustChangePassword: input.mustChangePassword ?? false,
      grantedBy: null,
    }),
  );
}

export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A browser-like client over real HTTP: keeps cookies, sends the anti-forgery header. */
export class Client {
  private cookies = new Map<string, string>();
  constructor(readonly baseUrl: string) {}

  get csrf(): string {
    return this.cookies.get('tdkt_csrf') ?? '';
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      const key = pair!.slice(0, i);
      const value = pair!.slice(i + 1);
      if (value === '' || /max-age=0/i.test(c)) this.cookies.delete(key);
      else this.cookies.set(key, value);
    }
  }

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<Answer<T>> {
    if (method !== 'GET' && !this.cookies.has('tdkt_csrf')) await this.request('GET', '/api/health');
    const headers: Record<string, string> = { cookie: this.cookieHeader(), ...extraHeaders };
    let payload: BodyInit | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    if (method !== 'GET' && !('x-csrf-token' in extraHeaders)) headers['x-csrf-token'] = this.csrf;
    const res = await fetch(`${this.baseUrl}${path}`, { method, headers, body: payload, redirect: 'manual' });
    this.keep(res);
    const type = res.headers.get('content-type') ?? '';
    const parsed = type.includes('json') ? await res.json() : await res.arrayBuffer();
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }
  patch<T = any>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }
  put<T = any>(path: string, body: unknown) {
    return this.request<T>('PUT', path, body);
  }

  async signIn(email: string, password = TEST_PASSWORD): Promise<Answer> {
    return this.post('/api/auth/sign-in', { email, password });
  }
}

export async function signedIn(baseUrl: string, email: string, password = TEST_PASSWORD): Promise<Client> {
  const client = new Client(baseUrl);
  const res = await client.signIn(email, password);
  if (res.status !== 200)
    throw new Error(`sign-in of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return client;
}
