import { sql } from 'drizzle-orm';
import { conflictOfInterest } from '../../../domain/council/conflicts';
import { quorumNeeded } from '../../../domain/council/quorum';
import { parameterOn } from '../../../domain/law/catalogue';
import type { CouncilPosition, CouncilSession, SessionStatus } from '../../../shared/api/council';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../auth/actor';
import { catalogueOf } from '../law/law-overrides';
import { awardNameOf, councilUnitOf, type SessionRow } from './council.policy';

const SCOPE = (actor: Actor) => sql`${`${actor.scopePath}%`}`;

/** The council of the actor's unit for a year. */
export async function listCouncilMembers(db: DbOrTx, actor: Actor, year: number) {
  const unitId = councilUnitOf(actor);
  const { rows } = await db.execute<{
    id: string;
    user_id: string;
    name: string;
    email: string;
    member_unit_name: string | null;
    position: CouncilPosition;
    person_id: string | null;
    person_name: string | null;
    unit_name: string;
  }>(sql`
    SELECT m.id, m.user_id, u.name, u.email, mu.name AS member_unit_name, m.position, m.person_id,
           p.full_name AS person_name, cu.name AS unit_name
      FROM council_member m
      JOIN "user" u ON u.id = m.user_id
      JOIN unit cu ON cu.id = m.unit_id
      LEFT JOIN unit mu ON mu.id = u.unit_id
      LEFT JOIN person p ON p.id = m.person_id
     WHERE m.unit_id = ${unitId} AND m.year = ${year}
     ORDER BY array_position(ARRAY['chair', 'vice-chair', 'secretary', 'member'], m.position), u.name`);
  const unit = await db.execute<{ name: string }>(sql`SELECT name FROM unit WHERE id = ${unitId}`);
  return {
    unitId,
    unitName: unit.rows[0]?.name ?? '',
    year,
    items: rows.map((r) => ({
      id: r.id,
      unitId,
      year,
      userId: r.user_id,
      name: r.name,
      email: r.email,
      memberUnitName: r.member_unit_name,
      position: r.position,
      personId: r.person_id,
      personName: r.person_name,
    })),
  };
}

/** Accounts with a council role in the actor's subtree, for the member picker. */
export async function listCouncilCandidates(db: DbOrTx, actor: Actor) {
  const { rows } = await db.execute<{
    user_id: string;
    name: string;
    email: string;
    unit_name: string | null;
  }>(sql`
    SELECT DISTINCT u.id AS user_id, u.name, u.email, un.name AS unit_name
      FROM "user" u
      JOIN user_role r ON r.user_id = u.id AND r.role IN ('councilMember', 'councilSecretary', 'chairman')
      JOIN unit un ON un.id = u.unit_id
     WHERE NOT u.disabled AND un.path LIKE ${SCOPE(actor)}
     ORDER BY u.name
     LIMIT 500`);
  return {
    items: rows.map((r) => ({ userId: r.user_id, name: r.name, email: r.email, unitName: r.unit_name })),
  };
}

type SummaryRow = {
  id: string;
  unit_id: string;
  unit_name: string;
  year: number;
  title: string;
  held_on: string;
  place: string;
  status: SessionStatus;
  member_count: number | null;
  present_count: number | null;
  version: number;
  dossier_count: number;
  nominee_count: number;
};

const summaryOf = (r: SummaryRow) => ({
  id: r.id,
  unitId: r.unit_id,
  unitName: r.unit_name,
  year: r.year,
  title: r.title,
  heldOn: r.held_on,
  place: r.place,
  status: r.status,
  dossierCount: r.dossier_count,
  nomineeCount: r.nominee_count,
  memberCount: r.member_count,
  presentCount: r.present_count,
  version: r.version,
});

