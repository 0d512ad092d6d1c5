import { describe, expect, it } from 'vitest';
import { isPeriodOf, periodStart, periodsOf, quarterOf } from './periods';
import { countResults, summariseTargets } from './summarise-targets';
import { evaluateTarget } from './target-status';
import { parseNumberCell, parsePeriodCell, validateTargetRow } from './validate-target-row';

describe('evaluateTarget', () => {
  const cases = [
    // higher-better: actual / planned
    { d: 'higher-better', planned: 100, actual: 120, completion: 120, status: 'exceeded' },
    { d: 'higher-better', planned: 100, actual: 100, completion: 100, status: 'met' },
    { d: 'higher-better', planned: 100, actual: 99.99, completion: 100, status: 'not-met' },
    { d: 'higher-better', planned: 3, actual: 2, completion: 66.7, status: 'not-met' },
    { d: 'higher-better', planned: 0, actual: 0, completion: null, status: 'met' },
    { d: 'higher-better', planned: 0, actual: 5, completion: null, status: 'exceeded' },
    { d: 'higher-better', planned: 10, actual: 0, completion: 0, status: 'not-met' },
    { d: 'higher-better', planned: 10, actual: -2, completion: null, status: 'not-met' },
    // lower-better: planned / actual (7 days planned, 10 taken = 70 %)
    { d: 'lower-better', planned: 7, actual: 10, completion: 70, status: 'not-met' },
    { d: 'lower-better', planned: 7, actual: 7, completion: 100, status: 'met' },
    { d: 'lower-better', planned: 7, actual: 5.6, completion: 125, status: 'exceeded' },
    { d: 'lower-better', planned: 3.5, actual: 3.50001, completion: 100, status: 'met' },
    { d: 'lower-better', planned: 5, actual: 0, completion: null, status: 'exceeded' },
    { d: 'lower-better', planned: 0, actual: 0, completion: null, status: 'met' },
    { d: 'lower-better', planned: 0, actual: 2, completion: 0, status: 'not-met' },
    // missing values
    { d: 'higher-better', planned: 100, actual: null, completion: null, status: 'not-reported' },
    { d: 'lower-better', planned: null, actual: 4, completion: null, status: 'not-reported' },
    { d: 'higher-better', planned: 100, actual: Number.NaN, completion: null, status: 'not-reported' },
  ] as const;
  for (const c of cases) {
    it(`${c.d}: planned ${c.planned}, actual ${c.actual} → ${c.status} (${c.completion} %)`, () => {
      expect(evaluateTarget(c.d, c.planned, c.actual)).toEqual({
        completion: c.completion,
        status: c.status,
      });
    });
  }
});

