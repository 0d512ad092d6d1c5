import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councilDossier, councilSessionIn } from './helpers/council-fixtures';
import { Client, createTestApp, seedAccount, seedUnits, signedIn, type TestApp } from './helpers/harness';

/*
 * Public notice (issue 5 item 5; quality A7, C3, D2): the proposed list on a page without sign-in, with
 * only public fields (canaries of the sensitive ones never appear), citizens' comments behind a signed
 * challenge with a minimum fill time, CSRF and a per-address rate limit, and the staff moderation queue.
 */

let t: TestApp;
let s: Awaited<ReturnType<typeof seedUnits>>;
let staff: Client;
let citizen: Client;
let noticeId: string;
let itemId: string;

const CANARIES = {
  nationalId: '001099000111',
  birthDate: '1979-02-28',
  birthDateVi: '28/02/1979',
  discipline: 'CANARY-KY-LUAT-7731',
  contact: 'canary.lienhe@example.vn',
};

async function challenge(client = citizen) {
  const res = await client.get(`/api/public/notices/${noticeId}/challenge`);
  expect(res.status).toBe(200);
  const m = /^(\S+) cộng (\S+) bằng/.exec(res.body.question)!;
  const words = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
  const answer = words.indexOf(m[1]!.toLowerCase()) + words.indexOf(m[2]!);
  return { token: res.body.token as string, answer };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  t = await createTestApp({ TDKT_LOGIN_RATE_PER_MINUTE: '1000' });
  s = await seedUnits(t.database);
  await t.database.pool.query(
    `UPDATE person SET birth_date = $2, ethnicity_code = '08', position = 'Công chức Văn phòng - Thống kê' WHERE id = $1`,
    [s.personA.id, CANARIES.birthDate],
  );
  await t.database.pool.query(
    `INSERT INTO person_discipline (person_id, level, from_date, reason) VALUES ($1, 'reprimand', '2020-01-01', $2)`,
    [s.personA.id, CANARIES.discipline],
  );
  await seedAccount(t.database, { email: 'staff@test.vn', unitId: s.p.id, roles: ['staff'] });
  await seedAccount(t.database, { email: 'staff.b@test.vn', unitId: s.b.id, roles: ['staff'] });
  staff = await signedIn(t.baseUrl, 'staff@test.vn');
  citizen = new Client(t.baseUrl);
  // A tallied session where Nguyễn Văn An (A) passed; closing it drafts the notice.
  const { sessionId, dossierId } = await councilSessionIn(t.database, s.p.id, 'tallied');
  const d = await councilDossier(t.database, s.a.id, { proposingUnitId: s.a.id, personIds: [s.personA.id] });
  await t.database.pool.query(
    `UPDATE dossier_nominee SET position = 'Công chức Văn phòng - Thống kê' WHERE id = $1`,
    [d.nomineeId],
  );
  await t.database.pool.query(
    `INSERT INTO council_session_dossier (session_id, dossier_id, sort_order) VALUES ($1, $2, 1)`,
    [sessionId, d.dossierId],
  );
  await t.database.pool.query(
    `INSERT INTO council_result (session_id, nominee_id, yes, no, not_voted, eligible_members, written_votes, needed,
       threshold_basis_points, threshold_rule, threshold_source, passed, tallied_at)
     VALUES ($1, $2, 3, 0, 0, 3, 0, 2, 5000, 'more-than', 'thử', true, now())`,
    [sessionId, d.nomineeId],
  );
  const closed = await staff.post(`/api/council/sessions/${sessionId}/close`, { version: 1 });
  expect(closed.status).toBe(200);
  expect(dossierId).toBeTruthy();
  noticeId = closed.body.noticeId;
});
afterAll(() => t.close());

describe('staff publish the notice', () => {
  it('a draft notice is not public', async () => {
    expect((await citizen.get(`/api/public/notices/${noticeId}`)).status).toBe(404);
    expect((await citizen.get('/api/public/notices')).body.items).toEqual([]);
  });

  it('staff set the period and publish it; staff of another unit cannot see it', async () => {
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const notice = await staff.get(`/api/public-notices/${noticeId}`);
    expect(notice.body.items).toHaveLength(2);
    const bad = await staff.put(`/api/public-notices/${noticeId}`, {
      version: 1,
      title: 'Công khai danh sách đề nghị khen thưởng năm 2025',
      description: 'Ý kiến xin gửi về Phòng Nội vụ.',
      startsOn: '2025-12-20',
      endsOn: '2025-12-10',
    });
    expect(bad.status).toBe(400);
    const saved = await staff.put(`/api/public-notices/${noticeId}`, {
      version: 1,
      title: 'Công khai danh sách đề nghị khen thưởng năm 2025',
      description: 'Ý kiến xin gửi về Phòng Nội vụ.',
      startsOn: today,
      endsOn: '2100-01-01',
    });
    expect(saved.status).toBe(200);
    const published = await staff.post(`/api/public-notices/${noticeId}/publish`, { version: 2 });
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('published');
    itemId = published.body.items.find((i: { displayName: string }) => i.displayName === 'Nguyễn Văn An').id;
    const other = await signedIn(t.baseUrl, 'staff.b@test.vn');
    expect((await other.get(`/api/public-notices/${noticeId}`)).status).toBe(404);
  });
});

