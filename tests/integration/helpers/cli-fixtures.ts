import { spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { migrateDatabase, openDatabase } from '../../../src/server/db/client';
import { account, appSetting, personRating, unitChange, user } from '../../../src/server/db/schema';
import { systemAuditContext, writeAudit } from '../../../src/server/modules/audit/write-audit';
import { storedFile } from '../../../src/server/modules/files/files.schema';
import { insertDiscipline, insertPerson, insertUnit } from '../../../src/server/seed/factories';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  json: () => Record<string, unknown>;
}

/** Run the real `tdkt` launcher as a child process, with exactly the given TDKT / DATABASE variables. */
export function runTdkt(args: string[], env: Record<string, string | undefined>): Promise<CliRun> {
  const base = { ...process.env };
  for (const key of Object.keys(base))
    if (key === 'DATABASE_URL' || key.startsWith('TDKT_')) delete base[key];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin/tdkt.mjs'), ...args], {
      cwd: repoRoot,
      env: { ...base, NODE_ENV: 'test', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, json: () => JSON.parse(stdout) }));
  });
}

const created: string[] = [];

/** A new database on the test server: a clone of the migrated template, or really empty (not migrated). */
export async function createDatabase(name: string, options: { migrated: boolean }): Promise<string> {
  const admin = new pg.Client({ connectionString: inject('pgAdminUrl') });
  await admin.connect();
  try {
    const dbName = `tdkt_t_cli_${name}_${process.pid}`;
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.query(
      options.migrated
        ? `CREATE DATABASE ${dbName} TEMPLATE ${inject('pgTemplate')}`
        : `CREATE DATABASE ${dbName}`,
    );
    created.push(dbName);
    const url = new URL(inject('pgAdminUrl'));
    url.pathname = `/${dbName}`;
    return url.toString();
  } finally {
    await admin.end();
  }
}

export async function dropCreatedDatabases(): Promise<void> {
  const admin = new pg.Client({ connectionString: inject('pgAdminUrl') });
  await admin.connect();
  try {
    for (const name of created.splice(0)) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/**
 * A small but awkward data set: a unit tree, people with Vietnamese names, text with tabs, newlines and
 * backslashes, arrays, jsonb, a user with a password hash, and `audits` hash-chained audit rows.
 */
export async function seedSample(url: string, audits = 5): Promise<void> {
  const database = openDatabase(url, { max: 2 });
  try {
    await migrateDatabase(database);
    await database.db.transaction(async (tx) => {
      const root = await insertUnit(tx, {
        parentId: null,
        name: 'UBND thành phố Lai Châu',
        kind: 'peoples-committee',
      });
      const ward = await insertUnit(tx, {
        parentId: root.id,
        parentPath: root.path,
        name: 'Phường Đoàn Kết',
        kind: 'ward',
        code: 'P-DK',
      });
      const a = await insertPerson(tx, ward.id, { fullName: 'Lò Thị Hương', sex: 'female' });
      const b = await insertPerson(tx, ward.id, { fullName: 'Nguyễn Văn Đức', nationalId: '011223344556' });
      await insertPerson(tx, root.id, { fullName: 'Vàng A Dế \\ \'ngoặc\' "kép"' });
      await tx.insert(personRating).values([
        { personId: a.id, year: 2024, rating: 'good', note: 'dòng 1\ndòng 2\tcột' },
        { personId: a.id, year: 2025, rating: 'excellent', decidedOn: '2025-12-15' },
        { personId: b.id, year: 2025, rating: 'complete', note: 'gạch chéo \\N không phải NULL' },
      ]);
      await insertDiscipline(tx, b.id, { level: 'reprimand', fromDate: '2023-03-01', reason: 'đi muộn\r\n' });
      await tx.insert(unitChange).values({
        kind: 'merge',
        effectiveOn: '2025-07-01',
        sourceUnitIds: [root.id, ward.id],
        targetUnitIds: [ward.id],
      });
      await tx
        .insert(appSetting)
        .values({ key: 'site', value: { name: 'TĐKT', nested: { list: [1, 2.5, null] } } });
      await tx.insert(user).values({ id: 'u1', name: 'Quản trị', email: 'admin@test.vn', unitId: root.id });
      await tx.insert(account).values({
        id: 'acc1',
        accountId: 'u1',
        providerId: 'credential',
        userId: 'u1',
        password: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA',
      });
      // An uploaded file: bytes that COPY must escape (NUL, backslash, newline, tab, high bytes).
      const content = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x5c, 0x0a, 0x09, 0x0d, 0xff, 0xfe, 0x80]);
      await tx.insert(storedFile).values({
        ownerKind: 'movement',
        ownerId: ward.id,
        unitId: ward.id,
        originalName: 'Quyết định \\ số 1.pdf',
        extension: 'pdf',
        mimeType: 'application/pdf',
        sizeBytes: content.length,
        sha256: 'x'.repeat(64),
        content,
        uploadedBy: 'u1',
      });
    });
    for (let i = 1; i <= audits; i++) {
      await database.db.transaction((tx) =>
        writeAudit(tx, systemAuditContext, {
          action: `sample.step${i}`,
          objectType: 'unit',
          objectId: String(i),
          before: i === 1 ? null : { step: i - 1 },
          after: { step: i, text: 'Đoàn Kết' },
        }),
      );
    }
  } finally {
    await database.close();
  }
}

export interface TableFingerprint {
  rows: number;
  md5: string;
}

/**
 * Count and md5 of every public table, whole rows (generated columns included) in a locale-free order:
 * computed in SQL, independently of the backup code under test.
 */
export async function fingerprint(url: string): Promise<Record<string, TableFingerprint>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SET TimeZone = 'UTC'`);
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const result: Record<string, TableFingerprint> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: number; h: string }>(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, E'\\n' ORDER BY x::text COLLATE "C"), '')) AS h
           FROM public."${name}" x`,
      );
      result[name] = { rows: rows[0]!.n, md5: rows[0]!.h };
    }
    return result;
  } finally {
    await client.end();
  }
}

/** Run SQL as the (superuser) test role on one database, e.g. to tamper with the audit trail. */
export async function sqlOn(url: string, statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const s of statements) await client.query(s);
  } finally {
    await client.end();
  }
}
