import { buildAuthoritySeries, VOTE_THRESHOLD_SERIES } from './authority';
import { COLLECTIVE_TITLE_AWARDS, COLLECTIVE_TITLE_CRITERIA } from './collective-titles';
import { FORM_AWARDS, FORM_CRITERIA } from './forms';
import { INDIVIDUAL_TITLE_AWARDS, INDIVIDUAL_TITLE_CRITERIA, PRINCIPLE_CRITERIA } from './individual-titles';
import { PARAMETERS } from './parameters';
import { pickInForce } from './periods';
import { PRINCIPLES } from './principles';
import { BASE_SALARY_SERIES, COEFFICIENT_SERIES } from './prize';
import {
  AUTHORITY_LEVELS,
  type AuthorityLevel,
  AWARD_CODES,
  type AwardCode,
  type AwardDef,
  CANDIDATE_KINDS,
  type CandidateKind,
  type CriterionDef,
  type Dated,
  type IsoDate,
  type LawOverride,
  type ParameterDef,
  type PrincipleDef,
} from './types';

/** The law as the engine reads it: base data plus administrators' dated overrides, indexed once. */
export interface Catalogue {
  awards: ReadonlyMap<AwardCode, AwardDef>;
  criteria: ReadonlyMap<string, CriterionDef>;
  principles: readonly PrincipleDef[];
  parameters: ReadonlyMap<string, ParameterDef>;
  /** Each series sorted so the first entry in force wins: overrides (latest first), then base data. */
  coefficients: ReadonlyMap<string, readonly Dated<number>[]>;
  baseSalary: readonly Dated<number>[];
  authority: ReadonlyMap<string, readonly Dated<boolean>[]>;
  voteThresholds: ReadonlyMap<string, readonly Dated<number>[]>;
  overrides: readonly LawOverride[];
}

/** An override that cannot apply; the message names it, in Vietnamese then English. */
export class LawOverrideError extends Error {}

const ALL_AWARDS: readonly AwardDef[] = [
  ...INDIVIDUAL_TITLE_AWARDS,
  ...COLLECTIVE_TITLE_AWARDS,
  ...FORM_AWARDS,
];
const ALL_CRITERIA: readonly CriterionDef[] = [
  ...PRINCIPLE_CRITERIA,
  ...INDIVIDUAL_TITLE_CRITERIA,
  ...COLLECTIVE_TITLE_CRITERIA,
  ...FORM_CRITERIA,
];
const AUTHORITY_SERIES = buildAuthoritySeries(AWARD_CODES);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function fail(o: LawOverride, vi: string, en: string): never {
  throw new LawOverrideError(
    `Điều chỉnh "${o.id}" không hợp lệ: ${vi} / override "${o.id}" is invalid: ${en}`,
  );
}

function checkTarget(o: LawOverride): void {
  const parts = o.target.split(':');
  const isAward = (s: string) => (AWARD_CODES as readonly string[]).includes(s);
  const isLevel = (s: string) => (AUTHORITY_LEVELS as readonly string[]).includes(s);
  const isKind = (s: string) => (CANDIDATE_KINDS as readonly string[]).includes(s);
  const ok = (() => {
    switch (o.kind) {
      case 'coefficient':
        return (
          (parts.length === 2 || parts.length === 3) &&
          isAward(parts[0]) &&
          isKind(parts[1]) &&
          (parts.length === 2 || isLevel(parts[2]))
        );
      case 'base-salary':
        return o.target === 'base-salary';
      case 'vote-threshold':
        return parts.length === 1 && isAward(parts[0]);
      case 'parameter':
        return PARAMETERS.some((p) => p.id === o.target);
      case 'authority':
        return parts.length === 2 && isAward(parts[0]) && isLevel(parts[1]);
    }
  })();
  if (!ok) fail(o, `đích "${o.target}" không tồn tại cho loại ${o.kind}`, `unknown target for ${o.kind}`);
}

function checkValue(o: LawOverride): void {
  const v = o.value;
  const isNumber = typeof v === 'number' && Number.isFinite(v);
  switch (o.kind) {
    case 'coefficient':
      if (!isNumber || v < 0) fail(o, 'hệ số phải là số không âm', 'coefficient must be a number ≥ 0');
      return;
    case 'base-salary':
      if (!isNumber || !Number.isInteger(v) || v <= 0)
        fail(o, 'mức lương cơ sở phải là số nguyên dương (đồng)', 'base salary must be a positive integer');
      return;
    case 'vote-threshold':
      if (!isNumber || v <= 0 || v > 1)
        fail(o, 'ngưỡng biểu quyết phải trong khoảng (0, 1]', 'vote threshold must be in (0, 1]');
      return;
    case 'parameter':
      if (v !== null && (!isNumber || v < 0))
        fail(o, 'tham số phải là số không âm hoặc null', 'parameter must be a number ≥ 0 or null');
      return;
    case 'authority':
      if (typeof v !== 'boolean') fail(o, 'giá trị phải là true/false', 'value must be a boolean');
      return;
  }
}

