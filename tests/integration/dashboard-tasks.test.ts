import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard, DashboardTask } from '../../src/shared/api/dashboard';
import {
  type Client,
  createTestApp,
  seedAccount,
  seedUnits,
  signedIn,
  type TestApp,
} from './helpers/harness';

/*
 * "Việc cần làm" on the home page: each role sees what waits for it in its own unit subtree, counted
 * on the server; ward A's clerk and head never see ward B's records (and the reverse), the office sees
 * both, a council member sees only the open sessions where they have not voted (from the vote markers),
 * the chairman sees the decisions to sign.
 */

let t: TestApp;
let s: Awaited<ReturnType<typeof seedUnits>>;
const c: Record<string, Client> = {};
const ids: Record<string, string> = {};

async function one(sqlText: string, params: unknown[]): Promise<string> {
  const { rows } = await t.database.pool.query(sqlText, params);
  return rows[0].id as string;
}

async function tasksOf(who: string): Promise<Map<string, DashboardTask>> {
  const res = await c[who]!.get<Dashboard>('/api/dashboard');
  expect(res.status).toBe(200);
  return new Map(res.body.tasks.map((task) => [task.key, task]));
}

beforeAll(async () => {
  t = await createTestApp({ TDKT_LOGIN_RATE_PER_MINUTE: '1000' });
  s = await seedUnits(t.database);
  const accounts: [string, string, Parameters<typeof seedAccount>[1]['roles']][] = [
    ['staff', s.p.id, ['staff']],
    ['clerkA', s.a.id, ['unitClerk']],
    ['headA', s.a.id, ['unitHead']],
    ['clerkB', s.b.id, ['unitClerk']],
    ['member', s.p.id, ['councilMember']],
    ['chairman', s.p.id, ['chairman']],
    ['admin', s.p.id, ['admin']],
  ];
  for (const [key, unitId, roles] of accounts) {
    ids[key] = await seedAccount(t.database, { email: `${key.toLowerCase()}@test.vn`, unitId, roles });
  }
  const q = (text: string, params: unknown[]) => one(text, params);
  // A launched movement of P with A and B taking part; a pledge deadline already past.
  ids.movement = await q(
    `INSERT INTO movement (unit_id, title, year, status, launched_at) VALUES ($1, 'Phong trào thử', 2026, 'launched', now()) RETURNING id`,
    [s.p.id],
  );
  await t.database.pool.query(
    `INSERT INTO movement_participant (movement_id, unit_id) VALUES ($1, $2), ($1, $3)`,
    [ids.movement, s.a.id, s.b.id],
  );
  await t.database.pool.query(
    `INSERT INTO movement_milestone (movement_id, kind, title, due_on) VALUES ($1, 'pledge-deadline', 'Hạn đăng ký', '2020-01-31')`,
    [ids.movement],
  );
  // A's pledge returned with a reason; B has not pledged yet.
  await t.database.pool.query(
    `INSERT INTO pledge (movement_id, unit_id, status, return_reason, decided_at) VALUES ($1, $2, 'returned', 'Thiếu danh sách cá nhân đăng ký', now())`,
    [ids.movement, s.a.id],
  );
  // Dossiers: A returned for supplements (overdue), A draft, B draft, B submitted.
  const dossier = (unitId: string, status: string, title: string, extra = '') =>
    q(
      `INSERT INTO dossier (unit_id, track, award_code, year, title, status ${extra ? ', last_reason, due_on' : ''})
       VALUES ($1, 'regular', 'GK_CT_UBND_HUYEN', 2026, $2, $3 ${extra ? ", $4, '2020-03-02'" : ''}) RETURNING id`,
      extra ? [unitId, title, status, extra] : [unitId, title, status],
    );
  ids.returnedA = await dossier(s.a.id, 'returned', 'Hồ sơ A trả lại', 'Bổ sung biên bản họp bình xét');
  ids.draftA = await dossier(s.a.id, 'draft', 'Hồ sơ A nháp');
  ids.draftB = await dossier(s.b.id, 'draft', 'Hồ sơ B nháp');
  ids.submittedB = await dossier(s.b.id, 'submitted', 'Hồ sơ B đã gửi');
  ids.councilB = await dossier(s.b.id, 'council', 'Hồ sơ B trình Hội đồng');
  ids.nominee = await q(
    `INSERT INTO dossier_nominee (dossier_id, kind, person_id, unit_id) VALUES ($1, 'individual', $2, $3) RETURNING id`,
    [ids.councilB, s.personB.id, s.b.id],
  );
  // An open council session of P: the member has not voted; a second one where they already voted.
  const session = async (title: string) => {
    const id = await q(
      `INSERT INTO council_session (unit_id, year, title, held_on, place, status) VALUES ($1, 2026, $2, '2026-11-20', 'Phòng họp', 'open') RETURNING id`,
      [s.p.id, title],
    );
    await t.database.pool.query(
      `INSERT INTO council_session_dossier (session_id, dossier_id) VALUES ($1, $2)`,
      [id, ids.councilB],
    );
    await t.database.pool.query(
      `INSERT INTO council_session_member (session_id, user_id, name, position, unit_id, present) VALUES ($1, $2, 'Thành viên', 'Ủy viên', $3, true)`,
      [id, ids.member, s.p.id],
    );
    return id;
  };
  ids.openSession = await session('Phiên chưa bỏ phiếu');
  ids.votedSession = await session('Phiên đã bỏ phiếu');
  await t.database.pool.query(
    `INSERT INTO council_vote_marker (session_id, nominee_id, user_id) VALUES ($1, $2, $3)`,
    [ids.votedSession, ids.nominee, ids.member],
  );
  // A draft decision of P waiting for the chairman's signature.
  ids.decision = await q(
    `INSERT INTO decision (issuer_unit_id, issuer_name, year, decision_date, subject) VALUES ($1, 'ỦY BAN NHÂN DÂN THÀNH PHỐ THỬ', 2026, '2026-12-01', 'Về việc tặng Giấy khen') RETURNING id`,
    [s.p.id],
  );
  for (const key of Object.keys(ids).filter((k) => accounts.some(([a]) => a === k))) {
    c[key] = await signedIn(t.baseUrl, `${key.toLowerCase()}@test.vn`);
  }
});

