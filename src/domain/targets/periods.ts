import { PERIOD_KINDS, type PeriodKind } from '../../shared/api/targets';

/*
 * Reporting periods of a target: 'YYYY' (year), 'YYYY-Qn' (quarter), 'YYYY-MM' (month). Strings of one
 * kind sort in time order, so the latest report of a unit is the greatest period.
 */

const PATTERNS: Record<PeriodKind, RegExp> = {
  year: /^(\d{4})$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
};

/** Every period of the kind in the year, in order. */
export function periodsOf(kind: PeriodKind, year: number): string[] {
  switch (kind) {
    case 'year':
      return [String(year)];
    case 'quarter':
      return [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
    case 'month':
      return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  }
}

/** Whether the period is of this kind and in this year. */
export function isPeriodOf(kind: PeriodKind, period: string, year: number): boolean {
  const match = PATTERNS[kind].exec(period);
  return match !== null && Number(match[1]) === year;
}

/** The first day of the period, 'YYYY-MM-DD' (a period that has not begun cannot be reported). */
export function periodStart(period: string): string | null {
  for (const kind of PERIOD_KINDS) {
    const match = PATTERNS[kind].exec(period);
    if (!match) continue;
    if (kind === 'year') return `${match[1]}-01-01`;
    if (kind === 'month') return `${match[1]}-${match[2]}-01`;
    const month = (Number(match[2]) - 1) * 3 + 1;
    return `${match[1]}-${String(month).padStart(2, '0')}-01`;
  }
  return null;
}

/** The quarter a period falls in ('2025-08' → '2025-Q3'; a whole year counts in its fourth quarter). */
export function quarterOf(period: string): string | null {
  const quarter = PATTERNS.quarter.exec(period);
  if (quarter) return period;
  const month = PATTERNS.month.exec(period);
  if (month) return `${month[1]}-Q${Math.ceil(Number(month[2]) / 3)}`;
  return PATTERNS.year.test(period) ? `${period}-Q4` : null;
}
