import { describe, expect, it } from 'vitest';
import { leaderOf, type RankInput, rankUnits } from './ranking';
import { checkStep, REVIEW_CHAIN, reviewerUnitOf } from './review-chain';
import { checkCriterionValue, type LeafCriterion, roundPoints, scoreOfValue } from './scoring';
import { checkSheet, type SheetNode, totalsOf } from './sheet';
import { type Direction, scoreTargetCriterion, type TargetResult } from './target-score';

describe('hand-entered, achieved and per-occurrence criteria', () => {
  const manual: LeafCriterion = { kind: 'manual', role: 'regular', maxPoints: 10 };
  const achieved: LeafCriterion = { kind: 'achieved', role: 'regular', maxPoints: 5 };
  const perOcc: LeafCriterion = {
    kind: 'per-occurrence',
    role: 'bonus',
    maxPoints: 3,
    pointsPerOccurrence: 0.5,
  };
  const cases: [string, LeafCriterion, number, number][] = [
    ['manual within max', manual, 7.5, 7.5],
    ['manual at max', manual, 10, 10],
    ['manual zero', manual, 0, 0],
    ['achieved', achieved, 1, 5],
    ['not achieved', achieved, 0, 0],
    ['per occurrence below cap', perOcc, 4, 2],
    ['per occurrence at cap', perOcc, 6, 3],
    ['per occurrence above cap is capped', perOcc, 20, 3],
    ['no occurrence', perOcc, 0, 0],
  ];
  for (const [name, c, value, score] of cases)
    it(`${name}: ${value} → ${score}`, () => {
      expect(checkCriterionValue(c, value).ok).toBe(true);
      expect(scoreOfValue(c, value)).toBe(score);
    });

  const refused: [string, LeafCriterion, number, RegExp][] = [
    ['manual above max', manual, 10.5, /vượt quá điểm tối đa 10/],
    ['negative', manual, -1, /không âm/],
    ['achieved neither 0 nor 1', achieved, 0.5, /Đạt/],
    ['fractional occurrences', perOcc, 1.5, /số nguyên/],
    ['target typed by hand', { kind: 'target', role: 'regular', maxPoints: 10 }, 3, /tự động/],
  ];
  for (const [name, c, value, message] of refused)
    it(`refuses ${name}`, () => {
      const check = checkCriterionValue(c, value);
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.message).toMatch(message);
    });

  it('rounds to two decimals, half away from zero', () => {
    expect(roundPoints(1.005)).toBe(1.01);
    expect(roundPoints(-1.005)).toBe(-1.01);
    expect(roundPoints(2 / 3)).toBe(0.67);
  });
});

