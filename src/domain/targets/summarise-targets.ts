import type { MovementField } from '../../shared/api/movements';
import type { TargetCounts, TargetDirection, TargetStatus } from '../../shared/api/targets';
import { quarterOf } from './periods';
import { evaluateTarget, type TargetResult } from './target-status';

/*
 * The dashboard figures of a movement's targets: each unit target's latest value to date against its
 * plan, then counts of vượt / đạt / chưa đạt / chưa báo cáo and the mean completion % by field, by unit
 * and by quarter (a quarter takes each target's latest value reported within that quarter).
 */

export interface IndicatorInput {
  id: string;
  field: MovementField;
  direction: TargetDirection;
}
export interface TargetInput {
  indicatorId: string;
  unitId: string;
  planned: number;
}
export interface ReportInput {
  indicatorId: string;
  unitId: string;
  period: string;
  actual: number;
}

export interface TargetOutcome extends TargetInput, TargetResult {
  latestPeriod: string | null;
  latestActual: number | null;
}

const keyOf = (indicatorId: string, unitId: string) => `${indicatorId}|${unitId}`;

/** Counts of each status and the mean completion of the results. */
export function countResults(results: readonly TargetResult[]): TargetCounts {
  const counts: Record<TargetStatus, number> = { exceeded: 0, met: 0, 'not-met': 0, 'not-reported': 0 };
  let sum = 0;
  let n = 0;
  for (const r of results) {
    counts[r.status]++;
    if (r.completion !== null) {
      sum += r.completion;
      n++;
    }
  }
  return {
    exceeded: counts.exceeded,
    met: counts.met,
    notMet: counts['not-met'],
    notReported: counts['not-reported'],
    averageCompletion: n === 0 ? null : Math.round((sum / n) * 10) / 10,
  };
}

/** Latest report of each unit target (greatest period), evaluated against the plan. */
export function evaluateTargets(
  indicators: readonly IndicatorInput[],
  targets: readonly TargetInput[],
  reports: readonly ReportInput[],
): TargetOutcome[] {
  const direction = new Map(indicators.map((i) => [i.id, i.direction]));
  const latest = new Map<string, ReportInput>();
  for (const r of reports) {
    const key = keyOf(r.indicatorId, r.unitId);
    const seen = latest.get(key);
    if (!seen || r.period > seen.period) latest.set(key, r);
  }
  return targets.map((t) => {
    const report = latest.get(keyOf(t.indicatorId, t.unitId));
    const result = evaluateTarget(direction.get(t.indicatorId) ?? 'higher-better', t.planned, report?.actual);
    return { ...t, ...result, latestPeriod: report?.period ?? null, latestActual: report?.actual ?? null };
  });
}

/** Counts by field, by unit (in the order given) and by quarter of the year. */
export function summariseTargets(input: {
  year: number;
  fields: readonly MovementField[];
  units: readonly { unitId: string; unitName: string }[];
  indicators: readonly IndicatorInput[];
  targets: readonly TargetInput[];
  reports: readonly ReportInput[];
}) {
  const outcomes = evaluateTargets(input.indicators, input.targets, input.reports);
  const fieldOf = new Map(input.indicators.map((i) => [i.id, i.field]));
  const fields = [...new Set([...input.fields, ...input.indicators.map((i) => i.field)])];
  const byField = fields.map((field) => ({
    field,
    ...countResults(outcomes.filter((o) => fieldOf.get(o.indicatorId) === field)),
  }));
  const byUnit = input.units.map((u) => ({
    ...u,
    ...countResults(outcomes.filter((o) => o.unitId === u.unitId)),
  }));
  const byPeriod = [1, 2, 3, 4].map((q) => {
    const period = `${input.year}-Q${q}`;
    const within = input.reports.filter((r) => quarterOf(r.period) === period);
    const results = evaluateTargets(input.indicators, input.targets, within);
    return {
      period,
      ...countResults(results),
      byField: fields.map((field) => ({
        field,
        averageCompletion: countResults(results.filter((o) => fieldOf.get(o.indicatorId) === field))
          .averageCompletion,
      })),
    };
  });
  return { outcomes, summary: { overall: countResults(outcomes), byField, byUnit, byPeriod } };
}
