/*
 * Scoring of one criterion of an emulation block's sheet (bảng tiêu chí chấm điểm). Pure: the server
 * stores what a person entered (`value`) and the points this gives (`score`); target criteria are scored
 * for the whole block at once (`target-score.ts`).
 */

export const CRITERION_KINDS = ['group', 'manual', 'achieved', 'per-occurrence', 'target'] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];
export const CRITERION_ROLES = ['regular', 'bonus', 'penalty'] as const;
export type CriterionRole = (typeof CRITERION_ROLES)[number];
export const NO_TARGET_RULES = ['exclude', 'zero'] as const;
export type NoTargetRule = (typeof NO_TARGET_RULES)[number];

export interface LeafCriterion {
  kind: Exclude<CriterionKind, 'group'>;
  role: CriterionRole;
  maxPoints: number;
  /** per-occurrence only: points for each occurrence (the max is the cap). */
  pointsPerOccurrence?: number | null;
}

/** Two decimals, as stored (numeric(10,2)); half away from zero. */
export function roundPoints(value: number): number {
  const sign = value < 0 ? -1 : 1;
  return (sign * Math.round(Math.abs(value) * 100 + 1e-9)) / 100;
}

export type ValueCheck = { ok: true } | { ok: false; message: string };

/** Whether a value typed for a criterion is acceptable; messages in Vietnamese name the limit. */
export function checkCriterionValue(criterion: LeafCriterion, value: number): ValueCheck {
  if (!Number.isFinite(value) || value < 0) return { ok: false, message: 'Giá trị phải là số không âm.' };
  switch (criterion.kind) {
    case 'manual':
      return value <= criterion.maxPoints + 1e-9
        ? { ok: true }
        : { ok: false, message: `Điểm không được vượt quá điểm tối đa ${criterion.maxPoints}.` };
    case 'achieved':
      return value === 0 || value === 1
        ? { ok: true }
        : { ok: false, message: 'Chọn “Đạt” (1) hoặc “Không đạt” (0).' };
    case 'per-occurrence':
      return Number.isInteger(value) ? { ok: true } : { ok: false, message: 'Số lần phải là số nguyên.' };
    case 'target':
      return { ok: false, message: 'Tiêu chí chỉ tiêu được tính tự động từ kết quả thực hiện chỉ tiêu.' };
  }
}

/**
 * The points a value gives, positive; the caller subtracts penalties. manual: the value itself;
 * achieved: the maximum or nothing; per-occurrence: occurrences × points each, capped at the maximum.
 */
export function scoreOfValue(criterion: LeafCriterion, value: number): number {
  switch (criterion.kind) {
    case 'manual':
      return roundPoints(Math.min(Math.max(value, 0), criterion.maxPoints));
    case 'achieved':
      return value >= 1 ? criterion.maxPoints : 0;
    case 'per-occurrence':
      return roundPoints(
        Math.min(Math.max(Math.floor(value), 0) * (criterion.pointsPerOccurrence ?? 0), criterion.maxPoints),
      );
    case 'target':
      throw new Error('target criteria are scored for the whole block (scoreTargetCriterion)');
  }
}
