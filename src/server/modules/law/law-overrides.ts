import { desc, eq } from 'drizzle-orm';
import {
  type Catalogue,
  DEFAULT_CATALOGUE,
  LawOverrideError,
  resolveCatalogue,
} from '../../../domain/law/catalogue';
import type { LawOverride } from '../../../domain/law/types';
import type { LawOverrideCreate, LawOverrideItem } from '../../../shared/api/law';
import type { DbOrTx } from '../../db/client';
import { lawOverride } from '../../db/schema';
import { badRequest, notFound } from '../../http/app-error';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';

type Row = typeof lawOverride.$inferSelect;

function toDomain(r: Row): LawOverride {
  return {
    id: r.id,
    kind: r.kind as LawOverride['kind'],
    target: r.target,
    value: r.value as LawOverride['value'],
    effectiveFrom: r.effectiveFrom,
    ...(r.effectiveTo ? { effectiveTo: r.effectiveTo } : {}),
    source: r.source,
  };
}

export function presentOverride(r: Row): LawOverrideItem {
  return {
    id: r.id,
    kind: r.kind as LawOverrideItem['kind'],
    target: r.target,
    value: r.value as LawOverrideItem['value'],
    effectiveFrom: r.effectiveFrom,
    effectiveTo: r.effectiveTo,
    source: r.source,
    note: r.note,
    createdAt: r.createdAt.toISOString(),
  };
}

export async function listOverrides(db: DbOrTx): Promise<Row[]> {
  return db.select().from(lawOverride).orderBy(desc(lawOverride.effectiveFrom), desc(lawOverride.createdAt));
}

let cache: { at: number; catalogue: Catalogue } | null = null;
// Overrides change a few times a year; a few seconds of delay across app processes is acceptable.
const CACHE_MS = 3000;

/** The catalogue in force for this deployment: national defaults plus the administrators' overrides. */
export async function catalogueOf(db: DbOrTx): Promise<Catalogue> {
  if (cache && Date.now() - cache.at < CACHE_MS) return cache.catalogue;
  const rows = await listOverrides(db);
  let catalogue = DEFAULT_CATALOGUE;
  try {
    catalogue = rows.length ? resolveCatalogue(rows.map(toDomain)) : DEFAULT_CATALOGUE;
  } catch {
    // A stored override that no longer applies must not stop evaluation; it is refused when created.
    catalogue = DEFAULT_CATALOGUE;
  }
  cache = { at: Date.now(), catalogue };
  return catalogue;
}

function resolveOrExplain(overrides: LawOverride[]): void {
  try {
    resolveCatalogue(overrides);
  } catch (error) {
    if (error instanceof LawOverrideError) {
      // The engine says it in Vietnamese then English, about the override it was given: keep the
      // Vietnamese, drop the placeholder id, and point at the field that is wrong.
      const vietnamese = (error.message.split(' / ')[0] ?? error.message).replace(
        /^Điều chỉnh "new" không hợp lệ: /,
        '',
      );
      const path = /giá trị|value/i.test(vietnamese) ? 'value' : 'target';
      throw badRequest(`Điều chỉnh không hợp lệ: ${vietnamese}`, [{ path, message: vietnamese }]);
    }
    throw error;
  }
}

/** Add a dated override; the engine checks its target and value before it is stored. */
export async function createOverride(tx: DbOrTx, actor: Actor, input: LawOverrideCreate): Promise<Row> {
  if (input.effectiveTo && input.effectiveTo < input.effectiveFrom) {
    throw badRequest('Ngày hết hiệu lực phải sau ngày có hiệu lực.', [
      { path: 'effectiveTo', message: 'Trước ngày có hiệu lực' },
    ]);
  }
  const existing = (await listOverrides(tx)).map(toDomain);
  resolveOrExplain([...existing, { id: 'new', ...input, value: input.value } as LawOverride]);
  const [row] = await tx
    .insert(lawOverride)
    .values({
      ...input,
      effectiveTo: input.effectiveTo ?? null,
      note: input.note ?? null,
      createdBy: actor.userId,
    })
    .returning();
  await writeAudit(tx, auditContextOf(actor), {
    action: 'law.override.create',
    objectType: 'law_override',
    objectId: row!.id,
    after: input,
  });
  cache = null;
  return row!;
}

/** End an override on a date (history is kept: an override is never deleted). */
export async function endOverride(tx: DbOrTx, actor: Actor, id: string, effectiveTo: string): Promise<Row> {
  const [before] = await tx.select().from(lawOverride).where(eq(lawOverride.id, id)).for('update');
  if (!before) throw notFound('Điều chỉnh');
  if (effectiveTo < before.effectiveFrom) {
    throw badRequest('Ngày hết hiệu lực phải sau ngày có hiệu lực.', [
      { path: 'effectiveTo', message: 'Trước ngày có hiệu lực' },
    ]);
  }
  const [row] = await tx
    .update(lawOverride)
    .set({ effectiveTo, updatedAt: new Date() })
    .where(eq(lawOverride.id, id))
    .returning();
  await writeAudit(tx, auditContextOf(actor), {
    action: 'law.override.end',
    objectType: 'law_override',
    objectId: id,
    before: { effectiveTo: before.effectiveTo },
    after: { effectiveTo },
  });
  cache = null;
  return row!;
}
