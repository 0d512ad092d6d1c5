import type { Database } from '../db/client';
import { readEnv } from '../env';
import type { CliContext } from './command';
import { connectCliDatabase } from './connect';

/** Run `work` on the command's database and always let go of it (and of an embedded postgres started for it). */
export async function withDatabase<T>(ctx: CliContext, work: (database: Database) => Promise<T>): Promise<T> {
  const connection = await connectCliDatabase(readEnv(ctx.env));
  try {
    return await work(connection.database);
  } finally {
    await connection.close();
  }
}
