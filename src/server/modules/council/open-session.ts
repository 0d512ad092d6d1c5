import { eq, sql } from 'drizzle-orm';
import { checkQuorum } from '../../../domain/council/quorum';
import type { DbOrTx } from '../../db/client';
import { badRequest } from '../../http/app-error';
import { lastEditorOf } from '../audit/last-editor';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { catalogueOf } from '../law/law-overrides';
import { assertSessionStatus, loadSession, staleSession } from './council.policy';
import { councilSession, councilSessionMember } from './council.schema';

/**
 * Open a session: freeze the year's membership (later changes to the member list do not count),
 * record who is present, and refuse to open without quorum (catalogue parameter `council.quorum`).
 */
export async function openCouncilSession(
  tx: DbOrTx,
  actor: Actor,
  id: string,
  input: { version: number; presentUserIds: string[] },
): Promise<void> {
  const session = await loadSession(tx, actor, id, { forUpdate: true });
  assertSessionStatus(session, ['planned'], 'open');
  if (session.version !== input.version) throw staleSession(await lastEditorOf(tx, 'council_session', id));
  const { rows: members } = await tx.execute<{
    user_id: string;
    name: string;
    position: string;
    person_id: string | null;
    unit_id: string | null;
  }>(sql`
    SELECT m.user_id, u.name, m.position, m.person_id, u.unit_id
      FROM council_member m JOIN "user" u ON u.id = m.user_id
     WHERE m.unit_id = ${session.unitId} AND m.year = ${session.year} AND NOT u.disabled
     ORDER BY array_position(ARRAY['chair', 'vice-chair', 'secretary', 'member'], m.position), u.name`);
  if (members.length === 0) {
    throw badRequest(
      `Hội đồng năm ${session.year} chưa có thành viên. Hãy thêm thành viên trước khi khai mạc.`,
      [{ path: 'presentUserIds', message: 'Chưa có thành viên' }],
    );
  }
  const memberIds = new Set(members.map((m) => m.user_id));
  const present = new Set(input.presentUserIds);
  for (const [i, userId] of input.presentUserIds.entries()) {
    if (!memberIds.has(userId)) {
      throw badRequest('Người được đánh dấu có mặt không phải thành viên Hội đồng năm này.', [
        { path: `presentUserIds.${i}`, message: 'Không phải thành viên' },
      ]);
    }
  }
  const quorum = checkQuorum(await catalogueOf(tx), session.heldOn, present.size, members.length);
  if (!quorum.hasQuorum) {
    throw badRequest(
      `Chưa đủ số thành viên có mặt để khai mạc: có mặt ${quorum.present}/${quorum.allMembers}, cần ít nhất ${quorum.needed}.`,
      [{ path: 'presentUserIds', message: `Cần ít nhất ${quorum.needed} thành viên có mặt` }],
    );
  }
  await tx.insert(councilSessionMember).values(
    members.map((m) => ({
      sessionId: id,
      userId: m.user_id,
      name: m.name,
      position: m.position,
      personId: m.person_id,
      unitId: m.unit_id,
      present: present.has(m.user_id),
    })),
  );
  const now = new Date();
  await tx
    .update(councilSession)
    .set({
      status: 'open',
      memberCount: members.length,
      presentCount: present.size,
      openedAt: now,
      openedBy: actor.email,
      version: sql`${councilSession.version} + 1`,
      updatedAt: now,
    })
    .where(eq(councilSession.id, id));
  await writeAudit(tx, auditContextOf(actor), {
    action: 'council.session.open',
    objectType: 'council_session',
    objectId: id,
    unitId: session.unitId,
    before: { status: session.status, version: session.version },
    after: { status: 'open', members: members.length, present: present.size, quorumNeeded: quorum.needed },
  });
}
