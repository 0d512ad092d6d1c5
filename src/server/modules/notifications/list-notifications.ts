import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../auth/actor';

const INBOX_SIZE = 50;

type Row = {
  id: string;
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  created_at: Date | string;
  read: boolean;
};

/** The inbox of the actor's own unit: the newest 50, each with this user's read flag, and the unread count. */
export async function listNotifications(db: DbOrTx, actor: Actor) {
  if (!actor.unitId) return { items: [], unread: 0 };
  const [{ rows }, { rows: unread }] = await Promise.all([
    db.execute<Row>(sql`
      SELECT n.id, n.kind, n.title, n.body, n.link, n.created_at, (r.notification_id IS NOT NULL) AS read
        FROM notification n
        LEFT JOIN notification_read r ON r.notification_id = n.id AND r.user_id = ${actor.userId}
       WHERE n.unit_id = ${actor.unitId}
       ORDER BY n.created_at DESC, n.id
       LIMIT ${INBOX_SIZE}`),
    db.execute<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM notification n
       WHERE n.unit_id = ${actor.unitId}
         AND NOT EXISTS (SELECT 1 FROM notification_read r
                          WHERE r.notification_id = n.id AND r.user_id = ${actor.userId})`),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      body: r.body,
      link: r.link,
      createdAt: new Date(r.created_at).toISOString(),
      read: r.read,
    })),
    unread: unread[0]?.n ?? 0,
  };
}
