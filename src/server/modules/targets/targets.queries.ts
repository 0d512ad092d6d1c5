import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { isInScope } from '../../../domain/access/permissions';
import { periodsOf } from '../../../domain/targets/periods';
import { summariseTargets } from '../../../domain/targets/summarise-targets';
import { evaluateTarget } from '../../../domain/targets/target-status';
import type { MovementField } from '../../../shared/api/movements';
import type { PeriodKind, TargetBoard, TargetDirection } from '../../../shared/api/targets';
import type { DbOrTx } from '../../db/client';
import { movement, movementTask, unit } from '../../db/schema';
import { notFound } from '../../http/app-error';
import type { Actor } from '../auth/actor';
import { storedFile } from '../files/files.schema';
import { assertMovementVisible } from '../movements/movements.policy';
import { movementIndicator, targetReport, unitTarget } from './targets.schema';

/** The movement's indicators, and the targets and reports of the participating units in the actor's scope. */
export async function loadTargetData(db: DbOrTx, actor: Actor, movementId: string) {
  await assertMovementVisible(db, actor, movementId);
  const [m] = await db
    .select({ m: movement, organiserPath: unit.path })
    .from(movement)
    .innerJoin(unit, eq(unit.id, movement.unitId))
    .where(eq(movement.id, movementId));
  if (!m) throw notFound('Phong trào thi đua');
  const { rows: units } = await db.execute<{
    unit_id: string;
    unit_name: string;
    unit_code: string | null;
  }>(sql`
    SELECT u.id AS unit_id, u.name AS unit_name, u.code AS unit_code
      FROM movement_participant mp JOIN unit u ON u.id = mp.unit_id
     WHERE mp.movement_id = ${movementId} AND u.path LIKE ${`${actor.scopePath}%`}
     ORDER BY u.sort_order, u.name COLLATE "vi-x-icu", u.id`);
  const unitIds = units.map((u) => u.unit_id);
  const indicators = await db
    .select()
    .from(movementIndicator)
    .where(eq(movementIndicator.movementId, movementId))
    .orderBy(asc(movementIndicator.sortOrder), asc(movementIndicator.code));
  const inUnits = <T extends typeof unitTarget | typeof targetReport>(t: T) =>
    and(eq(t.movementId, movementId), unitIds.length > 0 ? inArray(t.unitId, unitIds) : sql`false`);
  const targets = await db.select().from(unitTarget).where(inUnits(unitTarget));
  const reports = await db
    .select()
    .from(targetReport)
    .where(inUnits(targetReport))
    .orderBy(asc(targetReport.period));
  const fileIds = reports.map((r) => r.evidenceFileId).filter((f): f is string => f !== null);
  const files =
    fileIds.length === 0
      ? []
      : await db
          .select({ id: storedFile.id, name: storedFile.originalName })
          .from(storedFile)
          .where(inArray(storedFile.id, fileIds));
  return {
    movement: m.m,
    isOrganiser: isInScope(actor.scopePath, m.organiserPath),
    units: units.map((u) => ({ unitId: u.unit_id, unitName: u.unit_name })),
    unitCodes: new Map(units.map((u) => [u.unit_id, u.unit_code])),
    fileNames: new Map(files.map((f) => [f.id, f.name])),
    indicators,
    targets,
    reports,
  };
}

/** Everything the targets page shows: definitions, planned values, reports with their status, summaries. */
export async function targetBoard(db: DbOrTx, actor: Actor, movementId: string): Promise<TargetBoard> {
  const data = await loadTargetData(db, actor, movementId);
  const m = data.movement;
  const tasks = await db
    .select({ id: movementTask.id, number: movementTask.number, text: movementTask.text })
    .from(movementTask)
    .where(eq(movementTask.movementId, movementId))
    .orderBy(asc(movementTask.sortOrder));
  const indicatorInputs = data.indicators.map((i) => ({
    id: i.id,
    field: i.field as MovementField,
    direction: i.direction as TargetDirection,
  }));
  const { outcomes, summary } = summariseTargets({
    year: m.year,
    fields: m.fields as MovementField[],
    units: data.units,
    indicators: indicatorInputs,
    targets: data.targets,
    reports: data.reports,
  });
  const planned = new Map(data.targets.map((t) => [`${t.indicatorId}|${t.unitId}`, t.planned]));
  const direction = new Map(indicatorInputs.map((i) => [i.id, i.direction]));
  return {
    movement: {
      id: m.id,
      title: m.title,
      year: m.year,
      status: m.status as TargetBoard['movement']['status'],
      fields: m.fields as MovementField[],
      isOrganiser: data.isOrganiser,
    },
    tasks,
    units: data.units,
    indicators: data.indicators.map((i) => ({
      id: i.id,
      code: i.code,
      name: i.name,
      measureUnit: i.measureUnit,
      direction: i.direction as TargetDirection,
      field: i.field as MovementField,
      taskId: i.taskId,
      periodKind: i.periodKind as PeriodKind,
      baseline: i.baseline,
      description: i.description,
      version: i.version,
      periods: periodsOf(i.periodKind as PeriodKind, m.year),
    })),
    targets: data.targets.map((t, i) => {
      const o = outcomes[i]!;
      return {
        id: t.id,
        indicatorId: t.indicatorId,
        unitId: t.unitId,
        planned: t.planned,
        version: t.version,
        latestPeriod: o.latestPeriod,
        latestActual: o.latestActual,
        completion: o.completion,
        status: o.status,
      };
    }),
    reports: data.reports.map((r) => ({
      id: r.id,
      indicatorId: r.indicatorId,
      unitId: r.unitId,
      period: r.period,
      actual: r.actual,
      evidence: r.evidence,
      evidenceFileId: r.evidenceFileId,
      evidenceFileName: r.evidenceFileId ? (data.fileNames.get(r.evidenceFileId) ?? null) : null,
      reportedBy: r.reportedBy,
      reportedAt: r.reportedAt.toISOString(),
      version: r.version,
      ...evaluateTarget(
        direction.get(r.indicatorId) ?? 'higher-better',
        planned.get(`${r.indicatorId}|${r.unitId}`),
        r.actual,
      ),
    })),
    summary,
  };
}
