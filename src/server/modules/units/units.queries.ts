import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { unit } from '../../db/schema';
import type { Actor } from '../auth/actor';
import type { UnitRow } from './units.policy';

/** The actor's subtree in tree order (parents before children, siblings in Vietnamese order). */
export async function listUnitsInScope(
  db: DbOrTx,
  actor: Actor,
  options: { includeInactive: boolean; q?: string },
): Promise<UnitRow[]> {
  const rows = await db
    .select()
    .from(unit)
    .where(
      sql`${unit.path} LIKE ${`${actor.scopePath}%`}
        ${options.includeInactive ? sql`` : sql`AND ${unit.status} = 'active'`}
        ${options.q ? sql`AND ${unit.nameSearch} LIKE '%' || tdkt_fold(${options.q}) || '%'` : sql``}`,
    );
  return sortAsTree(rows);
}

function collator() {
  return new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
}

/** Depth-first order: each unit followed by its children, siblings by sort order then name. */
export function sortAsTree(rows: UnitRow[]): UnitRow[] {
  const byParent = new Map<string | null, UnitRow[]>();
  const ids = new Set(rows.map((r) => r.id));
  for (const row of rows) {
    const key = row.parentId && ids.has(row.parentId) ? row.parentId : null;
    const list = byParent.get(key) ?? [];
    list.push(row);
    byParent.set(key, list);
  }
  const c = collator();
  const out: UnitRow[] = [];
  const visit = (parent: string | null) => {
    const children = (byParent.get(parent) ?? []).sort(
      (a, b) => a.sortOrder - b.sortOrder || c.compare(a.name, b.name),
    );
    for (const child of children) {
      out.push(child);
      visit(child.id);
    }
  };
  visit(null);
  return out;
}
