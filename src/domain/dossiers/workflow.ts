import type { Role } from '../../shared/codes';
import {
  DOSSIER_ACTION_LABELS,
  DOSSIER_STATE_LABELS,
  type DossierAction,
  type DossierState,
} from '../../shared/dossier-codes';

/*
 * The dossier lifecycle as one explicit table (issue 5 item 2; conventions §4): for each action, the
 * states it may start from, the state it leads to, the roles that may take it, whether a written reason
 * is required, and which side acts ('unit' = the proposing unit, 'office' = the TĐKT staff office and
 * the deciding bodies). Unit scope (own subtree) is checked by the server on top of this table.
 */

export type DossierSide = 'unit' | 'office';

export interface TransitionRule {
  from: readonly DossierState[];
  to: DossierState;
  roles: readonly Role[];
  reasonRequired: boolean;
  side: DossierSide;
}

const OFFICE: readonly Role[] = ['staff', 'admin'];

export const DOSSIER_TRANSITIONS: Record<DossierAction, TransitionRule> = {
  /** The unit head signs the cover letter and sends the dossier. */
  submit: { from: ['draft'], to: 'submitted', roles: ['unitHead'], reasonRequired: false, side: 'unit' },
  receive: {
    from: ['submitted', 'resubmitted'],
    to: 'received',
    roles: OFFICE,
    reasonRequired: false,
    side: 'office',
  },
  'start-appraisal': {
    from: ['received'],
    to: 'appraisal',
    roles: OFFICE,
    reasonRequired: false,
    side: 'office',
  },
  /** Back to the unit for supplements: always with the reason the unit must act on. */
  return: {
    from: ['submitted', 'resubmitted', 'received', 'appraisal', 'council'],
    to: 'returned',
    roles: OFFICE,
    reasonRequired: true,
    side: 'office',
  },
  resubmit: {
    from: ['returned'],
    to: 'resubmitted',
    roles: ['unitHead'],
    reasonRequired: false,
    side: 'unit',
  },
  'send-to-council': {
    from: ['appraisal'],
    to: 'council',
    roles: OFFICE,
    reasonRequired: false,
    side: 'office',
  },
  /** Used by the council module after the tally. */
  'publish-notice': {
    from: ['council'],
    to: 'public-notice',
    roles: [...OFFICE, 'councilSecretary'],
    reasonRequired: false,
    side: 'office',
  },
  /** Used by the decisions module when the chairman's decision is issued. */
  decide: {
    from: ['public-notice'],
    to: 'decided',
    roles: [...OFFICE, 'chairman'],
    reasonRequired: false,
    side: 'office',
  },
  reject: {
    from: ['submitted', 'resubmitted', 'received', 'appraisal', 'council', 'public-notice'],
    to: 'rejected',
    roles: [...OFFICE, 'chairman'],
    reasonRequired: true,
    side: 'office',
  },
  /** The proposing unit takes its dossier back before the council has voted on it. */
  withdraw: {
    from: ['draft', 'submitted', 'resubmitted', 'received', 'appraisal', 'returned'],
    to: 'withdrawn',
    roles: ['unitHead', 'unitClerk'],
    reasonRequired: true,
    side: 'unit',
  },
};

/** States in which nothing happens any more. */
export const FINAL_STATES: readonly DossierState[] = ['decided', 'rejected', 'withdrawn'];
/** States in which the unit may edit the content (nominees, reports, minutes, attachments). */
export const EDITABLE_STATES: readonly DossierState[] = ['draft', 'returned'];
/** States in which the office's clock runs (processing time is measured over these). */
export const OFFICE_STATES: readonly DossierState[] = [
  'submitted',
  'resubmitted',
  'received',
  'appraisal',
  'council',
  'public-notice',
];

export type TransitionErrorCode = 'forbidden-transition' | 'role-not-allowed' | 'reason-required';

export type TransitionCheck =
  | { ok: true; to: DossierState; rule: TransitionRule }
  | { ok: false; code: TransitionErrorCode; message: string };

/**
 * Whether `action` may be taken on a dossier in `state` by someone holding `roles`, with `reason`.
 * The table is checked first so a move it forbids is reported as such whoever asks.
 */
export function checkTransition(
  state: DossierState,
  action: DossierAction,
  actor: { roles: readonly Role[]; reason?: string | null },
): TransitionCheck {
  const rule = DOSSIER_TRANSITIONS[action];
  const label = DOSSIER_ACTION_LABELS[action].toLowerCase();
  if (!rule.from.includes(state)) {
    return {
      ok: false,
      code: 'forbidden-transition',
      message: `Hồ sơ đang ở trạng thái “${DOSSIER_STATE_LABELS[state]}” nên không thể ${label}.`,
    };
  }
  if (!actor.roles.some((role) => rule.roles.includes(role))) {
    return {
      ok: false,
      code: 'role-not-allowed',
      message: `Vai trò của bạn không được ${label} hồ sơ.`,
    };
  }
  if (rule.reasonRequired && !actor.reason?.trim()) {
    return { ok: false, code: 'reason-required', message: `Cần ghi rõ lý do khi ${label} hồ sơ.` };
  }
  return { ok: true, to: rule.to, rule };
}

/** The actions the table offers someone holding `roles` on a dossier in `state` (for the buttons). */
export function allowedActions(state: DossierState, roles: readonly Role[]): DossierAction[] {
  return (Object.keys(DOSSIER_TRANSITIONS) as DossierAction[]).filter((action) => {
    const rule = DOSSIER_TRANSITIONS[action];
    return rule.from.includes(state) && roles.some((role) => rule.roles.includes(role));
  });
}
