import { describe, expect, it } from 'vitest';
import { isCouncilApproved } from './authority';
import {
  baseSalaryOn,
  coefficientOn,
  DEFAULT_CATALOGUE,
  LawOverrideError,
  mayConfer,
  parameterOn,
  resolveCatalogue,
  voteThresholdOn,
} from './catalogue';
import { computePrizeAmount } from './prize';
import { type AuthorityLevel, AWARD_CODES, type AwardCode, type LawOverride } from './types';
import { listUnverified } from './unverified';

const cat = DEFAULT_CATALOGUE;

describe('prize money (NĐ 152/2025 Điều 49–54)', () => {
  const rounding: [number, number, number][] = [
    [0.3, 2_340_000, 710_000],
    [0.8, 2_340_000, 1_880_000],
    [1.0, 2_340_000, 2_340_000],
    [1.5, 2_340_000, 3_510_000],
    [2.25, 2_340_000, 5_270_000],
    [0.45, 2_340_000, 1_060_000],
    [0.15, 2_340_000, 360_000],
    [8.0, 2_340_000, 18_720_000],
    [0.3, 1_800_000, 540_000],
    [0, 2_340_000, 0],
  ];
  for (const [k, base, amount] of rounding)
    it(`NĐ 152/2025 Điều 49 khoản 2: ${k} × ${base} làm tròn lên hàng chục nghìn = ${amount}`, () => {
      expect(computePrizeAmount(k, base)).toBe(amount);
    });

  it('NĐ 73/2024 Điều 3: lương cơ sở 2.340.000 từ 01/07/2024; 1.800.000 trước đó', () => {
    expect(baseSalaryOn(cat, '2024-06-30')?.value).toBe(1_800_000);
    expect(baseSalaryOn(cat, '2024-07-01')?.value).toBe(2_340_000);
    expect(baseSalaryOn(cat, '2026-12-31')?.value).toBe(2_340_000);
    expect(baseSalaryOn(cat, '2023-06-30')).toBeUndefined();
  });

  it('NĐ 98/2023 → NĐ 152/2025 Điều 54: Giấy khen của Chủ tịch UBND xã tăng từ 0,15 lên 0,3', () => {
    expect(coefficientOn(cat, 'giay-khen', 'individual', 'commune', '2025-06-30')?.value).toBe(0.15);
    expect(coefficientOn(cat, 'giay-khen', 'individual', 'commune', '2025-07-01')?.value).toBe(0.3);
    expect(coefficientOn(cat, 'giay-khen', 'individual', 'agency', '2025-06-30')?.value).toBe(0.3);
  });

  it('NĐ 152/2025 Điều 50: hệ số danh hiệu thi đua', () => {
    const d = '2026-01-10';
    expect(coefficientOn(cat, 'chien-si-thi-dua-toan-quoc', 'individual', 'province', d)?.value).toBe(4.5);
    expect(coefficientOn(cat, 'chien-si-thi-dua-cap-tinh', 'individual', 'province', d)?.value).toBe(3.0);
    expect(coefficientOn(cat, 'lao-dong-tien-tien', 'individual', 'commune', d)?.value).toBe(0.3);
    expect(coefficientOn(cat, 'tap-the-lao-dong-xuat-sac', 'collective', 'province', d)?.value).toBe(1.5);
    expect(coefficientOn(cat, 'co-thi-dua-ubnd-tinh', 'collective', 'province', d)?.value).toBe(8.0);
  });
});

describe('authority matrix (Luật TĐKT 2022 Điều 80; NĐ 129/2025 Điều 59)', () => {
  const before = '2025-06-30';
  const after = '2025-07-01';
  const table: [AwardCode, AuthorityLevel, string, boolean][] = [
    ['lao-dong-tien-tien', 'commune', before, true],
    ['giay-khen', 'commune', before, true],
    ['gia-dinh-van-hoa', 'commune', before, true],
    ['chien-si-thi-dua-co-so', 'commune', before, false],
    ['tap-the-lao-dong-tien-tien', 'commune', before, false],
    ['thon-to-dan-pho-van-hoa', 'commune', before, false],
    ['chien-si-thi-dua-co-so', 'district', before, true],
    ['thon-to-dan-pho-van-hoa', 'district', before, true],
    ['chien-si-thi-dua-co-so', 'commune', after, true],
    ['tap-the-lao-dong-tien-tien', 'commune', after, true],
    ['thon-to-dan-pho-van-hoa', 'commune', after, true],
    ['chien-si-thi-dua-co-so', 'district', after, false],
    ['giay-khen', 'district', after, false],
    ['tap-the-lao-dong-xuat-sac', 'commune', after, false],
    ['bang-khen-chu-tich-ubnd-tinh', 'commune', after, false],
    ['co-thi-dua-ubnd-tinh', 'commune', after, false],
    ['tap-the-lao-dong-xuat-sac', 'province', after, true],
    ['bang-khen-chu-tich-ubnd-tinh', 'province', after, true],
    ['chien-si-thi-dua-cap-tinh', 'province', after, true],
    ['chien-si-thi-dua-toan-quoc', 'province', after, false],
    ['chien-si-thi-dua-co-so', 'agency', after, true],
    ['chien-si-thi-dua-co-so', 'enterprise', before, true],
    ['gia-dinh-van-hoa', 'enterprise', after, false],
  ];
  for (const [award, level, date, ok] of table)
    it(`${date < '2025-07-01' ? 'Luật TĐKT 2022 Điều 80' : 'NĐ 129/2025 Điều 59'}: ${level} ${ok ? 'được' : 'không được'} tặng ${award} ngày ${date}`, () => {
      expect(mayConfer(cat, award, level, date)).toBe(ok);
    });
});