describe('target versus actual (practical formula)', () => {
  const run = (direction: Direction, results: TargetResult[], noTargetRule: 'exclude' | 'zero' = 'exclude') =>
    Object.fromEntries(
      scoreTargetCriterion({ maxPoints: 10, direction, noTargetRule }, results).map((s) => [
        s.unitId,
        [s.score, s.outcome],
      ]),
    );

  it('below target → actual/planned × max/2; met → half; leader → max; others → half + share of the lead', () => {
    expect(
      run('higher-better', [
        { unitId: 'below', planned: 100, actual: 80 }, // 0.8 × 5
        { unitId: 'met', planned: 100, actual: 100 },
        { unitId: 'leader', planned: 100, actual: 150 }, // excess 50 %
        { unitId: 'above', planned: 200, actual: 250 }, // excess 25 % → 5 + 0.5 × 5
      ]),
    ).toEqual({
      below: [4, 'below'],
      met: [5, 'met'],
      leader: [10, 'leader'],
      above: [7.5, 'above'],
    });
  });

  it('excess is relative to each unit’s plan, not absolute', () => {
    expect(
      run('higher-better', [
        { unitId: 'small', planned: 10, actual: 20 }, // +100 % leads
        { unitId: 'big', planned: 1000, actual: 1500 }, // +50 % (500 more in absolute terms)
      ]),
    ).toEqual({ small: [10, 'leader'], big: [7.5, 'above'] });
  });

  it('every unit tied at the lead gets the maximum', () => {
    expect(
      run('higher-better', [
        { unitId: 'a', planned: 100, actual: 120 },
        { unitId: 'b', planned: 50, actual: 60 },
        { unitId: 'c', planned: 100, actual: 110 },
      ]),
    ).toEqual({ a: [10, 'leader'], b: [10, 'leader'], c: [7.5, 'above'] });
  });

  it('lower is better: planned/actual below target, relative saving above it', () => {
    expect(
      run('lower-better', [
        { unitId: 'slow', planned: 10, actual: 20 }, // 10/20 × 5 = 2.5
        { unitId: 'met', planned: 10, actual: 10 },
        { unitId: 'fast', planned: 10, actual: 6 }, // 40 % saving leads
        { unitId: 'quick', planned: 10, actual: 8 }, // 20 % → 5 + 0.5 × 5
        { unitId: 'zero', planned: 20, actual: 12 }, // 40 % → tie at lead
      ]),
    ).toEqual({
      slow: [2.5, 'below'],
      met: [5, 'met'],
      fast: [10, 'leader'],
      quick: [7.5, 'above'],
      zero: [10, 'leader'],
    });
  });

  it('units without an assigned target: excluded from their maximum, or 0 when the criterion says so', () => {
    const results = [
      { unitId: 'none', planned: null, actual: 30 },
      { unitId: 'ok', planned: 10, actual: 10 },
    ];
    expect(run('higher-better', results, 'exclude')).toEqual({ none: [null, 'excluded'], ok: [5, 'met'] });
    expect(run('higher-better', results, 'zero')).toEqual({ none: [0, 'no-target-zero'], ok: [5, 'met'] });
  });

  it('a planned target with nothing reported scores 0', () => {
    expect(run('higher-better', [{ unitId: 'u', planned: 10, actual: null }])).toEqual({
      u: [0, 'not-reported'],
    });
  });

  it('zero planned values: met gives half and never leads; lower-better above zero gives 0', () => {
    expect(
      run('higher-better', [
        { unitId: 'zero-plan', planned: 0, actual: 40 },
        { unitId: 'other', planned: 10, actual: 11 },
      ]),
    ).toEqual({ 'zero-plan': [5, 'met'], other: [10, 'leader'] });
    expect(
      run('lower-better', [
        { unitId: 'clean', planned: 0, actual: 0 },
        { unitId: 'incidents', planned: 0, actual: 2 },
      ]),
    ).toEqual({ clean: [5, 'met'], incidents: [0, 'below'] });
  });

  it('negative actual counts as nothing achieved', () => {
    expect(run('higher-better', [{ unitId: 'u', planned: 10, actual: -5 }])).toEqual({ u: [0, 'below'] });
  });

  it('when nobody exceeds, nobody gets the maximum', () => {
    const out = scoreTargetCriterion({ maxPoints: 8, direction: 'higher-better', noTargetRule: 'exclude' }, [
      { unitId: 'a', planned: 4, actual: 4 },
      { unitId: 'b', planned: 4, actual: 3 },
    ]);
    expect(out.map((s) => s.score)).toEqual([4, 3]);
  });
});

const sheet: SheetNode[] = [
  { id: 'g1', parentId: null, code: 'I', name: 'Nhiệm vụ', kind: 'group', role: 'regular', maxPoints: 0 },
  { id: 'm', parentId: 'g1', code: '1', name: 'Tay', kind: 'manual', role: 'regular', maxPoints: 40 },
  { id: 't', parentId: 'g1', code: '2', name: 'Chỉ tiêu', kind: 'target', role: 'regular', maxPoints: 20 },
  { id: 'g2', parentId: null, code: 'II', name: 'Khác', kind: 'group', role: 'regular', maxPoints: 0 },
  { id: 'a', parentId: 'g2', code: '3', name: 'Đạt', kind: 'achieved', role: 'regular', maxPoints: 40 },
  {
    id: 'b',
    parentId: null,
    code: 'III',
    name: 'Thưởng',
    kind: 'per-occurrence',
    role: 'bonus',
    maxPoints: 5,
  },
  {
    id: 'p',
    parentId: null,
    code: 'IV',
    name: 'Trừ',
    kind: 'per-occurrence',
    role: 'penalty',
    maxPoints: 10,
  },
];

