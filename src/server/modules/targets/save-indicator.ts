import { and, eq, sql } from 'drizzle-orm';
import type { IndicatorCreate, IndicatorUpdate } from '../../../shared/api/targets';
import type { DbOrTx } from '../../db/client';
import { AppError } from '../../http/app-error';
import { lastEditorOf } from '../audit/last-editor';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { loadMovementForChange } from '../movements/movements.policy';
import { assertFieldAndTask, assertMovementOpen, lockIndicator, staleTarget } from './targets.policy';
import { movementIndicator, targetReport } from './targets.schema';

const duplicateCode = (code: string) =>
  new AppError('CONFLICT', `Phong trào đã có chỉ tiêu mã “${code}”. Hãy đặt mã khác.`, [
    { path: 'code', message: 'Mã đã được dùng' },
  ]);

async function assertCodeFree(tx: DbOrTx, movementId: string, code: string, selfId?: string) {
  const [row] = await tx
    .select({ id: movementIndicator.id })
    .from(movementIndicator)
    .where(and(eq(movementIndicator.movementId, movementId), eq(movementIndicator.code, code)));
  if (row && row.id !== selfId) throw duplicateCode(code);
}

function columnsOf(input: IndicatorCreate) {
  return {
    code: input.code,
    name: input.name,
    measureUnit: input.measureUnit,
    direction: input.direction,
    field: input.field,
    taskId: input.taskId ?? null,
    periodKind: input.periodKind,
    baseline: input.baseline ?? null,
    description: input.description || null,
  };
}

/** Define an indicator (chỉ tiêu) of a movement of the actor's units; audited. Returns its id. */
export async function createIndicator(
  tx: DbOrTx,
  actor: Actor,
  movementId: string,
  input: IndicatorCreate,
): Promise<string> {
  const m = await loadMovementForChange(tx, actor, movementId);
  assertMovementOpen(m.status);
  await assertFieldAndTask(tx, m, input.field, input.taskId);
  await assertCodeFree(tx, movementId, input.code);
  const [{ count }] = (
    await tx.execute<{ count: number }>(
      sql`SELECT count(*)::int AS count FROM movement_indicator WHERE movement_id = ${movementId}`,
    )
  ).rows as [{ count: number }];
  const [row] = await tx
    .insert(movementIndicator)
    .values({
      movementId,
      ...columnsOf(input),
      sortOrder: count,
      createdBy: actor.email,
      updatedBy: actor.email,
    })
    .onConflictDoNothing()
    .returning({ id: movementIndicator.id });
  if (!row) throw duplicateCode(input.code);
  await writeAudit(tx, auditContextOf(actor), {
    action: 'target.indicator.create',
    objectType: 'movement_indicator',
    objectId: row.id,
    unitId: m.unitId,
    after: { movementId, ...columnsOf(input) },
  });
  return row.id;
}

/** Change an indicator; a stale version answers 409 naming who changed it; the period kind is fixed once reported. */
export async function updateIndicator(
  tx: DbOrTx,
  actor: Actor,
  movementId: string,
  indicatorId: string,
  input: IndicatorUpdate,
): Promise<void> {
  const m = await loadMovementForChange(tx, actor, movementId);
  assertMovementOpen(m.status);
  const before = await lockIndicator(tx, movementId, indicatorId);
  if (before.version !== input.version) {
    throw staleTarget('Chỉ tiêu này', await lastEditorOf(tx, 'movement_indicator', indicatorId));
  }
  await assertFieldAndTask(tx, m, input.field, input.taskId);
  await assertCodeFree(tx, movementId, input.code, indicatorId);
  if (input.periodKind !== before.periodKind) {
    const [reported] = await tx
      .select({ id: targetReport.id })
      .from(targetReport)
      .where(eq(targetReport.indicatorId, indicatorId))
      .limit(1);
    if (reported) {
      throw new AppError(
        'BAD_REQUEST',
        'Đã có đơn vị báo cáo theo kỳ hiện tại nên không thể đổi kỳ báo cáo của chỉ tiêu.',
        [{ path: 'periodKind', message: 'Không thể đổi khi đã có báo cáo' }],
      );
    }
  }
  await tx
    .update(movementIndicator)
    .set({
      ...columnsOf(input),
      updatedBy: actor.email,
      version: sql`${movementIndicator.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(movementIndicator.id, indicatorId));
  const { createdAt: _c, updatedAt: _u, ...beforeAudit } = before;
  await writeAudit(tx, auditContextOf(actor), {
    action: 'target.indicator.update',
    objectType: 'movement_indicator',
    objectId: indicatorId,
    unitId: m.unitId,
    before: beforeAudit,
    after: columnsOf(input),
  });
}

/** Remove an indicator that no unit has reported on yet (its planned values go with it); audited. */
export async function deleteIndicator(
  tx: DbOrTx,
  actor: Actor,
  movementId: string,
  indicatorId: string,
  version: number,
): Promise<void> {
  const m = await loadMovementForChange(tx, actor, movementId);
  assertMovementOpen(m.status);
  const before = await lockIndicator(tx, movementId, indicatorId);
  if (before.version !== version) {
    throw staleTarget('Chỉ tiêu này', await lastEditorOf(tx, 'movement_indicator', indicatorId));
  }
  const [reported] = await tx
    .select({ id: targetReport.id })
    .from(targetReport)
    .where(eq(targetReport.indicatorId, indicatorId))
    .limit(1);
  if (reported) {
    throw new AppError(
      'BAD_REQUEST',
      'Đã có đơn vị báo cáo kết quả cho chỉ tiêu này nên không thể xoá. Có thể sửa tên hoặc kế hoạch thay vì xoá.',
    );
  }
  await tx.delete(movementIndicator).where(eq(movementIndicator.id, indicatorId));
  const { createdAt: _c, updatedAt: _u, ...beforeAudit } = before;
  await writeAudit(tx, auditContextOf(actor), {
    action: 'target.indicator.delete',
    objectType: 'movement_indicator',
    objectId: indicatorId,
    unitId: m.unitId,
    before: beforeAudit,
  });
}
