import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Review } from '../../src/shared/api/reviews';
import {
  type Client,
  createTestApp,
  seedAccount,
  seedUnits,
  signedIn,
  type TestApp,
} from './helpers/harness';

/*
 * Interim and final reviews (issue 4 item 5): one per review milestone, figures from the database as at
 * the review date (pledges, targets by field, proposals), the office's assessment, finalised with a
 * frozen snapshot (audited), and a Word report from the 'review-report' template.
 */

let t: TestApp;
let s: Awaited<ReturnType<typeof seedUnits>>;
let staff: Client;
let clerkA: Client;
let clerkB: Client;
let movementId: string;
let interimId: string;
let finalId: string;
let review: Review;

const q = (text: string, params: unknown[] = []) => t.database.pool.query(text, params);

beforeAll(async () => {
  t = await createTestApp({ TDKT_LOGIN_RATE_PER_MINUTE: '1000' });
  s = await seedUnits(t.database);
  await seedAccount(t.database, { email: 'staff@test.vn', unitId: s.p.id, roles: ['staff'] });
  await seedAccount(t.database, { email: 'clerk.a@test.vn', unitId: s.a.id, roles: ['unitClerk'] });
  await seedAccount(t.database, { email: 'clerk.b@test.vn', unitId: s.b.id, roles: ['unitClerk'] });
  staff = await signedIn(t.baseUrl, 'staff@test.vn');
  clerkA = await signedIn(t.baseUrl, 'clerk.a@test.vn');
  clerkB = await signedIn(t.baseUrl, 'clerk.b@test.vn');
  const created = await staff.post('/api/movements', {
    title: 'Thi đua hoàn thành nhiệm vụ năm 2025',
    kind: 'regular',
    year: 2025,
    startsOn: '2025-01-01',
    endsOn: '2025-12-31',
    fields: ['economy', 'political-system'],
    participantUnitIds: [s.a.id, s.b.id],
    milestones: [
      { kind: 'pledge-deadline', title: 'Hạn đăng ký', dueOn: '2025-02-15' },
      { kind: 'interim-review', title: 'Sơ kết 6 tháng đầu năm 2025', dueOn: '2025-06-30' },
      { kind: 'final-review', title: 'Tổng kết năm 2025', dueOn: '2025-12-15' },
    ],
  });
  movementId = created.body.id;
  interimId = created.body.milestones.find((m: { kind: string }) => m.kind === 'interim-review').id;
  finalId = created.body.milestones.find((m: { kind: string }) => m.kind === 'final-review').id;
  expect((await staff.post(`/api/movements/${movementId}/launch`)).status).toBe(200);

  // Pledges: A on time and accepted (2 people), B late and still submitted.
  const a = await q(
    `INSERT INTO pledge (movement_id, unit_id, status, collective_titles, submitted_at, decided_at)
     VALUES ($1, $2, 'accepted', '{tap-the-lao-dong-xuat-sac}', '2025-02-10T09:00:00+07', '2025-02-12T09:00:00+07')
     RETURNING id`,
    [movementId, s.a.id],
  );
  await q(
    `INSERT INTO pledge_person (pledge_id, person_id, titles) VALUES ($1, $2, '{chien-si-thi-dua-co-so}')`,
    [a.rows[0].id, s.personA.id],
  );
  await q(
    `INSERT INTO pledge (movement_id, unit_id, status, collective_titles, submitted_at)
     VALUES ($1, $2, 'submitted', '{tap-the-lao-dong-tien-tien}', '2025-03-01T09:00:00+07')`,
    [movementId, s.b.id],
  );
  // Targets: revenue (economy) and processing days (political system), reported through Q3.
  const ind = await q(
    `INSERT INTO movement_indicator (movement_id, code, name, measure_unit, direction, field, sort_order)
     VALUES ($1, 'KT01', 'Thu ngân sách', 'triệu đồng', 'higher-better', 'economy', 1),
            ($1, 'CT01', 'Thời gian giải quyết thủ tục hành chính', 'ngày', 'lower-better', 'political-system', 2)
     RETURNING id, code`,
    [movementId],
  );
  const rev = ind.rows.find((r) => r.code === 'KT01').id;
  const days = ind.rows.find((r) => r.code === 'CT01').id;
  for (const [indicator, unit, planned] of [
    [rev, s.a.id, 100],
    [rev, s.b.id, 200],
    [days, s.a.id, 7],
    [days, s.b.id, 7],
  ]) {
    await q(`INSERT INTO unit_target (movement_id, indicator_id, unit_id, planned) VALUES ($1, $2, $3, $4)`, [
      movementId,
      indicator,
      unit,
      planned,
    ]);
  }
  for (const [indicator, unit, period, actual] of [
    [rev, s.a.id, '2025-Q2', 120],
    [rev, s.b.id, '2025-Q2', 150],
    [rev, s.b.id, '2025-Q3', 230],
    [days, s.a.id, '2025-Q2', 5],
    [days, s.b.id, '2025-Q2', 9],
  ]) {
    await q(
      `INSERT INTO target_report (movement_id, indicator_id, unit_id, period, actual) VALUES ($1, $2, $3, $4, $5)`,
      [movementId, indicator, unit, period, actual],
    );
  }
  // One nomination dossier of the movement, submitted in June.
  const d = await q(
    `INSERT INTO dossier (unit_id, movement_id, track, award_code, year, title, status, submitted_at, created_at)
     VALUES ($1, $2, 'thematic', 'giay-khen', 2025, 'Đề nghị khen thưởng', 'submitted', '2025-06-20T09:00:00+07',
             '2025-06-10T09:00:00+07') RETURNING id`,
    [s.a.id, movementId],
  );
  await q(
    `INSERT INTO dossier_nominee (dossier_id, kind, person_id, unit_id) VALUES ($1, 'individual', $2, $3)`,
    [d.rows[0].id, s.personA.id, s.a.id],
  );
});
afterAll(() => t.close());