describe('sheet maximum and unit totals', () => {
  it('a sheet whose regular criteria add up to its maximum is ready; bonus and penalty sit outside', () => {
    expect(checkSheet(sheet, 100)).toEqual([]);
  });

  it('names the mismatch when the criteria do not add up to the sheet maximum', () => {
    const issues = checkSheet(sheet, 90);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(
      /Tổng điểm tối đa của các tiêu chí là 100, khác điểm tối đa của bảng \(90\)/,
    );
  });

  it('refuses empty groups, zero maxima, bonus groups and criteria outside a group', () => {
    const bad: SheetNode[] = [
      { id: 'g', parentId: null, code: 'I', name: 'g', kind: 'group', role: 'bonus', maxPoints: 0 },
      { id: 'x', parentId: null, code: '1', name: 'x', kind: 'manual', role: 'regular', maxPoints: 0 },
      { id: 'y', parentId: 'x', code: '2', name: 'y', kind: 'manual', role: 'regular', maxPoints: 5 },
    ];
    const messages = checkSheet(bad, 5)
      .map((i) => i.message)
      .join('\n');
    expect(messages).toMatch(/Nhóm I không thể là điểm thưởng/);
    expect(messages).toMatch(/Tiêu chí 1 cần điểm tối đa/);
    expect(messages).toMatch(/Nhóm I chưa có tiêu chí/);
    expect(messages).toMatch(/Tiêu chí 2 phải nằm trong một nhóm/);
  });

  it('total = regular points + bonus − penalty, counting criteria at their maximum', () => {
    const t = totalsOf(
      sheet,
      100,
      new Map([
        ['m', 40],
        ['t', 10],
        ['a', 40],
        ['b', 2],
        ['p', 1.5],
      ]),
    );
    expect(t).toEqual({ regular: 90, bonus: 2, penalty: 1.5, ownMax: 100, total: 90.5, criteriaAtMax: 2 });
  });

  it('a target criterion excluded for a unit shrinks its maximum and the regular part is scaled back to the sheet', () => {
    // 70 of an own maximum of 80 → 87.5 of 100
    const t = totalsOf(
      sheet,
      100,
      new Map([
        ['m', 30],
        ['t', null],
        ['a', 40],
      ]),
    );
    expect(t).toMatchObject({ regular: 70, ownMax: 80, total: 87.5 });
  });
});

describe('ranking and its tie rules', () => {
  const u = (
    unitId: string,
    finalTotal: number,
    criteriaAtMax = 0,
    penalty = 0,
    selfTotal = finalTotal,
  ): RankInput => ({
    unitId,
    unitName: unitId,
    finalTotal,
    criteriaAtMax,
    penalty,
    selfTotal,
  });
  const order = (units: RankInput[]) =>
    rankUnits(units).map((r) => `${r.rank}:${r.unitId}:${r.decidedBy ?? '-'}`);

  const cases: [string, RankInput[], string[]][] = [
    ['1. higher total', [u('B', 80), u('A', 90)], ['1:A:-', '2:B:total']],
    ['2. more criteria at maximum', [u('A', 90, 3), u('B', 90, 5)], ['1:B:-', '2:A:criteria-at-max']],
    ['3. fewer penalty points', [u('A', 90, 3, 2), u('B', 90, 3, 0.5)], ['1:B:-', '2:A:penalty']],
    [
      '4. self-assessment closest to the final result',
      [u('A', 90, 3, 0, 99), u('B', 90, 3, 0, 91)],
      ['1:B:-', '2:A:self-consistency'],
    ],
    [
      '5. still equal → same rank, the next rank skips',
      [u('B', 90), u('A', 90), u('C', 70)],
      ['1:A:-', '1:B:tie', '3:C:total'],
    ],
  ];
  for (const [name, units, expected] of cases) it(name, () => expect(order(units)).toEqual(expected));

  it('the single leader is proposed; a tie at the top proposes nobody automatically', () => {
    expect(leaderOf(rankUnits([u('A', 90), u('B', 80)])).leader?.unitId).toBe('A');
    const tie = leaderOf(rankUnits([u('A', 90), u('B', 90)]));
    expect(tie.leader).toBeNull();
    expect(tie.tied.map((t) => t.unitId)).toEqual(['A', 'B']);
  });
});

