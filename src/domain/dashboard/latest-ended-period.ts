import type { PeriodKind } from '../../shared/api/targets';

/**
 * The latest reporting period that has fully ended on `today` ('YYYY-MM-DD'): the previous year, quarter
 * or month ('2026-11-26' → '2025', '2026-Q3', '2026-10'). Units are expected to have reported it.
 */
export function latestEndedPeriod(kind: PeriodKind, today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  switch (kind) {
    case 'year':
      return String(year - 1);
    case 'quarter': {
      const quarter = Math.ceil(month / 3) - 1;
      return quarter === 0 ? `${year - 1}-Q4` : `${year}-Q${quarter}`;
    }
    case 'month':
      return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
  }
}
