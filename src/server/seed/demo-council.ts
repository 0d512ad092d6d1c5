import { sql } from 'drizzle-orm';
import type { Role } from '../../shared/codes';
import type { Tx } from '../db/client';
import { insertAccount } from '../modules/accounts/manage-accounts';
import type { Actor } from '../modules/auth/actor';
import { castVote } from '../modules/council/cast-vote';
import { closeCouncilSession } from '../modules/council/close-session';
import { createCouncilSession } from '../modules/council/create-session';
import { addCouncilMember } from '../modules/council/manage-members';
import { openCouncilSession } from '../modules/council/open-session';
import { tallyCouncilSession } from '../modules/council/tally-session';
import { todayInVietnam } from '../modules/public-notice/create-notice';
import { moveNotice, saveNotice } from '../modules/public-notice/manage-notice';
import { publicComment } from '../modules/public-notice/public-notice.schema';
import { DEMO_PASSWORD, type DemoUnits } from './demo';

/*
 * The 2025 council of the city (Hội đồng TĐKT thành phố) and its ballots, made through the app's own
 * use cases: chutich@ chairs, thuky@ is secretary, hoidong@ and two more members sit on it. Session 1
 * (closed) considered the thematic dossier of Xã San Thàng: its nominees passed, their notice is
 * published with citizens' comments (one waiting for moderation). Session 2 is open on the dossier of
 * Phường Đông Phong: three members have voted, hoidong@ and chutich@ have not — try it in the browser.
 * Call after the demo accounts exist.
 */

const EXTRA_MEMBERS = [
  { email: 'uyvien.lo@tdkt.local', name: 'Lò Thị Mai' },
  { email: 'uyvien.giang@tdkt.local', name: 'Giàng A Páo' },
];

async function actorOf(tx: Tx, email: string): Promise<Actor> {
  const { rows } = await tx.execute<{
    id: string;
    name: string;
    unit_id: string;
    path: string;
    unit_name: string;
  }>(
    sql`SELECT u.id, u.name, u.unit_id, un.path, un.name AS unit_name
          FROM "user" u JOIN unit un ON un.id = u.unit_id WHERE u.email = ${email}`,
  );
  const row = rows[0];
  if (!row) throw new Error(`demo council: no account ${email}`);
  const roles = await tx.execute<{ role: Role }>(sql`SELECT role FROM user_role WHERE user_id = ${row.id}`);
  return {
    userId: row.id,
    name: row.name,
    email,
    unitId: row.unit_id,
    unitName: row.unit_name,
    scopePath: row.path,
    roles: roles.rows.map((r) => r.role),
    sessionId: 'demo',
    mustChangePassword: false,
    twoFactorEnabled: false,
    twoFactorRequired: false,
    ip: '127.0.0.1',
  };
}

