import { eq, sql } from 'drizzle-orm';
import { isInScope } from '../../../domain/access/permissions';
import { EDITABLE_STATES } from '../../../domain/dossiers/workflow';
import { DOSSIER_STATE_LABELS, type DossierState } from '../../../shared/dossier-codes';
import type { DbOrTx } from '../../db/client';
import { AppError, badRequest, notFound } from '../../http/app-error';
import type { Actor } from '../auth/actor';
import { dossier } from './dossiers.schema';

export type DossierRow = typeof dossier.$inferSelect;
export interface ScopedDossier {
  row: DossierRow;
  unitPath: string;
  unitName: string;
}

/**
 * A dossier of the actor's unit subtree. A draft is the proposing unit's own work: only that unit (and
 * administrators) see it. Anything else answers like a missing record (404).
 */
export async function loadDossierInScope(
  db: DbOrTx,
  actor: Actor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<ScopedDossier> {
  const { rows } = await db.execute<{ path: string; name: string }>(
    sql`SELECT u.path, u.name FROM dossier d JOIN unit u ON u.id = d.unit_id WHERE d.id = ${id}`,
  );
  const unit = rows[0];
  if (!unit || !isInScope(actor.scopePath, unit.path)) throw notFound('Hồ sơ');
  const query = db.select().from(dossier).where(eq(dossier.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row || !canSeeDraft(actor, row)) throw notFound('Hồ sơ');
  return { row, unitPath: unit.path, unitName: unit.name };
}

function canSeeDraft(actor: Actor, row: DossierRow): boolean {
  return row.status !== 'draft' || row.unitId === actor.unitId || actor.roles.includes('admin');
}

/** SQL condition for list queries: in the actor's subtree; drafts only for their own unit. */
export function dossierVisibleSql(actor: Actor) {
  const seeAllDrafts = actor.roles.includes('admin');
  return sql`u.path LIKE ${`${actor.scopePath}%`} AND (d.status <> 'draft' OR ${seeAllDrafts} OR d.unit_id = ${actor.unitId})`;
}

/** 409 naming who changed the dossier since the client loaded it. */
export function staleDossier(who: string): AppError {
  return new AppError(
    'CONFLICT',
    `Hồ sơ này vừa được ${who} thay đổi. Dữ liệu mới đã được tải lại; vui lòng xem lại trước khi thao tác tiếp.`,
  );
}

/** Content can change only while the unit holds the dossier (draft, or returned for supplements). */
export function assertEditable(row: DossierRow): void {
  if (!EDITABLE_STATES.includes(row.status as DossierState)) {
    throw badRequest(
      `Hồ sơ đang ở trạng thái “${DOSSIER_STATE_LABELS[row.status as DossierState]}” nên không thể sửa nội dung.`,
      [{ path: 'status', message: DOSSIER_STATE_LABELS[row.status as DossierState] }],
    );
  }
}

/** Whether the actor works for the proposing unit (conflict of interest: nobody appraises their own). */
export function isOwnUnit(actor: Actor, row: DossierRow): boolean {
  return actor.unitId === row.unitId;
}
