import { type Catalogue, parameterOn } from '../law/catalogue';
import type { IsoDate } from '../law/types';

export interface QuorumCheck {
  present: number;
  allMembers: number;
  /** Smallest attendance that makes the session valid. */
  needed: number;
  hasQuorum: boolean;
}

/**
 * Quorum: the share of all council members present (catalogue parameter `council.quorum`, 2/3 by
 * default). Integer arithmetic so 2/3 of 9 is exactly 6.
 */
export function checkQuorum(
  catalogue: Catalogue,
  date: IsoDate,
  present: number,
  allMembers: number,
): QuorumCheck {
  const share = parameterOn(catalogue, 'council.quorum', date) ?? 2 / 3;
  const needed = quorumNeeded(share, allMembers);
  return { present, allMembers, needed, hasQuorum: allMembers > 0 && present >= needed };
}

/** ceil(share × all), computed on a 1/10 000 grid; 2/3 is treated as exactly two thirds. */
export function quorumNeeded(share: number, allMembers: number): number {
  if (allMembers <= 0) return 1;
  if (Math.abs(share - 2 / 3) < 1e-9) return Math.ceil((2 * allMembers) / 3);
  const grid = Math.round(share * 10_000);
  return Math.ceil((grid * allMembers) / 10_000);
}
