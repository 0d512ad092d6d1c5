import { type ParseArgsConfig, parseArgs } from 'node:util';

/** What a command may touch: its arguments, the environment and the two output streams. */
export interface CliContext {
  env: Record<string, string | undefined>;
  /** Machine-readable result: one JSON document on stdout. */
  json: (value: unknown) => void;
  /** Human-readable message on stderr (Vietnamese first, English after). */
  error: (message: string) => void;
}

/**
 * One command of `tdkt`. A new command is one file in ./commands exporting a CliCommand, plus one line
 * in ./commands/index.ts. `run` returns the exit code: 0 success, 1 rule or data error; it throws
 * UsageError for a usage error (exit 2) and CliError for a data error with a message (exit 1).
 */
export interface CliCommand {
  /** The words that name it, e.g. ['audit', 'verify']. */
  path: readonly string[];
  /** Arguments after the name, e.g. 'FILE'. */
  args: string;
  summary: string;
  /** Longer help, shown by `tdkt <command> --help`. */
  help?: string;
  run: (args: string[], ctx: CliContext) => Promise<number>;
}

/** Exit code 2: the command line itself is wrong. */
export class UsageError extends Error {}

/** Exit code 1: the data, a file or the database refuses the operation; the message says why. */
export class CliError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

/** node:util parseArgs with strict checking, its errors turned into usage errors. */
export function parseCommandArgs(
  args: string[],
  options: Options,
  positionals: { min: number; max: number; names: string },
): ParsedArgs {
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true }) as ParsedArgs;
  } catch (error) {
    throw new UsageError(`Tham số không hợp lệ / invalid arguments: ${(error as Error).message}`);
  }
  const n = parsed.positionals.length;
  if (n < positionals.min) {
    throw new UsageError(`Thiếu tham số ${positionals.names} / missing argument ${positionals.names}`);
  }
  if (n > positionals.max) {
    throw new UsageError(
      `Thừa tham số / unexpected argument: ${parsed.positionals.slice(positionals.max).join(' ')}`,
    );
  }
  return parsed;
}