describe('the public page (no sign-in)', () => {
  it('lists the notice and shows public fields only (quality A7)', async () => {
    const list = await citizen.get('/api/public/notices');
    expect(list.status).toBe(200);
    expect(list.body.items.map((n: { id: string }) => n.id)).toEqual([noticeId]);
    const res = await citizen.get(`/api/public/notices/${noticeId}`);
    expect(res.status).toBe(200);
    const an = res.body.items.find((i: { id: string }) => i.id === itemId);
    expect(an).toEqual({
      id: itemId,
      displayName: 'Nguyễn Văn An',
      unitName: 'Phường Tân Phong',
      position: 'Công chức Văn phòng - Thống kê',
      awardName: expect.any(String),
      achievementSummary: 'Hoàn thành xuất sắc nhiệm vụ',
    });
    const text = JSON.stringify(res.body) + JSON.stringify(list.body);
    for (const canary of [
      CANARIES.nationalId,
      CANARIES.birthDate,
      CANARIES.birthDateVi,
      CANARIES.discipline,
    ]) {
      expect(text).not.toContain(canary);
    }
    expect(text).not.toMatch(/Mông|ethnic|birth|nationalId|discipline|personId|dossierId/i);
  });
});

describe('citizens comment', () => {
  it('refuses a comment without the anti-forgery token (quality D2)', async () => {
    await citizen.get(`/api/public/notices/${noticeId}`);
    const { token, answer } = await challenge();
    const res = await citizen.request(
      'POST',
      `/api/public/notices/${noticeId}/comments`,
      { body: 'Góp ý', challengeToken: token, challengeAnswer: answer },
      { 'x-csrf-token': 'sai' },
    );
    expect(res.status).toBe(403);
  });

  it('refuses an answer sent faster than a person can type, a wrong answer and a forged token', async () => {
    const fast = await challenge();
    const tooFast = await citizen.post(`/api/public/notices/${noticeId}/comments`, {
      body: 'Góp ý nhanh',
      challengeToken: fast.token,
      challengeAnswer: fast.answer,
    });
    expect(tooFast.status).toBe(400);
    expect(tooFast.body.error.message).toMatch(/quá nhanh/);
    await wait(3_100);
    const wrong = await citizen.post(`/api/public/notices/${noticeId}/comments`, {
      body: 'Góp ý sai',
      challengeToken: fast.token,
      challengeAnswer: fast.answer + 1,
    });
    expect(wrong.status).toBe(400);
    const [payload] = fast.token.split('.');
    const forged = await citizen.post(`/api/public/notices/${noticeId}/comments`, {
      body: 'Góp ý giả',
      challengeToken: `${payload}.AAAA`,
      challengeAnswer: fast.answer,
    });
    expect(forged.status).toBe(400);
  });

  it('accepts a correct answer once; the comment waits for moderation and its contact never goes public', async () => {
    const { token, answer } = await challenge();
    await wait(3_100);
    const body = {
      itemId,
      authorName: 'Lường Văn Tâm',
      contact: CANARIES.contact,
      body: 'Đề nghị xem xét thêm. <script>alert(1)</script>',
      challengeToken: token,
      challengeAnswer: answer,
    };
    const res = await citizen.post(`/api/public/notices/${noticeId}/comments`, body);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ status: 'pending' });
    const replay = await citizen.post(`/api/public/notices/${noticeId}/comments`, body);
    expect(replay.status).toBe(400);
    expect((await citizen.get(`/api/public/notices/${noticeId}`)).body.comments).toEqual([]);

    const queue = await staff.get('/api/public-comments?status=pending');
    expect(queue.body.items).toHaveLength(1);
    const comment = queue.body.items[0];
    expect(comment).toMatchObject({
      contact: CANARIES.contact,
      itemName: 'Nguyễn Văn An',
      status: 'pending',
    });
    const ofDossier = await staff.get(`/api/public-comments?dossierId=${comment.dossierId}`);
    expect(ofDossier.body.items).toHaveLength(1);

    const approved = await staff.post(`/api/public-comments/${comment.id}/moderate`, {
      version: 1,
      status: 'approved',
    });
    expect(approved.status).toBe(200);
    const page = await citizen.get(`/api/public/notices/${noticeId}`);
    expect(page.body.comments).toHaveLength(1);
    expect(page.body.comments[0].body).toBe(body.body);
    expect(JSON.stringify(page.body)).not.toContain(CANARIES.contact);

    const hidden = await staff.post(`/api/public-comments/${comment.id}/moderate`, {
      version: 2,
      status: 'hidden',
      note: 'Nội dung chưa phù hợp',
    });
    expect(hidden.status).toBe(200);
    expect((await citizen.get(`/api/public/notices/${noticeId}`)).body.comments).toEqual([]);
    const audit = await t.database.pool.query(
      `SELECT action, after FROM audit_event WHERE object_id = $1 ORDER BY id`,
      [comment.id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'public-comment.create',
      'public-comment.approve',
      'public-comment.hide',
    ]);
    expect(JSON.stringify(audit.rows)).not.toContain(CANARIES.contact);
  });

  it('limits comments per address (429 with Retry-After)', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 4; i += 1) {
      const res = await citizen.post(`/api/public/notices/${noticeId}/comments`, {
        body: 'Góp ý lặp',
        challengeToken: 'x.y',
        challengeAnswer: 1,
      });
      statuses.push(res.status);
      retryAfter ??= res.headers.get('retry-after');
    }
    // 5 per 10 minutes: the earlier tests sent 5 (the CSRF refusal is stopped before the limiter).
    expect(statuses).toEqual([429, 429, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });
});
