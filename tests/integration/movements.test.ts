import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUnit } from '../../src/server/seed/factories';
import type { MovementDetail, MovementDraft } from '../../src/shared/api/movements';
import {
  type Client,
  createTestApp,
  seedAccount,
  seedUnits,
  signedIn,
  type TestApp,
} from './helpers/harness';

/*
 * Emulation movements: a draft read from the launching document 5834/PĐTĐ-UBND, saved, launched to its
 * participating units (each gets a notification), seen by participants only, closed; every change audited.
 */

const REFERENCE = readFileSync(
  path.resolve(import.meta.dirname, '../fixtures/documents/reference-5834.md'),
  'utf8',
);

let t: TestApp;
let s: Awaited<ReturnType<typeof seedUnits>>;
let agencyId: string;
let staff: Client;
let clerkA: Client;
let clerkB: Client;
let draft: MovementDraft;
let movement: MovementDetail;

function upload(client: Client, content: BlobPart, fileName: string) {
  const form = new FormData();
  form.set('file', new Blob([content]), fileName);
  return client.request('POST', '/api/movements/draft-from-document', form);
}

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
  agencyId = (
    await t.database.db.transaction((tx) =>
      insertUnit(tx, { parentId: s.p.id, name: 'Phòng Nội vụ', kind: 'agency', code: 'PNV' }),
    )
  ).id;
  await seedAccount(t.database, { email: 'staff@test.vn', unitId: s.p.id, roles: ['staff'] });
  await seedAccount(t.database, { email: 'clerk.a@test.vn', unitId: s.a.id, roles: ['unitClerk'] });
  await seedAccount(t.database, { email: 'clerk.b@test.vn', unitId: s.b.id, roles: ['unitClerk'] });
  staff = await signedIn(t.baseUrl, 'staff@test.vn');
  clerkA = await signedIn(t.baseUrl, 'clerk.a@test.vn');
  clerkB = await signedIn(t.baseUrl, 'clerk.b@test.vn');
});
afterAll(() => t.close());

