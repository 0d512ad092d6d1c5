import { eq, sql } from 'drizzle-orm';
import { conflictOfInterest } from '../../../domain/council/conflicts';
import { type Ballot, tallyBallots } from '../../../domain/council/tally';
import { type CouncilThreshold, councilThresholdFor } from '../../../domain/council/thresholds';
import type { DbOrTx } from '../../db/client';
import { lastEditorOf } from '../audit/last-editor';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { catalogueOf } from '../law/law-overrides';
import { assertSessionStatus, loadSession, staleSession } from './council.policy';
import { councilResult, councilSession } from './council.schema';

/**
 * Count the ballots of every nominee against the threshold of its award (share of all members who may
 * vote on it, from the catalogue in force on the session date), store the results and stop the voting.
 * The session row is locked, so the votes in flight finish first and none lands afterwards.
 */
export async function tallyCouncilSession(
  tx: DbOrTx,
  actor: Actor,
  id: string,
  input: { version: number },
): Promise<void> {
  const session = await loadSession(tx, actor, id, { forUpdate: true });
  assertSessionStatus(session, ['open'], 'tally');
  if (session.version !== input.version) throw staleSession(await lastEditorOf(tx, 'council_session', id));
  const catalogue = await catalogueOf(tx);
  const { rows: nominees } = await tx.execute<{
    id: string;
    person_id: string | null;
    nominee_unit_id: string | null;
    dossier_unit_id: string;
    award_code: string;
  }>(sql`
    SELECT n.id, n.person_id, n.unit_id AS nominee_unit_id, d.unit_id AS dossier_unit_id, d.award_code
      FROM council_session_dossier sd
      JOIN dossier d ON d.id = sd.dossier_id
      JOIN dossier_nominee n ON n.dossier_id = d.id
     WHERE sd.session_id = ${id}
     ORDER BY sd.sort_order, n.sort_order`);
  const { rows: members } = await tx.execute<{ person_id: string | null; unit_id: string | null }>(
    sql`SELECT person_id, unit_id FROM council_session_member WHERE session_id = ${id}`,
  );
  const { rows: ballots } = await tx.execute<{ nominee_id: string; choice: 'yes' | 'no' }>(
    sql`SELECT nominee_id, choice FROM council_ballot WHERE session_id = ${id}`,
  );
  const { rows: written } = await tx.execute<{ nominee_id: string; n: number }>(sql`
    SELECT nominee_id, count(*)::int AS n FROM council_vote_marker
     WHERE session_id = ${id} AND is_written GROUP BY nominee_id`);
  const writtenOf = new Map(written.map((w) => [w.nominee_id, w.n]));
  const thresholds = new Map<string, CouncilThreshold>();
  const agenda = nominees.map((n) => {
    const threshold = councilThresholdFor(catalogue, n.award_code as never, session.heldOn);
    thresholds.set(n.id, threshold);
    const eligibleMembers = members.filter(
      (m) =>
        conflictOfInterest(
          { personId: m.person_id, unitId: m.unit_id },
          { personId: n.person_id, dossierUnitId: n.dossier_unit_id, nomineeUnitId: n.nominee_unit_id },
        ) === null,
    ).length;
    return { nomineeId: n.id, eligibleMembers, threshold };
  });
  const tally = tallyBallots(
    agenda,
    ballots.map((b): Ballot => ({ nomineeId: b.nominee_id, choice: b.choice })),
  );
  const now = new Date();
  if (tally.length > 0) {
    await tx.insert(councilResult).values(
      tally.map((t) => {
        const threshold = thresholds.get(t.nomineeId)!;
        return {
          sessionId: id,
          nomineeId: t.nomineeId,
          yes: t.yes,
          no: t.no,
          notVoted: t.notVoted,
          eligibleMembers: t.eligibleMembers,
          writtenVotes: writtenOf.get(t.nomineeId) ?? 0,
          needed: t.needed,
          thresholdBasisPoints: Math.round(threshold.share * 10_000),
          thresholdRule: threshold.rule,
          thresholdSource: threshold.source,
          passed: t.passed,
          talliedAt: now,
        };
      }),
    );
  }
  await tx
    .update(councilSession)
    .set({ status: 'tallied', talliedAt: now, version: sql`${councilSession.version} + 1`, updatedAt: now })
    .where(eq(councilSession.id, id));
  await writeAudit(tx, auditContextOf(actor), {
    action: 'council.session.tally',
    objectType: 'council_session',
    objectId: id,
    unitId: session.unitId,
    before: { status: session.status, version: session.version },
    after: {
      status: 'tallied',
      results: tally.map((t) => ({ nomineeId: t.nomineeId, yes: t.yes, no: t.no, passed: t.passed })),
    },
  });
}