async function councilDossierOf(tx: Tx, unitId: string | undefined) {
  if (!unitId) return null;
  const { rows } = await tx.execute<{ id: string }>(
    sql`SELECT id FROM dossier WHERE unit_id = ${unitId} AND status = 'council' ORDER BY created_at LIMIT 1`,
  );
  if (!rows[0]) return null;
  const nominees = await tx.execute<{ id: string }>(
    sql`SELECT id FROM dossier_nominee WHERE dossier_id = ${rows[0].id} ORDER BY sort_order`,
  );
  return { id: rows[0].id, nominees: nominees.rows.map((n) => n.id) };
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function sessionVersion(tx: Tx, id: string): Promise<number> {
  const { rows } = await tx.execute<{ version: number }>(
    sql`SELECT version FROM council_session WHERE id = ${id}`,
  );
  return rows[0]!.version;
}

export async function loadDemoCouncil(tx: Tx, units: DemoUnits): Promise<void> {
  const top = units['UBND-TP']!;
  for (const m of EXTRA_MEMBERS) {
    await insertAccount(tx, {
      ...m,
      unitId: top,
      roles: ['councilMember'],
      password: DEMO_PASSWORD,
      mustChangePassword: false,
      grantedBy: null,
    });
  }
  const staff = await actorOf(tx, 'noivu@tdkt.local');
  const chair = await actorOf(tx, 'chutich@tdkt.local');
  const secretary = await actorOf(tx, 'thuky@tdkt.local');
  const member = await actorOf(tx, 'hoidong@tdkt.local');
  const [lo, giang] = [
    await actorOf(tx, EXTRA_MEMBERS[0]!.email),
    await actorOf(tx, EXTRA_MEMBERS[1]!.email),
  ];
  for (const [actor, position] of [
    [chair, 'chair'],
    [secretary, 'secretary'],
    [member, 'member'],
    [lo, 'member'],
    [giang, 'member'],
  ] as const) {
    await addCouncilMember(tx, staff, { year: 2025, userId: actor.userId, position });
  }

  const today = todayInVietnam();
  const santhang = await councilDossierOf(tx, units['X-SANTHANG']);
  if (santhang) {
    // Session 1: Giàng A Páo absent (written ballot), everyone else votes; tallied, closed, notice published.
    const id = await createCouncilSession(tx, staff, {
      year: 2025,
      title: 'Phiên họp Hội đồng TĐKT xét khen thưởng chuyên đề năm 2025',
      heldOn: addDays(today, -3),
      place: 'Hội trường UBND thành phố Lai Châu',
      dossierIds: [santhang.id],
    });
    await openCouncilSession(tx, staff, id, {
      version: 1,
      presentUserIds: [chair, secretary, member, lo].map((a) => a.userId),
    });
    for (const nomineeId of santhang.nominees) {
      for (const [actor, choice] of [
        [chair, 'yes'],
        [secretary, 'yes'],
        [member, 'yes'],
        [lo, 'no'],
      ] as const) {
        await castVote(tx, actor, id, { nomineeId, choice });
      }
      await castVote(tx, secretary, id, { nomineeId, choice: 'yes' }, giang.userId);
    }
    await tallyCouncilSession(tx, staff, id, { version: await sessionVersion(tx, id) });
    const { noticeId } = await closeCouncilSession(tx, staff, id, { version: await sessionVersion(tx, id) });
    if (noticeId) {
      await saveNotice(tx, staff, noticeId, {
        version: 1,
        title: 'Công khai danh sách đề nghị khen thưởng chuyên đề năm 2025 – Xã San Thàng',
        description:
          'Thực hiện quy định về công khai, UBND thành phố thông báo danh sách tập thể, cá nhân được Hội đồng Thi đua – Khen thưởng đề nghị khen thưởng. Ý kiến góp ý xin gửi trong thời gian công khai.',
        startsOn: addDays(today, -2),
        endsOn: addDays(today, 8),
      });
      await moveNotice(tx, staff, noticeId, 'publish', 2);
      const { rows: items } = await tx.execute<{ id: string }>(
        sql`SELECT id FROM public_notice_item WHERE notice_id = ${noticeId} ORDER BY sort_order`,
      );
      const comments = [
        {
          itemId: items[0]?.id ?? null,
          authorName: 'Vàng Thị Dung',
          contact: '0912 345 678',
          body: 'Tôi là người dân bản Sang Sui, xác nhận chị là người nhiệt tình, vận động bà con tham gia làm đường bê tông nông thôn. Đồng ý với đề nghị.',
          status: 'approved',
        },
        {
          itemId: null,
          authorName: null,
          contact: null,
          body: 'Đề nghị công khai thêm thành tích cụ thể của từng người để nhân dân dễ theo dõi.',
          status: 'approved',
        },
        {
          itemId: items[1]?.id ?? null,
          authorName: 'Lý A Sử',
          contact: 'lyasu@example.vn',
          body: 'Xin hỏi thành tích năm 2025 của anh đã được xã nghiệm thu chưa?',
          status: 'pending',
        },
      ] as const;
      for (const [i, c] of comments.entries()) {
        await tx.insert(publicComment).values({
          noticeId,
          itemId: c.itemId,
          authorName: c.authorName,
          contact: c.contact,
          body: c.body,
          status: c.status,
          challengeNonce: `demo-${noticeId}-${i}`,
          senderHash: 'demo',
          moderatedAt: c.status === 'approved' ? new Date() : null,
          moderatedBy: c.status === 'approved' ? staff.email : null,
          createdAt: new Date(Date.now() - (3 - i) * 86_400_000),
        });
      }
    }
  }

  const dongphong = await councilDossierOf(tx, units['P-DONGPHONG']);
  if (dongphong) {
    // Session 2, open: three members have voted; hoidong@ and chutich@ have not yet.
    const id = await createCouncilSession(tx, staff, {
      year: 2025,
      title: 'Phiên họp Hội đồng TĐKT xét danh hiệu thi đua năm 2025',
      heldOn: today,
      place: 'Phòng họp số 2, UBND thành phố Lai Châu',
      dossierIds: [dongphong.id],
    });
    await openCouncilSession(tx, staff, id, {
      version: 1,
      presentUserIds: [chair, secretary, member, lo, giang].map((a) => a.userId),
    });
    for (const [i, nomineeId] of dongphong.nominees.entries()) {
      await castVote(tx, secretary, id, { nomineeId, choice: 'yes' });
      await castVote(tx, lo, id, { nomineeId, choice: 'yes' });
      await castVote(tx, giang, id, { nomineeId, choice: i === 2 ? 'no' : 'yes' });
    }
  }
}
