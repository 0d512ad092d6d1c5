import { type SQL, sql } from 'drizzle-orm';
import type { MovementDetail } from '../../../shared/api/movements';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../auth/actor';
import { visibleMovementSql } from './movements.policy';
import {
  type MovementDetailRow,
  type MovementListRow,
  presentMovementDetail,
  presentMovementListItem,
} from './movements.presenter';

export interface MovementFilters {
  q?: string;
  year?: number;
  status?: 'draft' | 'launched' | 'closed';
}

function whereOf(actor: Actor, f: MovementFilters): SQL {
  const parts: SQL[] = [visibleMovementSql(actor)];
  const q = f.q?.normalize('NFC').trim();
  if (q) {
    // Diacritic-insensitive substring: "chung suc" finds "Chung sức xây dựng nông thôn mới".
    parts.push(sql`m.title_search LIKE '%' || tdkt_fold(${q.replace(/[%_\\]/g, '\\$&')}) || '%'`);
  }
  if (f.year) parts.push(sql`m.year = ${f.year}`);
  if (f.status) parts.push(sql`m.status = ${f.status}`);
  return sql.join(parts, sql` AND `);
}

const LIST_COLUMNS = sql`m.id, m.title, m.kind, m.status, m.year, m.unit_id, u.name AS unit_name, m.doc_number,
  m.doc_date, m.launched_at,
  (SELECT count(*)::int FROM movement_participant cp WHERE cp.movement_id = m.id) AS participant_count`;

/** One page of the movements the actor may see, newest first (launch date, else creation). */
export async function listMovements(
  db: DbOrTx,
  actor: Actor,
  filters: MovementFilters,
  page: { limit: number; offset: number },
) {
  const where = whereOf(actor, filters);
  const [{ rows }, { rows: count }] = await Promise.all([
    db.execute<MovementListRow>(sql`
      SELECT ${LIST_COLUMNS} FROM movement m JOIN unit u ON u.id = m.unit_id
       WHERE ${where}
       ORDER BY coalesce(m.launched_at, m.created_at) DESC, m.id
       LIMIT ${page.limit} OFFSET ${page.offset}`),
    db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM movement m WHERE ${where}`),
  ]);
  return { items: rows.map(presentMovementListItem), total: count[0]?.n ?? 0 };
}

/** One movement in the API shape; the caller has checked the actor may see it. */
export async function findMovement(
  db: DbOrTx,
  actor: Actor,
  id: string,
): Promise<MovementDetail | undefined> {
  const { rows } = await db.execute<MovementDetailRow>(sql`
    SELECT ${LIST_COLUMNS}, m.version, m.starts_on, m.ends_on, m.closed_at, m.related_movements, m.fields,
           m.doc_place, m.doc_issuer, m.doc_parent_issuer, m.doc_type, m.signer_authority, m.signer_position,
           m.signer_name,
      (SELECT json_build_object('id', pm.id, 'title', pm.title) FROM movement pm
        WHERE pm.id = m.parent_movement_id AND ${visibleMovementSql(actor, 'pm')}) AS parent_movement,
      (SELECT coalesce(json_agg(json_build_object('id', sm.id, 'title', sm.title, 'status', sm.status)
                ORDER BY sm.year DESC, sm.title COLLATE "vi-x-icu", sm.id), '[]')
         FROM movement sm WHERE sm.parent_movement_id = m.id AND ${visibleMovementSql(actor, 'sm')}) AS sub_movements,
      (SELECT coalesce(json_agg(json_build_object('id', t.id, 'number', t.number, 'text', t.text, 'field', t.field)
                ORDER BY t.sort_order, t.id), '[]')
         FROM movement_task t WHERE t.movement_id = m.id) AS tasks,
      (SELECT coalesce(json_agg(json_build_object('unitId', pu.id, 'unitName', pu.name)
                ORDER BY pu.sort_order, pu.name COLLATE "vi-x-icu", pu.id), '[]')
         FROM movement_participant p JOIN unit pu ON pu.id = p.unit_id WHERE p.movement_id = m.id) AS participants,
      (SELECT coalesce(json_agg(json_build_object('id', ms.id, 'kind', ms.kind, 'title', ms.title, 'dueOn', ms.due_on)
                ORDER BY ms.due_on, ms.id), '[]')
         FROM movement_milestone ms WHERE ms.movement_id = m.id) AS milestones
      FROM movement m JOIN unit u ON u.id = m.unit_id
     WHERE m.id = ${id}`);
  return rows[0] ? presentMovementDetail(rows[0]) : undefined;
}