describe('council votes (NĐ 98/2023 Điều 30 khoản 7)', () => {
  it('NĐ 98/2023 Điều 30 khoản 7: CSTĐCS cần ≥80%, CSTĐ tỉnh ≥90% tổng số thành viên', () => {
    expect(voteThresholdOn(cat, 'chien-si-thi-dua-co-so', '2025-01-01')?.value).toBe(0.8);
    expect(voteThresholdOn(cat, 'chien-si-thi-dua-cap-tinh', '2026-01-01')?.value).toBe(0.9);
    expect(voteThresholdOn(cat, 'chien-si-thi-dua-cap-tinh', '2026-01-01')?.verified).toBe(false);
    expect(isCouncilApproved(4, 5, 0.8)).toBe(true);
    expect(isCouncilApproved(7, 9, 0.8)).toBe(false);
    expect(isCouncilApproved(9, 10, 0.9)).toBe(true);
    expect(isCouncilApproved(0, 0, 0.8)).toBe(false);
  });
});

describe('dated overrides', () => {
  const o = (x: Partial<LawOverride>): LawOverride => ({
    id: 'o1',
    kind: 'base-salary',
    target: 'base-salary',
    value: 2_530_000,
    effectiveFrom: '2026-07-01',
    source: 'Nghị định (giả định) về lương cơ sở 2026',
    ...x,
  });

  it('NĐ 152/2025 Điều 49 khoản 1: a new base salary applies from its date only', () => {
    const c = resolveCatalogue([o({})]);
    expect(baseSalaryOn(c, '2026-06-30')?.value).toBe(2_340_000);
    expect(baseSalaryOn(c, '2026-07-01')).toMatchObject({ value: 2_530_000, overrideId: 'o1' });
  });

  it('a coefficient override replaces the base value in its period; later overrides win', () => {
    const c = resolveCatalogue([
      o({
        id: 'a',
        kind: 'coefficient',
        target: 'lao-dong-tien-tien:individual',
        value: 0.4,
        effectiveFrom: '2026-01-01',
      }),
      o({
        id: 'b',
        kind: 'coefficient',
        target: 'lao-dong-tien-tien:individual',
        value: 0.5,
        effectiveFrom: '2026-01-01',
      }),
    ]);
    expect(coefficientOn(c, 'lao-dong-tien-tien', 'individual', 'commune', '2025-12-31')?.value).toBe(0.3);
    expect(coefficientOn(c, 'lao-dong-tien-tien', 'individual', 'commune', '2026-01-01')?.value).toBe(0.5);
  });

  it('a general override beats a level-specific base value (D98 commune Giấy khen)', () => {
    const c = resolveCatalogue([
      o({
        kind: 'coefficient',
        target: 'giay-khen:individual',
        value: 0.2,
        effectiveFrom: '2025-01-01',
        effectiveTo: '2025-06-30',
      }),
    ]);
    expect(coefficientOn(c, 'giay-khen', 'individual', 'commune', '2025-03-01')?.value).toBe(0.2);
    expect(coefficientOn(c, 'giay-khen', 'individual', 'commune', '2025-07-01')?.value).toBe(0.3);
  });

  it('vote threshold, parameter and authority overrides', () => {
    const c = resolveCatalogue([
      o({
        id: 'v',
        kind: 'vote-threshold',
        target: 'chien-si-thi-dua-co-so',
        value: 0.75,
        effectiveFrom: '2026-01-01',
      }),
      o({
        id: 'p',
        kind: 'parameter',
        target: 'ldtt.min-months-of-service',
        value: 10,
        effectiveFrom: '2026-01-01',
      }),
      o({
        id: 'q',
        kind: 'parameter',
        target: 'ldtt.min-months-of-service',
        value: null,
        effectiveFrom: '2027-01-01',
      }),
      o({
        id: 'x',
        kind: 'authority',
        target: 'tap-the-lao-dong-xuat-sac:commune',
        value: true,
        effectiveFrom: '2026-10-01',
      }),
    ]);
    expect(voteThresholdOn(c, 'chien-si-thi-dua-co-so', '2026-02-01')?.value).toBe(0.75);
    expect(parameterOn(c, 'ldtt.min-months-of-service', '2025-12-31')).toBe(6);
    expect(parameterOn(c, 'ldtt.min-months-of-service', '2026-05-01')).toBe(10);
    expect(parameterOn(c, 'ldtt.min-months-of-service', '2027-05-01')).toBeNull();
    expect(mayConfer(c, 'tap-the-lao-dong-xuat-sac', 'commune', '2026-09-30')).toBe(false);
    expect(mayConfer(c, 'tap-the-lao-dong-xuat-sac', 'commune', '2026-10-01')).toBe(true);
  });

  const invalid: [string, Partial<LawOverride>][] = [
    ['unknown parameter', { kind: 'parameter', target: 'ldtt.nope', value: 1 }],
    ['unknown award', { kind: 'coefficient', target: 'huan-chuong:individual', value: 1 }],
    ['negative coefficient', { kind: 'coefficient', target: 'giay-khen:individual', value: -1 }],
    ['threshold above 1', { kind: 'vote-threshold', target: 'chien-si-thi-dua-co-so', value: 1.2 }],
    ['non-integer salary', { value: 2_340_000.5 }],
    ['bad date', { effectiveFrom: '2026-13-01' }],
    ['end before start', { effectiveTo: '2026-01-01' }],
    ['no source', { source: ' ' }],
    ['authority as number', { kind: 'authority', target: 'giay-khen:commune', value: 1 }],
  ];
  for (const [name, x] of invalid)
    it(`refuses an invalid override (${name}) naming it`, () => {
      expect(() => resolveCatalogue([o(x)])).toThrow(LawOverrideError);
      expect(() => resolveCatalogue([o(x)])).toThrow(/"o1"/);
    });
});

