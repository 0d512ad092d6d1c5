import { sql } from 'drizzle-orm';
import { reductionTarget, vietnamDateOf } from '../../../domain/dossiers/working-days';
import type { DossierDashboard } from '../../../shared/api/dossiers';
import type { DossierState } from '../../../shared/dossier-codes';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../auth/actor';
import { readDossierSettings } from './dossier-settings';
import { dossierVisibleSql } from './dossiers.policy';
import { OVERDUE_STATES_SQL } from './dossiers.queries';

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Measured processing time of decided dossiers (working days at the office, time returned to the unit
 * left out) against the baseline and the 30% reduction target, by month of decision and by unit.
 */
export async function processingDashboard(
  db: DbOrTx,
  actor: Actor,
  year?: number,
): Promise<DossierDashboard> {
  const settings = await readDossierSettings(db);
  const visible = dossierVisibleSql(actor);
  const yearFilter = year ? sql`AND d.year = ${year}` : sql``;
  const decided = sql`d.status = 'decided' AND d.processing_days IS NOT NULL`;
  const today = vietnamDateOf(new Date());
  const [summary, byMonth, byUnit, byStatus] = await Promise.all([
    db.execute<{ avg: string | null; decided: number; open: number; overdue: number }>(sql`
      SELECT avg(d.processing_days) FILTER (WHERE ${decided}) AS avg,
             count(*) FILTER (WHERE ${decided})::int AS decided,
             count(*) FILTER (WHERE d.status NOT IN ('draft', 'decided', 'rejected', 'withdrawn'))::int AS open,
             count(*) FILTER (WHERE d.status IN ${OVERDUE_STATES_SQL} AND d.due_on < ${today}::date)::int AS overdue
        FROM dossier d JOIN unit u ON u.id = d.unit_id WHERE ${visible} ${yearFilter}`),
    db.execute<{ month: string; avg: string; n: number }>(sql`
      SELECT to_char(d.decided_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') AS month,
             avg(d.processing_days) AS avg, count(*)::int AS n
        FROM dossier d JOIN unit u ON u.id = d.unit_id WHERE ${visible} ${yearFilter} AND ${decided}
       GROUP BY 1 ORDER BY 1`),
    db.execute<{ unit_id: string; unit_name: string; avg: string; n: number }>(sql`
      SELECT d.unit_id, u.name AS unit_name, avg(d.processing_days) AS avg, count(*)::int AS n
        FROM dossier d JOIN unit u ON u.id = d.unit_id WHERE ${visible} ${yearFilter} AND ${decided}
       GROUP BY 1, 2 ORDER BY 3 DESC`),
    db.execute<{ status: string; n: number }>(sql`
      SELECT d.status, count(*)::int AS n FROM dossier d JOIN unit u ON u.id = d.unit_id
       WHERE ${visible} ${yearFilter} GROUP BY 1 ORDER BY 1`),
  ]);
  const s = summary.rows[0];
  const averageDays = s?.avg != null ? round1(Number(s.avg)) : null;
  return {
    year: year ?? null,
    baselineDays: settings.baselineDays,
    reductionPercent: settings.reductionPercent,
    targetDays: reductionTarget(settings.baselineDays, settings.reductionPercent),
    averageDays,
    reductionAchieved: averageDays === null ? null : round1((1 - averageDays / settings.baselineDays) * 100),
    decidedCount: Number(s?.decided ?? 0),
    openCount: Number(s?.open ?? 0),
    overdueCount: Number(s?.overdue ?? 0),
    byMonth: byMonth.rows.map((r) => ({
      month: r.month,
      averageDays: round1(Number(r.avg)),
      count: Number(r.n),
    })),
    byUnit: byUnit.rows.map((r) => ({
      unitId: r.unit_id,
      unitName: r.unit_name,
      averageDays: round1(Number(r.avg)),
      count: Number(r.n),
    })),
    byStatus: byStatus.rows.map((r) => ({ status: r.status as DossierState, count: Number(r.n) })),
  };
}
