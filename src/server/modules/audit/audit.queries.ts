import type pg from 'pg';
import type { AuditQuery } from '../../../shared/api/audit';

/** An audit row as the API and the chain verifier read it. */
export function auditEventOf(r: Record<string, unknown>) {
  return {
    id: Number(r.id),
    occurredAt: (r.occurred_at as Date).toISOString(),
    actorUserId: r.actor_user_id as string | null,
    actorLabel: r.actor_label as string | null,
    unitId: r.unit_id as string | null,
    action: r.action as string,
    objectType: r.object_type as string | null,
    objectId: r.object_id as string | null,
    result: r.result as 'ok' | 'denied' | 'failed',
    ip: r.ip as string | null,
    before: r.before ?? null,
    after: r.after ?? null,
  };
}

/** Filtered, paginated trail, newest first; every filter is a bound parameter. */
export async function listAuditEvents(pool: pg.Pool, q: AuditQuery) {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    params.push(value);
    where.push(clause.replace('?', `$${params.length}`));
  };
  if (q.action) add('action LIKE ?', `${q.action.replace(/[%_\\]/g, '\\$&')}%`);
  if (q.actor) add('actor_label ILIKE ?', `%${q.actor.replace(/[%_\\]/g, '\\$&')}%`);
  if (q.objectType) add('object_type = ?', q.objectType);
  if (q.objectId) add('object_id = ?', q.objectId);
  if (q.result) add('result = ?', q.result);
  if (q.from) add("occurred_at >= (?::date AT TIME ZONE 'Asia/Ho_Chi_Minh')", q.from);
  if (q.to) add("occurred_at < ((?::date + 1) AT TIME ZONE 'Asia/Ho_Chi_Minh')", q.to);
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = await pool.query(`SELECT count(*)::int AS n FROM audit_event ${whereSql}`, params);
  params.push(q.pageSize, (q.page - 1) * q.pageSize);
  const { rows } = await pool.query(
    `SELECT id, occurred_at, actor_user_id, actor_label, unit_id, action, object_type, object_id, result, ip, before, after
       FROM audit_event ${whereSql} ORDER BY id DESC LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
  return {
    items: rows.map(auditEventOf),
    total: total.rows[0].n as number,
    page: q.page,
    pageSize: q.pageSize,
  };
}
