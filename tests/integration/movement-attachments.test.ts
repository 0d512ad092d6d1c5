import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredFile } from '../../src/shared/api/files';
import * as sample from './helpers/file-samples';
import {
  type Client,
  createTestApp,
  seedAccount,
  seedUnits,
  signedIn,
  type TestApp,
} from './helpers/harness';

/*
 * Attachments of a movement (issue 4 item 1): the organiser uploads, marks the launching document and
 * removes (soft, audited); whoever can read the movement downloads, always as an attachment. Uploads are
 * checked by content (quality C5). A movement drafted from an uploaded document keeps that file.
 */

let t: TestApp;
let s: Awaited<ReturnType<typeof seedUnits>>;
let staff: Client;
let clerkA: Client;
let clerkB: Client;
let movementId: string;

function form(content: Buffer | string, name: string, purpose?: string): FormData {
  const f = new FormData();
  if (purpose) f.set('purpose', purpose);
  f.set('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), name);
  return f;
}

const upload = (c: Client, content: Buffer | string, name: string, purpose?: string) =>
  c.request('POST', `/api/movements/${movementId}/attachments`, form(content, name, purpose));

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await t.database.pool.query(sql, params);
  return rows[0].n;
}

const storedCount = () =>
  count(`SELECT count(*)::int AS n FROM stored_file WHERE owner_id = $1 AND deleted_at IS NULL`, [
    movementId,
  ]);

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
    title: 'Thi đua chuyển đổi số năm 2025',
    kind: 'thematic',
    year: 2025,
    participantUnitIds: [s.a.id],
    milestones: [{ kind: 'interim-review', title: 'Sơ kết 6 tháng', dueOn: '2025-06-30' }],
  });
  expect(created.status).toBe(200);
  movementId = created.body.id;
});
afterAll(() => t.close());

