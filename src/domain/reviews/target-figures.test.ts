import { describe, expect, it } from 'vitest';
import { isAveraged, periodEndOf, type ReviewIndicator, reviewTargetFigures } from './target-figures';

describe('periodEndOf', () => {
  it.each([
    ['2025', '2025-12-31'],
    ['2025-Q1', '2025-03-31'],
    ['2025-Q2', '2025-06-30'],
    ['2025-Q3', '2025-09-30'],
    ['2025-Q4', '2025-12-31'],
    ['2025-02', '2025-02-28'],
    ['2024-02', '2024-02-29'],
    ['2025-12', '2025-12-31'],
    ['2025-Q5', null],
    ['25', null],
  ])('%s → %s', (period, end) => {
    expect(periodEndOf(period)).toBe(end);
  });
});

describe('isAveraged', () => {
  it.each([
    [{ name: 'Thu ngân sách', measureUnit: 'triệu đồng' }, false],
    [{ name: 'Số hộ thoát nghèo', measureUnit: 'hộ' }, false],
    [{ name: 'Tỷ lệ hộ gia đình văn hóa', measureUnit: '%' }, true],
    [{ name: 'Thời gian giải quyết thủ tục hành chính', measureUnit: 'ngày' }, true],
  ])('%j → %s', (indicator, averaged) => {
    expect(isAveraged(indicator)).toBe(averaged);
  });
});

describe('reviewTargetFigures', () => {
  const indicators: ReviewIndicator[] = [
    {
      id: 'rev',
      code: 'KT01',
      name: 'Thu ngân sách',
      field: 'economy',
      measureUnit: 'triệu đồng',
      direction: 'higher-better',
    },
    {
      id: 'days',
      code: 'CT01',
      name: 'Thời gian giải quyết hồ sơ',
      field: 'political-system',
      measureUnit: 'ngày',
      direction: 'lower-better',
    },
  ];
  const targets = [
    { indicatorId: 'rev', unitId: 'a', planned: 100 },
    { indicatorId: 'rev', unitId: 'b', planned: 200 },
    { indicatorId: 'days', unitId: 'a', planned: 7 },
    { indicatorId: 'days', unitId: 'b', planned: 7 },
  ];
  const reports = [
    { indicatorId: 'rev', unitId: 'a', period: '2025-Q2', actual: 120 },
    { indicatorId: 'rev', unitId: 'b', period: '2025-Q2', actual: 150 },
    { indicatorId: 'rev', unitId: 'b', period: '2025-Q3', actual: 210 },
    { indicatorId: 'days', unitId: 'a', period: '2025-Q2', actual: 7 },
  ];

  it('uses only periods ended by the review date (interim at 30/06 ignores Q3)', () => {
    const figures = reviewTargetFigures('2025-06-30', indicators, targets, reports);
    expect(figures.overall).toMatchObject({ exceeded: 1, met: 1, notMet: 1, notReported: 1 });
    const rev = figures.rows.find((r) => r.code === 'KT01')!;
    expect(rev).toMatchObject({
      units: 2,
      planned: 300,
      actual: 270,
      completion: 90,
      exceeded: 1,
      notMet: 1,
    });
    const days = figures.rows.find((r) => r.code === 'CT01')!;
    expect(days).toMatchObject({ units: 2, planned: 7, actual: 7, completion: 100, met: 1, notReported: 1 });
    expect(figures.byField.map((f) => [f.field, f.indicators, f.exceeded, f.notMet])).toEqual([
      ['economy', 1, 1, 1],
      ['political-system', 1, 0, 0],
    ]);
  });

  it('takes the Q3 value at the final review', () => {
    const figures = reviewTargetFigures('2025-12-15', indicators, targets, reports);
    const rev = figures.rows.find((r) => r.code === 'KT01')!;
    expect(rev).toMatchObject({ actual: 330, completion: 110, exceeded: 2 });
  });

  it('gives empty figures for a movement without targets', () => {
    expect(reviewTargetFigures('2025-06-30', [], [], [])).toEqual({
      indicators: 0,
      overall: { exceeded: 0, met: 0, notMet: 0, notReported: 0, averageCompletion: null },
      byField: [],
      rows: [],
    });
  });
});
