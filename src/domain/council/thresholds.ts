import { isCouncilApproved } from '../law/authority';
import { type Catalogue, parameterOn, voteThresholdOn } from '../law/catalogue';
import { pickInForce } from '../law/periods';
import type { AwardCode, IsoDate } from '../law/types';

/**
 * How many "yes" ballots a nominee needs, always counted over ALL council members (absent members vote
 * in writing; a member who does not vote counts as not agreeing).
 */
export interface CouncilThreshold {
  /** Share of all members, e.g. 0.8. */
  share: number;
  /** 'at-least': yes ≥ share × all (NĐ 98/2023 Điều 30 khoản 7); 'more-than': a simple majority. */
  rule: 'at-least' | 'more-than';
  source: string;
  verified: boolean;
}

/**
 * The threshold in force for an award on a date: the catalogue's ballot threshold when the law makes a
 * ballot mandatory for it, otherwise the catalogue's simple-majority parameter (more than half).
 */
export function councilThresholdFor(catalogue: Catalogue, award: AwardCode, date: IsoDate): CouncilThreshold {
  const ballot = voteThresholdOn(catalogue, award, date);
  if (ballot) {
    return { share: ballot.value, rule: 'at-least', source: ballot.source, verified: ballot.verified };
  }
  const def = catalogue.parameters.get('council.simple-majority');
  const entry = pickInForce(def?.series, date);
  return {
    share: parameterOn(catalogue, 'council.simple-majority', date) ?? 0.5,
    rule: 'more-than',
    source: entry?.source ?? 'Biểu quyết theo đa số',
    verified: entry?.verified ?? false,
  };
}

/** The smallest number of "yes" ballots that passes, for a council of `allMembers`. */
export function yesVotesNeeded(
  threshold: Pick<CouncilThreshold, 'share' | 'rule'>,
  allMembers: number,
): number {
  if (allMembers <= 0) return 1;
  for (let yes = 0; yes <= allMembers; yes += 1) if (isPassing(yes, allMembers, threshold)) return yes;
  return allMembers + 1;
}

/** Did `yes` ballots reach the threshold over all members? Integer arithmetic, no 0.8 × 5 rounding. */
export function isPassing(
  yes: number,
  allMembers: number,
  threshold: Pick<CouncilThreshold, 'share' | 'rule'>,
): boolean {
  if (allMembers <= 0) return false;
  if (threshold.rule === 'at-least') return isCouncilApproved(yes, allMembers, threshold.share);
  return yes * 10_000 > Math.round(threshold.share * 10_000) * allMembers;
}