describe('catalogue completeness and UNVERIFIED defaults (legal.md §11)', () => {
  it('every award code has a definition, a source, an effective date and criteria for its kinds', () => {
    for (const code of AWARD_CODES) {
      const a = cat.awards.get(code);
      expect(a, code).toBeDefined();
      expect(a?.source).toMatch(/Luật Thi đua, khen thưởng 2022, Điều \d+/);
      expect(a?.effective.from).toBe('2024-01-01');
      for (const kind of a?.kinds ?? []) {
        const ids = a?.criteria[kind] ?? [];
        expect(ids.length, `${code}:${kind}`).toBeGreaterThan(0);
        for (const id of ids) expect(cat.criteria.has(id), id).toBe(true);
      }
    }
  });

  it('every award a candidate kind can receive has a coefficient on 2026-01-10', () => {
    for (const a of cat.awards.values())
      for (const kind of a.kinds)
        expect(coefficientOn(cat, a.code, kind, 'province', '2026-01-10'), `${a.code}:${kind}`).toBeDefined();
  });

  it('lists the UNVERIFIED defaults with their notes for the UI', () => {
    const items = listUnverified(cat);
    const refs = items.map((i) => i.ref);
    expect(refs).toContain('parameter:ldtt.min-months-of-service@2024-01-01');
    expect(refs).toContain('parameter:cstdcs.max-share-of-ldtt@2024-01-01');
    expect(refs).toContain('vote-threshold:chien-si-thi-dua-co-so@2025-07-01');
    expect(refs).toContain('award:gia-dinh-van-hoa');
    expect(refs).toContain('open:law-06-2026');
    expect(refs).toContain('open:base-salary-2026');
    expect(refs.some((r) => r.startsWith('authority:'))).toBe(true);
    for (const i of items) expect(i.note.length).toBeGreaterThan(0);
    // An override an administrator confirmed is no longer listed.
    const confirmed = resolveCatalogue([
      {
        id: 'ok',
        kind: 'parameter',
        target: 'ldtt.min-months-of-service',
        value: 6,
        effectiveFrom: '2025-08-05',
        source: 'Thông tư 15/2025/TT-BNV',
      },
    ]);
    expect(listUnverified(confirmed).filter((i) => i.ref.startsWith('parameter:ldtt.min'))).toHaveLength(1);
  });
});
