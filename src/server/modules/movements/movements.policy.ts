import { eq, type SQL, sql } from 'drizzle-orm';
import { isInScope } from '../../../domain/access/permissions';
import { MOVEMENT_STATUS_LABELS } from '../../../shared/api/movements';
import type { DbOrTx } from '../../db/client';
import { movement, unit } from '../../db/schema';
import { AppError, badRequest, forbidden, notFound } from '../../http/app-error';
import type { Actor } from '../auth/actor';

export type MovementRow = typeof movement.$inferSelect;
export type MovementStatus = keyof typeof MOVEMENT_STATUS_LABELS;

/**
 * Who sees a movement (alias `m`): users of the organising unit's subtree, and — once it is launched —
 * users of a participating unit's subtree. A draft is the organiser's work in progress.
 */
export function visibleMovementSql(actor: Actor, alias = 'm'): SQL {
  const m = sql.raw(alias);
  const scope = `${actor.scopePath}%`;
  return sql`(EXISTS (SELECT 1 FROM unit ou WHERE ou.id = ${m}.unit_id AND ou.path LIKE ${scope})
    OR (${m}.status <> 'draft' AND EXISTS (
      SELECT 1 FROM movement_participant vp JOIN unit vu ON vu.id = vp.unit_id
       WHERE vp.movement_id = ${m}.id AND vu.path LIKE ${scope})))`;
}

/** The movement if the actor may see it; otherwise 404 like a missing one. */
export async function assertMovementVisible(db: DbOrTx, actor: Actor, id: string): Promise<void> {
  const { rows } = await db.execute<{ id: string }>(
    sql`SELECT m.id FROM movement m WHERE m.id = ${id} AND ${visibleMovementSql(actor)}`,
  );
  if (!rows[0]) throw notFound('Phong trào thi đua');
}

/**
 * The movement, locked, for a change by the organising side: 404 when the actor cannot see it, 403 when
 * they see it only as a participant (participants follow a movement; only its organiser changes it).
 */
export async function loadMovementForChange(db: DbOrTx, actor: Actor, id: string): Promise<MovementRow> {
  const [row] = await db
    .select({ m: movement, unitPath: unit.path })
    .from(movement)
    .innerJoin(unit, eq(unit.id, movement.unitId))
    .where(eq(movement.id, id))
    .for('update', { of: movement });
  if (row && isInScope(actor.scopePath, row.unitPath)) return row.m;
  await assertMovementVisible(db, actor, id);
  throw forbidden('Chỉ đơn vị tổ chức phong trào mới được sửa, phát động hoặc kết thúc phong trào.');
}

/** 409 naming who changed the movement since the client loaded it (optimistic concurrency). */
export function staleVersion(who: string): AppError {
  return new AppError(
    'CONFLICT',
    `Phong trào này vừa được ${who} sửa. Dữ liệu mới đã được tải lại; vui lòng sửa lại nếu cần.`,
  );
}

const ACTION_LABELS = { update: 'sửa', launch: 'phát động', close: 'kết thúc' } as const;
export type MovementAction = keyof typeof ACTION_LABELS;

/** The lifecycle: which action is allowed from which status, and where it leads. */
const TRANSITIONS: Record<MovementStatus, Partial<Record<MovementAction, MovementStatus>>> = {
  draft: { update: 'draft', launch: 'launched' },
  launched: { update: 'launched', close: 'closed' },
  closed: {},
};

/** The status after the action, or 400 "Phong trào đang ở trạng thái … nên không thể …". */
export function nextStatus(status: string, action: MovementAction): MovementStatus {
  const current = status as MovementStatus;
  const next = TRANSITIONS[current]?.[action];
  if (!next) {
    throw badRequest(
      `Phong trào đang ở trạng thái “${MOVEMENT_STATUS_LABELS[current] ?? status}” nên không thể ${ACTION_LABELS[action]}.`,
      [{ path: 'status', message: MOVEMENT_STATUS_LABELS[current] ?? status }],
    );
  }
  return next;
}

/** Participating units must all lie in the actor's subtree: one outside answers like a missing one. */
export async function assertUnitsInScope(db: DbOrTx, actor: Actor, unitIds: readonly string[]) {
  if (unitIds.length === 0) return;
  const { rows } = await db.execute<{ id: string; path: string }>(sql`
    SELECT id, path FROM unit WHERE id IN (${sql.join(
      unitIds.map((id) => sql`${id}`),
      sql`, `,
    )})`);
  const visible = new Set(rows.filter((r) => isInScope(actor.scopePath, r.path)).map((r) => r.id));
  if (unitIds.some((id) => !visible.has(id))) {
    throw new AppError('NOT_FOUND', 'Đơn vị tham gia không tồn tại hoặc bạn không có quyền xem.', [
      { path: 'participantUnitIds', message: 'Có đơn vị không thuộc phạm vi của bạn hoặc không tồn tại' },
    ]);
  }
}

/** endsOn before startsOn → 400 naming endsOn. */
export function assertDates(startsOn: string | undefined, endsOn: string | undefined) {
  if (startsOn && endsOn && endsOn < startsOn) {
    throw badRequest('Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.', [
      { path: 'endsOn', message: 'Trước ngày bắt đầu' },
    ]);
  }
}

/** The parent movement must be one the actor can see (else 404 naming parentMovementId). */
export async function assertParentVisible(
  db: DbOrTx,
  actor: Actor,
  parentId: string | undefined,
  selfId?: string,
) {
  if (!parentId) return;
  if (selfId) {
    // The parent may not be the movement itself or one of its sub-movements (a cycle).
    const { rows: cycle } = await db.execute<{ id: string }>(sql`
      WITH RECURSIVE up AS (
        SELECT id, parent_movement_id FROM movement WHERE id = ${parentId}
        UNION SELECT m.id, m.parent_movement_id FROM movement m JOIN up ON m.id = up.parent_movement_id)
      SELECT id FROM up WHERE id = ${selfId}`);
    if (cycle[0]) {
      throw badRequest('Phong trào cấp trên không thể là chính phong trào này hoặc phong trào con của nó.', [
        { path: 'parentMovementId', message: 'Không hợp lệ' },
      ]);
    }
  }
  const { rows } = await db.execute<{ id: string }>(
    sql`SELECT m.id FROM movement m WHERE m.id = ${parentId} AND ${visibleMovementSql(actor)}`,
  );
  if (!rows[0]) {
    throw new AppError('NOT_FOUND', 'Phong trào cấp trên không tồn tại hoặc bạn không có quyền xem.', [
      { path: 'parentMovementId', message: 'Không tìm thấy' },
    ]);
  }
}