describe('uploading and downloading', () => {
  let plan: StoredFile;

  it('stores a PDF under a generated id with its checked type, size, hash, uploader; audited', async () => {
    const bytes = sample.samplePdf();
    const res = await upload(staff, bytes, 'Kế hoạch triển khai.pdf');
    expect(res.status).toBe(200);
    plan = res.body;
    expect(plan).toMatchObject({
      name: 'Kế hoạch triển khai.pdf',
      kind: 'pdf',
      mimeType: 'application/pdf',
      sizeBytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      purpose: 'attachment',
      uploadedByName: 'staff',
    });
    expect(plan.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'file.upload' AND object_id = $1`,
        [plan.id],
      ),
    ).toBe(1);
    const list = await staff.get(`/api/movements/${movementId}/attachments`);
    expect(list.body.items).toEqual([plan]);
  });

  it('serves it as an attachment with nosniff, the detected type and the UTF-8 name', async () => {
    const res = await staff.get(`/api/movements/${movementId}/attachments/${plan.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Ke hoach trien khai.pdf"; filename*=UTF-8''${encodeURIComponent('Kế hoạch triển khai.pdf')}`,
    );
    expect(res.headers.get('content-security-policy')).toContain('sandbox');
    expect(Buffer.from(res.body as ArrayBuffer).equals(sample.samplePdf())).toBe(true);
  });

  it('cleans a hostile file name; the header stays one safe line', async () => {
    const res = await upload(staff, sample.sampleText(), '../<img src=x onerror=alert(1)>\u202Etxt.md');
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('_img src=x onerror=alert(1)_txt.md');
    const download = await staff.get(`/api/movements/${movementId}/attachments/${res.body.id}`);
    expect(download.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(download.headers.get('content-disposition')).not.toMatch(/[<>\r\n]/);
    expect(
      (await staff.request('DELETE', `/api/movements/${movementId}/attachments/${res.body.id}`)).status,
    ).toBe(200);
  });

  it('lets a participating unit read and download once launched; a sibling gets 404', async () => {
    expect((await clerkA.get(`/api/movements/${movementId}/attachments`)).status).toBe(404);
    expect((await staff.post(`/api/movements/${movementId}/launch`)).status).toBe(200);
    const list = await clerkA.get(`/api/movements/${movementId}/attachments`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((f: StoredFile) => f.id)).toEqual([plan.id]);
    expect((await clerkA.get(`/api/movements/${movementId}/attachments/${plan.id}`)).status).toBe(200);
    expect((await clerkB.get(`/api/movements/${movementId}/attachments`)).status).toBe(404);
    expect((await clerkB.get(`/api/movements/${movementId}/attachments/${plan.id}`)).status).toBe(404);
  });

  it('refuses uploads and removals by a participant (403)', async () => {
    expect((await upload(clerkA, sample.samplePdf(), 'a.pdf')).status).toBe(403);
    expect(
      (await clerkA.request('DELETE', `/api/movements/${movementId}/attachments/${plan.id}`)).status,
    ).toBe(403);
  });
});

describe('refusals (quality C5): 400 on the file field, nothing stored', () => {
  const cases: [string, () => Buffer, string, RegExp][] = [
    ['SVG', sample.sampleSvg, 'logo.svg', /SVG, HTML/],
    ['HTML', sample.sampleHtml, 'trang.html', /SVG, HTML/],
    ['HTML disguised as .txt', sample.sampleHtml, 'ghi-chu.txt', /HTML\/SVG/],
    ['macro-enabled Word', sample.sampleDocm, 'bao-cao.docm', /macro/],
    ['macro-enabled Excel renamed .xlsx', sample.sampleXlsm, 'bang.xlsx', /macro/],
    ['password-protected Word', sample.sampleOleContainer, 'mat-khau.docx', /mật khẩu/],
    ['encrypted PDF', sample.sampleEncryptedPdf, 'mat-khau.pdf', /mật khẩu/],
    ['external entity', sample.sampleDocxWithEntity, 'xxe.docx', /DOCTYPE/],
    ['PNG named .pdf', () => sample.samplePng(), 'anh.pdf', /không phải PDF/],
    ['executable', () => Buffer.from('MZ\u0090\u0000'), 'setup.exe', /chỉ nhận/],
  ];
  it.each(cases)('%s', async (_label, bytes, name, message) => {
    const before = await storedCount();
    const res = await upload(staff, bytes(), name);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
    expect(res.body.error.fields[0].path).toBe('file');
    expect(await storedCount()).toBe(before);
  });

  it('refuses a file over 20 MB from its declared length, before reading it', async () => {
    const before = await storedCount();
    const res = await upload(staff, Buffer.alloc(21 * 1024 * 1024, 0x41), 'to.txt');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/lớn hơn 20 MB/);
    expect(await storedCount()).toBe(before);
  });

  it('refuses a form without a file and an unknown purpose', async () => {
    const empty = new FormData();
    empty.set('purpose', 'attachment');
    const none = await staff.request('POST', `/api/movements/${movementId}/attachments`, empty);
    expect(none.status).toBe(400);
    expect(none.body.error.fields[0].path).toBe('file');
    const bad = await upload(staff, sample.samplePdf(), 'a.pdf', 'evil');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('purpose');
  });
});

describe('the launching document and removal', () => {
  it('marks one attachment as the launching document; a new one replaces it', async () => {
    const first = await upload(staff, sample.sampleDocx('Văn bản 5834'), 'pd-5834.docx', 'launch-document');
    expect(first.status).toBe(200);
    expect(first.body.purpose).toBe('launch-document');
    const second = await upload(staff, sample.samplePdf(), 'pd-5834-ban-ky.pdf');
    const marked = await staff.put(`/api/movements/${movementId}/attachments/${second.body.id}/purpose`, {
      purpose: 'launch-document',
    });
    expect(marked.status).toBe(200);
    expect(marked.body.purpose).toBe('launch-document');
    const list = await staff.get(`/api/movements/${movementId}/attachments`);
    const purposes = Object.fromEntries(list.body.items.map((f: StoredFile) => [f.id, f.purpose]));
    expect(purposes[first.body.id]).toBe('attachment');
    expect(purposes[second.body.id]).toBe('launch-document');
    expect(
      await count(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'file.purpose' AND object_id = $1`,
        [second.body.id],
      ),
    ).toBe(1);
  });

  it('removes softly: gone from the list and downloads, kept in the table, audited', async () => {
    const added = await upload(staff, sample.sampleXlsx(), 'bang-diem.xlsx');
    const id = added.body.id;
    const removed = await staff.request('DELETE', `/api/movements/${movementId}/attachments/${id}`);
    expect(removed.status).toBe(200);
    const list = await staff.get(`/api/movements/${movementId}/attachments`);
    expect(list.body.items.map((f: StoredFile) => f.id)).not.toContain(id);
    expect((await staff.get(`/api/movements/${movementId}/attachments/${id}`)).status).toBe(404);
    const { rows } = await t.database.pool.query(
      `SELECT deleted_at, deleted_by, size_bytes FROM stored_file WHERE id = $1`,
      [id],
    );
    expect(rows[0].deleted_at).not.toBeNull();
    expect(rows[0].size_bytes).toBe(sample.sampleXlsx().length);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'file.delete' AND object_id = $1`,
        [id],
      ),
    ).toBe(1);
    expect((await staff.request('DELETE', `/api/movements/${movementId}/attachments/${id}`)).status).toBe(
      404,
    );
  });

  it('refuses changes once the movement is closed, but still serves downloads', async () => {
    expect((await staff.post(`/api/movements/${movementId}/close`)).status).toBe(200);
    const res = await upload(staff, sample.samplePdf(), 'muon.pdf');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/Đã kết thúc|kết thúc/);
    const list = await clerkA.get(`/api/movements/${movementId}/attachments`);
    expect(list.body.items.length).toBeGreaterThan(0);
  });
});

