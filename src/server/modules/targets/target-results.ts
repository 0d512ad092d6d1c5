import { and, eq, sql } from 'drizzle-orm';
import type { TargetDirection } from '../../../shared/api/targets';
import type { DbOrTx } from '../../db/client';
import { movementIndicator, unitTarget } from './targets.schema';

export interface UnitTargetResult {
  unitId: string;
  planned: number;
  /** The unit's latest value to date (greatest period), null when it has not reported. */
  actual: number | null;
  direction: TargetDirection;
}

/**
 * Each unit's planned and latest actual value of one indicator, for other modules (emulation-block
 * scoring). No actor: the caller authorises. An indicator of another movement gives an empty list.
 */
export async function loadTargetResults(
  db: DbOrTx,
  query: { movementId: string; indicatorId: string },
): Promise<UnitTargetResult[]> {
  const rows = await db
    .select({
      unitId: unitTarget.unitId,
      planned: unitTarget.planned,
      direction: movementIndicator.direction,
      actual: sql<string | null>`(SELECT r.actual FROM target_report r
        WHERE r.indicator_id = ${unitTarget.indicatorId} AND r.unit_id = ${unitTarget.unitId}
        ORDER BY r.period DESC LIMIT 1)`,
    })
    .from(unitTarget)
    .innerJoin(movementIndicator, eq(movementIndicator.id, unitTarget.indicatorId))
    .where(
      and(eq(unitTarget.indicatorId, query.indicatorId), eq(movementIndicator.movementId, query.movementId)),
    )
    .orderBy(unitTarget.unitId);
  return rows.map((r) => ({
    unitId: r.unitId,
    planned: r.planned,
    actual: r.actual === null ? null : Number(r.actual),
    direction: r.direction as TargetDirection,
  }));
}
