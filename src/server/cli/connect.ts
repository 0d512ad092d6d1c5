import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Database, openDatabase } from '../db/client';
import { type EmbeddedDatabase, isAlive, startEmbeddedDatabase } from '../db/embedded';
import type { Env } from '../env';

export interface CliDatabase {
  database: Database;
  url: string;
  /** Where the connection came from: DATABASE_URL, the running app's postgres, or one started here. */
  source: 'database-url' | 'running-app' | 'embedded';
  close: () => Promise<void>;
}

function readLines(file: string): string[] | null {
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8').split('\n');
}

/**
 * The URL of the postgres that a running app serves from `dataDir`, or null when no app runs there.
 * The app holds TDKT_DATA_DIR/tdkt.lock (its PID) and postgres writes pg/postmaster.pid, whose fourth
 * line is the port (PostgreSQL's documented layout).
 */
export function runningAppDatabaseUrl(dataDir: string): string | null {
  const lock = readLines(path.join(dataDir, 'tdkt.lock'));
  const holder = Number.parseInt(lock?.[0] ?? '', 10);
  if (!Number.isFinite(holder) || holder <= 0 || holder === process.pid || !isAlive(holder)) return null;
  const postmaster = readLines(path.join(dataDir, 'pg', 'postmaster.pid'));
  if (!postmaster) return null;
  const port = Number.parseInt(postmaster[3] ?? '', 10);
  const passwordFile = path.join(dataDir, '.db-password');
  if (!Number.isFinite(port) || !existsSync(passwordFile)) return null;
  const password = readFileSync(passwordFile, 'utf8').trim();
  return `postgres://tdkt:${encodeURIComponent(password)}@127.0.0.1:${port}/tdkt`;
}

/**
 * The database a command works on: DATABASE_URL when set; otherwise the embedded one in TDKT_DATA_DIR,
 * reached through the running app's postgres (never a second postgres on the same files) or started
 * here for the command and stopped afterwards.
 */
export async function connectCliDatabase(env: Env, options: { max?: number } = {}): Promise<CliDatabase> {
  const max = options.max ?? 4;
  if (env.DATABASE_URL) {
    const database = openDatabase(env.DATABASE_URL, { max });
    return { database, url: env.DATABASE_URL, source: 'database-url', close: () => database.close() };
  }
  const dataDir = path.resolve(env.TDKT_DATA_DIR);
  const running = runningAppDatabaseUrl(dataDir);
  if (running) {
    const database = openDatabase(running, { max });
    return { database, url: running, source: 'running-app', close: () => database.close() };
  }
  const embedded: EmbeddedDatabase = await startEmbeddedDatabase({ dataDir, port: env.TDKT_DB_PORT });
  // Ctrl-C during a long backup must not leave the postgres started here running.
  const onSignal = (signal: NodeJS.Signals) => {
    void embedded.stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const database = openDatabase(embedded.url, { max });
  return {
    database,
    url: embedded.url,
    source: 'embedded',
    close: async () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await database.close().catch(() => {});
      await embedded.stop();
    },
  };
}
