/*
 * The review chain of one unit's sheet in a block's assessment round, as a transition table:
 *   self-assessment --submit (the unit)--> block-review --review (the reviewer unit)--> explanation
 *   explanation --explain (the unit)--> final-review --finalize (staff)--> locked
 *   explanation --finalize (staff; the unit chose not to explain)--> locked
 *   block-review --return (the reviewer unit, with a reason)--> self-assessment
 * The reviewer is the block head's unit; the head unit's own sheet is reviewed by the deputy's unit.
 * No unit ever reviews itself: neither in the block review nor in the final review.
 */

export const ASSESSMENT_STATUSES = [
  'self-assessment',
  'block-review',
  'explanation',
  'final-review',
  'locked',
] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const ASSESSMENT_ACTIONS = [
  'save-self',
  'submit',
  'save-review',
  'review',
  'return',
  'save-explanation',
  'explain',
  'save-final',
  'finalize',
] as const;
export type AssessmentAction = (typeof ASSESSMENT_ACTIONS)[number];

/** Who acts: the assessed unit, the reviewer unit, or the staff of the organising body. */
export type AssessmentActor = 'unit' | 'reviewer' | 'staff';

interface Transition {
  from: readonly AssessmentStatus[];
  to: AssessmentStatus | 'same';
  by: AssessmentActor;
}

export const REVIEW_CHAIN: Record<AssessmentAction, Transition> = {
  'save-self': { from: ['self-assessment'], to: 'same', by: 'unit' },
  submit: { from: ['self-assessment'], to: 'block-review', by: 'unit' },
  'save-review': { from: ['block-review'], to: 'same', by: 'reviewer' },
  review: { from: ['block-review'], to: 'explanation', by: 'reviewer' },
  return: { from: ['block-review'], to: 'self-assessment', by: 'reviewer' },
  'save-explanation': { from: ['explanation'], to: 'same', by: 'unit' },
  explain: { from: ['explanation'], to: 'final-review', by: 'unit' },
  'save-final': { from: ['explanation', 'final-review'], to: 'same', by: 'staff' },
  finalize: { from: ['explanation', 'final-review'], to: 'locked', by: 'staff' },
};

export const ASSESSMENT_STATUS_LABELS: Record<AssessmentStatus, string> = {
  'self-assessment': 'Đơn vị tự chấm',
  'block-review': 'Trưởng khối chấm',
  explanation: 'Đơn vị giải trình',
  'final-review': 'Thẩm định cuối',
  locked: 'Đã khóa',
};

const ACTION_LABELS: Record<AssessmentAction, string> = {
  'save-self': 'lưu điểm tự chấm',
  submit: 'gửi bảng tự chấm',
  'save-review': 'lưu điểm chấm',
  review: 'chuyển kết quả chấm cho đơn vị',
  return: 'trả lại bảng tự chấm',
  'save-explanation': 'lưu giải trình',
  explain: 'gửi giải trình',
  'save-final': 'lưu điểm thẩm định',
  finalize: 'chốt điểm',
};

const ACTOR_LABELS: Record<AssessmentActor, string> = {
  unit: 'chính đơn vị được chấm',
  reviewer: 'đơn vị chấm (trưởng khối, hoặc phó khối với bảng của trưởng khối)',
  staff: 'cán bộ thường trực thi đua – khen thưởng',
};

/** The reviewer of a unit's sheet: the head unit, or the deputy when the unit is the head; null if none. */
export function reviewerUnitOf(
  unitId: string,
  headUnitId: string | null,
  deputyUnitId: string | null,
): string | null {
  const reviewer = unitId === headUnitId ? deputyUnitId : headUnitId;
  return reviewer === unitId ? null : reviewer;
}

export type StepCheck = { ok: true; to: AssessmentStatus } | { ok: false; message: string };

/**
 * Whether `actorUnitId` (acting as `as`) may take `action` on the sheet of `unitId` in `status`.
 * The same unit can never be the reviewer or the final reviewer of its own sheet.
 */
export function checkStep(input: {
  action: AssessmentAction;
  status: AssessmentStatus;
  as: AssessmentActor;
  actorUnitId: string | null;
  unitId: string;
  reviewerUnitId: string | null;
}): StepCheck {
  const step = REVIEW_CHAIN[input.action];
  if (input.as !== step.by) {
    return { ok: false, message: `Chỉ ${ACTOR_LABELS[step.by]} mới được ${ACTION_LABELS[input.action]}.` };
  }
  if ((input.as === 'reviewer' || input.as === 'staff') && input.actorUnitId === input.unitId) {
    return {
      ok: false,
      message: 'Không đơn vị nào được tự chấm hoặc tự thẩm định bảng điểm của chính mình.',
    };
  }
  if (
    input.as === 'reviewer' &&
    (input.reviewerUnitId === null || input.actorUnitId !== input.reviewerUnitId)
  ) {
    return { ok: false, message: `Chỉ ${ACTOR_LABELS.reviewer} mới được ${ACTION_LABELS[input.action]}.` };
  }
  if (input.as === 'unit' && input.actorUnitId !== input.unitId) {
    return { ok: false, message: `Chỉ ${ACTOR_LABELS.unit} mới được ${ACTION_LABELS[input.action]}.` };
  }
  if (!step.from.includes(input.status)) {
    return {
      ok: false,
      message: `Bảng điểm đang ở bước “${ASSESSMENT_STATUS_LABELS[input.status]}” nên không thể ${ACTION_LABELS[input.action]}.`,
    };
  }
  return { ok: true, to: step.to === 'same' ? input.status : step.to };
}
