import { sql } from 'drizzle-orm';
import { isInScope } from '../../../domain/access/permissions';
import { DEFAULT_CATALOGUE } from '../../../domain/law/catalogue';
import { SESSION_STATUS_LABELS, type SessionStatus } from '../../../shared/api/council';
import type { DbOrTx } from '../../db/client';
import { AppError, badRequest, forbidden, notFound } from '../../http/app-error';
import type { Actor } from '../auth/actor';

export interface SessionRow {
  id: string;
  unitId: string;
  unitName: string;
  unitPath: string;
  year: number;
  title: string;
  heldOn: string;
  place: string;
  status: SessionStatus;
  memberCount: number | null;
  presentCount: number | null;
  version: number;
  /** The actor belongs to the session's frozen membership. */
  isMember: boolean;
}

export function awardNameOf(code: string): string {
  return DEFAULT_CATALOGUE.awards.get(code as never)?.name ?? code;
}

/** The awarding unit whose council the actor manages: their own unit. */
export function councilUnitOf(actor: Actor): string {
  if (!actor.unitId) throw forbidden('Tài khoản chưa gắn với đơn vị nên không thể quản lý Hội đồng.');
  return actor.unitId;
}

/**
 * A session the actor may see: its unit is inside the actor's subtree, or the actor sits in its frozen
 * membership. Anything else answers like a missing record (404). `forUpdate` locks the row; votes take
 * `forShare` so a tally waits for the votes in flight and no vote lands after it.
 */
export async function loadSession(
  db: DbOrTx,
  actor: Actor,
  id: string,
  options: { forUpdate?: boolean; forShare?: boolean } = {},
): Promise<SessionRow> {
  const { rows } = await db.execute<{
    id: string;
    unit_id: string;
    unit_name: string;
    unit_path: string;
    year: number;
    title: string;
    held_on: string;
    place: string;
    status: SessionStatus;
    member_count: number | null;
    present_count: number | null;
    version: number;
    is_member: boolean;
  }>(sql`
    SELECT s.id, s.unit_id, u.name AS unit_name, u.path AS unit_path, s.year, s.title, s.held_on, s.place,
           s.status, s.member_count, s.present_count, s.version,
           EXISTS (SELECT 1 FROM council_session_member m WHERE m.session_id = s.id AND m.user_id = ${actor.userId})
             AS is_member
      FROM council_session s JOIN unit u ON u.id = s.unit_id
     WHERE s.id = ${id}
     ${options.forUpdate ? sql`FOR UPDATE OF s` : options.forShare ? sql`FOR SHARE OF s` : sql``}`);
  const row = rows[0];
  if (!row || !(isInScope(actor.scopePath, row.unit_path) || row.is_member)) {
    throw notFound('Phiên họp Hội đồng');
  }
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    unitPath: row.unit_path,
    year: row.year,
    title: row.title,
    heldOn: row.held_on,
    place: row.place,
    status: row.status,
    memberCount: row.member_count,
    presentCount: row.present_count,
    version: row.version,
    isMember: row.is_member,
  };
}

const STATUS_VERBS: Record<string, string> = {
  open: 'khai mạc',
  vote: 'bỏ phiếu',
  tally: 'kiểm phiếu',
  close: 'kết thúc phiên họp',
  edit: 'sửa',
};

/** 400 naming the session's state when the step is not allowed in it. */
export function assertSessionStatus(session: SessionRow, allowed: SessionStatus[], step: string): void {
  if (!allowed.includes(session.status)) {
    const label = SESSION_STATUS_LABELS[session.status];
    throw badRequest(`Phiên họp đang ở trạng thái “${label}” nên không thể ${STATUS_VERBS[step] ?? step}.`, [
      { path: 'status', message: label },
    ]);
  }
}

/** 409 naming who changed the session since the client loaded it. */
export function staleSession(who: string): AppError {
  return new AppError(
    'CONFLICT',
    `Phiên họp này vừa được ${who} cập nhật. Dữ liệu mới đã được tải lại; vui lòng kiểm tra rồi thử lại.`,
  );
}
