import type { Rating, StaffType } from '../../shared/codes';
import { type Catalogue, criterionSourceOn, parameterOn } from '../law/catalogue';
import type { AwardDef, IsoDate } from '../law/types';
import type { Candidate, EligibilityInput } from './input-schema';

/*
 * What every rule reads: the parsed input indexed once per candidate (records by year, titles that
 * may count), plus small builders so each criterion is a few lines. Indexing once matters: the
 * benchmark evaluates every individual award for 200,000 people.
 */

export interface CriterionResult {
  id: string;
  ok: boolean | null;
  source: string;
  message: string;
}

export const RATING_RANK: Record<Rating, number> = { incomplete: 0, complete: 1, good: 2, excellent: 3 };

export const NEEDS_ATTESTATION = 'cần người có thẩm quyền xác nhận';

/** The candidate with its derived indexes; independent of the award, so reused across awards. */
export interface PreparedCandidate {
  input: EligibilityInput;
  candidate: Candidate;
  year: number;
  decisionDate: IsoDate;
  recordByYear: Map<number, Candidate['records'][number]>;
  /** `<award>:<year>` of ad-hoc or thematic commendations: never a basis for merit (D152 Art 4(3)). */
  nonMerit: Set<string>;
  /** `<award>:<year>` of merit commendations given outside `records[].titles`. */
  merit: Set<string>;
  /** The latest end of a discipline imposed by the decision date ('9999-12-31' if still open), or null. */
  disciplineEnd: IsoDate | null;
}

export function prepareCandidate(input: EligibilityInput): PreparedCandidate {
  const candidate = input.candidate;
  const decisionDate = input.decisionDate ?? `${input.year}-12-31`;
  const recordByYear = new Map<number, Candidate['records'][number]>();
  for (const r of candidate.records) recordByYear.set(r.year, r);
  const nonMerit = new Set<string>();
  const merit = new Set<string>();
  for (const c of candidate.commendations ?? [])
    (c.track === 'merit' ? merit : nonMerit).add(`${c.award}:${c.year}`);
  let disciplineEnd: IsoDate | null = null;
  for (const d of candidate.discipline) {
    if (d.from > decisionDate) continue;
    const end = d.to ?? '9999-12-31';
    if (disciplineEnd === null || end > disciplineEnd) disciplineEnd = end;
  }
  return {
    input,
    candidate,
    year: input.year,
    decisionDate,
    recordByYear,
    nonMerit,
    merit,
    disciplineEnd,
  };
}

/** One evaluation: a prepared candidate against one award under one catalogue. */
export interface EvalContext extends PreparedCandidate {
  award: AwardDef;
  catalogue: Catalogue;
}

/** Law Art 24: (1) staff, (2) armed forces, (3) workers, farmers and other labourers. */
export type LdttGroup = 'staff' | 'armed' | 'worker';
const ART_24_3: readonly StaffType[] = ['worker', 'farmer', 'other'];

export function ldttGroup(c: Candidate): LdttGroup {
  if (c.staffType === 'armed-forces') return 'armed';
  if (c.staffType && ART_24_3.includes(c.staffType)) return 'worker';
  return 'staff';
}

export function result(ctx: EvalContext, id: string, ok: boolean | null, message: string): CriterionResult {
  return { id, ok, source: criterionSourceOn(ctx.catalogue, id, ctx.decisionDate), message };
}

/** A criterion only a person can judge: null until attested (contracts §2.1). */
export function qualitative(ctx: EvalContext, id: string): CriterionResult {
  const attested = ctx.candidate.attestations[id];
  if (attested === true) return result(ctx, id, true, 'Đã được người có thẩm quyền xác nhận đạt');
  if (attested === false) return result(ctx, id, false, 'Người có thẩm quyền xác nhận không đạt');
  return result(ctx, id, null, NEEDS_ATTESTATION);
}

export interface Option {
  ok: boolean | null;
  text: string;
}

/** An attestable option of a "one of" group. */
export function attestedOption(ctx: EvalContext, id: string, text: string): Option {
  const v = ctx.candidate.attestations[id];
  return {
    ok: v === undefined ? null : v,
    text: `${text} (${v === undefined ? NEEDS_ATTESTATION : v ? 'đã xác nhận' : 'xác nhận không đạt'})`,
  };
}

