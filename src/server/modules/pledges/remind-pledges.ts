import type { DbOrTx } from '../../db/client';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { notifyUnits } from '../notifications/notify-units';
import { assertMovementRunning } from './pledges.policy';
import { loadBoardRows } from './pledges.queries';

const viDate = (iso: string) => iso.split('-').reverse().join('/');

/** One reminder to each participating unit of the actor's subtree that has not submitted its pledge. */
export async function remindPledges(tx: DbOrTx, actor: Actor, movementId: string): Promise<number> {
  const { movement, rows } = await loadBoardRows(tx, actor, movementId);
  assertMovementRunning(movement.status);
  const units = rows.filter((r) => r.status !== 'submitted' && r.status !== 'accepted').map((r) => r.unit_id);
  const deadline = movement.deadline ? ` trước ngày ${viDate(movement.deadline)}` : '';
  const notified = await notifyUnits(tx, units, {
    kind: 'pledge.reminder',
    title: `Nhắc đăng ký thi đua: ${movement.title}`,
    body: `Đơn vị của bạn chưa gửi bản đăng ký thi đua. Đề nghị hoàn thành và gửi${deadline}.`,
    link: `/movements/${movementId}/pledges`,
  });
  await writeAudit(tx, auditContextOf(actor), {
    action: 'pledge.remind',
    objectType: 'movement',
    objectId: movementId,
    after: { notifiedUnits: notified, unitIds: units },
  });
  return notified;
}
