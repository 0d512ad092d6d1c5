import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';

/** Who last changed a record, for the 409 message ("vừa được … sửa"). */
export async function lastEditorOf(tx: DbOrTx, objectType: string, objectId: string): Promise<string> {
  const { rows } = await tx.execute<{ actor_label: string | null; occurred_at: Date }>(
    sql`SELECT actor_label, occurred_at FROM audit_event WHERE object_type = ${objectType} AND object_id = ${objectId}
        ORDER BY id DESC LIMIT 1`,
  );
  const row = rows[0];
  if (!row) return 'người khác';
  const at = new Date(row.occurred_at).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
  return `${row.actor_label ?? 'người khác'} (lúc ${at})`;
}
