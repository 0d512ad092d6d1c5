import { describe, expect, it } from 'vitest';
import { resolveCatalogue } from '../law/catalogue';
import { EligibilityRuleError, evaluateEligibility } from './evaluate-eligibility';
import { evaluateIndividualAwards, individualAwardCodes } from './evaluate-individual-awards';
import { buildCivilServant, buildContractExample } from './factories';
import { EligibilityInputError, EligibilityInputSchema, parseEligibilityInput } from './input-schema';
import { cstdcsQuota, orderForTieBreak } from './tie-break';

describe('contracts.md §2.1: the documented example', () => {
  it('Luật TĐKT 2022 Điều 23 / NĐ 152/2025 Điều 49–50: evaluates to the documented output', () => {
    const out = evaluateEligibility(buildContractExample());
    expect(out).toMatchObject({
      award: 'chien-si-thi-dua-co-so',
      eligible: true,
      status: 'needs-attestation',
      canConfer: true,
      prize: {
        coefficient: 1.0,
        baseSalary: 2_340_000,
        amount: 2_340_000,
        items: ['Giấy chứng nhận', 'khung'],
      },
    });
    const byId = Object.fromEntries(out.criteria.map((c) => [c.id, c]));
    expect(byId['cstdcs.ldtt-standard']).toMatchObject({
      ok: true,
      source: 'Luật Thi đua, khen thưởng 2022, Điều 23',
    });
    expect(byId['cstdcs.excellent-or-initiative'].ok).toBe(true);
    expect(byId['ldtt.self-reliance']).toMatchObject({
      ok: null,
      message: 'cần người có thẩm quyền xác nhận',
    });
    expect(out.criteria.slice(0, 3).map((c) => c.id)).toEqual([
      'cstdcs.ldtt-standard',
      'cstdcs.excellent-or-initiative',
      'ldtt.self-reliance',
    ]);
  });

  it('Luật TĐKT 2022 Điều 23: the example parses with the exported schema unchanged', () => {
    expect(EligibilityInputSchema.safeParse(buildContractExample()).success).toBe(true);
  });

  it('contracts §2.1: decisionDate defaults to 31 December of the year', () => {
    const input = {
      ...buildContractExample(),
      decisionDate: undefined,
      year: 2024,
      authority: { level: 'district' },
    };
    const out = evaluateEligibility(input);
    expect(out.canConfer).toBe(true); // district still existed on 2024-12-31 (Law Art 80(2))
    expect(out.prize.baseSalary).toBe(2_340_000);
  });
});

describe('input validation names the bad field (Vietnamese and English)', () => {
  const cases: { name: string; mutate: (x: Record<string, unknown>) => void; path: string }[] = [
    { name: 'unknown award', mutate: (x) => (x.award = 'huan-chuong-xyz'), path: 'award' },
    { name: 'year as text', mutate: (x) => (x.year = '2025'), path: 'year' },
    { name: 'impossible date', mutate: (x) => (x.decisionDate = '2025-02-30'), path: 'decisionDate' },
    { name: 'unknown level', mutate: (x) => (x.authority = { level: 'village' }), path: 'authority.level' },
    {
      name: 'bad rating in records',
      mutate: (x) => ((x.candidate as { records: { rating: string }[] }).records[1].rating = 'great'),
      path: 'candidate.records[1].rating',
    },
    {
      name: 'missing kind',
      mutate: (x) => delete (x.candidate as Record<string, unknown>).kind,
      path: 'candidate.kind',
    },
    {
      name: 'discipline ending before it starts',
      mutate: (x) =>
        ((x.candidate as Record<string, unknown>).discipline = [
          { level: 'warning', from: '2025-05-01', to: '2025-01-01' },
        ]),
      path: 'candidate.discipline[0].to',
    },
    {
      name: 'duplicate year',
      mutate: (x) =>
        ((x.candidate as { records: unknown[] }).records = [
          { year: 2025, rating: 'good', titles: [] },
          { year: 2025, rating: 'good', titles: [] },
        ]),
      path: 'candidate.records[1].year',
    },
  ];
  for (const c of cases)
    it(`contracts §2.1: ${c.name} → error naming ${c.path}`, () => {
      const input = buildContractExample() as unknown as Record<string, unknown>;
      c.mutate(input);
      let error: unknown;
      try {
        parseEligibilityInput(input);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(EligibilityInputError);
      const issues = (error as EligibilityInputError).issues;
      expect(issues.map((i) => i.path)).toContain(c.path);
      expect((error as Error).message).toMatch(/Dữ liệu đầu vào không hợp lệ \/ invalid input/);
      expect((error as Error).message).toContain(c.path);
    });

  it('Luật TĐKT 2022 (hiệu lực 01/01/2024): a decision before 2024 is refused, naming decisionDate', () => {
    expect(() =>
      evaluateEligibility({ ...buildContractExample(), year: 2023, decisionDate: '2023-12-20' }),
    ).toThrow(EligibilityRuleError);
    expect(() => evaluateEligibility({ ...buildContractExample(), decisionDate: '2023-12-20' })).toThrow(
      /decisionDate/,
    );
  });
});

describe('batch helper and tie-break', () => {
  it('evaluates every individual award once per person, same results as one by one', () => {
    const input = buildContractExample();
    const all = evaluateIndividualAwards(input);
    expect(all.map((o) => o.award)).toEqual(individualAwardCodes());
    for (const o of all) expect(o).toEqual(evaluateEligibility({ ...input, award: o.award }));
    expect(all.map((o) => o.award)).toEqual(
      expect.arrayContaining([
        'lao-dong-tien-tien',
        'chien-si-thi-dua-co-so',
        'giay-khen',
        'bang-khen-chu-tich-ubnd-tinh',
      ]),
    );
  });

  it('NĐ 152/2025 Điều 4 khoản 6: ưu tiên nữ và tập thể có từ 70% nữ khi ngang nhau', () => {
    const ordered = orderForTieBreak(
      [
        { id: 'a', sex: 'male' as const },
        { id: 'b', members: 10, women: 6 },
        { id: 'c', sex: 'female' as const },
        { id: 'd', members: 10, women: 7 },
      ],
      '2026-01-10',
    );
    expect(ordered.map((c) => c.id)).toEqual(['c', 'd', 'a', 'b']);
  });

  it('Luật TĐKT 2022 Điều 23: no national CSTĐCS cap; a dated provincial override sets one', () => {
    expect(cstdcsQuota(40, '2026-01-10')).toBeNull();
    const cat = resolveCatalogue([
      {
        id: 'lc-quota',
        kind: 'parameter',
        target: 'cstdcs.max-share-of-ldtt',
        value: 0.15,
        effectiveFrom: '2026-01-01',
        source: 'Quy định tỉnh (ví dụ)',
      },
    ]);
    expect(cstdcsQuota(40, '2026-01-10', cat)).toBe(6);
    expect(cstdcsQuota(40, '2025-12-31', cat)).toBeNull();
  });

  it('NĐ 152/2025 Điều 50: attestations on the batch helper flow to every award', () => {
    const out = evaluateIndividualAwards(
      buildCivilServant('lao-dong-tien-tien', { attestations: { 'ldtt.self-reliance': true } }),
    );
    expect(out.find((o) => o.award === 'lao-dong-tien-tien')?.status).toBe('eligible');
  });
});
