import { and, eq, inArray, sql } from 'drizzle-orm';
import { isInScope } from '../../../domain/access/permissions';
import type { PlannedSave } from '../../../shared/api/targets';
import type { DbOrTx } from '../../db/client';
import { AppError } from '../../http/app-error';
import { lastEditorOf } from '../audit/last-editor';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { loadMovementForChange } from '../movements/movements.policy';
import { assertMovementOpen, lockIndicator, participantsAmong, staleTarget } from './targets.policy';
import { unitTarget } from './targets.schema';

export interface PlannedChange {
  unitId: string;
  planned: number | null;
  /** The version the caller saw; null skips the check (an Excel import writes over what is there). */
  version: number | null;
}

/**
 * Set (or with `planned: null` withdraw) the planned value of one indicator for several participating
 * units in one go; one stale version answers 409 and nothing is written. One audit row per unit changed.
 */
export async function applyPlanned(
  tx: DbOrTx,
  actor: Actor,
  movementId: string,
  indicatorId: string,
  changes: readonly PlannedChange[],
  source: 'form' | 'import' = 'form',
): Promise<number> {
  const unitIds = [...new Set(changes.map((c) => c.unitId))];
  if (unitIds.length !== changes.length) {
    throw new AppError('BAD_REQUEST', 'Mỗi đơn vị chỉ được giao một giá trị kế hoạch.', [
      { path: 'targets', message: 'Đơn vị bị lặp' },
    ]);
  }
  const participants = await participantsAmong(tx, movementId, unitIds);
  const outside = changes.findIndex(
    (c) => !participants.has(c.unitId) || !isInScope(actor.scopePath, participants.get(c.unitId)!.path),
  );
  if (outside >= 0) {
    throw new AppError(
      'NOT_FOUND',
      'Đơn vị không tham gia phong trào hoặc bạn không có quyền giao chỉ tiêu.',
      [{ path: `targets.${outside}.unitId`, message: 'Không phải đơn vị tham gia' }],
    );
  }
  const current = await tx
    .select()
    .from(unitTarget)
    .where(and(eq(unitTarget.indicatorId, indicatorId), inArray(unitTarget.unitId, unitIds)))
    .for('update');
  const byUnit = new Map(current.map((t) => [t.unitId, t]));
  for (const c of changes) {
    const before = byUnit.get(c.unitId);
    if (c.version !== null && (before?.version ?? 0) !== c.version) {
      const who = before ? await lastEditorOf(tx, 'unit_target', before.id) : 'người khác';
      throw staleTarget(`Kế hoạch của ${participants.get(c.unitId)!.name}`, who);
    }
  }
  let changed = 0;
  const now = new Date();
  for (const c of changes) {
    const before = byUnit.get(c.unitId);
    let id: string;
    if (c.planned === null) {
      if (!before) continue;
      await tx.delete(unitTarget).where(eq(unitTarget.id, before.id));
      id = before.id;
    } else if (before) {
      if (before.planned === c.planned) continue;
      await tx
        .update(unitTarget)
        .set({
          planned: c.planned,
          updatedBy: actor.email,
          version: sql`${unitTarget.version} + 1`,
          updatedAt: now,
        })
        .where(eq(unitTarget.id, before.id));
      id = before.id;
    } else {
      const [row] = await tx
        .insert(unitTarget)
        .values({ movementId, indicatorId, unitId: c.unitId, planned: c.planned, updatedBy: actor.email })
        .onConflictDoNothing()
        .returning({ id: unitTarget.id });
      if (!row) throw staleTarget(`Kế hoạch của ${participants.get(c.unitId)!.name}`, 'người khác');
      id = row.id;
    }
    changed++;
    await writeAudit(tx, auditContextOf(actor), {
      action: c.planned === null ? 'target.planned.delete' : 'target.planned.set',
      objectType: 'unit_target',
      objectId: id,
      unitId: c.unitId,
      before: before ? { planned: before.planned, version: before.version } : undefined,
      after: { movementId, indicatorId, unitId: c.unitId, planned: c.planned, source },
    });
  }
  return changed;
}

/** The organiser assigns planned values of an indicator to participating units (PUT …/planned). */
export async function savePlanned(
  tx: DbOrTx,
  actor: Actor,
  movementId: string,
  indicatorId: string,
  input: PlannedSave,
): Promise<void> {
  const m = await loadMovementForChange(tx, actor, movementId);
  assertMovementOpen(m.status);
  await lockIndicator(tx, movementId, indicatorId);
  await applyPlanned(tx, actor, movementId, indicatorId, input.targets);
}
