import { type Catalogue, DEFAULT_CATALOGUE, parameterOn } from '../law/catalogue';
import type { IsoDate } from '../law/types';

/*
 * D152 Art 4(6): among equally qualified candidates, prefer the woman, or the collective with at least
 * 70% women. Not an eligibility criterion (it ranks, it never excludes), so it lives beside the
 * evaluator and the quota step that uses it.
 */

export interface TieBreakCandidate {
  id: string;
  /** Individuals. */
  sex?: 'male' | 'female';
  /** Collectives: members by sex. */
  women?: number;
  members?: number;
}

export function isPreferredInTie(
  c: TieBreakCandidate,
  date: IsoDate,
  catalogue: Catalogue = DEFAULT_CATALOGUE,
): boolean {
  if (c.sex) return c.sex === 'female';
  const min = parameterOn(catalogue, 'tie-break.min-women-share', date);
  if (min === null || !c.members || c.women === undefined) return false;
  return c.women * 10_000 >= Math.round(min * 10_000) * c.members;
}

/** Order equally qualified candidates: preferred ones first, otherwise the original order kept. */
export function orderForTieBreak<T extends TieBreakCandidate>(
  candidates: readonly T[],
  date: IsoDate,
  catalogue: Catalogue = DEFAULT_CATALOGUE,
): T[] {
  const preferred = candidates.filter((c) => isPreferredInTie(c, date, catalogue));
  const others = candidates.filter((c) => !isPreferredInTie(c, date, catalogue));
  return [...preferred, ...others];
}

/**
 * How many CSTĐCS a unit may confer under a provincial quota (`cstdcs.max-share-of-ldtt`), or null when
 * no cap is in force (the national law sets none since 2024).
 */
export function cstdcsQuota(
  ldttCount: number,
  date: IsoDate,
  catalogue: Catalogue = DEFAULT_CATALOGUE,
): number | null {
  const share = parameterOn(catalogue, 'cstdcs.max-share-of-ldtt', date);
  if (share === null) return null;
  return Math.floor((ldttCount * Math.round(share * 10_000)) / 10_000);
}