afterAll(async () => {
  await t?.close();
});

describe('dashboard tasks', () => {
  it('ward A clerk: the returned pledge with its reason, the returned dossier (overdue), its own draft', async () => {
    const tasks = await tasksOf('clerkA');
    const pledge = tasks.get('pledge-returned');
    expect(pledge).toMatchObject({ count: 1, detail: 'Thiếu danh sách cá nhân đăng ký', overdue: true });
    expect(pledge?.link).toBe(`/movements/${ids.movement}/pledges`);
    expect(tasks.get('dossier-returned')).toMatchObject({
      count: 1,
      link: `/dossiers/${ids.returnedA}`,
      detail: 'Bổ sung biên bản họp bình xét',
      dueOn: '2020-03-02',
      overdue: true,
    });
    expect(tasks.get('dossier-draft')).toMatchObject({ count: 1, link: `/dossiers/${ids.draftA}` });
    expect(tasks.has('pledge-missing')).toBe(false);
    expect(tasks.get('dossier-draft')?.label).toMatch(/đang soạn/);
  });

  it('ward A head: the draft dossier waits for his submission; no office items', async () => {
    const tasks = await tasksOf('headA');
    expect(tasks.get('dossier-draft')?.label).toMatch(/chờ đồng chí trình/);
    for (const key of ['dossier-to-receive', 'pledge-submitted', 'decision-draft', 'council-vote']) {
      expect(tasks.has(key)).toBe(false);
    }
  });

  it("ward B clerk: B's own items only, nothing of A leaks", async () => {
    const tasks = await tasksOf('clerkB');
    expect(tasks.get('pledge-missing')).toMatchObject({
      count: 1,
      link: `/movements/${ids.movement}/pledges`,
    });
    expect(tasks.get('dossier-draft')).toMatchObject({ count: 1, link: `/dossiers/${ids.draftB}` });
    expect(tasks.has('pledge-returned')).toBe(false);
    expect(tasks.has('dossier-returned')).toBe(false);
    const body = JSON.stringify([...tasks.values()]);
    expect(body).not.toContain(ids.returnedA);
    expect(body).not.toContain('Thiếu danh sách');
  });

  it('office staff: dossiers to receive, overdue, decision drafts; never the units’ drafts', async () => {
    const tasks = await tasksOf('staff');
    expect(tasks.get('dossier-to-receive')).toMatchObject({ count: 1, link: `/dossiers/${ids.submittedB}` });
    expect(tasks.get('dossier-overdue')).toMatchObject({
      count: 1,
      link: '/dossiers/overdue',
      overdue: true,
    });
    expect(tasks.get('decision-draft')).toMatchObject({ count: 1, link: `/decisions/${ids.decision}` });
    expect(tasks.has('dossier-draft')).toBe(false);
    const res = await c.staff!.get<Dashboard>('/api/dashboard');
    expect(res.body.headline).toMatchObject({ activeMovements: 1, awardsThisYear: 0 });
    expect(res.body.headline!.dossiersInProgress).toBeGreaterThanOrEqual(3);
    // Existing fields are kept.
    expect(res.body.unitCount).toBe(3);
  });

  it('a pledge submitted by B shows up for the office to accept', async () => {
    await t.database.pool.query(
      `INSERT INTO pledge (movement_id, unit_id, status, submitted_at) VALUES ($1, $2, 'submitted', now())`,
      [ids.movement, s.b.id],
    );
    const tasks = await tasksOf('staff');
    expect(tasks.get('pledge-submitted')).toMatchObject({
      count: 1,
      link: `/movements/${ids.movement}/pledges`,
    });
    expect((await tasksOf('clerkB')).has('pledge-missing')).toBe(false);
  });

  it('council member: only the open session where their vote marker is missing', async () => {
    const tasks = await tasksOf('member');
    expect(tasks.get('council-vote')).toMatchObject({
      count: 1,
      link: `/council/sessions/${ids.openSession}`,
    });
    await t.database.pool.query(
      `INSERT INTO council_vote_marker (session_id, nominee_id, user_id) VALUES ($1, $2, $3)`,
      [ids.openSession, ids.nominee, ids.member],
    );
    expect((await tasksOf('member')).has('council-vote')).toBe(false);
    const res = await c.member!.get<Dashboard>('/api/dashboard');
    expect(res.body.headline).toBeNull();
  });

  it('chairman: the decision to sign; admin: no unit work', async () => {
    const chairman = await tasksOf('chairman');
    expect(chairman.get('decision-to-sign')).toMatchObject({ count: 1, link: `/decisions/${ids.decision}` });
    const admin = await tasksOf('admin');
    for (const key of ['dossier-draft', 'pledge-missing', 'decision-to-sign', 'council-vote']) {
      expect(admin.has(key)).toBe(false);
    }
  });
});
