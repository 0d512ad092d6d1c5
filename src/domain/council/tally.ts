import { type CouncilThreshold, isPassing, yesVotesNeeded } from './thresholds';

export const BALLOT_CHOICES = ['yes', 'no'] as const;
export type BallotChoice = (typeof BALLOT_CHOICES)[number];

/** A stored ballot: the nominee and the choice, never the voter. */
export interface Ballot {
  nomineeId: string;
  choice: BallotChoice;
}

/** One nominee on the agenda: how many members may vote on it (all frozen members minus recusals). */
export interface AgendaNominee {
  nomineeId: string;
  eligibleMembers: number;
  threshold: Pick<CouncilThreshold, 'share' | 'rule'>;
}

export interface NomineeTally {
  nomineeId: string;
  yes: number;
  no: number;
  /** Eligible members who cast no ballot on this nominee (they count as not agreeing). */
  notVoted: number;
  eligibleMembers: number;
  needed: number;
  passed: boolean;
}

/**
 * Count the ballots of each nominee against its threshold, over all members who may vote on it
 * (a member with a conflict of interest is recused and not counted). A ballot for a nominee not on
 * the agenda, or more ballots than members, is a programming error: the caller's data is corrupt.
 */
export function tallyBallots(agenda: readonly AgendaNominee[], ballots: readonly Ballot[]): NomineeTally[] {
  const counts = new Map<string, { yes: number; no: number }>(
    agenda.map((a) => [a.nomineeId, { yes: 0, no: 0 }]),
  );
  for (const ballot of ballots) {
    const count = counts.get(ballot.nomineeId);
    if (!count) throw new Error(`Ballot for a nominee not on the agenda: ${ballot.nomineeId}`);
    count[ballot.choice] += 1;
  }
  return agenda.map(({ nomineeId, eligibleMembers, threshold }) => {
    const { yes, no } = counts.get(nomineeId)!;
    if (yes + no > eligibleMembers) throw new Error(`More ballots than members for ${nomineeId}`);
    return {
      nomineeId,
      yes,
      no,
      notVoted: eligibleMembers - yes - no,
      eligibleMembers,
      needed: yesVotesNeeded(threshold, eligibleMembers),
      passed: isPassing(yes, eligibleMembers, threshold),
    };
  });
}
