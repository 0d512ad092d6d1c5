import { sql } from 'drizzle-orm';
import {
  type EligibilityOutput,
  evaluateEligibility,
} from '../../../domain/eligibility/evaluate-eligibility';
import type { Catalogue } from '../../../domain/law/catalogue';
import type { Suggestion, SuggestionQuery } from '../../../shared/api/eligibility';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../auth/actor';
import { loadUnitInScope } from '../units/units.policy';
import { buildPersonHistories, buildUnitHistory } from './build-eligibility-input';

/** The data-driven awards a unit proposes each year (legal.md §1–2): two-year and three-year rules included. */
export const SUGGESTED_INDIVIDUAL_AWARDS = [
  'lao-dong-tien-tien',
  'chien-si-thi-dua-co-so',
  'chien-si-thi-dua-cap-tinh',
  'bang-khen-chu-tich-ubnd-tinh',
] as const;
export const SUGGESTED_COLLECTIVE_AWARDS = [
  'tap-the-lao-dong-tien-tien',
  'tap-the-lao-dong-xuat-sac',
  'bang-khen-chu-tich-ubnd-tinh',
] as const;
const COLLECTIVE_KINDS = ['ward', 'commune', 'school', 'agency', 'public-service-unit', 'enterprise'];
const BATCH = 2000;

/**
 * Criteria that group the data grounds of a form with grounds only a person can judge (e.g. the
 * Bằng khen's "two consecutive years … or an outstanding achievement"): the engine leaves them open
 * when the data grounds fail, which is right for a verdict but would suggest almost everyone. A
 * suggestion needs its data ground met.
 */
const DATA_GROUND_CRITERIA = new Set(['bk.grounds', 'bk.collective-grounds']);

function toSuggestion(
  out: EligibilityOutput,
  base: Omit<Suggestion, 'award' | 'awardName' | 'status' | 'canConfer' | 'reasons' | 'pending'>,
  catalogue: Catalogue,
): Suggestion | null {
  if (out.status === 'ineligible') return null;
  if (out.criteria.some((c) => c.ok === null && DATA_GROUND_CRITERIA.has(c.id))) return null;
  return {
    ...base,
    award: out.award,
    awardName: catalogue.awards.get(out.award as never)?.name ?? out.award,
    status: out.status,
    canConfer: out.canConfer,
    reasons: out.criteria.filter((c) => c.ok === true).map((c) => `${c.message} (${c.source})`),
    pending: out.criteria.filter((c) => c.ok === null).map((c) => `${c.id}: ${c.message} (${c.source})`),
  };
}

/**
 * Who already meets each award's data criteria for the year, in the actor's units: people not yet
 * granted that award for that year, and collectives. Histories are read set-based, in batches.
 */
export async function suggestCandidates(
  db: DbOrTx,
  actor: Actor,
  catalogue: Catalogue,
  q: SuggestionQuery,
): Promise<Suggestion[]> {
  const scope = q.unitId ? (await loadUnitInScope(db, actor, q.unitId)).path : actor.scopePath;
  const base = {
    year: q.year,
    authority: { level: q.authority },
    ...(q.decisionDate ? { decisionDate: q.decisionDate } : {}),
  };
  const { rows: people } = await db.execute<{
    id: string;
    full_name: string;
    unit_id: string;
    unit_name: string;
    granted: string[];
  }>(sql`
    SELECT p.id, p.full_name, p.unit_id, u.name AS unit_name,
           ARRAY(SELECT award_code FROM award_grant g WHERE g.person_id = p.id AND g.year = ${q.year} AND g.status = 'valid') AS granted
      FROM person p JOIN unit u ON u.id = p.unit_id
     WHERE u.path LIKE ${`${scope}%`} AND p.status = 'active' AND p.anonymised_at IS NULL
     ORDER BY p.full_name COLLATE "vi-x-icu", p.id`);
  const out: Suggestion[] = [];
  for (let i = 0; i < people.length; i += BATCH) {
    const batch = people.slice(i, i + BATCH);
    const histories = await buildPersonHistories(
      db,
      batch.map((p) => p.id),
      q.year,
    );
    for (const p of batch) {
      const candidate = histories.get(p.id);
      if (!candidate) continue;
      for (const award of SUGGESTED_INDIVIDUAL_AWARDS) {
        if (p.granted.includes(award) || !catalogue.awards.has(award as never)) continue;
        const result = evaluateEligibility({ ...base, award, candidate }, catalogue);
        const s = toSuggestion(
          result,
          { kind: 'individual', personId: p.id, unitId: p.unit_id, name: p.full_name, unitName: p.unit_name },
          catalogue,
        );
        if (s) out.push(s);
      }
    }
  }
  const { rows: units } = await db.execute<{ id: string; name: string; kind: string; granted: string[] }>(sql`
    SELECT u.id, u.name, u.kind,
           ARRAY(SELECT award_code FROM award_grant g WHERE g.unit_id = u.id AND g.recipient_kind = 'collective' AND g.year = ${q.year} AND g.status = 'valid') AS granted
      FROM unit u WHERE u.path LIKE ${`${scope}%`} AND u.status = 'active' ORDER BY u.name COLLATE "vi-x-icu"`);
  for (const u of units) {
    if (!COLLECTIVE_KINDS.includes(u.kind)) continue;
    const candidate = await buildUnitHistory(db, u.id, q.year);
    const rated = (candidate?.members ?? []).length;
    // A collective whose members are mostly not rated yet cannot be judged from data.
    if (!candidate || rated === 0 || rated < (candidate.unratedMembers ?? 0)) continue;
    const { unratedMembers: _unrated, ...collective } = candidate;
    for (const award of SUGGESTED_COLLECTIVE_AWARDS) {
      if (u.granted.includes(award) || !catalogue.awards.has(award as never)) continue;
      const result = evaluateEligibility({ ...base, award, candidate }, catalogue);
      const s = toSuggestion(
        result,
        { kind: 'collective', personId: null, unitId: u.id, name: u.name, unitName: u.name },
        catalogue,
      );
      if (s) out.push(s);
    }
  }
  return out;
}
