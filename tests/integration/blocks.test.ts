import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remindBlockDeadlines } from '../../src/server/modules/blocks/remind-deadlines';
import { insertUnit } from '../../src/server/seed/factories';
import type { Assessment, BlockDetail, Sheet } from '../../src/shared/api/blocks';
import {
  type Client,
  createTestApp,
  seedAccount,
  seedUnits,
  signedIn,
  type TestApp,
} from './helpers/harness';

/*
 * A cluster of three wards (A head, B deputy, C) organised by P runs its year over real HTTP: sheet with a
 * target criterion, round, self-assessment, review (a changed score needs a reason; the unit sees old and
 * new), explanation, final review, lock, ranking and the emulation-flag proposal as a draft dossier.
 * No unit ever reviews itself: A cannot review its own sheet (the deputy B does), nor can a plain member.
 */

let t: TestApp;
let s: Awaited<ReturnType<typeof seedUnits>>;
let cId: string;
let staff: Client;
let clerkA: Client;
let clerkB: Client;
let clerkC: Client;
let movementId: string;
let indicatorId: string;
let blockId: string;
let sheet: Sheet;

const crit = (code: string) => sheet.criteria.find((c) => c.code === code)!.id;
const aUrl = (unitId: string, suffix = '') => `/api/blocks/${blockId}/assessments/${unitId}${suffix}`;

async function current(client: Client, unitId: string): Promise<Assessment> {
  const res = await client.get(aUrl(unitId));
  expect(res.status).toBe(200);
  return res.body;
}

async function move(client: Client, unitId: string, action: string, reason?: string) {
  const a = await current(staff, unitId);
  return client.post(aUrl(unitId, '/move'), { action, version: a.version, reason });
}

async function selfAssess(client: Client, unitId: string, manual: number, achieved: 0 | 1, bonus = 0) {
  const a = await current(client, unitId);
  const res = await client.put(aUrl(unitId), {
    step: 'self',
    version: a.version,
    items: [
      { criterionId: crit('1.1'), value: manual, evidence: 'Báo cáo tổng kết năm 2025' },
      { criterionId: crit('1.2'), value: achieved },
      { criterionId: crit('III'), value: bonus },
    ],
  });
  expect(res.status).toBe(200);
  expect((await move(client, unitId, 'submit')).status).toBe(200);
}

async function auditCount(action: string): Promise<number> {
  const { rows } = await t.database.pool.query(
    `SELECT count(*)::int AS n FROM audit_event WHERE action = $1`,
    [action],
  );
  return rows[0].n;
}

beforeAll(async () => {
  t = await createTestApp({ TDKT_LOGIN_RATE_PER_MINUTE: '1000' });
  s = await seedUnits(t.database);
  cId = (
    await t.database.db.transaction((tx) =>
      insertUnit(tx, { parentId: s.p.id, name: 'Xã San Thàng', kind: 'commune' }),
    )
  ).id;
  const { rows } = await t.database.pool.query(
    `WITH m AS (INSERT INTO movement (unit_id, title, year, status, launched_at)
       VALUES ($1, 'Thi đua hoàn thành chỉ tiêu năm 2025', 2025, 'launched', now()) RETURNING id),
     i AS (INSERT INTO movement_indicator (movement_id, code, name, measure_unit, direction, field)
       SELECT id, 'THU-NS', 'Thu ngân sách trên địa bàn', 'triệu đồng', 'higher-better', 'economy' FROM m RETURNING id, movement_id)
     SELECT movement_id, id FROM i`,
    [s.p.id],
  );
  movementId = rows[0].movement_id;
  indicatorId = rows[0].id;
  // A exceeds its plan by 20 %, B by 10 %; C has no target assigned.
  for (const [unitId, planned, actual] of [
    [s.a.id, 100, 120],
    [s.b.id, 50, 55],
  ] as const) {
    await t.database.pool.query(
      `INSERT INTO unit_target (movement_id, indicator_id, unit_id, planned) VALUES ($1, $2, $3, $4)`,
      [movementId, indicatorId, unitId, planned],
    );
    await t.database.pool.query(
      `INSERT INTO target_report (movement_id, indicator_id, unit_id, period, actual) VALUES ($1, $2, $3, '2025', $4)`,
      [movementId, indicatorId, unitId, actual],
    );
  }
  await seedAccount(t.database, { email: 'staff@test.vn', unitId: s.p.id, roles: ['staff'] });
  await seedAccount(t.database, { email: 'clerk.a@test.vn', unitId: s.a.id, roles: ['unitClerk'] });
  await seedAccount(t.database, { email: 'clerk.b@test.vn', unitId: s.b.id, roles: ['unitClerk'] });
  await seedAccount(t.database, { email: 'clerk.c@test.vn', unitId: cId, roles: ['unitHead'] });
  staff = await signedIn(t.baseUrl, 'staff@test.vn');
  clerkA = await signedIn(t.baseUrl, 'clerk.a@test.vn');
  clerkB = await signedIn(t.baseUrl, 'clerk.b@test.vn');
  clerkC = await signedIn(t.baseUrl, 'clerk.c@test.vn');
});
afterAll(() => t.close());

