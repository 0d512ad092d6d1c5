import { createHash } from 'node:crypto';

/** The fields of an audit event that its hash covers (everything but the hash itself). */
export interface AuditHashInput {
  id: number;
  occurredAt: string;
  actorUserId: string | null;
  actorLabel: string | null;
  unitId: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  result: string;
  ip: string | null;
  before: unknown;
  after: unknown;
  prevHash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with sorted keys, so a value read back from jsonb hashes the same as the one written. */
export function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function hashAuditEvent(event: AuditHashInput): string {
  // Only the listed fields: a row read back from the database also carries its own hash.
  const body = canonicalJson({
    id: event.id,
    occurredAt: event.occurredAt,
    actorUserId: event.actorUserId,
    actorLabel: event.actorLabel,
    unitId: event.unitId,
    action: event.action,
    objectType: event.objectType,
    objectId: event.objectId,
    result: event.result,
    ip: event.ip,
    before: event.before ?? null,
    after: event.after ?? null,
    prevHash: event.prevHash,
  });
  return createHash('sha256').update(event.prevHash).update('\n').update(body).digest('hex');
}

export type ChainProblem = { id: number; problem: string };

/**
 * Check a run of events ordered by id: each links to the previous hash and hashes to its own; a gap in
 * ids means a deleted row. Returns the first problem, or null.
 */
export function findChainBreak(
  events: Iterable<AuditHashInput & { hash: string }>,
  previous: { id: number; hash: string } | null,
): ChainProblem | null {
  let prevId = previous?.id ?? 0;
  let prevHash = previous?.hash ?? GENESIS_HASH;
  for (const event of events) {
    if (event.id !== prevId + 1 && prevId !== 0) {
      return { id: event.id, problem: `thiếu bản ghi giữa #${prevId} và #${event.id} (đã bị xóa)` };
    }
    if (event.prevHash !== prevHash) {
      return { id: event.id, problem: `bản ghi #${event.id} không nối với bản ghi trước (chuỗi băm bị đứt)` };
    }
    if (hashAuditEvent(event) !== event.hash) {
      return { id: event.id, problem: `bản ghi #${event.id} đã bị sửa (mã băm không khớp)` };
    }
    prevId = event.id;
    prevHash = event.hash;
  }
  return null;
}
