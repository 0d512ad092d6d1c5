import type { TargetDirection, TargetStatus } from '../../shared/api/targets';

/*
 * Completion and status of a target (chỉ tiêu): a unit's value to date compared with its planned value.
 *
 * - higher-better (thu ngân sách, tỷ lệ hộ gia đình văn hóa): completion = actual / planned × 100;
 *   above the plan is exceeded (vượt), equal is met (đạt), below is not met (chưa đạt).
 * - lower-better (số ngày giải quyết thủ tục, tỷ lệ hộ nghèo): completion = planned / actual × 100, so
 *   doing better than the plan also reads above 100 %; at or under the plan is met, strictly under it is
 *   exceeded, over it is not met.
 *
 * Values are compared at 4 decimals (the database keeps numeric(20,4)). A ratio with a zero or negative
 * denominator (planned 0 for higher-better, actual 0 for lower-better) has no completion % (null): the
 * status still follows the comparison. No actual yet → 'not-reported'.
 */

export interface TargetResult {
  /** Percent, rounded to one decimal; null when it cannot be computed. */
  completion: number | null;
  status: TargetStatus;
}

const SCALE = 10_000;
const fixed = (value: number) => Math.round(value * SCALE);
const isNumber = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

function ratio(numerator: number, denominator: number): number | null {
  if (denominator <= 0 || numerator < 0) return null;
  return Math.round((numerator / denominator) * 1000) / 10;
}

/** The completion % and status of a unit's actual value against its planned value. */
export function evaluateTarget(
  direction: TargetDirection,
  planned: number | null | undefined,
  actual: number | null | undefined,
): TargetResult {
  if (!isNumber(actual) || !isNumber(planned)) return { completion: null, status: 'not-reported' };
  const p = fixed(planned);
  const a = fixed(actual);
  const better = direction === 'higher-better' ? a > p : a < p;
  const status: TargetStatus = a === p ? 'met' : better ? 'exceeded' : 'not-met';
  const completion = direction === 'higher-better' ? ratio(actual, planned) : ratio(planned, actual);
  return { completion, status };
}
