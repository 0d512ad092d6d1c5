import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { movement, movementParticipant, unit } from '../../db/schema';
import { badRequest } from '../../http/app-error';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { type NotificationInput, notifyUnits } from '../notifications/notify-units';
import { loadMovementForChange, type MovementRow, nextStatus } from './movements.policy';

const viDate = (iso: string) => iso.split('-').reverse().join('/');

/** The inbox message a participating unit gets when a movement is launched. */
export function launchNotificationOf(
  m: Pick<MovementRow, 'id' | 'title' | 'docNumber' | 'docDate'>,
  organiserName: string,
): NotificationInput {
  const doc = m.docNumber
    ? ` theo văn bản số ${m.docNumber}${m.docDate ? ` ngày ${viDate(m.docDate)}` : ''}`
    : '';
  return {
    kind: 'movement.launched',
    title: `Phong trào thi đua mới: ${m.title}`,
    body: `${organiserName} phát động phong trào thi đua${doc}. Đơn vị của bạn là đơn vị tham gia.`,
    link: `/movements/${m.id}`,
  };
}

/** The participating units of a movement. */
export async function participantIdsOf(tx: DbOrTx, id: string): Promise<string[]> {
  const rows = await tx
    .select({ unitId: movementParticipant.unitId })
    .from(movementParticipant)
    .where(eq(movementParticipant.movementId, id));
  return rows.map((r) => r.unitId);
}

/** Notify the given participating units that the movement is launched. */
export async function notifyParticipants(tx: DbOrTx, m: MovementRow, unitIds: readonly string[], at?: Date) {
  const [organiser] = await tx.select({ name: unit.name }).from(unit).where(eq(unit.id, m.unitId));
  return notifyUnits(tx, unitIds, launchNotificationOf(m, organiser?.name ?? 'Đơn vị tổ chức'), at);
}

/** Launch a draft: it needs participants; each participating unit is notified in the same transaction. */
export async function launchMovement(tx: DbOrTx, actor: Actor, id: string): Promise<void> {
  const before = await loadMovementForChange(tx, actor, id);
  const status = nextStatus(before.status, 'launch');
  if (!before.title.trim()) {
    throw badRequest('Hãy nhập tên phong trào trước khi phát động.', [
      { path: 'title', message: 'Chưa có tên' },
    ]);
  }
  const participants = await participantIdsOf(tx, id);
  if (participants.length === 0) {
    throw badRequest('Hãy chọn ít nhất một đơn vị tham gia trước khi phát động phong trào.', [
      { path: 'participantUnitIds', message: 'Chưa có đơn vị tham gia' },
    ]);
  }
  const now = new Date();
  await tx
    .update(movement)
    .set({ status, launchedAt: now, version: sql`${movement.version} + 1`, updatedAt: now })
    .where(eq(movement.id, id));
  const notified = await notifyParticipants(tx, before, participants, now);
  await writeAudit(tx, auditContextOf(actor), {
    action: 'movement.launch',
    objectType: 'movement',
    objectId: id,
    unitId: before.unitId,
    before: { status: before.status, version: before.version },
    after: { status, launchedAt: now.toISOString(), notifiedUnits: notified },
  });
}
