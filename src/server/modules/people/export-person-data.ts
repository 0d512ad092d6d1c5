import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { loadPersonInScope } from './people.queries';
import type { PERSON_LINKS } from './person-links';

type Row = Record<string, unknown>;

async function rowsOf(tx: DbOrTx, query: SQL): Promise<Row[]> {
  return (await tx.execute<Row>(query)).rows;
}

/**
 * Everything the system holds about one person, as a machine-readable JSON document (quality F3):
 * the profile with its sensitive fields, and every row of every table that names the person
 * (`PERSON_LINKS`). Only roles that may read sensitive fields reach it (the route's permission), inside
 * their unit's subtree; it is audited as a sensitive read and as an export. An anonymised person is
 * gone: 404 like a missing one.
 */
export async function exportPersonData(
  tx: DbOrTx,
  actor: Actor,
  id: string,
): Promise<{ document: Record<string, unknown>; fileName: string }> {
  const p = await loadPersonInScope(tx, actor, id);
  const { unit_path: _path, unit_name: unitName, ...profile } = p;
  const sections: Record<keyof typeof PERSON_LINKS, [string, SQL]> = {
    'person_rating.person_id': [
      'ratings',
      sql`SELECT year, rating, decided_on, note, created_at, updated_at FROM person_rating WHERE person_id = ${id} ORDER BY year`,
    ],
    'person_discipline.person_id': [
      'discipline',
      sql`SELECT id, level, from_date, to_date, decision_number, reason, created_at, updated_at
            FROM person_discipline WHERE person_id = ${id} ORDER BY from_date`,
    ],
    'award_grant.person_id': [
      'awardGrants',
      sql`SELECT id, award_code, recipient_kind, unit_id, year, track, decision_number, decision_date, issuer,
                 golden_book_number, status, revoked_on, revoke_reason, created_at
            FROM award_grant WHERE person_id = ${id} ORDER BY year, award_code`,
    ],
    'initiative_author.person_id': [
      'initiativesAuthored',
      sql`SELECT i.id, i.title, i.unit_id, i.scope, i.decision_number, i.recognized_on, i.summary
            FROM initiative_author a JOIN initiative i ON i.id = a.initiative_id
           WHERE a.person_id = ${id} ORDER BY i.recognized_on`,
    ],
    'pledge_person.person_id': [
      'pledges',
      sql`SELECT pl.id AS pledge_id, pl.movement_id, m.title AS movement_title, m.year, pl.unit_id, pl.status,
                 pp.titles
            FROM pledge_person pp JOIN pledge pl ON pl.id = pp.pledge_id JOIN movement m ON m.id = pl.movement_id
           WHERE pp.person_id = ${id} ORDER BY m.year, m.title`,
    ],
    'dossier_nominee.person_id': [
      'dossierNominations',
      sql`SELECT n.id AS nominee_id, n.dossier_id, d.title AS dossier_title, d.status AS dossier_status,
                 d.award_code, d.year, d.track, n.unit_id, n.position, n.achievement_summary,
                 n.achievement_report_html, n.initiative_ids, n.basis_grant_ids, n.verdict_status,
                 n.override_status, n.override_reason, n.flags, n.created_at, n.updated_at
            FROM dossier_nominee n JOIN dossier d ON d.id = n.dossier_id
           WHERE n.person_id = ${id} ORDER BY d.year, d.title`,
    ],
    'decision_entry.person_id': [
      'decisionEntries',
      sql`SELECT e.id, e.decision_id, e.dossier_id, e.award_code, e.recipient_kind, e.display_name,
                 e.position_unit, e.coefficient, e.base_salary, e.prize_amount, e.award_grant_id
            FROM decision_entry e WHERE e.person_id = ${id} ORDER BY e.created_at`,
    ],
    'council_member.person_id': [
      'councilMemberships',
      sql`SELECT id, unit_id, year, position, created_at FROM council_member WHERE person_id = ${id} ORDER BY year`,
    ],
    'council_session_member.person_id': [
      'councilSessionMemberships',
      sql`SELECT m.session_id, s.title AS session_title, s.held_on, m.name, m.position, m.present
            FROM council_session_member m JOIN council_session s ON s.id = m.session_id
           WHERE m.person_id = ${id} ORDER BY s.held_on`,
    ],
  };
  const document: Record<string, unknown> = {
    format: 'tdkt.person-data-export',
    formatVersion: 1,
    exportedAt: new Date().toISOString(),
    exportedBy: actor.email,
    person: { ...profile, unit_name: unitName },
  };
  for (const [, [key, query]] of Object.entries(sections)) document[key] = await rowsOf(tx, query);
  // Public copies: the notices that listed them (through their nominations) and comments about them.
  document.publicNoticeItems = await rowsOf(
    tx,
    sql`SELECT i.id, i.notice_id, pn.title AS notice_title, pn.status AS notice_status, pn.starts_on, pn.ends_on,
               i.display_name, i.unit_name, i.position, i.award_name, i.achievement_summary
          FROM public_notice_item i JOIN public_notice pn ON pn.id = i.notice_id
          JOIN dossier_nominee n ON n.id = i.nominee_id
         WHERE n.person_id = ${id} ORDER BY pn.starts_on`,
  );
  // Comments about them: the body only (the commenter's name and contact are someone else's data).
  document.publicCommentsAbout = await rowsOf(
    tx,
    sql`SELECT c.id, c.notice_id, c.body, c.status, c.created_at
          FROM public_comment c JOIN public_notice_item i ON i.id = c.item_id
          JOIN dossier_nominee n ON n.id = i.nominee_id
         WHERE n.person_id = ${id} ORDER BY c.created_at`,
  );
  const context = auditContextOf(actor);
  const unitId = p.unit_id as string;
  await writeAudit(tx, context, {
    action: 'person.sensitive.read',
    objectType: 'person',
    objectId: id,
    unitId,
    after: { fields: ['ethnicityCode', 'nationalId', 'discipline'], via: 'data-export' },
  });
  await writeAudit(tx, context, {
    action: 'person.data.export',
    objectType: 'person',
    objectId: id,
    unitId,
    after: { sections: Object.keys(document).filter((k) => Array.isArray(document[k])) },
  });
  return { document, fileName: `du-lieu-ca-nhan-${id.slice(0, 8)}.json` };
}
