import { DataDirBusyError } from '../db/embedded';
import { type CliCommand, type CliContext, CliError, UsageError } from './command';
import { commands } from './commands';

const HEADER = 'TĐKT — dòng lệnh / command line';

function usage(): string {
  const width = Math.max(...commands.map((c) => `${c.path.join(' ')} ${c.args}`.length));
  const lines = commands.map((c) => `  tdkt ${`${c.path.join(' ')} ${c.args}`.padEnd(width)}  ${c.summary}`);
  return [
    HEADER,
    '',
    'Cách dùng / usage: tdkt <lệnh / command> [tham số / arguments] [--json]',
    '',
    ...lines,
    '',
    'Kết quả là JSON trên stdout; lỗi trên stderr. Mã thoát / exit codes: 0 thành công / success,',
    '1 lỗi dữ liệu / data error, 2 sai cách dùng / usage error.',
    'Cơ sở dữ liệu / database: DATABASE_URL, nếu không thì PostgreSQL nhúng trong TDKT_DATA_DIR (mặc định ./data).',
    'Database: DATABASE_URL, otherwise the embedded PostgreSQL in TDKT_DATA_DIR (default ./data).',
  ].join('\n');
}

function commandHelp(c: CliCommand): string {
  return [
    `Cách dùng / usage: tdkt ${c.path.join(' ')} ${c.args}`.trimEnd(),
    '',
    c.summary,
    ...(c.help ? ['', c.help] : []),
  ].join('\n');
}

/** The longest command whose words start argv. */
function findCommand(words: string[]): CliCommand | undefined {
  return [...commands]
    .sort((a, b) => b.path.length - a.path.length)
    .find((c) => c.path.every((w, i) => words[i] === w));
}

export interface CliStreams {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Run one `tdkt` command line (without the program name); returns the exit code. */
export async function runCli(
  argv: string[],
  streams: CliStreams,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const ctx: CliContext = {
    env,
    json: (value) => streams.stdout(`${JSON.stringify(value)}\n`),
    error: (message) => streams.stderr(`${message}\n`),
  };
  // JSON is the only output format, so --json is accepted anywhere and changes nothing.
  const args = argv.filter((a) => a !== '--json');
  const wantsHelp = args.some((a) => a === '--help' || a === '-h');
  const words = args.filter((a) => a !== '--help' && a !== '-h');
  if (words.length === 0 || (words[0] === 'help' && words.length === 1)) {
    if (wantsHelp || words[0] === 'help') {
      streams.stdout(`${usage()}\n`);
      return 0;
    }
    ctx.error(`Thiếu lệnh / missing command.\n\n${usage()}`);
    return 2;
  }
  const command = findCommand(words[0] === 'help' ? words.slice(1) : words);
  if (!command) {
    ctx.error(`Lệnh không hợp lệ / unknown command: ${words.join(' ')}\nXem / see: tdkt --help`);
    return 2;
  }
  if (wantsHelp || words[0] === 'help') {
    streams.stdout(`${commandHelp(command)}\n`);
    return 0;
  }
  try {
    return await command.run(words.slice(command.path.length), ctx);
  } catch (error) {
    if (error instanceof UsageError) {
      const name = command.path.join(' ');
      ctx.error(
        `${error.message}\nCách dùng / usage: tdkt ${name} ${command.args}\nXem / see: tdkt ${name} --help`,
      );
      return 2;
    }
    if (error instanceof CliError || error instanceof DataDirBusyError) {
      ctx.error(error.message);
      return 1;
    }
    const e = error as Error & { code?: string };
    ctx.error(`Lỗi / error${e.code ? ` (${e.code})` : ''}: ${e.message || String(error)}`);
    return 1;
  }
}
