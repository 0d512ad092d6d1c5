import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { notFound } from '../../http/app-error';
import type { Actor } from '../auth/actor';

/*
 * Read marks are one user's view of their unit's inbox, not a change to a record, so they are not audited
 * (an audit row per click would bury the changes that matter).
 */

/** Mark one notification of the actor's own unit as read by this user; another unit's answers 404. */
export async function markNotificationRead(db: DbOrTx, actor: Actor, id: string): Promise<void> {
  const { rows } = await db.execute<{ id: string }>(sql`
    SELECT id FROM notification WHERE id = ${id} AND unit_id = ${actor.unitId}`);
  if (!rows[0]) throw notFound('Thông báo');
  await db.execute(sql`
    INSERT INTO notification_read (notification_id, user_id) VALUES (${id}, ${actor.userId})
    ON CONFLICT DO NOTHING`);
}

/** Mark every notification of the actor's own unit as read by this user. */
export async function markAllNotificationsRead(db: DbOrTx, actor: Actor): Promise<void> {
  if (!actor.unitId) return;
  await db.execute(sql`
    INSERT INTO notification_read (notification_id, user_id)
    SELECT n.id, ${actor.userId} FROM notification n WHERE n.unit_id = ${actor.unitId}
    ON CONFLICT DO NOTHING`);
}
