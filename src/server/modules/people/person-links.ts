/*
 * Every column that names a person (quality F3), with what the data export and the anonymisation do
 * with it. `tests/integration/personal-data.test.ts` compares this list with the database's columns
 * named `person_id` or `*_person_id`: a new table that names a person fails the test until it is
 * covered here (and in `export-person-data.ts` / `anonymise-person.ts`).
 */
export const PERSON_LINKS: Record<string, { exported: string; anonymised: string }> = {
  'person_rating.person_id': {
    exported: 'ratings',
    anonymised: 'kept (year, rating: statistics); the free-text note cleared',
  },
  'person_discipline.person_id': {
    exported: 'discipline',
    anonymised: 'deleted (every column is sensitive)',
  },
  'award_grant.person_id': {
    exported: 'awardGrants',
    anonymised:
      'kept (award, year, decision: the registry and the law need them), pointing to the anonymised person',
  },
  'initiative_author.person_id': {
    exported: 'initiativesAuthored',
    anonymised: 'kept (the initiative belongs to the unit; counts stay right)',
  },
  'pledge_person.person_id': {
    exported: 'pledges',
    anonymised: 'kept (titles aimed for: statistics)',
  },
  'dossier_nominee.person_id': {
    exported: 'dossierNominations',
    anonymised: 'position, achievement summary and report cleared; refused while the dossier is not finished',
  },
  'decision_entry.person_id': {
    exported: 'decisionEntries',
    anonymised: 'printed name replaced by the placeholder, position cleared; amounts kept',
  },
  'council_member.person_id': {
    exported: 'councilMemberships',
    anonymised: 'kept (conflict-of-interest link)',
  },
  'council_session_member.person_id': {
    exported: 'councilSessionMemberships',
    anonymised: 'the frozen name replaced by the placeholder',
  },
};

/** The name an anonymised person carries from then on: short, stable, not personal. */
export function anonymisedName(personId: string): string {
  return `Người đã ẩn danh #${personId.slice(0, 8)}`;
}