/** "One of": passes if any option passes, fails only if every option definitively fails. */
export function oneOf(ctx: EvalContext, id: string, options: readonly Option[]): CriterionResult {
  const attested = ctx.candidate.attestations[id];
  const passed = options.filter((o) => o.ok === true);
  if (passed.length > 0) return result(ctx, id, true, `Đạt: ${passed.map((o) => o.text).join('; ')}`);
  if (attested !== undefined) return qualitative(ctx, id);
  const failed = options.every((o) => o.ok === false);
  const listed = options.map((o) => o.text).join('; ');
  return failed
    ? result(ctx, id, false, `Không đạt điều kiện nào: ${listed}`)
    : result(ctx, id, null, `Chưa xác định được, ${NEEDS_ATTESTATION}: ${listed}`);
}

/** Combine parts: false if any false, null if any null, else true. */
export function allOf(parts: readonly (boolean | null)[]): boolean | null {
  let unknown = false;
  for (const p of parts) {
    if (p === false) return false;
    if (p === null) unknown = true;
  }
  return unknown ? null : true;
}

/** D152 Art 4(4): a year counts only if it starts after every discipline imposed so far has ended. */
export function isYearCounted(ctx: PreparedCandidate, year: number): boolean {
  return ctx.disciplineEnd === null || ctx.disciplineEnd < `${year}-01-01`;
}

/** Did the candidate hold this title for this year, in a way that may be used as a basis? */
export function hasTitle(ctx: PreparedCandidate, year: number, code: string): boolean {
  if (!isYearCounted(ctx, year)) return false;
  const key = `${code}:${year}`;
  if (ctx.nonMerit.has(key)) return false;
  return ctx.recordByYear.get(year)?.titles.includes(code) === true || ctx.merit.has(key);
}

/** Length of the run of consecutive years holding `code`, ending at `year`. */
export function chainEndingAt(ctx: PreparedCandidate, year: number, code: string): number {
  let n = 0;
  while (hasTitle(ctx, year - n, code)) n++;
  return n;
}

/** Run of consecutive counted years whose rating passes `test`, ending at `year`. */
export function ratingChainEndingAt(
  ctx: PreparedCandidate,
  year: number,
  test: (r: Candidate['records'][number]) => boolean,
): number {
  let n = 0;
  for (;;) {
    const r = ctx.recordByYear.get(year - n);
    if (!r || !isYearCounted(ctx, year - n) || !test(r)) return n;
    n++;
  }
}

const SCOPE_RANK = { grassroots: 0, province: 1, national: 2 } as const;
export type Scope = keyof typeof SCOPE_RANK;

type UsedFor = Candidate['initiatives'][number]['usedFor'];

/** Used for another award already? Re-evaluating the same award and year is not a second use. */
export function isUsedElsewhere(ctx: EvalContext, usedFor: UsedFor): boolean {
  if (usedFor === undefined) return false;
  if (typeof usedFor === 'string') return usedFor !== ctx.award.code;
  return usedFor.award !== ctx.award.code || (usedFor.year !== undefined && usedFor.year !== ctx.year);
}

/** Initiatives and science works dated in [from, decision date] with at least `minScope`. */
export function achievementsIn(
  ctx: EvalContext,
  from: IsoDate,
  minScope: Scope,
): { initiatives: number; scienceWorks: number; alreadyUsed: number } {
  let initiatives = 0;
  let scienceWorks = 0;
  let alreadyUsed = 0;
  const min = SCOPE_RANK[minScope];
  for (const i of ctx.candidate.initiatives) {
    if (i.recognizedOn < from || i.recognizedOn > ctx.decisionDate || SCOPE_RANK[i.scope] < min) continue;
    if (isUsedElsewhere(ctx, i.usedFor)) alreadyUsed++;
    else initiatives++;
  }
  for (const w of ctx.candidate.scienceWorks) {
    if (w.acceptedOn < from || w.acceptedOn > ctx.decisionDate || SCOPE_RANK[w.scope] < min) continue;
    if (isUsedElsewhere(ctx, w.usedFor)) alreadyUsed++;
    else scienceWorks++;
  }
  return { initiatives, scienceWorks, alreadyUsed };
}

export function param(ctx: EvalContext, id: string): number | null {
  return parameterOn(ctx.catalogue, id, ctx.decisionDate);
}

/** 2025-11-20 → 20/11/2025, as Vietnamese documents print dates. */
export function viDate(iso: IsoDate): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** share of `count` over `total` reaches `min`, compared on integers (0.7 × 10 must equal 7). */
export function reachesShare(count: number, total: number, min: number): boolean {
  return count * 10_000 >= Math.round(min * 10_000) * total;
}

export function percent(count: number, total: number): string {
  return `${Math.round((count / total) * 1000) / 10}%`;
}
