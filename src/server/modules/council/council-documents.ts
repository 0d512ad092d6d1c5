import { sql } from 'drizzle-orm';
import {
  COUNCIL_POSITION_LABELS,
  type CouncilPosition,
  type CouncilSession,
} from '../../../shared/api/council';
import type { DbOrTx } from '../../db/client';
import { renderTemplate } from '../../documents/render-template';
import type { CouncilMinutesData, VoteResultRow, VoteTallyData } from '../../documents/template-data';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { assertSessionStatus, loadSession } from './council.policy';
import { councilSessionDetail } from './council.queries';

/*
 * The minutes (biên bản họp) and the tally report (biên bản kiểm phiếu) in Word, from the editable
 * templates of the documents module. Only counts are printed: which member chose what is not known to
 * the system, so it cannot leak into a document.
 */

const viDate = (iso: string) => iso.split('-').reverse().join('/');
const percent = (yes: number, total: number) =>
  total > 0 ? (Math.round((yes / total) * 1000) / 10).toLocaleString('vi-VN') : '0';

function resultRows(session: CouncilSession): VoteResultRow[] {
  return session.agenda
    .flatMap((d) => d.nominees.map((n) => ({ n, d })))
    .map(({ n, d }, i) => ({
      stt: String(i + 1),
      fullName: n.displayName,
      unitName: n.unitName ?? d.unitName,
      award: d.awardName,
      yes: String(n.result?.yes ?? 0),
      total: String(n.result?.eligibleMembers ?? 0),
      percent: percent(n.result?.yes ?? 0, n.result?.eligibleMembers ?? 0),
      outcome: n.result?.passed ? 'Đạt' : 'Không đạt',
    }));
}

async function headOf(db: DbOrTx, session: CouncilSession) {
  const { rows } = await db.execute<{
    name: string;
    short_name: string | null;
    parent_name: string | null;
  }>(sql`
    SELECT u.name, u.short_name, p.name AS parent_name FROM unit u LEFT JOIN unit p ON p.id = u.parent_id
     WHERE u.id = ${session.unitId}`);
  const unit = rows[0];
  return {
    parentIssuer: (unit?.name ?? '').toLocaleUpperCase('vi-VN'),
    issuer: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
    place:
      unit?.short_name ??
      (unit?.name ?? '').replace(/^(Ủy ban nhân dân|UBND)\s+(thành phố|phường|xã)\s+/i, ''),
    date: session.heldOn,
  };
}

const nameOf = (session: CouncilSession, position: CouncilPosition) =>
  session.members.find((m) => m.position === position)?.name ?? '';

/** Render the minutes or the tally report of a tallied (or closed) session; the download is audited. */
export async function renderCouncilDocument(
  db: DbOrTx,
  actor: Actor,
  id: string,
  kind: 'minutes' | 'tally',
): Promise<{ buffer: Buffer; fileName: string }> {
  const row = await loadSession(db, actor, id);
  assertSessionStatus(row, ['tallied', 'closed'], 'xuất biên bản');
  const session = await councilSessionDetail(db, actor, row);
  const head = await headOf(db, session);
  const results = resultRows(session);
  const present = session.members.filter((m) => m.present);
  const absent = session.members.filter((m) => !m.present);
  const start = `ngày ${viDate(session.heldOn)}`;
  let buffer: Buffer;
  if (kind === 'minutes') {
    const passed = results.filter((r) => r.outcome === 'Đạt').length;
    const data: CouncilMinutesData = {
      ...head,
      number: '     /BB-HĐTĐKT',
      subject: session.title,
      startTime: start,
      location: session.place,
      chairName: nameOf(session, 'chair'),
      chairTitle: 'Chủ tịch Hội đồng',
      secretaryName: nameOf(session, 'secretary'),
      membersTotal: String(session.memberCount ?? session.members.length),
      membersPresent: String(session.presentCount ?? present.length),
      attendees: present.map((m) => ({ fullName: m.name, role: COUNCIL_POSITION_LABELS[m.position] })),
      absentees: absent.length ? `${absent.map((m) => m.name).join(', ')} (có phiếu bằng văn bản)` : 'không',
      content: [
        {
          text: `Thư ký Hội đồng báo cáo ${session.dossierCount} hồ sơ với ${session.nomineeCount} tập thể, cá nhân được đề nghị.`,
        },
        {
          text: 'Hội đồng thảo luận và biểu quyết bằng phiếu kín; thành viên vắng mặt gửi phiếu bằng văn bản. Thành viên có liên quan đến hồ sơ không bỏ phiếu cho hồ sơ đó.',
        },
      ],
      results,
      conclusion: [
        {
          text: `Có ${passed}/${results.length} tập thể, cá nhân đạt tỷ lệ phiếu đồng ý theo quy định (tính trên tổng số thành viên Hội đồng).`,
        },
      ],
      endTime: 'cùng ngày',
    };
    buffer = (await renderTemplate(db, 'council-minutes', data)).buffer;
  } else {
    // One ballot paper per member listing every nominee: received = members who returned theirs.
    const ballots = session.members.filter((m) => m.votedCount > 0).length;
    const data: VoteTallyData = {
      ...head,
      number: '     /BB-KP',
      subject: `Kiểm phiếu bầu kín — ${session.title}`,
      startTime: start,
      location: session.place,
      tellers: [{ fullName: nameOf(session, 'secretary'), role: 'Thư ký Hội đồng' }],
      ballotsIssued: String(session.memberCount ?? 0),
      ballotsReceived: String(ballots),
      ballotsValid: String(ballots),
      ballotsInvalid: '0',
      results,
      endTime: 'cùng ngày',
      headTellerName: nameOf(session, 'secretary'),
      secretaryName: nameOf(session, 'secretary'),
    };
    buffer = (await renderTemplate(db, 'vote-tally', data)).buffer;
  }
  await db.transaction(async (tx) =>
    writeAudit(tx, auditContextOf(actor), {
      action: 'council.document.download',
      objectType: 'council_session',
      objectId: id,
      unitId: session.unitId,
      after: { kind },
    }),
  );
  return {
    buffer,
    fileName: `${kind === 'minutes' ? 'bien-ban-hop-hoi-dong' : 'bien-ban-kiem-phieu'}-${session.heldOn}.docx`,
  };
}
