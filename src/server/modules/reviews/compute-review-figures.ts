import { sql } from 'drizzle-orm';
import { reviewTargetFigures } from '../../../domain/reviews/target-figures';
import { awardLabelOf } from '../../../shared/api/initiatives';
import type { MovementField } from '../../../shared/api/movements';
import type { ReviewFigures } from '../../../shared/api/reviews';
import type { TargetDirection } from '../../../shared/api/targets';
import type { DbOrTx } from '../../db/client';

/** The end of the review day in Việt Nam time: what happened on that day still counts. */
const endOf = (asOf: string) => `${asOf}T23:59:59.999+07:00`;

async function pledgeFigures(
  db: DbOrTx,
  movementId: string,
  asOf: string,
): Promise<ReviewFigures['pledges']> {
  const end = endOf(asOf);
  const { rows } = await db.execute<{
    participants: number;
    pledged: number;
    accepted: number;
    late: number;
    people: number;
  }>(sql`
    WITH deadline AS (
      SELECT (max(due_on)::text || 'T23:59:59.999+07:00')::timestamptz AS at FROM movement_milestone
       WHERE movement_id = ${movementId} AND kind = 'pledge-deadline'),
    p AS (
      SELECT pl.* FROM pledge pl
        JOIN movement_participant mp ON mp.movement_id = pl.movement_id AND mp.unit_id = pl.unit_id
       WHERE pl.movement_id = ${movementId} AND pl.submitted_at <= ${end}::timestamptz)
    SELECT (SELECT count(*)::int FROM movement_participant WHERE movement_id = ${movementId}) AS participants,
           (SELECT count(*)::int FROM p) AS pledged,
           (SELECT count(*)::int FROM p WHERE p.status = 'accepted' AND p.decided_at <= ${end}::timestamptz) AS accepted,
           (SELECT count(*)::int FROM p, deadline d WHERE d.at IS NOT NULL AND p.submitted_at > d.at) AS late,
           (SELECT count(DISTINCT pp.person_id)::int FROM pledge_person pp JOIN p ON p.id = pp.pledge_id) AS people`);
  const titles = await db.execute<{ scope: string; code: string; n: number }>(sql`
    WITH p AS (
      SELECT pl.id, pl.collective_titles FROM pledge pl
        JOIN movement_participant mp ON mp.movement_id = pl.movement_id AND mp.unit_id = pl.unit_id
       WHERE pl.movement_id = ${movementId} AND pl.submitted_at <= ${end}::timestamptz)
    SELECT 'collective' AS scope, t AS code, count(*)::int AS n FROM p, unnest(p.collective_titles) t GROUP BY t
    UNION ALL
    SELECT 'individual', t, count(*)::int FROM pledge_person pp JOIN p ON p.id = pp.pledge_id, unnest(pp.titles) t
     GROUP BY t
    ORDER BY 1, 3 DESC, 2`);
  const r = rows[0]!;
  const list = (scope: string) =>
    titles.rows
      .filter((t) => t.scope === scope)
      .map((t) => ({ code: t.code, label: awardLabelOf(t.code), count: t.n }));
  return {
    participants: r.participants,
    pledged: r.pledged,
    accepted: r.accepted,
    late: r.late,
    missing: Math.max(0, r.participants - r.pledged),
    people: r.people,
    collectiveTitles: list('collective'),
    individualTitles: list('individual'),
  };
}

async function targetFigures(
  db: DbOrTx,
  movementId: string,
  asOf: string,
): Promise<ReviewFigures['targets']> {
  const indicators = await db.execute<{
    id: string;
    code: string;
    name: string;
    field: MovementField;
    measure_unit: string;
    direction: TargetDirection;
  }>(sql`SELECT id, code, name, field, measure_unit, direction FROM movement_indicator
          WHERE movement_id = ${movementId} ORDER BY sort_order, code`);
  const targets = await db.execute<{ indicator_id: string; unit_id: string; planned: string }>(
    sql`SELECT indicator_id, unit_id, planned FROM unit_target WHERE movement_id = ${movementId}`,
  );
  const reports = await db.execute<{ indicator_id: string; unit_id: string; period: string; actual: string }>(
    sql`SELECT indicator_id, unit_id, period, actual FROM target_report WHERE movement_id = ${movementId}`,
  );
  return reviewTargetFigures(
    asOf,
    indicators.rows.map((i) => ({ ...i, measureUnit: i.measure_unit })),
    targets.rows.map((t) => ({ indicatorId: t.indicator_id, unitId: t.unit_id, planned: Number(t.planned) })),
    reports.rows.map((r) => ({
      indicatorId: r.indicator_id,
      unitId: r.unit_id,
      period: r.period,
      actual: Number(r.actual),
    })),
  );
}

async function proposalFigures(
  db: DbOrTx,
  movementId: string,
  asOf: string,
): Promise<ReviewFigures['proposals']> {
  const end = endOf(asOf);
  const { rows } = await db.execute<ReviewFigures['proposals']>(sql`
    SELECT count(*)::int AS dossiers,
           count(*) FILTER (WHERE d.submitted_at <= ${end}::timestamptz)::int AS submitted,
           count(*) FILTER (WHERE d.status = 'decided' AND d.decided_at <= ${end}::timestamptz)::int AS decided,
           coalesce(sum((SELECT count(*) FROM dossier_nominee n WHERE n.dossier_id = d.id)), 0)::int AS nominees
      FROM dossier d
     WHERE d.movement_id = ${movementId} AND d.status <> 'withdrawn'
       -- A dossier entered later for a submission made by then (imported records) still counts.
       AND coalesce(d.submitted_at, d.created_at) <= ${end}::timestamptz`);
  return rows[0]!;
}

/**
 * The figures of a review computed from the database as at the end of `asOf`: pledges submitted by then,
 * targets of periods ended by then, nomination dossiers of the movement created by then.
 */
export async function computeReviewFigures(
  db: DbOrTx,
  movementId: string,
  asOf: string,
): Promise<ReviewFigures> {
  return {
    asOf,
    pledges: await pledgeFigures(db, movementId, asOf),
    targets: await targetFigures(db, movementId, asOf),
    proposals: await proposalFigures(db, movementId, asOf),
  };
}
