import { MOVEMENT_FIELDS, type MovementField } from '../../shared/api/movements';
import type { ReviewFigures } from '../../shared/api/reviews';
import type { TargetDirection } from '../../shared/api/targets';
import {
  countResults,
  evaluateTargets,
  type ReportInput,
  type TargetInput,
} from '../targets/summarise-targets';
import { evaluateTarget } from '../targets/target-status';

/*
 * The targets part of a review (sơ kết / tổng kết): each unit target's latest value reported for a period
 * that had ended by the review date, against its plan; counts of vượt / đạt / chưa đạt / chưa báo cáo
 * overall and by field; and one summary row per indicator for the Word report.
 */

/** The last day of a reporting period: '2025' → 2025-12-31, '2025-Q2' → 2025-06-30, '2025-02' → 2025-02-28. */
export function periodEndOf(period: string): string | null {
  const lastDay = (year: number, month: number) => {
    const d = new Date(Date.UTC(year, month, 0));
    return d.toISOString().slice(0, 10);
  };
  let m = /^(\d{4})$/.exec(period);
  if (m) return `${m[1]}-12-31`;
  m = /^(\d{4})-Q([1-4])$/.exec(period);
  if (m) return lastDay(Number(m[1]), Number(m[2]) * 3);
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period);
  if (m) return lastDay(Number(m[1]), Number(m[2]));
  return null;
}

export interface ReviewIndicator {
  id: string;
  code: string;
  name: string;
  field: MovementField;
  measureUnit: string;
  direction: TargetDirection;
}

// Rates, durations and scores are averaged across units; counts and amounts are added up.
const AVERAGED = /%|phần trăm|tỷ lệ|tỉ lệ|ngày|giờ|phút|điểm|bình quân|trung bình/i;

/** Whether the units' values of an indicator are averaged (rates, days) rather than summed (amounts). */
export function isAveraged(indicator: Pick<ReviewIndicator, 'name' | 'measureUnit'>): boolean {
  return AVERAGED.test(indicator.measureUnit) || AVERAGED.test(indicator.name);
}

const round = (value: number) => Math.round(value * 100) / 100;

function aggregate(values: number[], averaged: boolean): number | null {
  if (values.length === 0) return null;
  const sum = values.reduce((a, b) => a + b, 0);
  return round(averaged ? sum / values.length : sum);
}

/** The targets figures of a review as at `asOf` (ISO date). */
export function reviewTargetFigures(
  asOf: string,
  indicators: readonly ReviewIndicator[],
  targets: readonly TargetInput[],
  reports: readonly ReportInput[],
): ReviewFigures['targets'] {
  const due = reports.filter((r) => {
    const end = periodEndOf(r.period);
    return end !== null && end <= asOf;
  });
  const outcomes = evaluateTargets(indicators, targets, due);
  const fieldOf = new Map(indicators.map((i) => [i.id, i.field]));
  const byField = MOVEMENT_FIELDS.filter((f) => indicators.some((i) => i.field === f)).map((field) => ({
    field,
    indicators: indicators.filter((i) => i.field === field).length,
    ...countResults(outcomes.filter((o) => fieldOf.get(o.indicatorId) === field)),
  }));
  const rows = indicators.map((indicator) => {
    const own = outcomes.filter((o) => o.indicatorId === indicator.id);
    const reported = own.filter((o) => o.latestActual !== null);
    const averaged = isAveraged(indicator);
    const planned = aggregate(
      own.map((o) => o.planned),
      averaged,
    );
    const actual = aggregate(
      reported.map((o) => o.latestActual!),
      averaged,
    );
    const plannedOfReported = aggregate(
      reported.map((o) => o.planned),
      averaged,
    );
    const counts = countResults(own);
    return {
      code: indicator.code,
      name: indicator.name,
      field: indicator.field,
      measureUnit: indicator.measureUnit,
      direction: indicator.direction,
      units: own.length,
      planned,
      actual,
      completion: evaluateTarget(indicator.direction, plannedOfReported, actual).completion,
      exceeded: counts.exceeded,
      met: counts.met,
      notMet: counts.notMet,
      notReported: counts.notReported,
    };
  });
  return { indicators: indicators.length, overall: countResults(outcomes), byField, rows };
}
