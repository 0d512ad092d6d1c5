import { sql } from 'drizzle-orm';
import type { UnitDetail } from '../../../shared/api/units';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../auth/actor';
import { loadUnitInScope } from './units.policy';
import { presentUnit } from './units.presenter';

/** A unit with its parent, successor and the dated merges/splits it took part in (history stays reachable). */
export async function getUnitDetail(db: DbOrTx, actor: Actor, id: string): Promise<UnitDetail> {
  const row = await loadUnitInScope(db, actor, id);
  const { rows: counts } = await db.execute<{
    people: number;
    children: number;
    parent_name: string | null;
    successor_name: string | null;
  }>(sql`
    SELECT (SELECT count(*)::int FROM person WHERE unit_id = ${id}) AS people,
           (SELECT count(*)::int FROM unit WHERE parent_id = ${id}) AS children,
           (SELECT name FROM unit WHERE id = ${row.parentId}) AS parent_name,
           (SELECT name FROM unit WHERE id = ${row.successorId}) AS successor_name`);
  const { rows: changes } = await db.execute<{
    id: string;
    kind: 'merge' | 'split';
    effective_on: string;
    decision_number: string | null;
    note: string | null;
    sources: { id: string; name: string }[];
    targets: { id: string; name: string }[];
  }>(sql`
    SELECT c.id, c.kind, c.effective_on, c.decision_number, c.note,
      (SELECT coalesce(json_agg(json_build_object('id', u.id, 'name', u.name)), '[]') FROM unit u WHERE u.id = ANY(c.source_unit_ids)) AS sources,
      (SELECT coalesce(json_agg(json_build_object('id', u.id, 'name', u.name)), '[]') FROM unit u WHERE u.id = ANY(c.target_unit_ids)) AS targets
    FROM unit_change c WHERE ${id} = ANY(c.source_unit_ids) OR ${id} = ANY(c.target_unit_ids)
    ORDER BY c.effective_on, c.created_at`);
  const c = counts[0]!;
  return {
    ...presentUnit(row),
    parentName: c.parent_name,
    successorName: c.successor_name,
    peopleCount: c.people,
    childCount: c.children,
    changes: changes.map((ch) => ({
      id: ch.id,
      kind: ch.kind,
      effectiveOn: ch.effective_on,
      decisionNumber: ch.decision_number,
      note: ch.note,
      sources: ch.sources,
      targets: ch.targets,
    })),
  };
}
