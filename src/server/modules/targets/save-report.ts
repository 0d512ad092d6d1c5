import { and, eq, sql } from 'drizzle-orm';
import type { ReportSave } from '../../../shared/api/targets';
import { type PeriodKind, periodLabel } from '../../../shared/api/targets';
import type { DbOrTx } from '../../db/client';
import { AppError, notFound } from '../../http/app-error';
import { lastEditorOf } from '../audit/last-editor';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import {
  assertPeriod,
  assertReportingOpen,
  type IndicatorRow,
  loadReportPlace,
  type ReportPlace,
  staleTarget,
} from './targets.policy';
import { movementIndicator, targetReport, unitTarget } from './targets.schema';

export interface ReportChange {
  indicatorId: string;
  period: string;
  actual: number;
  evidence: string | null;
  /** The version the caller saw (0: a first report); null skips the check (an Excel import). */
  version: number | null;
}

/** The indicator of the movement, and that it was assigned to the unit (400 when it was not). */
export async function loadAssignedIndicator(
  tx: DbOrTx,
  place: ReportPlace,
  indicatorId: string,
): Promise<IndicatorRow> {
  const [row] = await tx
    .select({ i: movementIndicator, targetId: unitTarget.id })
    .from(movementIndicator)
    .leftJoin(
      unitTarget,
      and(eq(unitTarget.indicatorId, movementIndicator.id), eq(unitTarget.unitId, place.unitId)),
    )
    .where(and(eq(movementIndicator.id, indicatorId), eq(movementIndicator.movementId, place.movementId)));
  if (!row) throw notFound('Chỉ tiêu');
  if (!row.targetId) {
    throw new AppError('BAD_REQUEST', `Chỉ tiêu “${row.i.name}” chưa được giao cho ${place.unitName}.`, [
      { path: 'indicatorId', message: 'Chưa được giao kế hoạch' },
    ]);
  }
  return row.i;
}

/**
 * Record (or correct) the unit's value to date for one period. A correction updates the row, bumps its
 * version and keeps the previous figure in the audit row; a stale version answers 409.
 */
export async function writeReport(
  tx: DbOrTx,
  actor: Actor,
  place: ReportPlace,
  indicator: IndicatorRow,
  change: ReportChange,
  source: 'form' | 'import' = 'form',
): Promise<string> {
  const [before] = await tx
    .select()
    .from(targetReport)
    .where(
      and(
        eq(targetReport.indicatorId, indicator.id),
        eq(targetReport.unitId, place.unitId),
        eq(targetReport.period, change.period),
      ),
    )
    .for('update');
  const what = `Báo cáo ${periodLabel(change.period)} của chỉ tiêu “${indicator.name}”`;
  if (change.version !== null && (before?.version ?? 0) !== change.version) {
    throw staleTarget(what, before ? await lastEditorOf(tx, 'target_report', before.id) : 'người khác');
  }
  const now = new Date();
  const values = {
    actual: change.actual,
    evidence: change.evidence,
    reportedBy: actor.name,
    reportedAt: now,
  };
  let id: string;
  if (before) {
    id = before.id;
    await tx
      .update(targetReport)
      .set({ ...values, version: sql`${targetReport.version} + 1`, updatedAt: now })
      .where(eq(targetReport.id, id));
  } else {
    const [row] = await tx
      .insert(targetReport)
      .values({
        movementId: place.movementId,
        indicatorId: indicator.id,
        unitId: place.unitId,
        period: change.period,
        ...values,
      })
      .onConflictDoNothing()
      .returning({ id: targetReport.id });
    if (!row) throw staleTarget(what, 'người khác');
    id = row.id;
  }
  await writeAudit(tx, auditContextOf(actor), {
    action: before ? 'target.report.correct' : 'target.report.create',
    objectType: 'target_report',
    objectId: id,
    unitId: place.unitId,
    before: before
      ? { actual: before.actual, evidence: before.evidence, version: before.version }
      : undefined,
    after: {
      movementId: place.movementId,
      indicatorId: indicator.id,
      period: change.period,
      ...values,
      source,
    },
  });
  return id;
}

/** A unit reports its value to date for a period, with evidence (PUT …/units/:unitId/reports). */
export async function saveReport(
  tx: DbOrTx,
  actor: Actor,
  movementId: string,
  unitId: string,
  input: ReportSave,
): Promise<void> {
  const place = await loadReportPlace(tx, actor, movementId, unitId);
  const indicator = await loadAssignedIndicator(tx, place, input.indicatorId);
  assertReportingOpen(place.movementStatus);
  assertPeriod(indicator.periodKind as PeriodKind, input.period, place.year);
  await writeReport(tx, actor, place, indicator, {
    indicatorId: input.indicatorId,
    period: input.period,
    actual: input.actual,
    evidence: input.evidence || null,
    version: input.version,
  });
}
