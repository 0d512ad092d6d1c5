import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLate } from '../../src/server/modules/pledges/pledges.policy';
import { insertPerson, insertUnit } from '../../src/server/seed/factories';
import type { Pledge } from '../../src/shared/api/pledges';
import {
  type Client,
  createTestApp,
  seedAccount,
  seedUnits,
  signedIn,
  type TestApp,
} from './helpers/harness';

/*
 * Pledges (đăng ký thi đua): the clerk of A drafts, the head of A submits, the home-affairs office returns
 * it with a reason (A is notified), the clerk corrects and resubmits, the office accepts; B sees nothing of
 * A's pledge; stale versions answer 409; every change is audited; the board, reminders and the export.
 */

let t: TestApp;
let s: Awaited<ReturnType<typeof seedUnits>>;
let staff: Client;
let clerkA: Client;
let headA: Client;
let clerkB: Client;
let movementId: string;
let subUnitId: string;
let subPersonId: string;
let leftPersonId: string;
let pledge: Pledge;

const url = (suffix = '') => `/api/movements/${movementId}/pledges${suffix}`;

async function auditCount(action: string, objectId: string): Promise<number> {
  const { rows } = await t.database.pool.query(
    `SELECT count(*)::int AS n FROM audit_event WHERE action = $1 AND object_id = $2`,
    [action, objectId],
  );
  return rows[0].n;
}

beforeAll(async () => {
  t = await createTestApp({ TDKT_LOGIN_RATE_PER_MINUTE: '1000' });
  s = await seedUnits(t.database);
  await t.database.db.transaction(async (tx) => {
    const sub = await insertUnit(tx, { parentId: s.a.id, name: 'Tổ dân phố 1', kind: 'sub-unit' });
    subUnitId = sub.id;
    subPersonId = (await insertPerson(tx, sub.id, { fullName: 'Đặng Văn Bình' })).id;
    leftPersonId = (await insertPerson(tx, s.a.id, { fullName: 'Hà Thị Lan' })).id;
  });
  await t.database.pool.query(`UPDATE person SET status = 'left' WHERE id = $1`, [leftPersonId]);
  await seedAccount(t.database, { email: 'staff@test.vn', unitId: s.p.id, roles: ['staff'] });
  await seedAccount(t.database, { email: 'clerk.a@test.vn', unitId: s.a.id, roles: ['unitClerk'] });
  await seedAccount(t.database, { email: 'head.a@test.vn', unitId: s.a.id, roles: ['unitHead'] });
  await seedAccount(t.database, { email: 'clerk.b@test.vn', unitId: s.b.id, roles: ['unitClerk'] });
  staff = await signedIn(t.baseUrl, 'staff@test.vn');
  clerkA = await signedIn(t.baseUrl, 'clerk.a@test.vn');
  headA = await signedIn(t.baseUrl, 'head.a@test.vn');
  clerkB = await signedIn(t.baseUrl, 'clerk.b@test.vn');
  const created = await staff.post('/api/movements', {
    title: 'Thi đua hoàn thành nhiệm vụ năm 2025',
    kind: 'regular',
    year: 2025,
    participantUnitIds: [s.a.id, s.b.id, subUnitId],
    milestones: [{ kind: 'pledge-deadline', title: 'Hạn đăng ký thi đua', dueOn: '2099-03-31' }],
  });
  expect(created.status).toBe(200);
  movementId = created.body.id;
});
afterAll(() => t.close());

describe('before launch', () => {
  it('has no pledges for a draft movement (404)', async () => {
    expect((await staff.get(url(`/${s.a.id}`))).status).toBe(404);
    expect((await staff.get(url())).status).toBe(404);
    expect((await staff.post(`/api/movements/${movementId}/launch`)).status).toBe(200);
  });
});