describe('a cluster runs its year', () => {
  it('staff create the cluster with its covenant; head and deputy must be members', async () => {
    const body = {
      kind: 'cluster',
      name: 'Cụm thi đua các xã, phường',
      year: 2025,
      headUnitId: s.a.id,
      deputyUnitId: s.b.id,
      rotationNote: 'Luân phiên hằng năm',
      movementId,
      showDetailsToMembers: false,
      covenantSignedOn: '2025-01-15',
      memberUnitIds: [s.a.id, s.b.id, cId],
    };
    const bad = await staff.post('/api/blocks', { ...body, deputyUnitId: s.p.id });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toContainEqual({
      path: 'deputyUnitId',
      message: 'Phó khối phải là một đơn vị thành viên',
    });
    expect((await clerkA.post('/api/blocks', body)).status).toBe(403);
    const res = await staff.post('/api/blocks', body);
    expect(res.status).toBe(200);
    blockId = res.body.id;
    expect(res.body).toMatchObject({ headUnitName: 'Phường Tân Phong', deputyUnitName: 'Phường Đoàn Kết' });
    expect((await staff.post('/api/blocks', body)).status).toBe(409);
    const form = new FormData();
    form.append('file', new Blob(['Giao ước thi đua năm 2025']), 'giao-uoc.txt');
    const up = await staff.request('POST', `/api/blocks/${blockId}/covenant`, form);
    expect(up.status).toBe(200);
    const down = await clerkC.get(`/api/blocks/${blockId}/covenant`);
    expect(down.status).toBe(200);
    expect(Buffer.from(down.body as ArrayBuffer).toString()).toBe('Giao ước thi đua năm 2025');
  });

  it('the sheet is checked against its maximum; bonus and penalty items sit outside it', async () => {
    const criteria = [
      { key: 'g1', parentKey: null, code: 'I', name: 'Thực hiện nhiệm vụ', kind: 'group', maxPoints: 0 },
      { key: 'c1', parentKey: 'g1', code: '1.1', name: 'Công tác chỉ đạo', kind: 'manual', maxPoints: 40 },
      {
        key: 'c2',
        parentKey: 'g1',
        code: '1.2',
        name: 'Ký giao ước đúng hạn',
        kind: 'achieved',
        maxPoints: 20,
      },
      {
        key: 'c3',
        parentKey: 'g1',
        code: '1.3',
        name: 'Thu ngân sách',
        kind: 'target',
        maxPoints: 40,
        indicatorId,
      },
      {
        key: 'b',
        parentKey: null,
        code: 'III',
        name: 'Mô hình mới',
        kind: 'per-occurrence',
        role: 'bonus',
        maxPoints: 5,
        pointsPerOccurrence: 1,
      },
      {
        key: 'p',
        parentKey: null,
        code: 'IV',
        name: 'Báo cáo chậm',
        kind: 'per-occurrence',
        role: 'penalty',
        maxPoints: 10,
        pointsPerOccurrence: 2,
      },
    ];
    const wrong = await staff.put(`/api/blocks/${blockId}/sheet`, {
      version: 0,
      title: 'Bảng điểm 2025',
      maxPoints: 90,
      criteria,
    });
    expect(wrong.status).toBe(200);
    expect(wrong.body.issues[0].message).toMatch(
      /Tổng điểm tối đa của các tiêu chí là 100, khác điểm tối đa của bảng \(90\)/,
    );
    const early = await staff.put(`/api/blocks/${blockId}/round`, {
      version: 0,
      selfDueOn: '2025-12-10',
      reviewDueOn: '2025-12-15',
      explanationDueOn: '2025-12-18',
      finalDueOn: '2025-12-22',
    });
    expect(early.status).toBe(400);
    const ok = await staff.put(`/api/blocks/${blockId}/sheet`, {
      version: 1,
      title: 'Bảng điểm 2025',
      maxPoints: 100,
      criteria,
    });
    expect(ok.status).toBe(200);
    expect(ok.body.issues).toEqual([]);
    sheet = ok.body;
    const stale = await staff.put(`/api/blocks/${blockId}/sheet`, {
      version: 1,
      title: 'x',
      maxPoints: 100,
      criteria,
    });
    expect(stale.status).toBe(409);
  });

  it('opening the round gives every member its sheet, reviewed by the head — the head’s by the deputy', async () => {
    const res = await staff.put(`/api/blocks/${blockId}/round`, {
      version: 0,
      selfDueOn: '2025-12-10',
      reviewDueOn: '2025-12-15',
      explanationDueOn: '2025-12-18',
      finalDueOn: '2025-12-22',
    });
    expect(res.status).toBe(200);
    const detail: BlockDetail = res.body;
    const reviewerOf = Object.fromEntries(detail.round!.assessments.map((a) => [a.unitId, a.reviewerUnitId]));
    expect(reviewerOf).toEqual({ [s.a.id]: s.b.id, [s.b.id]: s.a.id, [cId]: s.a.id });
    const inbox = await clerkC.get('/api/notifications');
    expect(JSON.stringify(inbox.body)).toContain('Mở đợt chấm điểm thi đua');
    // The sheet can no longer change.
    expect(
      (
        await staff.put(`/api/blocks/${blockId}/sheet`, {
          version: 2,
          title: 'x',
          maxPoints: 100,
          criteria: [],
        })
      ).status,
    ).toBe(400);
  });

  it('a new head or deputy takes over the open sheets it must review; swapping back restores them', async () => {
    const reviewers = async () => {
      const d: BlockDetail = (await staff.get(`/api/blocks/${blockId}`)).body;
      return Object.fromEntries(d.round!.assessments.map((a) => [a.unitId, a.reviewerUnitId]));
    };
    const swap = async (headUnitId: string, deputyUnitId: string) => {
      const d: BlockDetail = (await staff.get(`/api/blocks/${blockId}`)).body;
      const res = await staff.put(`/api/blocks/${blockId}`, {
        kind: d.kind,
        name: d.name,
        year: d.year,
        headUnitId,
        deputyUnitId,
        movementId: d.movementId,
        showDetailsToMembers: d.showDetailsToMembers,
        memberUnitIds: d.members.map((m) => m.unitId),
        version: d.version,
      });
      expect(res.status).toBe(200);
    };
    await swap(s.b.id, s.a.id);
    expect(await reviewers()).toEqual({ [s.a.id]: s.b.id, [s.b.id]: s.a.id, [cId]: s.b.id });
    await swap(s.a.id, s.b.id);
    expect(await reviewers()).toEqual({ [s.a.id]: s.b.id, [s.b.id]: s.a.id, [cId]: s.a.id });
  });

  it('a unit attaches an evidence document to a criterion; its reviewer can read it, another member cannot', async () => {
    const form = new FormData();
    form.append('file', new Blob(['Kế hoạch số 12/KH-UBND']), 'ke-hoach.txt');
    const up = await clerkA.request('POST', aUrl(s.a.id, `/evidence/${crit('1.1')}`), form);
    expect(up.status).toBe(200);
    const again = new FormData();
    again.append('file', new Blob(['x']), 'x.txt');
    expect((await clerkC.request('POST', aUrl(s.a.id, `/evidence/${crit('1.1')}`), again)).status).toBe(404);
    const byReviewer = await clerkB.get(aUrl(s.a.id, `/evidence/${crit('1.1')}`));
    expect(byReviewer.status).toBe(200);
    expect(Buffer.from(byReviewer.body as ArrayBuffer).toString()).toBe('Kế hoạch số 12/KH-UBND');
    expect((await clerkC.get(aUrl(s.a.id, `/evidence/${crit('1.1')}`))).status).toBe(404);
    expect((await current(clerkA, s.a.id)).rows.find((r) => r.code === '1.1')?.evidenceFileId).toBe(
      up.body.id,
    );
  });

  it('each unit self-assesses only its own sheet; target points come from the movement’s targets', async () => {
    // B reviews A's sheet, so it sees it, but cannot fill it in; C does not even see it.
    expect((await clerkB.put(aUrl(s.a.id), { step: 'self', version: 1, items: [] })).status).toBe(403);
    expect((await clerkC.put(aUrl(s.a.id), { step: 'self', version: 1, items: [] })).status).toBe(404);
    const tooMuch = await clerkA.put(aUrl(s.a.id), {
      step: 'self',
      version: 1,
      items: [{ criterionId: crit('1.1'), value: 45 }],
    });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.error.fields[0].message).toMatch(/1\.1: Điểm không được vượt quá điểm tối đa 40/);
    const early = await move(clerkA, s.a.id, 'submit');
    expect(early.status).toBe(400);
    expect(early.body.error.message).toMatch(/Chưa tự chấm các tiêu chí: 1\.1, 1\.2/);
    await selfAssess(clerkA, s.a.id, 40, 1, 2);
    const a = await current(clerkA, s.a.id);
    expect(a.rows.find((r) => r.code === '1.3')).toMatchObject({
      target: { planned: 100, actual: 120, outcome: 'leader' },
      selfScore: 40,
    });
    expect(a.selfTotal).toBe(102);
    await selfAssess(clerkB, s.b.id, 38, 1);
    await selfAssess(clerkC, cId, 40, 0);
    const c = await current(clerkC, cId);
    expect(c.rows.find((r) => r.code === '1.3')).toMatchObject({
      target: { planned: null, outcome: 'excluded' },
      selfScore: null,
    });
    expect(c.selfTotal).toBe(66.67); // 40 of an own maximum of 60, scaled to 100
  });

  it('no unit ever reviews itself: the head cannot review its own sheet, a plain member reviews nothing', async () => {
    const own = await current(clerkA, s.a.id);
    expect(own.can.review).toBe(false);
    const save = await clerkA.put(aUrl(s.a.id), { step: 'review', version: own.version, items: [] });
    expect(save.status).toBe(403);
    expect(save.body.error.message).toMatch(/tự chấm/);
    const review = await clerkA.post(aUrl(s.a.id, '/move'), { action: 'review', version: own.version });
    expect(review.status).toBe(403);
    const byMember = await clerkC.post(aUrl(s.b.id, '/move'), { action: 'review', version: 2 });
    expect(byMember.status).toBe(404);
    const { rows } = await t.database.pool.query(`SELECT status FROM unit_assessment WHERE unit_id = $1`, [
      s.a.id,
    ]);
    expect(rows[0].status).toBe('block-review');
  });

  it('the deputy reviews the head’s sheet; a changed score needs a reason and the unit sees old and new', async () => {
    const a = await current(clerkB, s.a.id);
    expect(a.can.saveReview).toBe(true);
    const noReason = await clerkB.put(aUrl(s.a.id), {
      step: 'review',
      version: a.version,
      items: [{ criterionId: crit('1.1'), value: 35 }],
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields).toContainEqual({
      path: 'items.0.reason',
      message: '1.1: Ghi lý do thay đổi điểm',
    });
    const ok = await clerkB.put(aUrl(s.a.id), {
      step: 'review',
      version: a.version,
      items: [{ criterionId: crit('1.1'), value: 35, reason: 'Chưa có minh chứng kiểm tra quý IV' }],
    });
    expect(ok.status).toBe(200);
    expect((await move(clerkB, s.a.id, 'review')).status).toBe(200);
    const seen = await current(clerkA, s.a.id);
    expect(seen.status).toBe('explanation');
    expect(seen.rows.find((r) => r.code === '1.1')).toMatchObject({
      selfValue: 40,
      reviewedValue: 35,
      reviewReason: 'Chưa có minh chứng kiểm tra quý IV',
      finalValue: 35,
    });
    expect(seen.reviewedTotal).toBe(97);
    const { rows } = await t.database.pool.query(
      `SELECT actor_label, after FROM audit_event WHERE action = 'block.assessment.save-review' ORDER BY id DESC LIMIT 1`,
    );
    expect(rows[0].actor_label).toBe('clerk.b@test.vn');
    expect(JSON.stringify(rows[0].after)).toContain('Chưa có minh chứng kiểm tra quý IV');
  });

  it('the head reviews the others; the reviewer may return a sheet with a reason', async () => {
    const back = await move(clerkA, cId, 'return', 'Thiếu minh chứng tiêu chí 1.1');
    expect(back.status).toBe(200);
    expect(back.body.status).toBe('self-assessment');
    expect((await move(clerkC, cId, 'submit')).status).toBe(200);
    for (const unitId of [s.b.id, cId]) expect((await move(clerkA, unitId, 'review')).status).toBe(200);
  });

  it('units explain, staff finalise; the round locks only when every sheet is final', async () => {
    const a = await current(clerkA, s.a.id);
    const ex = await clerkA.put(aUrl(s.a.id), {
      step: 'explanation',
      version: a.version,
      items: [{ criterionId: crit('1.1'), explanation: 'Biên bản kiểm tra quý IV gửi kèm' }],
    });
    expect(ex.status).toBe(200);
    expect((await move(clerkA, s.a.id, 'explain')).status).toBe(200);
    expect((await move(clerkA, s.a.id, 'finalize')).status).toBe(403);
    const detail = await staff.get(`/api/blocks/${blockId}`);
    const early = await staff.post(`/api/blocks/${blockId}/round/lock`, {
      version: detail.body.round.version,
    });
    expect(early.status).toBe(400);
    expect(early.body.error.message).toMatch(/Còn 3 đơn vị chưa chốt điểm/);
    // Staff keep the reviewed 35 for A; a final change needs a reason too.
    const b = await current(staff, s.b.id);
    const noReason = await staff.put(aUrl(s.b.id), {
      step: 'final',
      version: b.version,
      items: [{ criterionId: crit('1.1'), value: 36 }],
    });
    expect(noReason.status).toBe(400);
    for (const unitId of [s.a.id, s.b.id, cId])
      expect((await move(staff, unitId, 'finalize')).status).toBe(200);
    const lock = await staff.post(`/api/blocks/${blockId}/round/lock`, {
      version: detail.body.round.version,
    });
    expect(lock.status).toBe(200);
    expect(lock.body.round.status).toBe('locked');
  });

  it('the ranking is published to members with the tie rules; C sees its own breakdown only', async () => {
    const ranking = await clerkC.get(`/api/blocks/${blockId}/ranking`);
    expect(ranking.status).toBe(200);
    expect(
      ranking.body.items.map((i: { unitId: string; rank: number; finalTotal: number }) => [
        i.unitId,
        i.rank,
        i.finalTotal,
      ]),
    ).toEqual([
      [s.a.id, 1, 97],
      [s.b.id, 2, 88],
      [cId, 3, 66.67],
    ]);
    expect(ranking.body.leaderUnitId).toBe(s.a.id);
    expect((await clerkC.get(aUrl(s.a.id))).status).toBe(404);
    const matrix = await clerkC.get(`/api/blocks/${blockId}/matrix`);
    expect(matrix.body.units.map((u: { unitId: string }) => u.unitId)).toEqual([cId]);
    const detail = await clerkC.get(`/api/blocks/${blockId}`);
    const a = detail.body.round.assessments.find((x: { unitId: string }) => x.unitId === s.a.id);
    expect(a).toMatchObject({ finalTotal: 97, rank: 1, selfTotal: null, canOpen: false });
  });

  it('the “show details to members” setting opens every breakdown to members', async () => {
    const d: BlockDetail = (await staff.get(`/api/blocks/${blockId}`)).body;
    const res = await staff.put(`/api/blocks/${blockId}`, {
      kind: d.kind,
      name: d.name,
      year: d.year,
      headUnitId: d.headUnitId,
      deputyUnitId: d.deputyUnitId,
      movementId: d.movementId,
      showDetailsToMembers: true,
      memberUnitIds: d.members.map((m) => m.unitId),
      version: d.version,
    });
    expect(res.status).toBe(200);
    expect((await clerkC.get(aUrl(s.a.id))).status).toBe(200);
    expect((await clerkC.get(`/api/blocks/${blockId}/matrix`)).body.units).toHaveLength(3);
  });

  it('the leader is proposed for the emulation flag as a draft dossier, once', async () => {
    const d: BlockDetail = (await staff.get(`/api/blocks/${blockId}`)).body;
    expect(
      (await clerkA.post(`/api/blocks/${blockId}/flag-proposal`, { version: d.round!.version })).status,
    ).toBe(403);
    const res = await staff.post(`/api/blocks/${blockId}/flag-proposal`, { version: d.round!.version });
    expect(res.status).toBe(200);
    expect(res.body.unitId).toBe(s.a.id);
    const { rows } = await t.database.pool.query(
      `SELECT d.status, d.award_code, d.unit_id, n.kind, n.unit_id AS nominee_unit FROM dossier d
         JOIN dossier_nominee n ON n.dossier_id = d.id WHERE d.id = $1`,
      [res.body.dossierId],
    );
    expect(rows).toEqual([
      {
        status: 'draft',
        award_code: 'co-thi-dua-ubnd-tinh',
        unit_id: s.p.id,
        kind: 'collective',
        nominee_unit: s.a.id,
      },
    ]);
    const again = await staff.post(`/api/blocks/${blockId}/flag-proposal`, { version: d.round!.version + 1 });
    expect(again.status).toBe(400);
    expect(await auditCount('block.flag.propose')).toBe(1);
  });

  it('reports: the matrix in Excel with self, reviewed and final side by side; totals over years', async () => {
    const xlsx = await staff.get(`/api/blocks/${blockId}/matrix.xlsx`);
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(3).value).toBe('1.1 tự chấm (tối đa 40)');
    expect(ws.getRow(1).getCell(4).value).toBe('1.1 trưởng khối chấm');
    expect(ws.getRow(2).getCell(2).value).toBe('Phường Tân Phong');
    expect([
      ws.getRow(2).getCell(3).value,
      ws.getRow(2).getCell(4).value,
      ws.getRow(2).getCell(5).value,
    ]).toEqual([40, 35, 35]);
    const history = await staff.get(`/api/blocks/${blockId}/history`);
    expect(history.body.years).toEqual([2025]);
    expect(history.body.series.find((x: { unitId: string }) => x.unitId === s.a.id).totals).toEqual([97]);
  });
});