function validateOverride(o: LawOverride): void {
  if (!o.id) throw new LawOverrideError('Điều chỉnh thiếu mã / override without id');
  if (!o.source?.trim()) fail(o, 'thiếu căn cứ pháp lý', 'source text is required');
  if (!isIsoDate(o.effectiveFrom)) fail(o, 'ngày hiệu lực không hợp lệ', 'invalid effectiveFrom');
  if (o.effectiveTo !== undefined && (!isIsoDate(o.effectiveTo) || o.effectiveTo < o.effectiveFrom))
    fail(o, 'ngày hết hiệu lực không hợp lệ', 'invalid effectiveTo');
  checkTarget(o);
  checkValue(o);
}

function toDated<T>(o: LawOverride): Dated<T> {
  return {
    value: o.value as T,
    from: o.effectiveFrom,
    ...(o.effectiveTo ? { to: o.effectiveTo } : {}),
    source: o.source,
    verified: true,
    overrideId: o.id,
  };
}

/** Overrides first, latest effectiveFrom first (the later-listed of two equal dates wins); base after. */
function merge<T>(base: readonly Dated<T>[], added: readonly Dated<T>[]): Dated<T>[] {
  const byDateDesc = (a: Dated<T>, b: Dated<T>) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0);
  return [...[...added].reverse().sort(byDateDesc), ...[...base].sort(byDateDesc)];
}

function mergeInto<T>(
  base: Record<string, readonly Dated<T>[]>,
  overrides: readonly LawOverride[],
  kind: LawOverride['kind'],
): Map<string, Dated<T>[]> {
  const keys = new Set([
    ...Object.keys(base),
    ...overrides.filter((o) => o.kind === kind).map((o) => o.target),
  ]);
  const out = new Map<string, Dated<T>[]>();
  for (const key of keys) {
    const added = overrides.filter((o) => o.kind === kind && o.target === key).map((o) => toDated<T>(o));
    out.set(key, merge(base[key] ?? [], added));
  }
  return out;
}

/** The catalogue in force: the shipped law plus validated overrides. Resolve once, evaluate many times. */
export function resolveCatalogue(overrides: readonly LawOverride[] = []): Catalogue {
  for (const o of overrides) validateOverride(o);
  const parameters = new Map<string, ParameterDef>();
  for (const p of PARAMETERS) {
    const added = overrides.filter((o) => o.kind === 'parameter' && o.target === p.id);
    parameters.set(p.id, {
      ...p,
      series: merge(
        p.series,
        added.map((o) => toDated<number | null>(o)),
      ),
    });
  }
  const salaryOverrides = overrides.filter((o) => o.kind === 'base-salary').map((o) => toDated<number>(o));
  return {
    awards: new Map(ALL_AWARDS.map((a) => [a.code, a])),
    criteria: new Map(ALL_CRITERIA.map((c) => [c.id, c])),
    principles: PRINCIPLES,
    parameters,
    coefficients: mergeInto(COEFFICIENT_SERIES, overrides, 'coefficient'),
    baseSalary: merge(BASE_SALARY_SERIES, salaryOverrides),
    authority: mergeInto(AUTHORITY_SERIES, overrides, 'authority'),
    voteThresholds: mergeInto(VOTE_THRESHOLD_SERIES, overrides, 'vote-threshold'),
    overrides: [...overrides],
  };
}

/** The shipped law without overrides, resolved once for callers that have none. */
export const DEFAULT_CATALOGUE: Catalogue = resolveCatalogue();

export function baseSalaryOn(catalogue: Catalogue, date: IsoDate): Dated<number> | undefined {
  return pickInForce(catalogue.baseSalary, date);
}

/**
 * The coefficient for an award, candidate kind and conferring level. A level-specific value (D98's
 * commune Giấy khen) wins over the general one, unless only the general one was overridden.
 */
export function coefficientOn(
  catalogue: Catalogue,
  award: AwardCode,
  kind: CandidateKind,
  level: AuthorityLevel,
  date: IsoDate,
): Dated<number> | undefined {
  const specific = pickInForce(catalogue.coefficients.get(`${award}:${kind}:${level}`), date);
  const general = pickInForce(catalogue.coefficients.get(`${award}:${kind}`), date);
  if (specific?.overrideId) return specific;
  if (general?.overrideId) return general;
  return specific ?? general;
}

export function mayConfer(
  catalogue: Catalogue,
  award: AwardCode,
  level: AuthorityLevel,
  date: IsoDate,
): boolean {
  return pickInForce(catalogue.authority.get(`${award}:${level}`), date)?.value === true;
}

export function voteThresholdOn(
  catalogue: Catalogue,
  award: AwardCode,
  date: IsoDate,
): Dated<number> | undefined {
  return pickInForce(catalogue.voteThresholds.get(award), date);
}

/** A parameter's value on a date; null = switched off. Unknown ids are a programming error. */
export function parameterOn(catalogue: Catalogue, id: string, date: IsoDate): number | null {
  const def = catalogue.parameters.get(id);
  if (!def) throw new Error(`Unknown law parameter ${id}`);
  const entry = pickInForce(def.series, date);
  return entry ? entry.value : null;
}

/** The citation of a criterion in force on the date (falls back to its first source). */
export function criterionSourceOn(catalogue: Catalogue, id: string, date: IsoDate): string {
  const def = catalogue.criteria.get(id);
  if (!def) throw new Error(`Unknown criterion ${id}`);
  return (pickInForce(def.sources, date) ?? def.sources[0]).value;
}
