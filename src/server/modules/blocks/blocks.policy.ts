import { eq, sql } from 'drizzle-orm';
import { isInScope } from '../../../domain/access/permissions';
import type { DbOrTx } from '../../db/client';
import { AppError, forbidden, notFound } from '../../http/app-error';
import { type Actor, can } from '../auth/actor';
import { emulationBlock } from './blocks.schema';

export type BlockRow = typeof emulationBlock.$inferSelect;

/**
 * What the actor is to a block: who sees it (users of the organiser's subtree, or of a member unit's
 * subtree), who manages it (block.manage + the organiser in scope), and which unit the actor acts for.
 */
export interface BlockAccess {
  block: BlockRow;
  organiserName: string;
  /** The organiser is in the actor's subtree (staff of the organising body see every breakdown). */
  isOrganiserSide: boolean;
  canManage: boolean;
  canFinalize: boolean;
  /** Member units inside the actor's subtree (their breakdowns are the actor's own). */
  membersInScope: Set<string>;
  memberIds: string[];
}

/** The block if the actor may see it, else 404 like a missing one; `lock` locks the block row. */
export async function loadBlockAccess(
  db: DbOrTx,
  actor: Actor,
  blockId: string,
  options: { lock?: boolean } = {},
): Promise<BlockAccess> {
  const query = db.select().from(emulationBlock).where(eq(emulationBlock.id, blockId));
  const [block] = options.lock ? await query.for('update') : await query;
  if (!block) throw notFound('Khối thi đua');
  const { rows } = await db.execute<{ id: string; path: string; name: string; is_member: boolean }>(sql`
    SELECT u.id, u.path, u.name, true AS is_member FROM block_member bm JOIN unit u ON u.id = bm.unit_id
     WHERE bm.block_id = ${blockId}
    UNION ALL
    SELECT u.id, u.path, u.name, false FROM unit u WHERE u.id = ${block.organiserUnitId}`);
  const organiser = rows.find((r) => !r.is_member);
  const members = rows.filter((r) => r.is_member);
  const isOrganiserSide = organiser ? isInScope(actor.scopePath, organiser.path) : false;
  const membersInScope = new Set(members.filter((m) => isInScope(actor.scopePath, m.path)).map((m) => m.id));
  if (!isOrganiserSide && membersInScope.size === 0) throw notFound('Khối thi đua');
  return {
    block,
    organiserName: organiser?.name ?? '',
    isOrganiserSide,
    canManage: isOrganiserSide && can(actor, 'block.manage'),
    canFinalize: isOrganiserSide && can(actor, 'block.finalize'),
    membersInScope,
    memberIds: members.map((m) => m.id),
  };
}

/** The block for a change by its organiser: 404 when not visible, 403 when only a member sees it. */
export async function loadBlockForManage(db: DbOrTx, actor: Actor, blockId: string): Promise<BlockAccess> {
  const access = await loadBlockAccess(db, actor, blockId, { lock: true });
  if (!access.canManage) {
    throw forbidden(
      'Chỉ cán bộ thường trực thi đua – khen thưởng của đơn vị tổ chức khối mới được thay đổi khối.',
    );
  }
  return access;
}

/**
 * Whether the actor may read a unit's breakdown: the organiser's side, the unit's own subtree, the unit
 * reviewing it, or any member when the block shows details to members.
 */
export function canSeeBreakdown(
  access: BlockAccess,
  actor: Actor,
  unitId: string,
  reviewerUnitId: string | null,
): boolean {
  if (access.isOrganiserSide || access.membersInScope.has(unitId)) return true;
  if (reviewerUnitId !== null && actor.unitId === reviewerUnitId) return true;
  return access.block.showDetailsToMembers && access.membersInScope.size > 0;
}

/** 409 naming who changed the record since the client loaded it. */
export function staleBlock(what: string, who: string): AppError {
  return new AppError(
    'CONFLICT',
    `${what} vừa được ${who} sửa. Dữ liệu mới đã được tải lại; vui lòng sửa lại nếu cần.`,
  );
}