describe('the pledge of unit A', () => {
  it('starts empty (id null, version 0)', async () => {
    const res = await clerkA.get(url(`/${s.a.id}`));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: null, status: null, version: 0, people: [], isLate: false });
  });

  it('is created by the clerk of A with version 0 and audited', async () => {
    const res = await clerkA.put(url(`/${s.a.id}`), {
      version: 0,
      collectiveTitles: ['tap-the-lao-dong-tien-tien'],
      people: [{ personId: s.personA.id, titles: ['lao-dong-tien-tien'] }],
    });
    expect(res.status).toBe(200);
    pledge = res.body;
    expect(pledge).toMatchObject({ status: 'draft', version: 1, unitName: 'Phường Tân Phong' });
    expect(pledge.people).toEqual([
      {
        personId: s.personA.id,
        fullName: 'Nguyễn Văn An',
        position: expect.anything(),
        titles: ['lao-dong-tien-tien'],
      },
    ]);
    expect(await auditCount('pledge.create', pledge.id!)).toBe(1);
  });

  it('is edited by the clerk, with people of the subtree only', async () => {
    const outside = await clerkA.put(url(`/${s.a.id}`), {
      version: 1,
      collectiveTitles: [],
      people: [{ personId: s.personB.id, titles: ['lao-dong-tien-tien'] }],
    });
    expect(outside.status).toBe(404);
    expect(outside.body.error.fields[0].path).toBe('people');
    const left = await clerkA.put(url(`/${s.a.id}`), {
      version: 1,
      collectiveTitles: [],
      people: [{ personId: leftPersonId, titles: ['lao-dong-tien-tien'] }],
    });
    expect(left.status).toBe(404);
    const res = await clerkA.put(url(`/${s.a.id}`), {
      version: 1,
      collectiveTitles: ['tap-the-lao-dong-xuat-sac'],
      people: [
        { personId: s.personA.id, titles: ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so'] },
        { personId: subPersonId, titles: ['lao-dong-tien-tien'] },
      ],
    });
    expect(res.status).toBe(200);
    pledge = res.body;
    expect(pledge.version).toBe(2);
    expect(pledge.people.map((p) => p.fullName)).toEqual(['Đặng Văn Bình', 'Nguyễn Văn An']);
  });

  it('answers 409 naming who changed it to a stale version', async () => {
    const res = await headA.put(url(`/${s.a.id}`), { version: 1, collectiveTitles: [], people: [] });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain('clerk.a@test.vn');
    const create = await headA.put(url(`/${s.a.id}`), { version: 0, collectiveTitles: [], people: [] });
    expect(create.status).toBe(409);
  });

  it('is invisible to B (404) and B cannot write it', async () => {
    expect((await clerkB.get(url(`/${s.a.id}`))).status).toBe(404);
    expect(
      (await clerkB.put(url(`/${s.a.id}`), { version: 2, collectiveTitles: [], people: [] })).status,
    ).toBe(404);
  });

  it('cannot be submitted by the clerk (403) but by the head of A', async () => {
    expect((await clerkA.post(url(`/${s.a.id}/submit`), { version: 2 })).status).toBe(403);
    const res = await headA.post(url(`/${s.a.id}/submit`), { version: 2 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'submitted', version: 3, isLate: false });
    expect(res.body.submittedAt).not.toBeNull();
    expect(await auditCount('pledge.submit', pledge.id!)).toBe(1);
  });

  it('cannot be edited once submitted (400)', async () => {
    const res = await clerkA.put(url(`/${s.a.id}`), { version: 3, collectiveTitles: [], people: [] });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('Bản đăng ký đang ở trạng thái “Đã gửi” nên không thể sửa.');
  });

  it('is returned by staff with a reason, and A gets a notification', async () => {
    expect((await headA.post(url(`/${s.a.id}/return`), { version: 3, reason: 'x' })).status).toBe(403);
    expect((await staff.post(url(`/${s.a.id}/return`), { version: 3, reason: '  ' })).status).toBe(400);
    const res = await staff.post(url(`/${s.a.id}/return`), {
      version: 3,
      reason: 'Thiếu danh sách cá nhân đăng ký Chiến sĩ thi đua cơ sở',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'returned',
      version: 4,
      returnReason: 'Thiếu danh sách cá nhân đăng ký Chiến sĩ thi đua cơ sở',
    });
    expect(await auditCount('pledge.return', pledge.id!)).toBe(1);
    const inbox = await clerkA.get('/api/notifications');
    const returned = inbox.body.items.find((n: { kind: string }) => n.kind === 'pledge.returned');
    expect(returned).toMatchObject({ link: `/movements/${movementId}/pledges` });
    expect(returned.body).toContain('Thiếu danh sách cá nhân');
    const inboxB = await clerkB.get('/api/notifications');
    expect(inboxB.body.items.some((n: { kind: string }) => n.kind === 'pledge.returned')).toBe(false);
  });

  it('is corrected by the clerk and resubmitted by the head', async () => {
    const edit = await clerkA.put(url(`/${s.a.id}`), {
      version: 4,
      collectiveTitles: ['tap-the-lao-dong-xuat-sac'],
      people: [{ personId: s.personA.id, titles: ['chien-si-thi-dua-co-so'] }],
    });
    expect(edit.status).toBe(200);
    expect(edit.body).toMatchObject({ status: 'returned', version: 5 });
    const res = await headA.post(url(`/${s.a.id}/submit`), { version: 5 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'submitted', version: 6, returnReason: null });
  });

  it('is accepted by staff once; a second accept answers 400', async () => {
    const res = await staff.post(url(`/${s.a.id}/accept`), { version: 6 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'accepted', version: 7 });
    expect(res.body.decidedAt).not.toBeNull();
    const again = await staff.post(url(`/${s.a.id}/accept`), { version: 7 });
    expect(again.status).toBe(400);
    expect(again.body.error.message).toBe(
      'Bản đăng ký đang ở trạng thái “Đã tiếp nhận” nên không thể tiếp nhận.',
    );
    expect(await auditCount('pledge.accept', pledge.id!)).toBe(1);
  });

  it('answers 404 for a unit that does not take part or a missing movement', async () => {
    expect((await staff.get(url(`/${s.p.id}`))).status).toBe(404);
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await staff.get(`/api/movements/${missing}/pledges/${s.a.id}`)).status).toBe(404);
  });
});