describe('no unit finalises its own sheet either', () => {
  it('staff whose own unit is a member cannot finalise that unit’s sheet; staff outside the block see nothing', async () => {
    await seedAccount(t.database, { email: 'staff.b@test.vn', unitId: s.b.id, roles: ['staff'] });
    const staffB = await signedIn(t.baseUrl, 'staff.b@test.vn');
    // A block organised by P in which P itself takes part: P's staff assess P's sheet as its unit.
    const created = await staff.post('/api/blocks', {
      kind: 'block',
      name: 'Khối cơ quan thử',
      year: 2025,
      headUnitId: s.a.id,
      deputyUnitId: s.p.id,
      memberUnitIds: [s.p.id, s.a.id],
    });
    expect(created.status).toBe(200);
    const id = created.body.id;
    const saved = await staff.put(`/api/blocks/${id}/sheet`, {
      version: 0,
      title: 'Bảng thử',
      maxPoints: 10,
      criteria: [{ key: 'a', parentKey: null, code: '1', name: 'Nhiệm vụ', kind: 'manual', maxPoints: 10 }],
    });
    const c1 = saved.body.criteria[0].id;
    expect(
      (
        await staff.put(`/api/blocks/${id}/round`, {
          version: 0,
          selfDueOn: null,
          reviewDueOn: null,
          explanationDueOn: null,
          finalDueOn: null,
        })
      ).status,
    ).toBe(200);
    const url = `/api/blocks/${id}/assessments/${s.p.id}`;
    const own = await staff.put(url, { step: 'self', version: 1, items: [{ criterionId: c1, value: 9 }] });
    expect(own.status).toBe(200);
    const next = async (client: Client, action: string) => {
      const v = (await staff.get(url)).body.version;
      return client.post(`${url}/move`, { action, version: v });
    };
    expect((await next(staff, 'submit')).status).toBe(200);
    expect((await next(clerkA, 'review')).status).toBe(200); // A heads the block and reviews P
    expect((await next(staff, 'explain')).status).toBe(200);
    const selfFinal = await next(staff, 'finalize');
    expect(selfFinal.status).toBe(403);
    expect(selfFinal.body.error.message).toMatch(/tự thẩm định/);
    // Staff of B are neither on the organiser's side nor members: the sheet does not exist for them.
    expect((await next(staffB, 'finalize')).status).toBe(404);
  });
});