/** Sessions of units in the actor's subtree, or whose frozen membership includes the actor. */
export async function listCouncilSessions(db: DbOrTx, actor: Actor, year?: number) {
  const { rows } = await db.execute<SummaryRow>(sql`
    SELECT s.id, s.unit_id, u.name AS unit_name, s.year, s.title, s.held_on, s.place, s.status,
           s.member_count, s.present_count, s.version,
           (SELECT count(*)::int FROM council_session_dossier sd WHERE sd.session_id = s.id) AS dossier_count,
           (SELECT count(*)::int FROM council_session_dossier sd JOIN dossier_nominee n ON n.dossier_id = sd.dossier_id
             WHERE sd.session_id = s.id) AS nominee_count
      FROM council_session s JOIN unit u ON u.id = s.unit_id
     WHERE (u.path LIKE ${SCOPE(actor)}
            OR EXISTS (SELECT 1 FROM council_session_member m WHERE m.session_id = s.id AND m.user_id = ${actor.userId}))
       ${year ? sql`AND s.year = ${year}` : sql``}
     ORDER BY s.held_on DESC, s.created_at DESC
     LIMIT 200`);
  return { items: rows.map(summaryOf) };
}

/** Dossiers at the council step in the actor's subtree, not yet on an unfinished session. */
export async function listReadyDossiers(db: DbOrTx, actor: Actor) {
  const { rows } = await db.execute<{
    id: string;
    title: string;
    unit_name: string;
    award_code: string;
    year: number;
    nominee_count: number;
  }>(sql`
    SELECT d.id, d.title, u.name AS unit_name, d.award_code, d.year,
           (SELECT count(*)::int FROM dossier_nominee n WHERE n.dossier_id = d.id) AS nominee_count
      FROM dossier d JOIN unit u ON u.id = d.unit_id
     WHERE d.status = 'council' AND u.path LIKE ${SCOPE(actor)}
       AND NOT EXISTS (SELECT 1 FROM council_session_dossier sd JOIN council_session s ON s.id = sd.session_id
                        WHERE sd.dossier_id = d.id AND s.status <> 'closed')
     ORDER BY d.year DESC, u.name, d.title
     LIMIT 500`);
  return {
    items: rows.map((r) => ({
      dossierId: r.id,
      title: r.title,
      unitName: r.unit_name,
      awardName: awardNameOf(r.award_code),
      year: r.year,
      nomineeCount: r.nominee_count,
    })),
  };
}