describe('review chain: nobody reviews their own sheet', () => {
  it('the head unit’s sheet goes to the deputy; the others to the head', () => {
    expect(reviewerUnitOf('head', 'head', 'deputy')).toBe('deputy');
    expect(reviewerUnitOf('member', 'head', 'deputy')).toBe('head');
    expect(reviewerUnitOf('deputy', 'head', 'deputy')).toBe('head');
    expect(reviewerUnitOf('head', 'head', null)).toBeNull();
  });

  const base = { unitId: 'U', reviewerUnitId: 'H' } as const;
  const cases: [string, Parameters<typeof checkStep>[0], string | RegExp][] = [
    [
      'unit submits its self-assessment',
      { ...base, action: 'submit', status: 'self-assessment', as: 'unit', actorUnitId: 'U' },
      'block-review',
    ],
    [
      'another unit cannot submit it',
      { ...base, action: 'submit', status: 'self-assessment', as: 'unit', actorUnitId: 'X' },
      /chính đơn vị được chấm/,
    ],
    [
      'reviewer reviews',
      { ...base, action: 'review', status: 'block-review', as: 'reviewer', actorUnitId: 'H' },
      'explanation',
    ],
    [
      'reviewer returns',
      { ...base, action: 'return', status: 'block-review', as: 'reviewer', actorUnitId: 'H' },
      'self-assessment',
    ],
    [
      'a member that is not the reviewer cannot review',
      { ...base, action: 'review', status: 'block-review', as: 'reviewer', actorUnitId: 'X' },
      /đơn vị chấm/,
    ],
    [
      'the unit can never review itself',
      { ...base, action: 'review', status: 'block-review', as: 'reviewer', actorUnitId: 'U' },
      /tự chấm/,
    ],
    [
      'nor can it be reviewed when nobody else may',
      {
        ...base,
        reviewerUnitId: null,
        action: 'review',
        status: 'block-review',
        as: 'reviewer',
        actorUnitId: 'H',
      },
      /đơn vị chấm/,
    ],
    [
      'the unit itself cannot review (as unit)',
      { ...base, action: 'review', status: 'block-review', as: 'unit', actorUnitId: 'U' },
      /Chỉ đơn vị chấm/,
    ],
    [
      'unit explains',
      { ...base, action: 'explain', status: 'explanation', as: 'unit', actorUnitId: 'U' },
      'final-review',
    ],
    [
      'staff finalise after the explanation',
      { ...base, action: 'finalize', status: 'final-review', as: 'staff', actorUnitId: 'S' },
      'locked',
    ],
    [
      'staff finalise when the unit did not explain',
      { ...base, action: 'finalize', status: 'explanation', as: 'staff', actorUnitId: 'S' },
      'locked',
    ],
    [
      'staff of the unit itself cannot finalise its sheet',
      { ...base, action: 'finalize', status: 'final-review', as: 'staff', actorUnitId: 'U' },
      /tự thẩm định/,
    ],
    [
      'no final review before the block review',
      { ...base, action: 'finalize', status: 'block-review', as: 'staff', actorUnitId: 'S' },
      /Trưởng khối chấm/,
    ],
    [
      'a locked sheet cannot be edited',
      { ...base, action: 'save-self', status: 'locked', as: 'unit', actorUnitId: 'U' },
      /Đã khóa/,
    ],
  ];
  for (const [name, input, expected] of cases)
    it(name, () => {
      const out = checkStep(input);
      if (typeof expected === 'string') expect(out).toEqual({ ok: true, to: expected });
      else {
        expect(out.ok).toBe(false);
        if (!out.ok) expect(out.message).toMatch(expected);
      }
    });

  it('every action names who may take it', () => {
    for (const step of Object.values(REVIEW_CHAIN)) expect(['unit', 'reviewer', 'staff']).toContain(step.by);
  });
});
