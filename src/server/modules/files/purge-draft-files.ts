import { and, eq, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { storedFile } from './files.schema';

/** Owner kind of files uploaded before their owner exists (a movement drafted from its document). */
export const DRAFT_OWNER_KINDS = ['movement-draft'] as const;

/**
 * Remove uploads that were never claimed by a saved owner (a draft read and then abandoned) once they
 * are older than `hours`; their 'file.upload' audit rows stay. Returns how many were removed.
 */
export async function purgeUnclaimedDraftFiles(db: DbOrTx, hours = 24): Promise<number> {
  const removed = await db
    .delete(storedFile)
    .where(
      and(
        eq(storedFile.ownerKind, DRAFT_OWNER_KINDS[0]),
        lt(storedFile.uploadedAt, sql`now() - make_interval(hours => ${hours})`),
      ),
    )
    .returning({ id: storedFile.id });
  return removed.length;
}
