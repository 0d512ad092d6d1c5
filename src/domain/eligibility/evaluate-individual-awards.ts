import { type Catalogue, DEFAULT_CATALOGUE } from '../law/catalogue';
import type { AwardCode } from '../law/types';
import { prepareCandidate } from './context';
import { type EligibilityOutput, evaluatePrepared } from './evaluate-eligibility';
import { type EligibilityInput, parseEligibilityInput } from './input-schema';

/*
 * Batch helper for the yearly proposal screen and the benchmark: one person, every individual award.
 * The input is validated and indexed once, the catalogue resolved once by the caller, so each award
 * costs only its rules.
 */

/** Awards the catalogue offers to individuals (titles and forms), in catalogue order. */
export function individualAwardCodes(catalogue: Catalogue = DEFAULT_CATALOGUE): AwardCode[] {
  return [...catalogue.awards.values()].filter((a) => a.kinds.includes('individual')).map((a) => a.code);
}

export interface EvaluateAllOptions {
  /** Skip zod: the caller passes data it already validated (e.g. rows read back from the database). */
  isTrusted?: boolean;
  awards?: readonly AwardCode[];
}

/** Evaluate one person's input (its `award` is ignored) against every individual award. */
export function evaluateIndividualAwards(
  input: unknown,
  catalogue: Catalogue = DEFAULT_CATALOGUE,
  options: EvaluateAllOptions = {},
): EligibilityOutput[] {
  const parsed = options.isTrusted ? (input as EligibilityInput) : parseEligibilityInput(input);
  const prepared = prepareCandidate(parsed);
  const awards = options.awards ?? individualAwardCodes(catalogue);
  const out: EligibilityOutput[] = new Array(awards.length);
  for (let i = 0; i < awards.length; i++) out[i] = evaluatePrepared(prepared, awards[i], catalogue);
  return out;
}