describe('periods', () => {
  it('lists the periods of a year by kind', () => {
    expect(periodsOf('quarter', 2025)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    expect(periodsOf('year', 2025)).toEqual(['2025']);
    expect(periodsOf('month', 2025)).toHaveLength(12);
  });
  const cases = [
    { kind: 'quarter', period: '2025-Q3', year: 2025, ok: true },
    { kind: 'quarter', period: '2024-Q3', year: 2025, ok: false },
    { kind: 'quarter', period: '2025-09', year: 2025, ok: false },
    { kind: 'month', period: '2025-09', year: 2025, ok: true },
    { kind: 'month', period: '2025-13', year: 2025, ok: false },
    { kind: 'year', period: '2025', year: 2025, ok: true },
    { kind: 'year', period: '2025-Q1', year: 2025, ok: false },
  ] as const;
  for (const c of cases) {
    it(`${c.period} is ${c.ok ? '' : 'not '}a ${c.kind} of ${c.year}`, () => {
      expect(isPeriodOf(c.kind, c.period, c.year)).toBe(c.ok);
    });
  }
  it('gives the first day and the quarter of a period', () => {
    expect(periodStart('2025-Q3')).toBe('2025-07-01');
    expect(periodStart('2025-11')).toBe('2025-11-01');
    expect(periodStart('2025')).toBe('2025-01-01');
    expect(periodStart('bad')).toBeNull();
    expect(quarterOf('2025-08')).toBe('2025-Q3');
    expect(quarterOf('2025')).toBe('2025-Q4');
    expect(quarterOf('2025-Q2')).toBe('2025-Q2');
  });
});

describe('summariseTargets', () => {
  const indicators = [
    { id: 'rev', field: 'economy', direction: 'higher-better' },
    { id: 'days', field: 'political-system', direction: 'lower-better' },
  ] as const;
  const targets = [
    { indicatorId: 'rev', unitId: 'a', planned: 100 },
    { indicatorId: 'rev', unitId: 'b', planned: 200 },
    { indicatorId: 'days', unitId: 'a', planned: 7 },
    { indicatorId: 'days', unitId: 'b', planned: 7 },
  ];
  const reports = [
    { indicatorId: 'rev', unitId: 'a', period: '2025-Q1', actual: 30 },
    { indicatorId: 'rev', unitId: 'a', period: '2025-Q2', actual: 110 },
    { indicatorId: 'rev', unitId: 'b', period: '2025-Q1', actual: 50 },
    { indicatorId: 'days', unitId: 'a', period: '2025-Q2', actual: 7 },
    { indicatorId: 'days', unitId: 'b', period: '2025-Q2', actual: 10 },
  ];
  const { outcomes, summary } = summariseTargets({
    year: 2025,
    fields: ['economy', 'political-system'],
    units: [
      { unitId: 'a', unitName: 'A' },
      { unitId: 'b', unitName: 'B' },
    ],
    indicators,
    targets,
    reports,
  });

  it('compares the latest period with the plan', () => {
    expect(outcomes.map((o) => [o.indicatorId, o.unitId, o.latestPeriod, o.status])).toEqual([
      ['rev', 'a', '2025-Q2', 'exceeded'],
      ['rev', 'b', '2025-Q1', 'not-met'],
      ['days', 'a', '2025-Q2', 'met'],
      ['days', 'b', '2025-Q2', 'not-met'],
    ]);
  });

  it('counts by field, unit and quarter', () => {
    expect(summary.overall).toEqual({
      exceeded: 1,
      met: 1,
      notMet: 2,
      notReported: 0,
      averageCompletion: 76.3,
    });
    expect(summary.byField.find((f) => f.field === 'economy')).toMatchObject({ exceeded: 1, notMet: 1 });
    expect(summary.byUnit[0]).toMatchObject({ unitName: 'A', exceeded: 1, met: 1, averageCompletion: 105 });
    expect(summary.byPeriod.map((p) => [p.period, p.notReported, p.averageCompletion])).toEqual([
      ['2025-Q1', 2, 27.5],
      ['2025-Q2', 1, 93.3],
      ['2025-Q3', 4, null],
      ['2025-Q4', 4, null],
    ]);
  });

  it('averages nothing when nothing has a ratio', () => {
    expect(countResults([{ completion: null, status: 'not-reported' }]).averageCompletion).toBeNull();
  });
});

describe('validateTargetRow', () => {
  const indicators = new Map([
    ['thu-ns', { id: 'i1', code: 'THU-NS', periodKind: 'quarter' as const }],
    ['tthc', { id: 'i2', code: 'TTHC', periodKind: 'quarter' as const }],
  ]);
  const tanPhong = { id: 'u1', name: 'UBND phường Tân Phong', code: 'P-TANPHONG' };
  const units = new Map([
    ['ubnd phuong tan phong', tanPhong],
    ['#p-tanphong', tanPhong],
  ]);
  const ctx = (kind: 'planned' | 'actual') => ({
    kind,
    year: 2025,
    indicators,
    units,
    assigned: new Set(['i1|u1']),
    today: '2025-08-15',
  });
  const cases = [
    {
      name: 'a planned value by unit name without diacritics',
      kind: 'planned',
      raw: { indicatorCode: 'thu-ns', unitName: 'ubnd phuong tan phong', planned: '1.250,5' },
      ok: { value: 1250.5, period: null },
    },
    {
      name: 'an actual by unit code with a written quarter',
      kind: 'actual',
      raw: {
        indicatorCode: 'THU-NS',
        unitCode: 'P-TANPHONG',
        period: 'Quý 2/2025',
        actual: 800,
        evidence: 'BC 12',
      },
      ok: { value: 800, period: '2025-Q2' },
    },
    {
      name: 'an unknown code, unit and a word for a number',
      kind: 'planned',
      raw: { indicatorCode: 'XYZ', unitName: 'Phường Hà Nội', planned: 'nhiều' },
      errors: ['Mã chỉ tiêu', 'Đơn vị', 'Kế hoạch'],
    },
    {
      name: 'a month for a quarterly indicator',
      kind: 'actual',
      raw: { indicatorCode: 'THU-NS', unitName: 'UBND phường Tân Phong', period: '2025-07', actual: 1 },
      errors: ['Kỳ báo cáo'],
    },
    {
      name: 'a quarter that has not begun',
      kind: 'actual',
      raw: { indicatorCode: 'THU-NS', unitName: 'UBND phường Tân Phong', period: '2025-Q4', actual: 1 },
      errors: ['Kỳ báo cáo'],
    },
    {
      name: 'an indicator not assigned to the unit',
      kind: 'actual',
      raw: { indicatorCode: 'TTHC', unitName: 'UBND phường Tân Phong', period: '2025-Q1', actual: 6 },
      errors: ['Kế hoạch'],
    },
    {
      name: 'no period',
      kind: 'actual',
      raw: { indicatorCode: 'THU-NS', unitName: 'UBND phường Tân Phong', actual: 6 },
      errors: ['Kỳ báo cáo'],
    },
  ] as const;
  for (const c of cases) {
    it(c.name, () => {
      const result = validateTargetRow(c.raw, ctx(c.kind));
      if ('ok' in c) expect(result).toMatchObject({ ok: true, row: c.ok });
      else expect(result.ok ? [] : result.errors.map((e) => e.column)).toEqual(c.errors);
    });
  }
  it('reads numbers and periods as people type them', () => {
    expect(['1.234.567', '1 234', '12,5', '1,234.5', '-3', 'abc', ''].map(parseNumberCell)).toEqual([
      1234567,
      1234,
      12.5,
      1234.5,
      -3,
      null,
      null,
    ]);
    expect(['2025-Q3', 'Q3/2025', 'Tháng 9/2025', '2025-09', 'quý 5/2025'].map(parsePeriodCell)).toEqual([
      '2025-Q3',
      '2025-Q3',
      '2025-09',
      '2025-09',
      null,
    ]);
    expect(parsePeriodCell(2025)).toBe('2025');
  });
});
