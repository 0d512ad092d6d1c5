import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../../src/server/db/client';
import { startEmbeddedDatabase } from '../../src/server/db/embedded';
import {
  createDatabase,
  dropCreatedDatabases,
  fingerprint,
  runTdkt,
  seedSample,
  sqlOn,
} from './helpers/cli-fixtures';

let dir: string;
let sourceUrl: string;
let backupFile: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'tdkt-cli-'));
  sourceUrl = await createDatabase('source', { migrated: true });
  await seedSample(sourceUrl, 5);
  backupFile = path.join(dir, 'tdkt.backup');
});

afterAll(async () => {
  await dropCreatedDatabases();
  rmSync(dir, { recursive: true, force: true });
});

describe('tdkt command line (contracts §2)', () => {
  it('prints help and refuses unknown commands and missing arguments with exit 2', async () => {
    const help = await runTdkt(['--help'], {});
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/tdkt backup FILE/);
    const unknown = await runTdkt(['frobnicate'], {});
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/Lệnh không hợp lệ \/ unknown command: frobnicate/);
    const missing = await runTdkt(['backup'], {});
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missing argument FILE/);
    const extra = await runTdkt(['audit', 'verify', '--bogus'], {});
    expect(extra.code).toBe(2);
  });
});

describe('tdkt audit verify (quality E2)', () => {
  it('reports an intact chain with exit 0', async () => {
    const r = await runTdkt(['audit', 'verify', '--json'], { DATABASE_URL: sourceUrl });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.json()).toEqual({ ok: true, checked: 5, firstBadId: null, problem: null });
  });

  it('names the edited row and exits 1', async () => {
    const url = await createDatabase('edited', { migrated: true });
    await seedSample(url, 5);
    await sqlOn(url, [
      'ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update',
      `UPDATE audit_event SET action = 'sample.forged' WHERE id = 3`,
    ]);
    const r = await runTdkt(['audit', 'verify'], { DATABASE_URL: url });
    expect(r.code).toBe(1);
    expect(r.json()).toMatchObject({ ok: false, checked: 2, firstBadId: 3 });
    expect(r.stderr).toMatch(/#3/);
    expect(r.stderr).toMatch(/đã bị sửa/);
  });

  it('names the gap left by a deleted middle row and exits 1', async () => {
    const url = await createDatabase('deleted', { migrated: true });
    await seedSample(url, 5);
    await sqlOn(url, [
      'ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update',
      'DELETE FROM audit_event WHERE id = 3',
    ]);
    const r = await runTdkt(['audit', 'verify'], { DATABASE_URL: url });
    expect(r.code).toBe(1);
    expect(r.json()).toMatchObject({ ok: false, firstBadId: 4 });
    expect(r.stderr).toMatch(/giữa #2 và #4/);
  });
});

describe('tdkt backup / restore (quality I7)', () => {
  it('writes one gzip file with mode 0600, atomically', async () => {
    const expected = await fingerprint(sourceUrl);
    const r = await runTdkt(['backup', backupFile], { DATABASE_URL: sourceUrl });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = r.json();
    expect(out).toMatchObject({ file: backupFile, tables: Object.keys(expected).length });
    expect(out.rows).toBe(Object.values(expected).reduce((n, t) => n + t.rows, 0));
    expect(out.bytes).toBe(statSync(backupFile).size);
    expect(statSync(backupFile).mode & 0o777).toBe(0o600);
    expect(existsSync(`${backupFile}.tmp`)).toBe(false);
    const lines = gunzipSync(readFileSync(backupFile)).toString('utf8').split('\n');
    const header = JSON.parse(lines[0]!);
    expect(header).toMatchObject({
      format: 'tdkt-backup',
      formatVersion: 1,
      serverVersion: expect.any(String),
    });
    expect(header.migrations.length).toBeGreaterThan(0);
    // Generated search columns are recomputed on restore, never stored.
    const unitSection = JSON.parse(lines.find((l) => l.startsWith('{"table":"unit","columns"'))!);
    expect(unitSection.columns).not.toContain('name_search');
    expect(unitSection.columns).toContain('path');
    expect(JSON.parse(lines.at(-2)!)).toEqual({ end: true, tables: out.tables, rows: out.rows });
  });

  it('reports an unwritable destination with exit 1 and leaves no file', async () => {
    const target = path.join(dir, 'missing-dir', 'x.backup');
    const r = await runTdkt(['backup', target], { DATABASE_URL: sourceUrl });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Không ghi được tệp/);
    expect(existsSync(`${target}.tmp`)).toBe(false);
  });

  it('restores into a fresh, never migrated database with equal counts, checksums and audit chain', async () => {
    const url = await createDatabase('restored', { migrated: false });
    const r = await runTdkt(['restore', backupFile], { DATABASE_URL: url });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const source = await fingerprint(sourceUrl);
    expect(r.json()).toEqual({
      restored: true,
      tables: Object.keys(source).length,
      rows: Object.values(source).reduce((n, t) => n + t.rows, 0),
      auditChain: { ok: true, checked: 5, firstBadId: null, problem: null },
    });
    expect(await fingerprint(url)).toEqual(source);
    const verify = await runTdkt(['audit', 'verify'], { DATABASE_URL: url });
    expect(verify.json()).toMatchObject({ ok: true, checked: 5 });
    // The identity sequence continues after the restored rows.
    const database = openDatabase(url, { max: 1 });
    try {
      const seq = await database.pool.query(`SELECT last_value::int AS v FROM audit_event_id_seq`);
      expect(seq.rows[0].v).toBe(5);
    } finally {
      await database.close();
    }
  });

  it('restores into an empty migrated database too', async () => {
    const url = await createDatabase('migrated', { migrated: true });
    const r = await runTdkt(['restore', backupFile], { DATABASE_URL: url });
    expect(r.code).toBe(0);
    expect(await fingerprint(url)).toEqual(await fingerprint(sourceUrl));
  });

  it('refuses a database that holds data, and leaves it untouched', async () => {
    const before = await fingerprint(sourceUrl);
    const r = await runTdkt(['restore', backupFile], { DATABASE_URL: sourceUrl });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/không trống/);
    expect(r.stderr).toMatch(/not empty/);
    expect(await fingerprint(sourceUrl)).toEqual(before);
  });

  it('refuses a truncated file and loads nothing', async () => {
    const raw = gunzipSync(readFileSync(backupFile));
    const cut = path.join(dir, 'cut.backup');
    writeFileSync(cut, gzipSync(raw.subarray(0, Math.floor(raw.length * 0.8))));
    const url = await createDatabase('truncated', { migrated: true });
    // A fresh database holds only what migrations seed (the holiday calendar); it must stay so.
    const fresh = await fingerprint(url);
    expect(
      Object.entries(fresh)
        .filter(([, t]) => t.rows > 0)
        .map(([name]) => name),
    ).toEqual(['public_holiday']);
    const r = await runTdkt(['restore', cut], { DATABASE_URL: url });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bị hỏng|không đầy đủ/);
    expect(await fingerprint(url)).toEqual(fresh);
  });

  it('refuses a backup taken with migrations this code does not have', async () => {
    const lines = gunzipSync(readFileSync(backupFile)).toString('utf8').split('\n');
    const header = JSON.parse(lines[0]!);
    header.migrations.push({ hash: 'f'.repeat(64), createdAt: 4_102_444_800_000 });
    lines[0] = JSON.stringify(header);
    const newer = path.join(dir, 'newer.backup');
    writeFileSync(newer, gzipSync(lines.join('\n')));
    const url = await createDatabase('newer', { migrated: false });
    const r = await runTdkt(['restore', newer], { DATABASE_URL: url });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ffffffffffff/);
    expect(r.stderr).toMatch(/newer TĐKT version/);
  });

  it('refuses a file that is not a backup', async () => {
    const bogus = path.join(dir, 'bogus.backup');
    writeFileSync(bogus, 'hello');
    const url = await createDatabase('bogus', { migrated: true });
    const r = await runTdkt(['restore', bogus], { DATABASE_URL: url });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/không phải tệp sao lưu TĐKT/);
  });
});

describe('tdkt on the embedded database (no DATABASE_URL)', () => {
  it('uses the running app’s postgres, or starts and stops its own', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tdkt-cli-data-'));
    const port = 55000 + Math.floor(Math.random() * 900);
    try {
      // Stand-in for the running app: this process holds TDKT_DATA_DIR/tdkt.lock.
      const embedded = await startEmbeddedDatabase({ dataDir, port });
      try {
        const database = openDatabase(embedded.url, { max: 1 });
        await migrateDatabase(database);
        await database.close();
        const r = await runTdkt(['audit', 'verify'], {
          TDKT_DATA_DIR: dataDir,
          TDKT_DB_PORT: String(port + 1),
        });
        expect(r.stderr).toBe('');
        expect(r.json()).toEqual({ ok: true, checked: 0, firstBadId: null, problem: null });
      } finally {
        await embedded.stop();
      }
      // No app: the command starts the embedded postgres itself and stops it afterwards.
      const r = await runTdkt(['audit', 'verify'], {
        TDKT_DATA_DIR: dataDir,
        TDKT_DB_PORT: String(port + 2),
      });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(existsSync(path.join(dataDir, 'tdkt.lock'))).toBe(false);
      expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
