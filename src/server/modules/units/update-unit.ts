import { and, eq, sql } from 'drizzle-orm';
import type { UnitUpdate } from '../../../shared/api/units';
import type { DbOrTx } from '../../db/client';
import { unit } from '../../db/schema';
import { AppError } from '../../http/app-error';
import { lastEditorOf } from '../audit/last-editor';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { loadUnitInScope, type UnitRow } from './units.policy';

/** Rename or re-code a unit; a stale version answers 409 naming who changed it (optimistic concurrency). */
export async function updateUnit(tx: DbOrTx, actor: Actor, id: string, input: UnitUpdate): Promise<UnitRow> {
  const before = await loadUnitInScope(tx, actor, id, { lock: true });
  if (before.version !== input.version) {
    const who = await lastEditorOf(tx, 'unit', id);
    throw new AppError(
      'CONFLICT',
      `Đơn vị này vừa được ${who} sửa. Trang đã tải lại dữ liệu mới; vui lòng sửa lại nếu cần.`,
    );
  }
  const [row] = await tx
    .update(unit)
    .set({
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.shortName !== undefined ? { shortName: input.shortName || null } : {}),
      ...(input.code !== undefined ? { code: input.code || null } : {}),
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      version: sql`${unit.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(unit.id, id), eq(unit.version, input.version)))
    .returning();
  await writeAudit(tx, auditContextOf(actor), {
    action: 'unit.update',
    objectType: 'unit',
    objectId: id,
    unitId: id,
    before,
    after: row,
  });
  return row!;
}
