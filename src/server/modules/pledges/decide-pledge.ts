import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { pledge } from '../../db/schema';
import { lastEditorOf } from '../audit/last-editor';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { notifyUnits } from '../notifications/notify-units';
import {
  assertMovementRunning,
  loadPledgeTarget,
  lockPledge,
  nextPledgeStatus,
  type PledgeTarget,
  stalePledge,
} from './pledges.policy';

export type PledgeMove = 'submit' | 'accept' | 'return';

/**
 * Move a pledge along its lifecycle: submit (draft/returned → submitted), accept or return a submitted
 * one (return needs a reason; the unit gets a notification). Audited in the same transaction.
 */
export async function movePledge(
  tx: DbOrTx,
  actor: Actor,
  movementId: string,
  unitId: string,
  action: PledgeMove,
  input: { version: number; reason?: string },
): Promise<PledgeTarget> {
  const target = await loadPledgeTarget(tx, actor, movementId, unitId);
  assertMovementRunning(target.movementStatus);
  const before = await lockPledge(tx, movementId, unitId);
  const status = nextPledgeStatus(before?.status ?? null, action);
  if (!before) throw new Error('unreachable: a missing pledge has no next status');
  if (before.version !== input.version) throw stalePledge(await lastEditorOf(tx, 'pledge', before.id));
  const now = new Date();
  const changes =
    action === 'submit'
      ? { submittedAt: now, submittedBy: actor.email, decidedAt: null, decidedBy: null, returnReason: null }
      : { decidedAt: now, decidedBy: actor.email, returnReason: action === 'return' ? input.reason! : null };
  await tx
    .update(pledge)
    .set({ ...changes, status, version: sql`${pledge.version} + 1`, updatedAt: now })
    .where(eq(pledge.id, before.id));
  const notified =
    action === 'return'
      ? await notifyUnits(
          tx,
          [unitId],
          {
            kind: 'pledge.returned',
            title: `Bản đăng ký thi đua bị trả lại: ${target.movementTitle}`,
            body: `Lý do: ${input.reason}`,
            link: `/movements/${movementId}/pledges`,
          },
          now,
        )
      : 0;
  await writeAudit(tx, auditContextOf(actor), {
    action: `pledge.${action}`,
    objectType: 'pledge',
    objectId: before.id,
    unitId,
    before: { status: before.status, version: before.version },
    after: {
      status,
      movementId,
      ...(action === 'return' ? { returnReason: input.reason, notifiedUnits: notified } : {}),
    },
  });
  return target;
}
