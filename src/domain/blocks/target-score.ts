import { type NoTargetRule, roundPoints } from './scoring';

/*
 * Target-versus-actual criteria, scored across the block with the formula used in practice (docs/decisions/0012):
 *   below target   → proportional to half the maximum: achievement × max/2
 *   target met     → half the maximum
 *   block leader   → the maximum (the largest excess over target; every unit tied at the lead gets it)
 *   other excess   → max/2 + (its excess ÷ the leader's excess) × max/2
 * Achievement and excess are relative to the planned value, so units with different plans compare:
 *   higher-better: achievement = actual/planned,  excess = (actual − planned)/planned
 *   lower-better:  achievement = planned/actual,  excess = (planned − actual)/planned
 * Edge cases:
 *   no planned value assigned → the criterion's `noTargetRule`: 'exclude' (no score; the unit's maximum
 *     shrinks by the criterion's maximum, see sheet.ts) or 'zero' (0 points);
 *   planned but nothing reported → 0 points;
 *   planned = 0 → met when actual = 0 for lower-better or actual ≥ 0 for higher-better (half the maximum);
 *     a relative excess does not exist, so such a unit never leads and is never compared;
 *     lower-better with planned 0 and actual > 0 → 0 points.
 */

export type Direction = 'higher-better' | 'lower-better';

export interface TargetResult {
  unitId: string;
  /** null: no target assigned to this unit. */
  planned: number | null;
  /** null: nothing reported. */
  actual: number | null;
}

export type TargetOutcome =
  | 'excluded'
  | 'no-target-zero'
  | 'not-reported'
  | 'below'
  | 'met'
  | 'leader'
  | 'above';

export interface TargetScore {
  unitId: string;
  /** null when excluded from the unit's maximum. */
  score: number | null;
  outcome: TargetOutcome;
  /** Relative excess over target (0 when met, negative below), null when not comparable. */
  excess: number | null;
}

const EPS = 1e-9;

function excessOf(direction: Direction, planned: number, actual: number): number {
  return direction === 'higher-better' ? (actual - planned) / planned : (planned - actual) / planned;
}

function achievementOf(direction: Direction, planned: number, actual: number): number {
  if (direction === 'higher-better') return Math.max(actual, 0) / planned;
  return actual <= 0 ? 1 : planned / actual;
}

/** Score one target criterion for every member of the block. */
export function scoreTargetCriterion(
  input: { maxPoints: number; direction: Direction; noTargetRule: NoTargetRule },
  results: readonly TargetResult[],
): TargetScore[] {
  const half = input.maxPoints / 2;
  const first = results.map((r): TargetScore => {
    if (r.planned === null) {
      return input.noTargetRule === 'exclude'
        ? { unitId: r.unitId, score: null, outcome: 'excluded', excess: null }
        : { unitId: r.unitId, score: 0, outcome: 'no-target-zero', excess: null };
    }
    if (r.actual === null) return { unitId: r.unitId, score: 0, outcome: 'not-reported', excess: null };
    if (Math.abs(r.planned) < EPS) {
      const met = input.direction === 'higher-better' ? r.actual >= 0 : r.actual <= EPS;
      return met
        ? { unitId: r.unitId, score: roundPoints(half), outcome: 'met', excess: null }
        : { unitId: r.unitId, score: 0, outcome: 'below', excess: null };
    }
    const excess = excessOf(input.direction, r.planned, r.actual);
    if (excess < -EPS) {
      const achievement = Math.min(achievementOf(input.direction, r.planned, r.actual), 1);
      return { unitId: r.unitId, score: roundPoints(achievement * half), outcome: 'below', excess };
    }
    if (excess <= EPS) return { unitId: r.unitId, score: roundPoints(half), outcome: 'met', excess: 0 };
    return { unitId: r.unitId, score: null, outcome: 'above', excess };
  });
  const lead = Math.max(0, ...first.filter((s) => s.outcome === 'above').map((s) => s.excess ?? 0));
  return first.map((s) => {
    if (s.outcome !== 'above' || s.excess === null) return s;
    if (s.excess >= lead - EPS) return { ...s, score: roundPoints(input.maxPoints), outcome: 'leader' };
    return { ...s, score: roundPoints(half + (s.excess / lead) * half) };
  });
}
