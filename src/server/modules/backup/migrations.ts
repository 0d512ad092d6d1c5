import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { type Database, migrationsFolder } from '../../db/client';
import type { AppliedMigration } from './catalog';

export interface CodeMigration extends AppliedMigration {
  tag: string;
}

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

function readJournal(folder: string): Journal {
  return JSON.parse(readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as Journal;
}

/** The migrations this code ships, in order, with the hash drizzle records for each. */
export function codeMigrations(): CodeMigration[] {
  const journal = readJournal(migrationsFolder);
  return readMigrationFiles({ migrationsFolder }).map((m, i) => ({
    hash: m.hash,
    createdAt: m.folderMillis,
    tag: journal.entries[i]?.tag ?? String(i),
  }));
}

/**
 * Why `list` is not the first part of the code's migrations, or null when it is (equal counts as a
 * prefix). `what` names the list in the message: 'bản sao lưu / the backup', …
 */
export function prefixMismatch(list: AppliedMigration[], code: CodeMigration[], what: string): string | null {
  for (let i = 0; i < list.length; i++) {
    const have = list[i]!;
    const want = code[i];
    if (!want) {
      return (
        `${what} có ${list.length} migration, mã nguồn này chỉ có ${code.length}: hãy dùng phiên bản TĐKT mới hơn ` +
        `(migration thừa: hash ${have.hash.slice(0, 12)}…, created_at ${have.createdAt}).\n` +
        `${what} has ${list.length} migrations, this code only ${code.length}: use a newer TĐKT version.`
      );
    }
    if (want.hash !== have.hash || want.createdAt !== have.createdAt) {
      return (
        `Migration thứ ${i + 1} của ${what} (hash ${have.hash.slice(0, 12)}…, created_at ${have.createdAt}) ` +
        `khác migration ${want.tag} của mã nguồn (hash ${want.hash.slice(0, 12)}…, created_at ${want.createdAt}).\n` +
        `Migration ${i + 1} of ${what} differs from the code's ${want.tag}.`
      );
    }
  }
  return null;
}

/**
 * Apply the code's first `count` migrations only (the schema a backup was taken at), from a temporary
 * copy of the migrations folder whose journal stops there. Same advisory lock as migrateDatabase.
 */
export async function migrateTo(database: Database, count: number): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tdkt-migrations-'));
  try {
    cpSync(migrationsFolder, dir, { recursive: true });
    const journal = readJournal(migrationsFolder);
    writeFileSync(
      path.join(dir, 'meta', '_journal.json'),
      JSON.stringify({ ...journal, entries: journal.entries.slice(0, count) }),
    );
    const client = await database.pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock(72021)');
      await migrate(drizzle(client), { migrationsFolder: dir });
    } finally {
      await client.query('SELECT pg_advisory_unlock(72021)').catch(() => {});
      client.release();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
