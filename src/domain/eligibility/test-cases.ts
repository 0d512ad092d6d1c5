import { expect } from 'vitest';
import type { Catalogue } from '../law/catalogue';
import { type EligibilityStatus, evaluateEligibility } from './evaluate-eligibility';
import type { EligibilityInputRaw } from './input-schema';

/** One row of a rule table: an input, the expected status and the expected ok of named criteria. */
export interface RuleCase {
  name: string;
  input: EligibilityInputRaw;
  status?: EligibilityStatus;
  criteria?: Record<string, boolean | null>;
  /** Criteria that must not be reported (not applicable to this candidate). */
  absent?: string[];
  canConfer?: boolean;
  amount?: number;
}

/** Assert a rule case; used by every table in this folder. */
export function checkRuleCase(c: RuleCase, catalogue?: Catalogue): void {
  const out = evaluateEligibility(c.input, catalogue);
  if (c.status) expect(out.status, JSON.stringify(out.criteria, null, 1)).toBe(c.status);
  expect(out.eligible).toBe(out.status !== 'ineligible');
  for (const [id, ok] of Object.entries(c.criteria ?? {})) {
    const found = out.criteria.find((x) => x.id === id);
    expect(found, `criterion ${id} in ${out.criteria.map((x) => x.id).join(', ')}`).toBeDefined();
    expect(found?.ok, `${id}: ${found?.message}`).toBe(ok);
  }
  for (const id of c.absent ?? []) expect(out.criteria.map((x) => x.id)).not.toContain(id);
  if (c.canConfer !== undefined) expect(out.canConfer).toBe(c.canConfer);
  if (c.amount !== undefined) expect(out.prize.amount).toBe(c.amount);
  for (const x of out.criteria) {
    expect(x.source.length).toBeGreaterThan(0);
    expect(x.message.length).toBeGreaterThan(0);
  }
}
