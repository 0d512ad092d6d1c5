import type { Database } from '../../../src/server/db/client';
import { insertUnit } from '../../../src/server/seed/factories';
import type { Client } from './harness';

/*
 * Council and public-notice records straight in the database, for the access matrix and the council
 * tests: a dossier at the council step, council accounts, sessions in each state, notices, comments.
 */

export const MISSING = '00000000-0000-4000-8000-000000000000';

export interface CouncilDossier {
  dossierId: string;
  nomineeId: string;
}

/** A dossier in state `council` proposed by a fresh sub-unit under `unitId`, with one household nominee. */
export async function councilDossier(
  database: Database,
  unitId: string,
  options: { award?: string; nominees?: number; proposingUnitId?: string; personIds?: string[] } = {},
): Promise<CouncilDossier & { nomineeIds: string[] }> {
  const proposer =
    options.proposingUnitId ??
    (await database.db.transaction(
      async (tx) =>
        (
          await insertUnit(tx, { parentId: unitId, name: `Tổ đề nghị ${Math.random()}`, kind: 'sub-unit' })
        ).id,
    ));
  const { rows } = await database.pool.query(
    `INSERT INTO dossier (unit_id, track, award_code, year, title, status)
     VALUES ($1, 'regular', $2, 2025, 'Hồ sơ đề nghị khen thưởng năm 2025', 'council') RETURNING id`,
    [proposer, options.award ?? 'lao-dong-tien-tien'],
  );
  const dossierId: string = rows[0].id;
  const nomineeIds: string[] = [];
  const people = options.personIds ?? [];
  const count = Math.max(options.nominees ?? 1, people.length);
  for (let i = 0; i < count; i += 1) {
    const personId = people[i];
    const n = await database.pool.query(
      personId
        ? `INSERT INTO dossier_nominee (dossier_id, kind, person_id, unit_id, achievement_summary, sort_order)
           SELECT $1, 'individual', p.id, p.unit_id, 'Hoàn thành xuất sắc nhiệm vụ', $3 FROM person p WHERE p.id = $2 RETURNING id`
        : `INSERT INTO dossier_nominee (dossier_id, kind, household_name, achievement_summary, sort_order)
           VALUES ($1, 'household', $2, 'Gương mẫu chấp hành chính sách', $3) RETURNING id`,
      personId ? [dossierId, personId, i] : [dossierId, `Hộ gia đình thử ${i + 1}`, i],
    );
    nomineeIds.push(n.rows[0].id);
  }
  return { dossierId, nomineeId: nomineeIds[0]!, nomineeIds };
}

/** A fresh account with a council role in the unit (no password: never signs in). */
export async function councilUser(
  database: Database,
  unitId: string,
  role = 'councilMember',
): Promise<string> {
  const id = crypto.randomUUID();
  await database.pool.query(`INSERT INTO "user" (id, name, email, unit_id) VALUES ($1, $2, $3, $4)`, [
    id,
    `Ủy viên ${id.slice(0, 6)}`,
    `uv.${id}@test.vn`,
    unitId,
  ]);
  await database.pool.query(`INSERT INTO user_role (user_id, role) VALUES ($1, $2)`, [id, role]);
  return id;
}

export async function councilMemberRow(database: Database, unitId: string, userId: string, year = 2025) {
  const { rows } = await database.pool.query(
    `INSERT INTO council_member (unit_id, year, user_id, position) VALUES ($1, $2, $3, 'member') RETURNING id`,
    [unitId, year, userId],
  );
  return rows[0].id as string;
}

export async function userIdOf(client: Client): Promise<string> {
  return (await client.get('/api/auth/me')).body.id;
}

/**
 * A session of `unitId` in the given state, with a dossier (from a fresh sub-unit) on its agenda and the
 * given frozen members (present unless listed in `absent`). Returns the session and the nominee.
 */
export async function councilSessionIn(
  database: Database,
  unitId: string,
  status: 'planned' | 'open' | 'tallied',
  options: { members?: string[]; absent?: string[]; passed?: boolean; year?: number } = {},
): Promise<{ sessionId: string } & CouncilDossier> {
  if (unitId === MISSING) return { sessionId: MISSING, dossierId: MISSING, nomineeId: MISSING };
  const dossier = await councilDossier(database, unitId);
  const members = options.members ?? [];
  const { rows } = await database.pool.query(
    `INSERT INTO council_session (unit_id, year, title, held_on, place, status, member_count, present_count)
     VALUES ($1, $5, 'Phiên họp thử', '2025-12-15', 'Hội trường', $2, $3, $4) RETURNING id`,
    [
      unitId,
      status,
      status === 'planned' ? null : members.length,
      status === 'planned' ? null : members.length - (options.absent?.length ?? 0),
      options.year ?? 2025,
    ],
  );
  const sessionId: string = rows[0].id;
  await database.pool.query(`INSERT INTO council_session_dossier (session_id, dossier_id) VALUES ($1, $2)`, [
    sessionId,
    dossier.dossierId,
  ]);
  for (const userId of members) {
    await database.pool.query(
      `INSERT INTO council_session_member (session_id, user_id, name, position, unit_id, present)
       SELECT $1, u.id, u.name, 'member', u.unit_id, $3 FROM "user" u WHERE u.id = $2`,
      [sessionId, userId, !(options.absent ?? []).includes(userId)],
    );
  }
  if (status === 'tallied') {
    await database.pool.query(
      `INSERT INTO council_result (session_id, nominee_id, yes, no, not_voted, eligible_members, written_votes, needed,
         threshold_basis_points, threshold_rule, threshold_source, passed, tallied_at)
       VALUES ($1, $2, 1, 0, 0, 1, 0, 1, 5000, 'more-than', 'thử', $3, now())`,
      [sessionId, dossier.nomineeId, options.passed ?? true],
    );
  }
  return { sessionId, ...dossier };
}

/** A notice of the unit (draft or published, period around today) listing one nominee. */
export async function noticeIn(
  database: Database,
  unitId: string,
  status: 'draft' | 'published' = 'draft',
): Promise<{ noticeId: string; itemId: string }> {
  if (unitId === MISSING) return { noticeId: MISSING, itemId: MISSING };
  const dossier = await councilDossier(database, unitId);
  const { rows } = await database.pool.query(
    `INSERT INTO public_notice (unit_id, title, starts_on, ends_on, status, published_at)
     VALUES ($1, 'Công khai thử', current_date - 1, current_date + 10, $2,
             CASE WHEN $2 = 'published' THEN now() END) RETURNING id`,
    [unitId, status],
  );
  const noticeId: string = rows[0].id;
  const item = await database.pool.query(
    `INSERT INTO public_notice_item (notice_id, dossier_id, nominee_id, display_name, unit_name, award_name)
     VALUES ($1, $2, $3, 'Hộ gia đình thử', 'Tổ thử', 'Lao động tiên tiến') RETURNING id`,
    [noticeId, dossier.dossierId, dossier.nomineeId],
  );
  return { noticeId, itemId: item.rows[0].id };
}

export async function commentIn(database: Database, unitId: string): Promise<string> {
  if (unitId === MISSING) return MISSING;
  const { noticeId } = await noticeIn(database, unitId, 'published');
  const { rows } = await database.pool.query(
    `INSERT INTO public_comment (notice_id, body, challenge_nonce, sender_hash)
     VALUES ($1, 'Góp ý thử', $2, 'h') RETURNING id`,
    [noticeId, crypto.randomUUID()],
  );
  return rows[0].id;
}