/** The session as the actor sees it: agenda, frozen members, their own voting state, results once tallied. */
export async function councilSessionDetail(db: DbOrTx, actor: Actor, s: SessionRow): Promise<CouncilSession> {
  const counts = await db.execute<{ dossier_count: number; nominee_count: number }>(sql`
    SELECT count(DISTINCT sd.dossier_id)::int AS dossier_count, count(n.id)::int AS nominee_count
      FROM council_session_dossier sd LEFT JOIN dossier_nominee n ON n.dossier_id = sd.dossier_id
     WHERE sd.session_id = ${s.id}`);
  const { rows: members } = await db.execute<{
    user_id: string;
    name: string;
    position: CouncilPosition;
    present: boolean;
    person_id: string | null;
    unit_id: string | null;
    voted: number;
  }>(sql`
    SELECT m.user_id, m.name, m.position, m.present, m.person_id, m.unit_id,
           (SELECT count(*)::int FROM council_vote_marker v WHERE v.session_id = m.session_id AND v.user_id = m.user_id) AS voted
      FROM council_session_member m WHERE m.session_id = ${s.id}
     ORDER BY array_position(ARRAY['chair', 'vice-chair', 'secretary', 'member'], m.position), m.name`);
  const { rows: roster } = await db.execute<{ user_id: string; name: string; position: CouncilPosition }>(sql`
    SELECT m.user_id, u.name, m.position FROM council_member m JOIN "user" u ON u.id = m.user_id
     WHERE m.unit_id = ${s.unitId} AND m.year = ${s.year} AND NOT u.disabled
     ORDER BY array_position(ARRAY['chair', 'vice-chair', 'secretary', 'member'], m.position), u.name`);
  const { rows: nominees } = await db.execute<{
    dossier_id: string;
    dossier_title: string;
    dossier_unit_name: string;
    dossier_unit_id: string;
    award_code: string;
    dossier_status: string;
    id: string;
    kind: string;
    display_name: string;
    unit_name: string | null;
    position: string | null;
    achievement_summary: string;
    person_id: string | null;
    nominee_unit_id: string | null;
    has_voted: boolean;
    votes_cast: number;
    yes: number | null;
    no: number | null;
    not_voted: number | null;
    eligible_members: number | null;
    written_votes: number | null;
    needed: number | null;
    threshold_basis_points: number | null;
    threshold_rule: 'at-least' | 'more-than' | null;
    threshold_source: string | null;
    passed: boolean | null;
  }>(sql`
    SELECT d.id AS dossier_id, d.title AS dossier_title, du.name AS dossier_unit_name, d.unit_id AS dossier_unit_id,
           d.award_code, d.status AS dossier_status,
           n.id, n.kind, coalesce(p.full_name, CASE WHEN n.kind = 'collective' THEN nu.name END, n.household_name, '') AS display_name,
           nu.name AS unit_name, n.position, n.achievement_summary, n.person_id, n.unit_id AS nominee_unit_id,
           EXISTS (SELECT 1 FROM council_vote_marker v WHERE v.session_id = sd.session_id AND v.nominee_id = n.id
                     AND v.user_id = ${actor.userId}) AS has_voted,
           (SELECT count(*)::int FROM council_vote_marker v WHERE v.session_id = sd.session_id AND v.nominee_id = n.id) AS votes_cast,
           r.yes, r.no, r.not_voted, r.eligible_members, r.written_votes, r.needed, r.threshold_basis_points,
           r.threshold_rule, r.threshold_source, r.passed
      FROM council_session_dossier sd
      JOIN dossier d ON d.id = sd.dossier_id
      JOIN unit du ON du.id = d.unit_id
      JOIN dossier_nominee n ON n.dossier_id = d.id
      LEFT JOIN person p ON p.id = n.person_id
      LEFT JOIN unit nu ON nu.id = n.unit_id
      LEFT JOIN council_result r ON r.session_id = sd.session_id AND r.nominee_id = n.id
     WHERE sd.session_id = ${s.id}
     ORDER BY sd.sort_order, n.sort_order, n.created_at`);
  const me = members.find((m) => m.user_id === actor.userId);
  const agenda = new Map<string, CouncilSession['agenda'][number]>();
  for (const n of nominees) {
    let dossier = agenda.get(n.dossier_id);
    if (!dossier) {
      dossier = {
        dossierId: n.dossier_id,
        title: n.dossier_title,
        unitName: n.dossier_unit_name,
        awardCode: n.award_code,
        awardName: awardNameOf(n.award_code),
        status: n.dossier_status,
        nominees: [],
      };
      agenda.set(n.dossier_id, dossier);
    }
    dossier.nominees.push({
      id: n.id,
      kind: n.kind,
      displayName: n.display_name,
      unitName: n.unit_name,
      position: n.position,
      achievementSummary: n.achievement_summary,
      hasVoted: n.has_voted,
      conflict: me
        ? conflictOfInterest(
            { personId: me.person_id, unitId: me.unit_id },
            { personId: n.person_id, dossierUnitId: n.dossier_unit_id, nomineeUnitId: n.nominee_unit_id },
          )
        : null,
      votesCast: n.votes_cast,
      result:
        n.passed === null
          ? null
          : {
              yes: n.yes!,
              no: n.no!,
              notVoted: n.not_voted!,
              eligibleMembers: n.eligible_members!,
              writtenVotes: n.written_votes!,
              needed: n.needed!,
              thresholdPercent: n.threshold_basis_points! / 100,
              thresholdRule: n.threshold_rule!,
              thresholdSource: n.threshold_source!,
              passed: n.passed,
            },
    });
  }
  const catalogue = await catalogueOf(db);
  const size = s.memberCount ?? roster.length;
  const share = parameterOn(catalogue, 'council.quorum', s.heldOn) ?? 2 / 3;
  return {
    id: s.id,
    unitId: s.unitId,
    unitName: s.unitName,
    year: s.year,
    title: s.title,
    heldOn: s.heldOn,
    place: s.place,
    status: s.status,
    dossierCount: counts.rows[0]?.dossier_count ?? 0,
    nomineeCount: counts.rows[0]?.nominee_count ?? 0,
    memberCount: s.memberCount,
    presentCount: s.presentCount,
    version: s.version,
    quorumNeeded: size > 0 ? quorumNeeded(share, size) : null,
    isMember: me !== undefined,
    members: members.map((m) => ({
      userId: m.user_id,
      name: m.name,
      position: m.position,
      present: m.present,
      votedCount: m.voted,
    })),
    roster: roster.map((r) => ({ userId: r.user_id, name: r.name, position: r.position })),
    agenda: [...agenda.values()],
  };
}
