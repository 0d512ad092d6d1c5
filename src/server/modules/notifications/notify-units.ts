import type { DbOrTx } from '../../db/client';
import { notification } from '../../db/schema';

export interface NotificationInput {
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
}

/** One notification in the inbox of each unit, in the caller's transaction. */
export async function notifyUnits(
  tx: DbOrTx,
  unitIds: readonly string[],
  message: NotificationInput,
  at: Date = new Date(),
): Promise<number> {
  const unique = [...new Set(unitIds)];
  if (unique.length === 0) return 0;
  await tx
    .insert(notification)
    .values(unique.map((unitId) => ({ unitId, ...message, createdAt: at, updatedAt: at })));
  return unique.length;
}
