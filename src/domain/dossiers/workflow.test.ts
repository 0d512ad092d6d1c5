import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../shared/codes';
import {
  DOSSIER_ACTIONS,
  DOSSIER_STATES,
  type DossierAction,
  type DossierState,
} from '../../shared/dossier-codes';
import { allowedActions, checkTransition } from './workflow';

/*
 * Issue 5 item 2 and quality A4: every (state, action) pair. The expected moves are written here by hand
 * (not read from the table), so a change to the table that is not also made here fails.
 */
const ALLOWED: Record<string, DossierState> = {
  'draft/submit': 'submitted',
  'draft/withdraw': 'withdrawn',
  'submitted/receive': 'received',
  'submitted/return': 'returned',
  'submitted/reject': 'rejected',
  'submitted/withdraw': 'withdrawn',
  'resubmitted/receive': 'received',
  'resubmitted/return': 'returned',
  'resubmitted/reject': 'rejected',
  'resubmitted/withdraw': 'withdrawn',
  'received/start-appraisal': 'appraisal',
  'received/return': 'returned',
  'received/reject': 'rejected',
  'received/withdraw': 'withdrawn',
  'appraisal/return': 'returned',
  'appraisal/send-to-council': 'council',
  'appraisal/reject': 'rejected',
  'appraisal/withdraw': 'withdrawn',
  'returned/resubmit': 'resubmitted',
  'returned/withdraw': 'withdrawn',
  'council/publish-notice': 'public-notice',
  'council/return': 'returned',
  'council/reject': 'rejected',
  'public-notice/decide': 'decided',
  'public-notice/reject': 'rejected',
};

/** Who may take each action (the unit head signs for the unit; the office moves it along). */
const ACTORS: Record<DossierAction, Role[]> = {
  submit: ['unitHead'],
  resubmit: ['unitHead'],
  withdraw: ['unitHead', 'unitClerk'],
  receive: ['staff', 'admin'],
  'start-appraisal': ['staff', 'admin'],
  return: ['staff', 'admin'],
  'send-to-council': ['staff', 'admin'],
  'publish-notice': ['staff', 'admin', 'councilSecretary'],
  decide: ['staff', 'admin', 'chairman'],
  reject: ['staff', 'admin', 'chairman'],
};
const NEEDS_REASON: DossierAction[] = ['return', 'reject', 'withdraw'];

const pairs = DOSSIER_STATES.flatMap((state) => DOSSIER_ACTIONS.map((action) => ({ state, action })));

describe('dossier transition table: every (state, action) pair', () => {
  it('covers 11 states × 10 actions', () => expect(pairs).toHaveLength(110));

  it.each(pairs)('$state + $action', ({ state, action }) => {
    const expected = ALLOWED[`${state}/${action}`];
    const result = checkTransition(state, action, { roles: ACTORS[action], reason: 'Lý do cụ thể' });
    if (expected) {
      expect(result).toMatchObject({ ok: true, to: expected });
    } else {
      expect(result).toMatchObject({ ok: false, code: 'forbidden-transition' });
      if (!result.ok) expect(result.message).toMatch(/^Hồ sơ đang ở trạng thái “.+” nên không thể /);
    }
  });
});

describe('roles and reasons', () => {
  const allowedPairs = Object.keys(ALLOWED).map((key) => {
    const [state, action] = key.split('/') as [DossierState, DossierAction];
    return { state, action };
  });

  it.each(allowedPairs)('$state + $action: refused to every other role', ({ state, action }) => {
    for (const role of ROLES.filter((r) => !ACTORS[action].includes(r))) {
      expect(checkTransition(state, action, { roles: [role], reason: 'x' })).toMatchObject({
        ok: false,
        code: 'role-not-allowed',
      });
    }
  });

  it.each(allowedPairs)('$state + $action: reason rule', ({ state, action }) => {
    for (const reason of [undefined, '', '   ']) {
      const result = checkTransition(state, action, { roles: ACTORS[action], reason });
      if (NEEDS_REASON.includes(action)) {
        expect(result).toMatchObject({ ok: false, code: 'reason-required' });
      } else {
        expect(result.ok).toBe(true);
      }
    }
  });

  it('a forbidden move is reported as such even to a role that could never take it', () => {
    expect(checkTransition('decided', 'submit', { roles: ['councilMember'] })).toMatchObject({
      code: 'forbidden-transition',
    });
  });

  it('offers the buttons of the table for the current user', () => {
    expect(allowedActions('draft', ['unitClerk'])).toEqual(['withdraw']);
    expect(allowedActions('draft', ['unitHead'])).toEqual(['submit', 'withdraw']);
    expect(allowedActions('appraisal', ['staff'])).toEqual(['return', 'send-to-council', 'reject']);
    expect(allowedActions('returned', ['staff'])).toEqual([]);
    expect(allowedActions('decided', ROLES)).toEqual([]);
  });
});
