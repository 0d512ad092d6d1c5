import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { lastEditorOf } from '../audit/last-editor';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { applyDossierTransition } from '../dossiers/transition-dossier';
import { createNoticeForNominees } from '../public-notice/create-notice';
import { assertSessionStatus, loadSession, staleSession } from './council.policy';
import { councilSession } from './council.schema';

/**
 * Close a tallied session, in one transaction: each dossier still at the council with at least one
 * nominee who passed goes to public notice (nominees who failed stay marked by their result and are
 * left off the notice); a dossier all of whose nominees failed is rejected with the reason. A draft
 * public notice of the passed nominees is prepared for the staff to check and publish.
 */
export async function closeCouncilSession(
  tx: DbOrTx,
  actor: Actor,
  id: string,
  input: { version: number },
): Promise<{ published: number; rejected: number; noticeId: string | null }> {
  const session = await loadSession(tx, actor, id, { forUpdate: true });
  assertSessionStatus(session, ['tallied'], 'close');
  if (session.version !== input.version) throw staleSession(await lastEditorOf(tx, 'council_session', id));
  const { rows } = await tx.execute<{
    dossier_id: string;
    status: string;
    passed_ids: string[] | null;
    nominees: number;
  }>(sql`
    SELECT d.id AS dossier_id, d.status,
           array_agg(r.nominee_id) FILTER (WHERE r.passed) AS passed_ids,
           count(n.id)::int AS nominees
      FROM council_session_dossier sd
      JOIN dossier d ON d.id = sd.dossier_id
      LEFT JOIN dossier_nominee n ON n.dossier_id = d.id
      LEFT JOIN council_result r ON r.session_id = sd.session_id AND r.nominee_id = n.id
     WHERE sd.session_id = ${id}
     GROUP BY d.id, d.status, sd.sort_order
     ORDER BY sd.sort_order`);
  let published = 0;
  let rejected = 0;
  const passedNominees: string[] = [];
  for (const row of rows) {
    // A dossier taken back from the council during the session (returned, withdrawn) is left alone.
    if (row.status !== 'council') continue;
    const passed = row.passed_ids ?? [];
    if (passed.length > 0) {
      await applyDossierTransition(tx, actor, { dossierId: row.dossier_id, action: 'publish-notice' });
      passedNominees.push(...passed);
      published += 1;
    } else {
      await applyDossierTransition(tx, actor, {
        dossierId: row.dossier_id,
        action: 'reject',
        reason: `Không đạt tỷ lệ phiếu đồng ý tại phiên họp Hội đồng Thi đua – Khen thưởng “${session.title}” ngày ${session.heldOn.split('-').reverse().join('/')}.`,
      });
      rejected += 1;
    }
  }
  const noticeId =
    passedNominees.length > 0
      ? await createNoticeForNominees(tx, actor, {
          unitId: session.unitId,
          sessionId: id,
          title: `Công khai danh sách đề nghị khen thưởng — ${session.title}`,
          nomineeIds: passedNominees,
        })
      : null;
  const now = new Date();
  await tx
    .update(councilSession)
    .set({
      status: 'closed',
      closedAt: now,
      closedBy: actor.email,
      version: sql`${councilSession.version} + 1`,
      updatedAt: now,
    })
    .where(eq(councilSession.id, id));
  await writeAudit(tx, auditContextOf(actor), {
    action: 'council.session.close',
    objectType: 'council_session',
    objectId: id,
    unitId: session.unitId,
    before: { status: session.status, version: session.version },
    after: { status: 'closed', published, rejected, noticeId },
  });
  return { published, rejected, noticeId };
}
