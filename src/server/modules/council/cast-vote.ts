import { sql } from 'drizzle-orm';
import { conflictOfInterest } from '../../../domain/council/conflicts';
import type { BallotChoice } from '../../../domain/council/tally';
import type { DbOrTx } from '../../db/client';
import { AppError, badRequest, forbidden, notFound } from '../../http/app-error';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { assertSessionStatus, loadSession } from './council.policy';

/** The agenda nominee with what the conflict-of-interest rule needs. */
export type AgendaNomineeRow = {
  id: string;
  person_id: string | null;
  nominee_unit_id: string | null;
  dossier_unit_id: string;
};

export async function loadAgendaNominee(
  tx: DbOrTx,
  sessionId: string,
  nomineeId: string,
): Promise<AgendaNomineeRow> {
  const { rows } = await tx.execute<AgendaNomineeRow>(sql`
    SELECT n.id, n.person_id, n.unit_id AS nominee_unit_id, d.unit_id AS dossier_unit_id
      FROM dossier_nominee n
      JOIN dossier d ON d.id = n.dossier_id
      JOIN council_session_dossier sd ON sd.dossier_id = d.id AND sd.session_id = ${sessionId}
     WHERE n.id = ${nomineeId}`);
  if (!rows[0]) throw notFound('Người được đề nghị trong phiên họp');
  return rows[0];
}

/**
 * Cast one secret ballot (quality G1–G3), in one transaction:
 * 1. the "has voted" marker (session, nominee, member) — its primary key refuses a second vote, even
 *    from 200 parallel requests;
 * 2. the choice, into the voterless ballot table: the nominee's ballots are deleted and re-inserted in
 *    random order with fresh random ids, so the physical order and the transaction id of the rows never
 *    point to the marker written with them;
 * 3. the audit row says THAT the member voted on the nominee, never how.
 * `writtenFor`: the secretary enters the written ballot of that absent member.
 */
export async function castVote(
  tx: DbOrTx,
  actor: Actor,
  sessionId: string,
  input: { nomineeId: string; choice: BallotChoice },
  writtenFor?: string,
): Promise<void> {
  const session = await loadSession(tx, actor, sessionId, { forShare: true });
  assertSessionStatus(session, ['open'], 'vote');
  const voterId = writtenFor ?? actor.userId;
  const { rows } = await tx.execute<{
    person_id: string | null;
    unit_id: string | null;
    present: boolean;
  }>(sql`
    SELECT person_id, unit_id, present FROM council_session_member
     WHERE session_id = ${sessionId} AND user_id = ${voterId}`);
  const member = rows[0];
  if (!member) {
    if (writtenFor) {
      throw badRequest('Người này không thuộc thành phần Hội đồng của phiên họp.', [
        { path: 'userId', message: 'Không phải thành viên phiên họp' },
      ]);
    }
    throw forbidden('Bạn không thuộc thành phần Hội đồng của phiên họp này nên không thể bỏ phiếu.');
  }
  if (writtenFor && member.present) {
    throw badRequest(
      'Thành viên này có mặt tại phiên họp nên tự bỏ phiếu; chỉ nhập phiếu bằng văn bản của thành viên vắng mặt.',
      [{ path: 'userId', message: 'Thành viên có mặt' }],
    );
  }
  if (!writtenFor && !member.present) {
    throw forbidden('Bạn được ghi nhận vắng mặt: phiếu bằng văn bản của bạn do Thư ký Hội đồng nhập.');
  }
  const nominee = await loadAgendaNominee(tx, sessionId, input.nomineeId);
  const conflict = conflictOfInterest(
    { personId: member.person_id, unitId: member.unit_id },
    {
      personId: nominee.person_id,
      dossierUnitId: nominee.dossier_unit_id,
      nomineeUnitId: nominee.nominee_unit_id,
    },
  );
  if (conflict) throw forbidden(conflict);

  const marked = await tx.execute(sql`
    INSERT INTO council_vote_marker (session_id, nominee_id, user_id, is_written)
    VALUES (${sessionId}, ${input.nomineeId}, ${voterId}, ${writtenFor !== undefined})
    ON CONFLICT DO NOTHING RETURNING 1`);
  if (marked.rows.length === 0) {
    throw new AppError(
      'CONFLICT',
      writtenFor
        ? 'Phiếu của thành viên này cho người được đề nghị đã được ghi nhận; mỗi thành viên chỉ bỏ một phiếu.'
        : 'Bạn đã bỏ phiếu cho người được đề nghị này; mỗi thành viên chỉ bỏ một phiếu.',
    );
  }
  // One ballot box per nominee at a time, so the re-insertion below counts every ballot exactly once.
  await tx.execute(
    sql`SELECT pg_advisory_xact_lock(hashtextextended(${`${sessionId}:${input.nomineeId}`}, 7))`,
  );
  await tx.execute(sql`
    WITH old AS (
      DELETE FROM council_ballot WHERE session_id = ${sessionId} AND nominee_id = ${input.nomineeId}
      RETURNING choice
    )
    INSERT INTO council_ballot (id, session_id, nominee_id, choice)
    SELECT gen_random_uuid(), ${sessionId}, ${input.nomineeId}, c
      FROM (SELECT choice AS c FROM old UNION ALL SELECT ${input.choice}::text) box
     ORDER BY random()`);
  await writeAudit(tx, auditContextOf(actor), {
    action: writtenFor ? 'council.vote.written' : 'council.vote.cast',
    objectType: 'council_session',
    objectId: sessionId,
    unitId: session.unitId,
    after: writtenFor
      ? { nomineeId: input.nomineeId, memberUserId: writtenFor }
      : { nomineeId: input.nomineeId },
  });
}