describe('a draft from the launching document', () => {
  it('reads number, date, subject, tasks, signer and fields, and stores nothing', async () => {
    const before = await t.database.pool.query('SELECT count(*)::int AS n FROM movement');
    const res = await upload(staff, REFERENCE, 'reference-5834.md');
    expect(res.status).toBe(200);
    draft = res.body;
    expect(draft.draft).toMatchObject({
      title:
        'Hoàn thành thắng lợi các chỉ tiêu, nhiệm vụ phát triển Kinh tế - Xã hội đảm bảo Quốc phòng - An ninh năm 2025',
      kind: 'regular',
      year: 2025,
      launchDocument: {
        number: '5834/PĐTĐ-UBND',
        date: '2024-12-31',
        signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
        signerPosition: 'CHỦ TỊCH',
        signerName: 'Nguyễn Văn Nghiệp',
      },
      fields: ['economy', 'culture-society', 'defence-security', 'political-system'],
    });
    expect(draft.draft.tasks.map((task) => task.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(draft.draft.relatedMovements).toContain('Lai Châu chung sức xây dựng nông thôn mới');
    expect(draft.draft.relatedMovements).not.toContain('Tiếp tục đổi mới công tác thi đua, khen thưởng');
    const after = await t.database.pool.query('SELECT count(*)::int AS n FROM movement');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('maps the recipients to the units of the subtree, and lists the rest as unmatched', () => {
    const byText = new Map(draft.recipients.map((r) => [r.text, r.unitIds]));
    expect(new Set(byText.get('UBND các xã, phường'))).toEqual(new Set([s.a.id, s.b.id]));
    expect(byText.get('Các cơ quan, đơn vị, đoàn thể thành phố')).toEqual([agencyId]);
    expect(byText.get('Sở Nội vụ')).toEqual([]);
    expect(byText.has('Lưu: VT')).toBe(false);
    expect(new Set(draft.draft.participantUnitIds)).toEqual(new Set([s.a.id, s.b.id, agencyId]));
  });

  it('refuses a .docx that is not a zip, and other file types', async () => {
    const docx = await upload(staff, 'this is not a zip', 'phat-dong.docx');
    expect(docx.status).toBe(400);
    expect(docx.body.error.message).toContain('không phải tệp Word');
    const pdf = await upload(staff, '%PDF-1.4', 'phat-dong.pdf');
    expect(pdf.status).toBe(400);
  });
});

describe('saving, launching and closing', () => {
  it('creates a draft of the own unit from the corrected draft and audits it', async () => {
    const { draft: d } = draft;
    const res = await staff.post('/api/movements', {
      title: d.title,
      kind: d.kind,
      year: d.year,
      startsOn: '2025-01-01',
      endsOn: '2025-12-31',
      relatedMovements: d.relatedMovements,
      fields: d.fields,
      launchDocument: Object.fromEntries(Object.entries(d.launchDocument).filter(([, v]) => v !== null)),
      tasks: d.tasks.map((task) => ({ number: task.number, text: task.text })),
      participantUnitIds: [s.a.id, agencyId],
      milestones: [{ kind: 'final-review', title: 'Tổng kết năm 2025', dueOn: '2025-12-15' }],
    });
    expect(res.status).toBe(200);
    movement = res.body;
    expect(movement).toMatchObject({
      status: 'draft',
      unitId: s.p.id,
      version: 1,
      docNumber: '5834/PĐTĐ-UBND',
      participantCount: 2,
    });
    expect(movement.tasks).toHaveLength(5);
    expect(await auditCount('movement.create', movement.id)).toBe(1);
  });

  it('refuses an end date before the start date, naming endsOn', async () => {
    const res = await staff.post('/api/movements', {
      title: 'Thi đua thử',
      kind: 'regular',
      year: 2025,
      startsOn: '2025-06-01',
      endsOn: '2025-01-01',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('endsOn');
  });

  it('hides a draft from its participants', async () => {
    expect((await clerkA.get(`/api/movements/${movement.id}`)).status).toBe(404);
  });

  it('answers a stale update with 409 naming who changed it', async () => {
    const body = {
      title: movement.title,
      kind: 'regular',
      year: 2025,
      participantUnitIds: [s.a.id, agencyId],
    };
    const first = await staff.put(`/api/movements/${movement.id}`, { ...body, version: 1 });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);
    expect(first.body.tasks).toEqual([]);
    const stale = await staff.put(`/api/movements/${movement.id}`, { ...body, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toContain('staff@test.vn');
  });

  it('launches it: each participating unit gets an unread notification and sees the movement', async () => {
    const res = await staff.post(`/api/movements/${movement.id}/launch`);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('launched');
    expect(res.body.launchedAt).not.toBeNull();
    expect(await auditCount('movement.launch', movement.id)).toBe(1);

    const inbox = await clerkA.get('/api/notifications');
    expect(inbox.status).toBe(200);
    expect(inbox.body.unread).toBe(1);
    expect(inbox.body.items[0]).toMatchObject({
      kind: 'movement.launched',
      title: `Phong trào thi đua mới: ${movement.title}`,
      link: `/movements/${movement.id}`,
      read: false,
    });
    const list = await clerkA.get('/api/movements?q=hoan thanh thang loi&year=2025');
    expect(list.body.items.map((m: { id: string }) => m.id)).toEqual([movement.id]);
    expect((await clerkA.get(`/api/movements/${movement.id}`)).status).toBe(200);
  });

  it('keeps the movement and the notification from a sibling unit that does not take part', async () => {
    expect((await clerkB.get(`/api/movements/${movement.id}`)).status).toBe(404);
    expect((await clerkB.get('/api/movements')).body.total).toBe(0);
    expect((await clerkB.get('/api/notifications')).body).toEqual({ items: [], unread: 0 });
    const { rows } = await t.database.pool.query(`SELECT id FROM notification WHERE unit_id = $1`, [s.a.id]);
    expect((await clerkB.post(`/api/notifications/${rows[0].id}/read`)).status).toBe(404);
  });

  it('marks notifications read for this user only', async () => {
    const inbox = await clerkA.get('/api/notifications');
    expect((await clerkA.post(`/api/notifications/${inbox.body.items[0].id}/read`)).status).toBe(200);
    expect((await clerkA.get('/api/notifications')).body.unread).toBe(0);
    await seedAccount(t.database, { email: 'head.a@test.vn', unitId: s.a.id, roles: ['unitHead'] });
    const head = await signedIn(t.baseUrl, 'head.a@test.vn');
    expect((await head.get('/api/notifications')).body.unread).toBe(1);
    expect((await head.post('/api/notifications/read-all')).status).toBe(200);
    expect((await head.get('/api/notifications')).body.unread).toBe(0);
  });

  it('refuses to launch twice, then closes it and refuses further edits', async () => {
    const again = await staff.post(`/api/movements/${movement.id}/launch`);
    expect(again.status).toBe(400);
    expect(again.body.error.message).toBe(
      'Phong trào đang ở trạng thái “Đã phát động” nên không thể phát động.',
    );
    const closed = await staff.post(`/api/movements/${movement.id}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', version: 4 });
    expect(await auditCount('movement.close', movement.id)).toBe(1);
    const edit = await staff.put(`/api/movements/${movement.id}`, {
      title: 'Sửa sau khi kết thúc',
      kind: 'regular',
      year: 2025,
      version: 4,
    });
    expect(edit.status).toBe(400);
    expect(edit.body.error.message).toContain('nên không thể sửa');
  });

  it('does not launch a draft without participants', async () => {
    const res = await staff.post('/api/movements', {
      title: 'Thi đua chưa có đơn vị',
      kind: 'thematic',
      year: 2025,
    });
    const launch = await staff.post(`/api/movements/${res.body.id}/launch`);
    expect(launch.status).toBe(400);
    expect(launch.body.error.fields[0].path).toBe('participantUnitIds');
  });
});
