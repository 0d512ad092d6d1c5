import { describe, expect, it } from 'vitest';
import { RATINGS } from '../../shared/codes';
import { AWARD_CODES } from '../law/types';
import { evaluateEligibility } from './evaluate-eligibility';
import { buildCivilServant, buildCollective, buildMember } from './factories';
import type { EligibilityInputRaw } from './input-schema';

/*
 * Property tests with a tiny seeded generator (fast-check is not installed; no new dependency):
 * the same seed gives the same cases, so a failure names a reproducible seed.
 */

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
const TITLES = ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'chien-si-thi-dua-cap-tinh'];
const LEVELS = ['reprimand', 'warning', 'demotion'] as const;

function randomMember(rnd: () => number) {
  const titles = rnd() < 0.6 ? [pick(rnd, TITLES)] : [];
  const discipline = rnd() < 0.1 ? [{ level: pick(rnd, LEVELS), from: '2025-03-01', to: '2026-02-28' }] : [];
  return buildMember(pick(rnd, RATINGS), titles, discipline);
}

function randomCollective(
  rnd: () => number,
  award: 'tap-the-lao-dong-tien-tien' | 'tap-the-lao-dong-xuat-sac',
) {
  const n = 1 + Math.floor(rnd() * 12);
  return buildCollective(award, {
    records: [{ year: 2025, rating: pick(rnd, RATINGS), titles: [] }],
    members: Array.from({ length: n }, () => randomMember(rnd)),
    attestations: rnd() < 0.5 ? {} : { 'ttldtt.solidarity': true, 'ttldxs.solidarity': true },
  });
}

/** A member who fails every member criterion: no title, incomplete, disciplined with a warning. */
const failingMember = () =>
  buildMember('incomplete', [], [{ level: 'warning', from: '2025-02-01', to: '2026-01-31' }]);

function randomDate(rnd: () => number): string {
  const y = 2024 + Math.floor(rnd() * 4);
  const m = 1 + Math.floor(rnd() * 12);
  const d = 1 + Math.floor(rnd() * 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

describe('properties of the evaluator', () => {
  it('Luật TĐKT 2022 Điều 27–28: adding a failing member never makes an ineligible collective eligible', () => {
    const rnd = mulberry32(20260110);
    let ineligibleSeen = 0;
    for (let i = 0; i < 400; i++) {
      const award = rnd() < 0.5 ? 'tap-the-lao-dong-tien-tien' : 'tap-the-lao-dong-xuat-sac';
      const input = randomCollective(rnd, award);
      const before = evaluateEligibility(input);
      const members = input.candidate.members ?? [];
      const after = evaluateEligibility({
        ...input,
        candidate: { ...input.candidate, members: [...members, failingMember()] },
      });
      if (!before.eligible) {
        ineligibleSeen++;
        expect(after.eligible, `case ${i}`).toBe(false);
      }
      // Stronger: with members present, the failing member makes both titles ineligible.
      expect(after.eligible, `case ${i}`).toBe(false);
    }
    expect(ineligibleSeen).toBeGreaterThan(50);
  });

  it('NĐ 152/2025 Điều 49 khoản 1: a later decision date never uses an earlier base salary', () => {
    const rnd = mulberry32(49);
    for (let i = 0; i < 300; i++) {
      const a = randomDate(rnd);
      const b = randomDate(rnd);
      const [early, late] = a <= b ? [a, b] : [b, a];
      const input = (date: string): EligibilityInputRaw =>
        buildCivilServant('chien-si-thi-dua-co-so', {}, { year: 2024, decisionDate: date });
      const e = evaluateEligibility(input(early)).prize.baseSalary;
      const l = evaluateEligibility(input(late)).prize.baseSalary;
      expect(l, `${early} → ${late}`).toBeGreaterThanOrEqual(e);
    }
  });

  it('contracts §2.1: unattested qualitative criteria never make eligible false', () => {
    const rnd = mulberry32(7);
    for (let i = 0; i < 300; i++) {
      const award = pick(rnd, AWARD_CODES);
      const input =
        rnd() < 0.5
          ? buildCivilServant(award, { records: [{ year: 2025, rating: pick(rnd, RATINGS), titles: [] }] })
          : randomCollective(rnd, 'tap-the-lao-dong-tien-tien');
      const withAward = { ...input, award };
      const out = evaluateEligibility(withAward);
      // Attesting every null criterion true can only turn nulls into trues: no false may come from a null.
      const nulls = out.criteria.filter((c) => c.ok === null).map((c) => c.id);
      for (const c of out.criteria)
        if (c.ok === false) expect(c.message).not.toBe('cần người có thẩm quyền xác nhận');
      if (out.criteria.every((c) => c.ok !== false)) expect(out.eligible).toBe(true);
      const attested = Object.fromEntries(nulls.map((id) => [id, true]));
      const again = evaluateEligibility({
        ...withAward,
        candidate: {
          ...withAward.candidate,
          attestations: { ...withAward.candidate.attestations, ...attested },
        },
      });
      expect(again.criteria.filter((c) => c.ok === false).map((c) => c.id)).toEqual(
        out.criteria.filter((c) => c.ok === false).map((c) => c.id),
      );
    }
  });
});