describe('the board, reminders and the export', () => {
  it('lists every participating unit with its status and the counts', async () => {
    await clerkB.put(url(`/${s.b.id}`), { version: 0, collectiveTitles: [], people: [] });
    const res = await staff.get(url());
    expect(res.status).toBe(200);
    expect(res.body.deadline).toBe('2099-03-31');
    const byUnit = new Map(res.body.items.map((i: { unitId: string }) => [i.unitId, i]));
    expect(byUnit.get(s.a.id)).toMatchObject({ status: 'accepted', peopleCount: 1, isLate: false });
    expect(byUnit.get(s.b.id)).toMatchObject({ status: 'draft', peopleCount: 0 });
    expect(byUnit.get(subUnitId)).toMatchObject({ status: null, pledgeId: null });
    expect(res.body.counts).toEqual({
      notStarted: 1,
      draft: 1,
      submitted: 0,
      accepted: 1,
      returned: 0,
      late: 0,
    });
    // B sees only its own unit.
    const b = await clerkB.get(url());
    expect(b.body.items.map((i: { unitId: string }) => i.unitId)).toEqual([s.b.id]);
  });

  it('reminds each unit that has not submitted', async () => {
    expect((await clerkA.post(url('/remind'))).status).toBe(403);
    const res = await staff.post(url('/remind'));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ notified: 2 });
    const { rows } = await t.database.pool.query(
      `SELECT unit_id FROM notification WHERE kind = 'pledge.reminder' ORDER BY unit_id`,
    );
    expect(rows.map((r) => r.unit_id).sort()).toEqual([s.b.id, subUnitId].sort());
    expect(await auditCount('pledge.remind', movementId)).toBe(1);
  });

  it('exports the consolidated pledges as .xlsx, audited', async () => {
    expect((await clerkA.get(url('.xlsx'))).status).toBe(403);
    const res = await staff.get(url('.xlsx'));
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).values).toEqual([
      undefined,
      'Đơn vị',
      'Trạng thái',
      'Danh hiệu tập thể',
      'Họ và tên',
      'Chức vụ',
      'Danh hiệu cá nhân đăng ký',
    ]);
    const rows = ws.getSheetValues().slice(2) as unknown[][];
    const a = rows.find((r) => r[1] === 'Phường Tân Phong')!;
    expect(a[2]).toBe('Đã tiếp nhận');
    expect(a[4]).toBe('Nguyễn Văn An');
    expect(rows).toHaveLength(3);
    expect(await auditCount('pledge.export', movementId)).toBe(1);
  });
});

describe('lateness', () => {
  it('counts from the end of the deadline day in Việt Nam', () => {
    expect(isLate(null, null)).toBe(false);
    expect(isLate('2025-03-31', new Date('2025-03-31T16:59:00Z'))).toBe(false);
    expect(isLate('2025-03-31', new Date('2025-03-31T17:00:00Z'))).toBe(true);
    expect(isLate('2025-03-31', null, new Date('2025-04-02T00:00:00Z'))).toBe(true);
  });
});
