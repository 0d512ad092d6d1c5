import type { AwardCode } from '../law/types';
import type { EligibilityInputRaw } from './input-schema';

/*
 * Inputs named after the state they describe, shared by the tests, the benchmark and the demo seed.
 * Each returns a fresh object so a caller may mutate it.
 */

type Raw = EligibilityInputRaw;
type RawCandidate = Raw['candidate'];
type RawMember = NonNullable<RawCandidate['members']>[number];

/** The exact input of contracts.md §2.1. */
export function buildContractExample(): Raw {
  return {
    award: 'chien-si-thi-dua-co-so',
    year: 2025,
    decisionDate: '2026-01-10',
    authority: { level: 'commune' },
    candidate: {
      kind: 'individual',
      staffType: 'civil-servant',
      sex: 'female',
      recruitedOn: '2019-08-01',
      records: [
        { year: 2024, rating: 'good', titles: ['lao-dong-tien-tien'] },
        { year: 2025, rating: 'excellent', titles: [] },
      ],
      initiatives: [{ recognizedOn: '2025-11-20', scope: 'grassroots' }],
      scienceWorks: [],
      discipline: [],
      underReview: false,
      attestations: {},
    },
  };
}

/** A civil servant recruited in 2019 rated `good` in 2025, no initiatives: an LĐTT, not yet a CSTĐCS. */
export function buildCivilServant(
  award: AwardCode,
  candidate: Partial<RawCandidate> = {},
  top: Partial<Omit<Raw, 'candidate'>> = {},
): Raw {
  return {
    award,
    year: 2025,
    decisionDate: '2026-01-10',
    authority: { level: 'commune' },
    ...top,
    candidate: {
      kind: 'individual',
      staffType: 'civil-servant',
      sex: 'male',
      recruitedOn: '2019-08-01',
      records: [{ year: 2025, rating: 'good', titles: [] }],
      initiatives: [],
      scienceWorks: [],
      discipline: [],
      underReview: false,
      attestations: {},
      ...candidate,
    },
  };
}

/** Yearly records with the same title each year, e.g. three CSTĐCS years ending in 2025. */
export function buildTitleYears(
  title: string,
  years: readonly number[],
  rating: 'excellent' | 'good' = 'excellent',
): NonNullable<RawCandidate['records']> {
  return years.map((year) => ({ year, rating, titles: ['lao-dong-tien-tien', title] }));
}

export function buildMember(
  rating: RawMember['rating'],
  titles: string[] = [],
  discipline: RawMember['discipline'] = [],
): RawMember {
  return { rating, titles, discipline };
}

/** n members who all hold LĐTT and completed their tasks well. */
export function buildLdttMembers(n: number): RawMember[] {
  return Array.from({ length: n }, () => buildMember('good', ['lao-dong-tien-tien']));
}

/** A collective (a division of the commune PC) with its 2025 rating and members. */
export function buildCollective(
  award: AwardCode,
  candidate: Partial<RawCandidate> = {},
  top: Partial<Omit<Raw, 'candidate'>> = {},
): Raw {
  return {
    award,
    year: 2025,
    decisionDate: '2026-01-10',
    authority: { level: 'commune' },
    ...top,
    candidate: {
      kind: 'collective',
      records: [{ year: 2025, rating: 'good', titles: [] }],
      members: buildLdttMembers(10),
      discipline: [],
      underReview: false,
      attestations: {},
      ...candidate,
    },
  };
}

export function buildHousehold(
  award: AwardCode,
  candidate: Partial<RawCandidate> = {},
  top: Partial<Omit<Raw, 'candidate'>> = {},
): Raw {
  return {
    award,
    year: 2025,
    decisionDate: '2025-11-20',
    authority: { level: 'commune' },
    ...top,
    candidate: { kind: 'household', attestations: {}, ...candidate },
  };
}
