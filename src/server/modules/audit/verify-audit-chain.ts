import type pg from 'pg';
import { type AuditHashInput, findChainBreak } from '../../../domain/audit/hash-chain';
import type { AuditVerify } from '../../../shared/api/audit';
import { auditEventOf } from './audit.queries';

type Row = AuditHashInput & { hash: string };

const BATCH = 5000;

/** Read the whole trail in id order and report the first edited, re-linked or deleted row. */
export async function verifyAuditChain(pool: pg.Pool): Promise<AuditVerify> {
  let previous: { id: number; hash: string } | null = null;
  let checked = 0;
  for (;;) {
    const { rows } = await pool.query(
      `SELECT id, occurred_at, actor_user_id, actor_label, unit_id, action, object_type, object_id, result, ip,
              before, after, prev_hash, hash
         FROM audit_event WHERE id > $1 ORDER BY id LIMIT ${BATCH}`,
      [previous?.id ?? 0],
    );
    if (rows.length === 0) break;
    const events: Row[] = rows.map((r) => ({ ...auditEventOf(r), prevHash: r.prev_hash, hash: r.hash }));
    if (previous === null && events[0] && events[0].id !== 1) {
      return {
        ok: false,
        checked,
        firstBadId: events[0].id,
        problem: `thiếu các bản ghi đầu tiên trước #${events[0].id}`,
      };
    }
    const problem = findChainBreak(events, previous);
    if (problem) {
      const index = events.findIndex((e) => e.id === problem.id);
      return {
        ok: false,
        checked: checked + Math.max(index, 0),
        firstBadId: problem.id,
        problem: problem.problem,
      };
    }
    checked += events.length;
    const last = events[events.length - 1]!;
    previous = { id: last.id, hash: last.hash };
  }
  return { ok: true, checked, firstBadId: null, problem: null };
}
