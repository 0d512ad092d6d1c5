import { sql } from 'drizzle-orm';
import { GENESIS_HASH, hashAuditEvent } from '../../../domain/audit/hash-chain';
import type { DbOrTx } from '../../db/client';

/** Who acts, from where: taken from the request once and passed to every use case. */
export interface AuditContext {
  actorUserId: string | null;
  actorLabel: string | null;
  unitId: string | null;
  ip: string | null;
}

export interface AuditEntry {
  action: string;
  objectType?: string;
  objectId?: string | null;
  result?: 'ok' | 'denied' | 'failed';
  before?: unknown;
  after?: unknown;
  /** Overrides the actor's unit, e.g. the unit the object belongs to. */
  unitId?: string | null;
}

// One lock serialises appends so each row links to the one before it; it is released at commit, and a
// rolled-back transaction leaves no gap because the id is the previous id + 1, not a sequence value.
const AUDIT_LOCK = 72022;

/** Append one hash-chained audit row in the caller's transaction: if it fails, the action fails. */
export async function writeAudit(tx: DbOrTx, ctx: AuditContext, entry: AuditEntry): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK})`);
  const last = await tx.execute<{ id: string; hash: string }>(
    sql`SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1`,
  );
  const prev = last.rows[0];
  const id = prev ? Number(prev.id) + 1 : 1;
  const prevHash = prev?.hash ?? GENESIS_HASH;
  const occurredAt = new Date().toISOString();
  const row = {
    id,
    occurredAt,
    actorUserId: ctx.actorUserId,
    actorLabel: ctx.actorLabel,
    unitId: entry.unitId !== undefined ? entry.unitId : ctx.unitId,
    action: entry.action,
    objectType: entry.objectType ?? null,
    objectId: entry.objectId ?? null,
    result: entry.result ?? 'ok',
    ip: ctx.ip,
    before: entry.before === undefined ? null : JSON.parse(JSON.stringify(entry.before)),
    after: entry.after === undefined ? null : JSON.parse(JSON.stringify(entry.after)),
    prevHash,
  };
  const hash = hashAuditEvent(row);
  await tx.execute(sql`
    INSERT INTO audit_event (id, occurred_at, actor_user_id, actor_label, unit_id, action, object_type,
      object_id, result, ip, before, after, prev_hash, hash)
    OVERRIDING SYSTEM VALUE
    VALUES (${row.id}, ${row.occurredAt}, ${row.actorUserId}, ${row.actorLabel}, ${row.unitId}, ${row.action},
      ${row.objectType}, ${row.objectId}, ${row.result}, ${row.ip},
      ${row.before === null ? null : JSON.stringify(row.before)}::jsonb,
      ${row.after === null ? null : JSON.stringify(row.after)}::jsonb, ${row.prevHash}, ${hash})`);
}

export const systemAuditContext: AuditContext = {
  actorUserId: null,
  actorLabel: 'hệ thống',
  unitId: null,
  ip: null,
};