describe('a movement drafted from an uploaded launching document keeps the file', () => {
  it('returns documentFileId with the draft and attaches it as the launching document on save', async () => {
    const text =
      'ỦY BAN NHÂN DÂN THÀNH PHỐ THỬ\n\nPHÁT ĐỘNG THI ĐUA\n\n1. Thi đua hoàn thành nhiệm vụ năm 2025.\n';
    const f = new FormData();
    f.set('file', new Blob([text]), 'phat-dong.txt');
    const draft = await staff.request('POST', '/api/movements/draft-from-document', f);
    expect(draft.status).toBe(200);
    const fileId: string = draft.body.documentFileId;
    expect(fileId).toMatch(/^[0-9a-f-]{36}$/);

    // Someone else cannot take it.
    await seedAccount(t.database, { email: 'staff2@test.vn', unitId: s.p.id, roles: ['staff'] });
    const other = await signedIn(t.baseUrl, 'staff2@test.vn');
    const stolen = await other.post('/api/movements', {
      title: 'Khác',
      kind: 'regular',
      year: 2025,
      launchDocumentFileId: fileId,
    });
    expect(stolen.status).toBe(404);
    expect(stolen.body.error.fields[0].path).toBe('launchDocumentFileId');

    const saved = await staff.post('/api/movements', {
      title: 'Thi đua hoàn thành nhiệm vụ năm 2025',
      kind: 'regular',
      year: 2025,
      launchDocumentFileId: fileId,
    });
    expect(saved.status).toBe(200);
    const list = await staff.get(`/api/movements/${saved.body.id}/attachments`);
    expect(list.body.items).toEqual([
      expect.objectContaining({ id: fileId, name: 'phat-dong.txt', kind: 'txt', purpose: 'launch-document' }),
    ]);
    const download = await staff.get(`/api/movements/${saved.body.id}/attachments/${fileId}`);
    expect(Buffer.from(download.body as ArrayBuffer).toString('utf8')).toBe(text);

    // Once kept, it cannot be claimed again by another movement.
    const again = await staff.post('/api/movements', {
      title: 'Lần hai',
      kind: 'regular',
      year: 2025,
      launchDocumentFileId: fileId,
    });
    expect(again.status).toBe(404);
  });

  it('keeps milestone ids when the movement is edited (reviews hang on them)', async () => {
    const created = await staff.post('/api/movements', {
      title: 'Mốc thử',
      kind: 'regular',
      year: 2025,
      milestones: [
        { kind: 'interim-review', title: 'Sơ kết', dueOn: '2025-06-30' },
        { kind: 'final-review', title: 'Tổng kết', dueOn: '2025-12-15' },
      ],
    });
    const ids = Object.fromEntries(
      created.body.milestones.map((m: { kind: string; id: string }) => [m.kind, m.id]),
    );
    const updated = await staff.put(`/api/movements/${created.body.id}`, {
      title: 'Mốc thử',
      kind: 'regular',
      year: 2025,
      version: created.body.version,
      milestones: [
        { kind: 'final-review', title: 'Tổng kết năm', dueOn: '2025-12-20' },
        { kind: 'interim-review', title: 'Sơ kết 6 tháng', dueOn: '2025-07-05' },
        { kind: 'other', title: 'Hội nghị', dueOn: '2025-09-01' },
      ],
    });
    expect(updated.status).toBe(200);
    const after = Object.fromEntries(
      updated.body.milestones.map((m: { kind: string; id: string }) => [m.kind, m.id]),
    );
    expect(after['interim-review']).toBe(ids['interim-review']);
    expect(after['final-review']).toBe(ids['final-review']);
    expect(updated.body.milestones).toHaveLength(3);
  });
});
