/*
 * Shapes of the law catalogue. Everything a rule needs to know about the law (who may confer, how much,
 * which threshold) is a dated value with its legal source, so a new decree or a provincial regulation is
 * a data change (an override), never a code change.
 */

/** Award codes of shared/domain/glossary.md, plus the higher awards a commune only proposes. */
export const AWARD_CODES = [
  'lao-dong-tien-tien',
  'chien-si-thi-dua-co-so',
  'chien-si-thi-dua-cap-tinh',
  'chien-si-thi-dua-toan-quoc',
  'tap-the-lao-dong-tien-tien',
  'tap-the-lao-dong-xuat-sac',
  'co-thi-dua-ubnd-tinh',
  'co-thi-dua-chinh-phu',
  'xa-phuong-tieu-bieu',
  'thon-to-dan-pho-van-hoa',
  'gia-dinh-van-hoa',
  'giay-khen',
  'bang-khen-chu-tich-ubnd-tinh',
  'bang-khen-thu-tuong',
] as const;
export type AwardCode = (typeof AWARD_CODES)[number];

export const AUTHORITY_LEVELS = ['commune', 'district', 'province', 'agency', 'enterprise'] as const;
export type AuthorityLevel = (typeof AUTHORITY_LEVELS)[number];

export const CANDIDATE_KINDS = ['individual', 'collective', 'household'] as const;
export type CandidateKind = (typeof CANDIDATE_KINDS)[number];

/** ISO date 'YYYY-MM-DD'; compared as strings, which orders them correctly and costs nothing. */
export type IsoDate = string;

/** A value in force from `from` to `to` (both inclusive; no `to` = still in force). */
export interface Dated<T> {
  value: T;
  from: IsoDate;
  to?: IsoDate;
  /** The legal text it comes from, in Vietnamese, e.g. "Nghị định 152/2025/NĐ-CP, Điều 50". */
  source: string;
  /** false for the UNVERIFIED items of legal.md: shipped as defaults, listed in the UI. */
  verified: boolean;
  note?: string;
  /** Set when an administrator's override supplied this value. */
  overrideId?: string;
}

export type AwardClass = 'title' | 'form';

/** One criterion as the law states it; the evaluator decides it, the catalogue names and cites it. */
export interface CriterionDef {
  id: string;
  /** What the criterion requires, in Vietnamese, for a UI listing criteria to attest. */
  label: string;
  /** Dated sources: a principle restated by a later decree cites the decree in force on the date. */
  sources: Dated<string>[];
  /** Only a person can judge it: ok null unless attested. */
  isQualitative: boolean;
}

export interface AwardDef {
  code: AwardCode;
  awardClass: AwardClass;
  /** Name as printed on a decision. */
  name: string;
  kinds: readonly CandidateKind[];
  source: string;
  effective: { from: IsoDate; to?: IsoDate };
  /** Award items handed over with the prize, per candidate kind. */
  items: Partial<Record<CandidateKind, readonly string[]>>;
  /** Criterion ids the evaluator reports for this award (per candidate kind), in output order. */
  criteria: Partial<Record<CandidateKind, readonly string[]>>;
  verified: boolean;
  note?: string;
}

/** A numeric parameter of a criterion; null switches it off (e.g. no CSTĐCS cap). */
export interface ParameterDef {
  id: string;
  label: string;
  unit: 'months' | 'ratio' | 'count' | 'years';
  series: Dated<number | null>[];
}

/** One principle of Decree 152 Art 4 (same text in Decree 98 Art 4), as data a UI can show. */
export interface PrincipleDef {
  id: string;
  text: string;
  sources: Dated<string>[];
}

export type LawOverrideKind = 'coefficient' | 'base-salary' | 'vote-threshold' | 'parameter' | 'authority';

/**
 * A dated amendment an administrator records (stored in the database by the settings module) when a
 * decree or a provincial regulation changes a number. Targets:
 * - coefficient: `<award>:<kind>` or `<award>:<kind>:<authority level>`; value: number ≥ 0
 * - base-salary: `base-salary`; value: VND per month (integer > 0)
 * - vote-threshold: `<award>`; value: share of all council members in (0, 1]
 * - parameter: a parameter id (e.g. `ldtt.min-months-of-service`); value: number, or null to switch off
 * - authority: `<award>:<authority level>`; value: true (may confer) or false
 */
export interface LawOverride {
  id: string;
  kind: LawOverrideKind;
  target: string;
  value: number | boolean | null;
  effectiveFrom: IsoDate;
  effectiveTo?: IsoDate;
  /** The text that makes the change, e.g. "Quyết định 12/2026/QĐ-UBND tỉnh Lai Châu, Điều 5". */
  source: string;
}
