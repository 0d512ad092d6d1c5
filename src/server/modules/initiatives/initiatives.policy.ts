import { sql } from 'drizzle-orm';
import { isInScope } from '../../../domain/access/permissions';
import type { DbOrTx } from '../../db/client';
import { AppError, notFound } from '../../http/app-error';
import type { Actor } from '../auth/actor';

export type InitiativeRow = {
  id: string;
  title: string;
  unit_id: string;
  scope: string;
  decision_number: string | null;
  recognized_on: string;
  summary: string | null;
  version: number;
  unit_path: string;
};

/** The initiative, if it exists and its unit lies in the actor's subtree; otherwise 404 like a missing one. */
export async function loadInitiativeInScope(
  db: DbOrTx,
  actor: Actor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<InitiativeRow> {
  const { rows } = await db.execute<InitiativeRow>(sql`
    SELECT i.id, i.title, i.unit_id, i.scope, i.decision_number, i.recognized_on, i.summary, i.version,
           u.path AS unit_path
      FROM initiative i JOIN unit u ON u.id = i.unit_id
     WHERE i.id = ${id} ${options.lock ? sql`FOR UPDATE OF i` : sql``}`);
  const row = rows[0];
  if (!row || !isInScope(actor.scopePath, row.unit_path)) throw notFound('Sáng kiến');
  return row;
}

/**
 * Every author must be a person of the actor's subtree: one outside answers like a missing one (404),
 * so the answer never reveals who exists in another unit.
 */
export async function assertAuthorsInScope(db: DbOrTx, actor: Actor, authorIds: readonly string[]) {
  const { rows } = await db.execute<{ id: string; unit_path: string }>(sql`
    SELECT p.id, u.path AS unit_path FROM person p JOIN unit u ON u.id = p.unit_id
     WHERE p.id IN (${sql.join(
       authorIds.map((id) => sql`${id}`),
       sql`, `,
     )}) AND p.anonymised_at IS NULL`);
  const visible = new Set(rows.filter((r) => isInScope(actor.scopePath, r.unit_path)).map((r) => r.id));
  if (authorIds.some((id) => !visible.has(id))) {
    throw new AppError('NOT_FOUND', 'Tác giả không tồn tại hoặc bạn không có quyền xem.', [
      { path: 'authorIds', message: 'Có tác giả không thuộc đơn vị của bạn hoặc không tồn tại' },
    ]);
  }
}
