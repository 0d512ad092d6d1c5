import { and, eq, sql } from 'drizzle-orm';
import { isInScope } from '../../../domain/access/permissions';
import { PLEDGE_STATUS_LABELS, type PledgeStatus } from '../../../shared/api/pledges';
import type { DbOrTx } from '../../db/client';
import { pledge } from '../../db/schema';
import { AppError, badRequest, notFound } from '../../http/app-error';
import type { Actor } from '../auth/actor';

export type PledgeRow = typeof pledge.$inferSelect;

/** The movement and the participating unit a pledge belongs to, with the movement's pledge deadline. */
export interface PledgeTarget {
  movementId: string;
  movementTitle: string;
  movementStatus: string;
  unitId: string;
  unitName: string;
  unitPath: string;
  /** 'YYYY-MM-DD' of the movement's `pledge-deadline` milestone (the latest one), or null. */
  deadline: string | null;
}

/** The movement's pledge deadline (the latest `pledge-deadline` milestone), as 'YYYY-MM-DD'. */
export const deadlineSql = (movementId: unknown) =>
  sql`(SELECT max(ms.due_on)::text FROM movement_milestone ms
        WHERE ms.movement_id = ${movementId} AND ms.kind = 'pledge-deadline')`;

/**
 * A pledge exists only for a launched (or since closed) movement and a participating unit inside the
 * actor's subtree; anything else answers like a missing record (404).
 */
export async function loadPledgeTarget(
  db: DbOrTx,
  actor: Actor,
  movementId: string,
  unitId: string,
): Promise<PledgeTarget> {
  const { rows } = await db.execute<{
    movement_title: string;
    movement_status: string;
    unit_name: string;
    unit_path: string;
    deadline: string | null;
  }>(sql`
    SELECT m.title AS movement_title, m.status AS movement_status, u.name AS unit_name, u.path AS unit_path,
           ${deadlineSql(sql`m.id`)} AS deadline
      FROM movement m
      JOIN movement_participant mp ON mp.movement_id = m.id
      JOIN unit u ON u.id = mp.unit_id
     WHERE m.id = ${movementId} AND u.id = ${unitId} AND m.status <> 'draft'`);
  const row = rows[0];
  if (!row || !isInScope(actor.scopePath, row.unit_path)) throw notFound('Bản đăng ký thi đua');
  return {
    movementId,
    movementTitle: row.movement_title,
    movementStatus: row.movement_status,
    unitId,
    unitName: row.unit_name,
    unitPath: row.unit_path,
    deadline: row.deadline,
  };
}

/** Pledges change only while the movement runs: a closed movement answers 400. */
export function assertMovementRunning(status: string): void {
  if (status !== 'launched') {
    throw badRequest('Phong trào đã kết thúc nên không thể thay đổi bản đăng ký thi đua.', [
      { path: 'movementId', message: 'Phong trào đã kết thúc' },
    ]);
  }
}

/** The unit's pledge for the movement, locked for a change (undefined when not started). */
export async function lockPledge(
  tx: DbOrTx,
  movementId: string,
  unitId: string,
): Promise<PledgeRow | undefined> {
  const [row] = await tx
    .select()
    .from(pledge)
    .where(and(eq(pledge.movementId, movementId), eq(pledge.unitId, unitId)))
    .for('update');
  return row;
}

/** 409 naming who changed the pledge since the client loaded it. */
export function stalePledge(who: string): AppError {
  return new AppError(
    'CONFLICT',
    `Bản đăng ký thi đua này vừa được ${who} sửa. Dữ liệu mới đã được tải lại; vui lòng sửa lại nếu cần.`,
  );
}

const ACTION_LABELS = { save: 'sửa', submit: 'gửi', accept: 'tiếp nhận', return: 'trả lại' } as const;
export type PledgeAction = keyof typeof ACTION_LABELS;

/** The lifecycle: draft/returned are editable and may be submitted; a submitted one is decided. */
const TRANSITIONS: Record<PledgeStatus, Partial<Record<PledgeAction, PledgeStatus>>> = {
  draft: { save: 'draft', submit: 'submitted' },
  returned: { save: 'returned', submit: 'submitted' },
  submitted: { accept: 'accepted', return: 'returned' },
  accepted: {},
};

/** The status after the action, or 400 "Bản đăng ký đang ở trạng thái … nên không thể …". */
export function nextPledgeStatus(status: string | null, action: PledgeAction): PledgeStatus {
  if (status === null) {
    throw badRequest(`Đơn vị chưa lập bản đăng ký thi đua nên không thể ${ACTION_LABELS[action]}.`, [
      { path: 'status', message: 'Chưa đăng ký' },
    ]);
  }
  const current = status as PledgeStatus;
  const next = TRANSITIONS[current]?.[action];
  if (!next) {
    const label = PLEDGE_STATUS_LABELS[current] ?? status;
    throw badRequest(`Bản đăng ký đang ở trạng thái “${label}” nên không thể ${ACTION_LABELS[action]}.`, [
      { path: 'status', message: label },
    ]);
  }
  return next;
}

/** Late: submitted (or, when not submitted, now) after the end of the deadline day in Việt Nam. */
export function isLate(deadline: string | null, submittedAt: Date | null, now = new Date()): boolean {
  if (!deadline) return false;
  const end = new Date(`${deadline}T23:59:59.999+07:00`);
  return (submittedAt ?? now).getTime() > end.getTime();
}
