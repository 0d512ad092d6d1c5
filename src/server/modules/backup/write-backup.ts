import { createHash } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { appliedMigrations, copyOutSql, listPublicTables, setCanonicalSession } from './catalog';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupHeader,
  type BackupTrailer,
  countLines,
  END_OF_DATA,
  type SectionFooter,
  type SectionHeader,
} from './format';

export interface BackupResult {
  file: string;
  tables: number;
  rows: number;
  bytes: number;
  /** Per table, in file order: what restore must find again. */
  checksums: SectionFooter[];
}

const line = (value: unknown) => Buffer.from(`${JSON.stringify(value)}\n`);

/**
 * Write a consistent logical dump of the public schema to `file` (see format.ts): one REPEATABLE READ
 * READ ONLY snapshot, COPY per table. Written to FILE.tmp with mode 0600, synced, then renamed, so a
 * crash never leaves a half-written file under the final name.
 */
export async function writeBackup(pool: pg.Pool, file: string): Promise<BackupResult> {
  const target = path.resolve(file);
  const tmp = `${target}.tmp`;
  const client = await pool.connect();
  const checksums: SectionFooter[] = [];
  let totalRows = 0;
  let handle: Awaited<ReturnType<typeof open>> | null = null;
  let failed: Error | undefined;
  try {
    await setCanonicalSession(client);
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = await listPublicTables(client);
    const migrations = await appliedMigrations(client);
    const version = await client.query<{ v: string }>("SELECT current_setting('server_version') AS v");
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      serverVersion: version.rows[0]!.v,
      migrations,
      tables: tables.map((t) => t.name),
    };

    async function* content(): AsyncGenerator<Buffer> {
      yield line(header);
      for (const table of tables) {
        const section: SectionHeader = { table: table.name, columns: table.columns, key: table.key };
        yield line(section);
        const hash = createHash('sha256');
        let rows = 0;
        const stream = client.query(copyTo(copyOutSql(table)));
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          hash.update(chunk);
          rows += countLines(chunk);
          yield chunk;
        }
        yield Buffer.from(`${END_OF_DATA}\n`);
        const footer: SectionFooter = { table: table.name, rows, sha256: hash.digest('hex') };
        checksums.push(footer);
        totalRows += rows;
        yield line(footer);
      }
      const trailer: BackupTrailer = { end: true, tables: tables.length, rows: totalRows };
      yield line(trailer);
    }

    handle = await open(tmp, 'w', 0o600);
    await handle.chmod(0o600); // an old FILE.tmp keeps its mode on open
    const out = handle.createWriteStream(); // closes the handle when done
    handle = null;
    await pipeline(content(), createGzip(), out);
    const written = await open(tmp, 'r+');
    try {
      await written.sync();
    } finally {
      await written.close();
    }
    await client.query('COMMIT');
    await rename(tmp, target);
    await syncDirectory(path.dirname(target));
    const { size } = await stat(target);
    return { file: target, tables: tables.length, rows: totalRows, bytes: size, checksums };
  } catch (error) {
    failed = error as Error;
    await handle?.close().catch(() => {});
    await rm(tmp, { force: true }).catch(() => {});
    throw error;
  } finally {
    // A failed connection (possibly mid-COPY) is closed, which ends its read-only transaction.
    client.release(failed);
  }
}

/** Make the rename durable (POSIX); not every platform can open a directory, so failures are ignored. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const d = await open(dir, 'r');
    try {
      await d.sync();
    } finally {
      await d.close();
    }
  } catch {
    // best effort
  }
}
