import { describe, expect, it } from 'vitest';
import { latestEndedPeriod } from './latest-ended-period';

describe('latestEndedPeriod', () => {
  it.each([
    ['year', '2026-11-26', '2025'],
    ['year', '2026-01-01', '2025'],
    ['quarter', '2026-11-26', '2026-Q3'],
    ['quarter', '2026-10-01', '2026-Q3'],
    ['quarter', '2026-09-30', '2026-Q2'],
    ['quarter', '2026-03-31', '2025-Q4'],
    ['quarter', '2026-04-01', '2026-Q1'],
    ['month', '2026-11-26', '2026-10'],
    ['month', '2026-01-15', '2025-12'],
    ['month', '2026-10-01', '2026-09'],
  ] as const)('%s on %s → %s', (kind, today, expected) => {
    expect(latestEndedPeriod(kind, today)).toBe(expected);
  });
});
