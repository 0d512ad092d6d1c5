import { baseSalaryOn, type Catalogue, coefficientOn, DEFAULT_CATALOGUE, mayConfer } from '../law/catalogue';
import { isInForce, LAW_2022_FROM } from '../law/periods';
import { computePrizeAmount } from '../law/prize';
import type { AwardCode, AwardDef, CandidateKind } from '../law/types';
import { type CriterionResult, type EvalContext, type PreparedCandidate, prepareCandidate } from './context';
import { parseEligibilityInput } from './input-schema';
import { COLLECTIVE_RULES } from './rules-collective';
import { FORM_RULES } from './rules-forms';
import { INDIVIDUAL_RULES } from './rules-individual';

/*
 * One candidate, one award, the law in force on the decision date (contracts.md §2.1). Validation
 * happens once at the edge; the rest is table lookups in a catalogue resolved once by the caller.
 */

export type EligibilityStatus = 'eligible' | 'needs-attestation' | 'ineligible';

export interface EligibilityOutput {
  award: AwardCode;
  eligible: boolean;
  status: EligibilityStatus;
  canConfer: boolean;
  criteria: CriterionResult[];
  prize: { coefficient: number; baseSalary: number; amount: number; items: string[] };
}

/** The law the catalogue knows does not cover the date; the message names the field. */
export class EligibilityRuleError extends Error {}

type Rule = (ctx: EvalContext) => CriterionResult | undefined;

const RULES = new Map<string, Rule>(
  Object.entries({ ...INDIVIDUAL_RULES, ...COLLECTIVE_RULES, ...FORM_RULES }),
);

/** Rule functions per award and kind, looked up once per award definition rather than per call. */
const compiled = new WeakMap<AwardDef, Partial<Record<CandidateKind, Rule[]>>>();

function rulesFor(award: AwardDef, kind: CandidateKind): Rule[] | undefined {
  let byKind = compiled.get(award);
  if (!byKind) {
    byKind = {};
    for (const k of award.kinds)
      byKind[k] = (award.criteria[k] ?? []).map((id) => {
        const rule = RULES.get(id);
        if (!rule) throw new Error(`No rule implements criterion ${id}`);
        return rule;
      });
    compiled.set(award, byKind);
  }
  return byKind[kind];
}

export function statusOf(criteria: readonly CriterionResult[]): EligibilityStatus {
  let unknown = false;
  for (const c of criteria) {
    if (c.ok === false) return 'ineligible';
    if (c.ok === null) unknown = true;
  }
  return unknown ? 'needs-attestation' : 'eligible';
}

function checkDate(prepared: PreparedCandidate, catalogue: Catalogue): void {
  if (prepared.decisionDate < LAW_2022_FROM)
    throw new EligibilityRuleError(
      `decisionDate: ngày quyết định ${prepared.decisionDate} trước 01/01/2024, danh mục chưa có quy định ` +
        `(Luật Thi đua, khen thưởng 2003) / decisionDate: no rules in the catalogue before 2024-01-01`,
    );
  if (!baseSalaryOn(catalogue, prepared.decisionDate))
    throw new EligibilityRuleError(
      `decisionDate: chưa có mức lương cơ sở áp dụng ngày ${prepared.decisionDate} / no base salary in force`,
    );
}

/** Evaluate an already validated and indexed candidate: the hot path of the batch helper. */
export function evaluatePrepared(
  prepared: PreparedCandidate,
  awardCode: AwardCode,
  catalogue: Catalogue = DEFAULT_CATALOGUE,
): EligibilityOutput {
  checkDate(prepared, catalogue);
  const award = catalogue.awards.get(awardCode);
  if (!award) throw new EligibilityRuleError(`award: không có danh hiệu ${awardCode} / unknown award`);
  // Explicit fields, not a spread: one hidden class for every context keeps the hot path monomorphic.
  const ctx: EvalContext = {
    input: prepared.input,
    candidate: prepared.candidate,
    year: prepared.year,
    decisionDate: prepared.decisionDate,
    recordByYear: prepared.recordByYear,
    nonMerit: prepared.nonMerit,
    merit: prepared.merit,
    disciplineEnd: prepared.disciplineEnd,
    award,
    catalogue,
  };
  const kind = prepared.candidate.kind;
  const level = prepared.input.authority.level;
  const date = prepared.decisionDate;
  const criteria: CriterionResult[] = [];
  const rules = rulesFor(award, kind);
  if (!rules) {
    criteria.push({
      id: 'award.candidate-kind',
      ok: false,
      source: award.source,
      message: `"${award.name}" không xét cho đối tượng này (${kind}); chỉ xét cho: ${award.kinds.join(', ')}`,
    });
  } else {
    if (!isInForce(award.effective, date))
      criteria.push({
        id: 'award.in-force',
        ok: false,
        source: award.source,
        message: `"${award.name}" không còn hiệu lực vào ngày quyết định`,
      });
    for (const rule of rules) {
      const outcome = rule(ctx);
      if (outcome) criteria.push(outcome);
    }
  }
  const status = statusOf(criteria);
  const coefficient = coefficientOn(catalogue, awardCode, kind, level, date)?.value ?? 0;
  const baseSalary = baseSalaryOn(catalogue, date)?.value ?? 0;
  return {
    award: awardCode,
    eligible: status !== 'ineligible',
    status,
    canConfer: mayConfer(catalogue, awardCode, level, date),
    criteria,
    prize: {
      coefficient,
      baseSalary,
      amount: computePrizeAmount(coefficient, baseSalary),
      items: [...(award.items[kind] ?? [])],
    },
  };
}

/** Validate the input (throws EligibilityInputError naming the bad field) and evaluate it. */
export function evaluateEligibility(
  input: unknown,
  catalogue: Catalogue = DEFAULT_CATALOGUE,
): EligibilityOutput {
  const parsed = parseEligibilityInput(input);
  return evaluatePrepared(prepareCandidate(parsed), parsed.award, catalogue);
}