describe('reviews of a movement', () => {
  it('lists the interim and final milestones, not yet reviewed', async () => {
    const res = await staff.get(`/api/movements/${movementId}/reviews`);
    expect(res.status).toBe(200);
    expect(res.body.canEdit).toBe(true);
    expect(
      res.body.items.map((i: { milestone: { id: string }; review: null }) => [i.milestone.id, i.review]),
    ).toEqual([
      [interimId, null],
      [finalId, null],
    ]);
  });

  it('starts the interim review with figures as at 30/06 (Q3 reports are not yet counted); audited', async () => {
    const res = await staff.post(`/api/movements/${movementId}/reviews`, { milestoneId: interimId });
    expect(res.status).toBe(200);
    review = res.body;
    expect(review).toMatchObject({
      kind: 'interim',
      title: 'Sơ kết 6 tháng đầu năm 2025',
      reviewDate: '2025-06-30',
      status: 'draft',
      canEdit: true,
      version: 1,
    });
    expect(review.figures.pledges).toEqual({
      participants: 2,
      pledged: 2,
      accepted: 1,
      late: 1,
      missing: 0,
      people: 1,
      collectiveTitles: [
        { code: 'tap-the-lao-dong-tien-tien', label: 'Tập thể lao động tiên tiến', count: 1 },
        { code: 'tap-the-lao-dong-xuat-sac', label: 'Tập thể lao động xuất sắc', count: 1 },
      ],
      individualTitles: [{ code: 'chien-si-thi-dua-co-so', label: 'Chiến sĩ thi đua cơ sở', count: 1 }],
    });
    expect(review.figures.targets.overall).toMatchObject({ exceeded: 2, met: 0, notMet: 2, notReported: 0 });
    expect(review.figures.targets.byField.map((f) => [f.field, f.exceeded, f.notMet])).toEqual([
      ['economy', 1, 1],
      ['political-system', 1, 1],
    ]);
    expect(review.figures.targets.rows[0]).toMatchObject({
      code: 'KT01',
      planned: 300,
      actual: 270,
      completion: 90,
    });
    expect(review.figures.proposals).toEqual({ dossiers: 1, submitted: 1, decided: 0, nominees: 1 });
    const again = await staff.post(`/api/movements/${movementId}/reviews`, { milestoneId: interimId });
    expect(again.body.id).toBe(review.id);
    const { rows } = await q(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'review.create' AND object_id = $1`,
      [review.id],
    );
    expect(rows[0].n).toBe(1);
  });

  it('refuses a pledge-deadline milestone and another movement’s milestone', async () => {
    const { rows } = await q(
      `SELECT id FROM movement_milestone WHERE movement_id = $1 AND kind = 'pledge-deadline'`,
      [movementId],
    );
    const wrongKind = await staff.post(`/api/movements/${movementId}/reviews`, { milestoneId: rows[0].id });
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.error.fields[0].path).toBe('milestoneId');
    const missing = await staff.post(`/api/movements/${movementId}/reviews`, {
      milestoneId: '00000000-0000-4000-8000-000000000000',
    });
    expect(missing.status).toBe(404);
  });

  it('saves the assessment; a stale version gets 409 naming the editor; audited', async () => {
    const body = {
      version: 1,
      reviewDate: '2025-06-30',
      achievements: 'Thu ngân sách phường Tân Phong vượt kế hoạch.\n{d.x} =SUM(A1) <script>',
      shortcomings: 'Phường Đoàn Kết đăng ký muộn.',
      lessons: 'Theo dõi sát tiến độ.',
      nextTasks: 'Đẩy mạnh cải cách hành chính.',
    };
    const saved = await staff.put(`/api/reviews/${review.id}`, body);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 2, achievements: body.achievements });
    const stale = await staff.put(`/api/reviews/${review.id}`, body);
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toContain('staff@test.vn');
    review = saved.body;
  });

  it('lets a participant read but not write; a unit outside the movement gets 404', async () => {
    expect((await clerkA.get(`/api/reviews/${review.id}`)).status).toBe(200);
    expect((await clerkA.get(`/api/reviews/${review.id}`)).body.canEdit).toBe(false);
    expect((await clerkA.put(`/api/reviews/${review.id}`, { ...review, version: 2 })).status).toBe(403);
    await q(`DELETE FROM movement_participant WHERE movement_id = $1 AND unit_id = $2`, [movementId, s.b.id]);
    expect((await clerkB.get(`/api/reviews/${review.id}`)).status).toBe(404);
    expect((await clerkB.get(`/api/reviews/${review.id}/report.docx`)).status).toBe(404);
    await q(`INSERT INTO movement_participant (movement_id, unit_id) VALUES ($1, $2)`, [movementId, s.b.id]);
  });

  it('generates the Word report from the template, with the figures by field and the text printed literally', async () => {
    const res = await staff.get(`/api/reviews/${review.id}/report.docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
    const xml = new PizZip(Buffer.from(res.body as ArrayBuffer)).file('word/document.xml')!.asText();
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Thi đua hoàn thành nhiệm vụ năm 2025');
    expect(text).toContain('Kinh tế');
    expect(text).toContain('Thu ngân sách');
    expect(text).toContain('đã đăng ký thi đua: 2 đơn vị');
    expect(text).toContain('{d.x} =SUM(A1) &lt;script&gt;');
    expect(text).toContain('1 hồ sơ đề nghị khen thưởng');
  });

  it('finalises: figures frozen in a snapshot (later reports do not change them), audited, no more edits', async () => {
    const done = await staff.post(`/api/reviews/${review.id}/finalise`, { version: review.version });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'finalised', canEdit: false, finalisedByName: 'staff' });
    const frozen = done.body.figures;
    await q(`UPDATE target_report SET actual = 999 WHERE movement_id = $1 AND period = '2025-Q2'`, [
      movementId,
    ]);
    const later = await staff.get(`/api/reviews/${review.id}`);
    expect(later.body.figures).toEqual(frozen);
    const { rows } = await q(
      `SELECT after FROM audit_event WHERE action = 'review.finalise' AND object_id = $1`,
      [review.id],
    );
    expect(rows[0].after.figures.targets.overall).toEqual(frozen.targets.overall);
    const edit = await staff.put(`/api/reviews/${review.id}`, {
      version: done.body.version,
      reviewDate: '2025-06-30',
      achievements: 'x',
      shortcomings: '',
      lessons: '',
      nextTasks: '',
    });
    expect(edit.status).toBe(400);
    const twice = await staff.post(`/api/reviews/${review.id}/finalise`, { version: done.body.version });
    expect(twice.status).toBe(400);
  });

  it('the final review sees the later figures (a draft is always live)', async () => {
    const res = await staff.post(`/api/movements/${movementId}/reviews`, { milestoneId: finalId });
    expect(res.body.figures.targets.rows[0]).toMatchObject({ code: 'KT01', actual: 999 + 230 });
    const list = await clerkA.get(`/api/movements/${movementId}/reviews`);
    expect(list.body.canEdit).toBe(false);
    expect(list.body.items.map((i: { review: { status: string } }) => i.review.status)).toEqual([
      'finalised',
      'draft',
    ]);
  });
});