describe('deadline reminders', () => {
  it('remind the unit that must act from three days before its deadline, once a day, then as overdue', async () => {
    const created = await staff.post('/api/blocks', {
      kind: 'cluster',
      name: 'Cụm nhắc hạn',
      year: 2030,
      headUnitId: s.a.id,
      deputyUnitId: s.b.id,
      memberUnitIds: [s.a.id, s.b.id],
    });
    const id = created.body.id;
    await staff.put(`/api/blocks/${id}/sheet`, {
      version: 0,
      title: 'Bảng thử',
      maxPoints: 10,
      criteria: [{ key: 'a', parentKey: null, code: '1', name: 'Nhiệm vụ', kind: 'manual', maxPoints: 10 }],
    });
    const round = {
      version: 0,
      selfDueOn: '2030-06-10',
      reviewDueOn: null,
      explanationDueOn: null,
      finalDueOn: null,
    };
    expect((await staff.put(`/api/blocks/${id}/round`, round)).status).toBe(200);
    const inbox = async () =>
      (
        await t.database.pool.query(
          `SELECT unit_id, title FROM notification WHERE kind = 'block.deadline' AND link LIKE $1 ORDER BY created_at`,
          [`/blocks/${id}/%`],
        )
      ).rows;
    expect(await remindBlockDeadlines(t.database.db, new Date('2030-05-01T03:00:00Z'))).toBe(0);
    expect(await remindBlockDeadlines(t.database.db, new Date('2030-06-08T03:00:00Z'))).toBe(2);
    expect(await remindBlockDeadlines(t.database.db, new Date('2030-06-08T09:00:00Z'))).toBe(0);
    expect(await remindBlockDeadlines(t.database.db, new Date('2030-06-12T03:00:00Z'))).toBe(2);
    const sent = await inbox();
    expect(sent.map((n: { unit_id: string }) => n.unit_id).sort()).toEqual(
      [s.a.id, s.a.id, s.b.id, s.b.id].sort(),
    );
    expect(sent.at(-1).title).toBe('Quá hạn chấm điểm thi đua: Cụm nhắc hạn');
  });
});
