import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import PizZip from 'pizzip';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awardGrant } from '../../src/server/db/schema';
import { SAMPLE_DATA } from '../../src/server/documents/sample-data';
import { builtInTemplate } from '../../src/server/documents/template-store';
import type { Actor } from '../../src/server/modules/auth/actor';
import { issueDocument, loadIssuedDocument } from '../../src/server/modules/documents/issue-document';
import { insertPerson } from '../../src/server/seed/factories';
import type { CertificateJob, TemplateList } from '../../src/shared/api/documents';
import {
  type Client,
  createTestApp,
  seedAccount,
  seedUnits,
  signedIn,
  type TestApp,
} from './helpers/harness';

/*
 * Documents: templates replaced by an administrator (validated, versioned, previewed; issued documents
 * keep their version), certificates of a decision printed in one batch with progress, the QR code on
 * them decoded from the rendered page, and the public verification page's answers.
 */

let t: TestApp;
let s: Awaited<ReturnType<typeof seedUnits>>;
let admin: Client;
let staff: Client;
let staffB: Client;
let clerkA: Client;
const grants: Record<string, string> = {};
const dir = mkdtempSync(path.join(os.tmpdir(), 'tdkt-documents-'));

const DECISION = '12/QĐ-UBND';
const ISSUER = 'Chủ tịch Ủy ban nhân dân thành phố Lai Châu';

beforeAll(async () => {
  t = await createTestApp({ TDKT_LOGIN_RATE_PER_MINUTE: '1000', TDKT_PUBLIC_URL: 'https://tdkt.example.vn' });
  s = await seedUnits(t.database);
  await t.database.db.transaction(async (tx) => {
    const huong = await insertPerson(tx, s.a.id, { fullName: 'Nguyễn Thị Hương' });
    const minh = await insertPerson(tx, s.b.id, { fullName: 'Lò Văn Minh' });
    const old = await insertPerson(tx, s.a.id, { fullName: 'Vàng A Páo' });
    const base = {
      awardCode: 'chien-si-thi-dua-co-so',
      recipientKind: 'individual',
      year: 2025,
      issuer: ISSUER,
    };
    const rows = await tx
      .insert(awardGrant)
      .values([
        {
          ...base,
          personId: huong.id,
          unitId: s.a.id,
          decisionNumber: DECISION,
          decisionDate: '2026-01-15',
          goldenBookNumber: 'SV-2025-0001',
        },
        {
          ...base,
          personId: minh.id,
          unitId: s.b.id,
          decisionNumber: DECISION,
          decisionDate: '2026-01-15',
          goldenBookNumber: 'SV-2025-0002',
        },
        {
          ...base,
          awardCode: 'giay-khen',
          personId: old.id,
          unitId: s.a.id,
          year: 2023,
          decisionNumber: '40/QĐ-UBND',
          decisionDate: '2023-06-01',
          status: 'revoked',
          revokedOn: '2024-03-01',
          revokeReason: 'Gian dối hồ sơ (lý do nội bộ)',
        },
      ])
      .returning({ id: awardGrant.id });
    grants.huong = rows[0]!.id;
    grants.minh = rows[1]!.id;
    grants.revoked = rows[2]!.id;
  });
  await seedAccount(t.database, { email: 'admin@test.vn', unitId: s.p.id, roles: ['admin'] });
  await seedAccount(t.database, { email: 'staff@test.vn', unitId: s.p.id, roles: ['staff'] });
  await seedAccount(t.database, { email: 'staff.b@test.vn', unitId: s.b.id, roles: ['staff'] });
  await seedAccount(t.database, { email: 'clerk.a@test.vn', unitId: s.a.id, roles: ['unitClerk'] });
  admin = await signedIn(t.baseUrl, 'admin@test.vn');
  staff = await signedIn(t.baseUrl, 'staff@test.vn');
  staffB = await signedIn(t.baseUrl, 'staff.b@test.vn');
  clerkA = await signedIn(t.baseUrl, 'clerk.a@test.vn');
});

afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

const docxForm = (file: Buffer, name = 'mau-moi.docx', note = 'Sửa lời văn') => {
  const form = new FormData();
  form.set('note', note);
  form.set('file', new Blob([new Uint8Array(file)]), name);
  return form;
};

/** The built-in pledge list with one extra paragraph (text or tags) at the top. */
function pledgeListWith(extra: string): Buffer {
  const zip = new PizZip(builtInTemplate('pledge-list'));
  const xml = zip.file('word/document.xml')!.asText();
  zip.file('word/document.xml', xml.replace('<w:body>', `<w:body><w:p><w:r><w:t>${extra}</w:t></w:r></w:p>`));
  return zip.generate({ type: 'nodebuffer' });
}

const documentXml = (docx: ArrayBuffer | Buffer) =>
  new PizZip(Buffer.from(docx as ArrayBuffer)).file('word/document.xml')!.asText();

async function auditCount(action: string): Promise<number> {
  const { rows } = await t.database.pool.query(
    `SELECT count(*)::int AS n FROM audit_event WHERE action = $1`,
    [action],
  );
  return rows[0].n;
}

describe('templates editable by administrators', () => {
  it('lists the eight templates with the built-in file as version 1; staff may read, a clerk may not', async () => {
    const list = await staff.get<TemplateList>('/api/document-templates');
    expect(list.status).toBe(200);
    expect(list.body.items.map((i) => i.key)).toHaveLength(8);
    for (const item of list.body.items) expect(item.activeVersion).toBe(1);
    expect(list.body.items.find((i) => i.key === 'decision')!.fields).toContain('{signerName}');
    expect((await clerkA.get('/api/document-templates')).status).toBe(403);
    expect(
      (await staff.post('/api/document-templates/pledge-list', docxForm(pledgeListWith('x')))).status,
    ).toBe(403);
  });

  it('refuses a template with an unknown field, naming it, and stores nothing', async () => {
    const res = await admin.post(
      '/api/document-templates/pledge-list',
      docxForm(pledgeListWith('{hoTenCu}')),
    );
    expect(res.status).toBe(422);
    expect(res.body.error.message).toContain('{hoTenCu}');
    const bad = await admin.post(
      '/api/document-templates/pledge-list',
      docxForm(Buffer.from('%PDF-1.4'), 'x.docx'),
    );
    expect(bad.status).toBe(400);
    const list = await admin.get<TemplateList>('/api/document-templates');
    expect(list.body.items.find((i) => i.key === 'pledge-list')!.versions).toHaveLength(1);
  });

  it('stores an upload as version 2, previews it with demo data, and issued documents keep their version', async () => {
    const before = await auditCount('document-template.upload');
    const res = await admin.post<TemplateList>(
      '/api/document-templates/pledge-list',
      docxForm(pledgeListWith('MẪU CỦA PHƯỜNG {unitName}')),
    );
    expect(res.status).toBe(200);
    const item = res.body.items.find((i) => i.key === 'pledge-list')!;
    expect(item.activeVersion).toBe(2);
    expect(item.versions.map((v) => [v.version, v.active, v.uploadedBy])).toEqual([
      [2, true, 'admin@test.vn'],
      [1, false, null],
    ]);
    expect(await auditCount('document-template.upload')).toBe(before + 1);

    const preview = await staff.get<ArrayBuffer>(
      '/api/document-templates/pledge-list/versions/2/preview?format=docx',
    );
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-disposition')).toContain('attachment');
    expect(documentXml(preview.body)).toContain('MẪU CỦA PHƯỜNG Trường Tiểu học Tân Phong');
    const pdf = await staff.get<ArrayBuffer>(
      '/api/document-templates/pledge-list/versions/2/preview?format=pdf',
    );
    expect(pdf.status).toBe(200);
    expect(Buffer.from(pdf.body).subarray(0, 5).toString()).toBe('%PDF-');

    const actor = {
      email: 'admin@test.vn',
      userId: null,
      unitId: s.p.id,
      ip: '127.0.0.1',
    } as unknown as Actor;
    const issued = await t.database.db.transaction((tx) =>
      issueDocument(tx, actor, 'pledge-list', SAMPLE_DATA['pledge-list'], { kind: 'movement', id: 'm-1' }),
    );
    expect(issued.templateVersion).toBe(2);
    const back = await admin.post<TemplateList>('/api/document-templates/pledge-list/activate', {
      version: 1,
    });
    expect(back.body.items.find((i) => i.key === 'pledge-list')!.activeVersion).toBe(1);
    const kept = await loadIssuedDocument(t.database.db, issued.id);
    expect(kept!.templateVersion).toBe(2);
    expect(documentXml(kept!.file)).toContain('MẪU CỦA PHƯỜNG');
    expect((await admin.post('/api/document-templates/pledge-list/activate', { version: 9 })).status).toBe(
      404,
    );
  });
});

function pdfPagePng(pdf: Buffer, page: number): PNG {
  const file = path.join(dir, `c${page}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', [
    '-r',
    '150',
    '-png',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    file,
    path.join(dir, 'page'),
  ]);
  return PNG.sync.read(readFileSync(path.join(dir, 'page.png')));
}

async function waitForJob(client: Client, id: string): Promise<CertificateJob> {
  for (let i = 0; i < 100; i++) {
    const res = await client.get<CertificateJob>(`/api/certificates/jobs/${id}`);
    if (res.body.status !== 'running') return res.body;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('job did not finish');
}

describe('certificates and their public verification', () => {
  let verifyUrl = '';

  it('prints every certificate of a decision in the office scope into one PDF, with the font embedded', async () => {
    const decisions = await staff.get('/api/certificates/decisions?q=12/');
    expect(decisions.body.items).toEqual([
      expect.objectContaining({ decisionNumber: DECISION, count: 2, issuer: ISSUER }),
    ]);
    const started = await staff.post<CertificateJob>('/api/certificates/jobs', { decisionNumber: DECISION });
    expect(started.status).toBe(200);
    expect(started.body.total).toBe(2);
    const job = await waitForJob(staff, started.body.id);
    expect(job).toMatchObject({ status: 'done', done: 2, total: 2 });
    const file = await staff.get<ArrayBuffer>(`/api/certificates/jobs/${job.id}/file`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(file.body);
    expect(pdf.toString('latin1')).toContain('/FontFile2');
    const pdfPath = path.join(dir, 'batch.pdf');
    writeFileSync(pdfPath, pdf);
    const fonts = execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' });
    expect(fonts).toMatch(/Tinos-Bold\s+CID TrueType\s+Identity-H\s+yes/);
    const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ LAI CHÂU',
      'TẶNG DANH HIỆU',
      'CHIẾN SĨ THI ĐUA CƠ SỞ',
      'Nguyễn Thị Hương',
      'Lò Văn Minh',
      'Quyết định số 12/QĐ-UBND ngày 15/01/2026',
      'Số sổ vàng: SV-2025-0001',
      'Lai Châu, ngày 15 tháng 01 năm 2026',
    ])
      expect(text).toContain(expected);

    const png = pdfPagePng(pdf, 1);
    const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(qr?.data).toMatch(/^https:\/\/tdkt\.example\.vn\/verify\/[A-Za-z0-9_-]{38}$/);
    verifyUrl = qr!.data;
  });

  it('limits a batch to the units the user manages and refuses a decision outside them', async () => {
    const started = await staffB.post<CertificateJob>('/api/certificates/jobs', { decisionNumber: DECISION });
    expect(started.body.total).toBe(1);
    expect((await staffB.post('/api/certificates/jobs', { decisionNumber: '40/QĐ-UBND' })).status).toBe(404);
    expect((await staffB.get(`/api/certificates/grants/${grants.huong}`)).status).toBe(404);
    expect((await clerkA.post('/api/certificates/jobs', { decisionNumber: DECISION })).status).toBe(403);
    expect(
      (await staffB.get(`/api/certificates/jobs/${(await waitForJob(staffB, started.body.id)).id}/file`))
        .status,
    ).toBe(200);
  });

  it('shows anyone, without sign-in, the award behind a genuine code and nothing sensitive', async () => {
    const code = verifyUrl.split('/').pop()!;
    const res = await fetch(`${t.baseUrl}/api/public/verify/${code}`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual({
      status: 'valid',
      awardName: 'Chiến sĩ thi đua cơ sở',
      recipientName: expect.stringMatching(/Nguyễn Thị Hương|Lò Văn Minh/),
      unitName: expect.any(String),
      year: 2025,
      decisionNumber: DECISION,
      decisionDate: '2026-01-15',
      issuer: ISSUER,
      revokedOn: null,
    });
  });

  it('answers "unverifiable" for a forged, altered or malformed code', async () => {
    const code = verifyUrl.split('/').pop()!;
    const flipped = code.slice(0, 5) + (code[5] === 'A' ? 'B' : 'A') + code.slice(6);
    const forgedMac = code.slice(0, 22) + 'A'.repeat(16);
    for (const bad of [flipped, forgedMac, 'x', `${code}A`, '..%2f..%2fetc']) {
      const res = await fetch(`${t.baseUrl}/api/public/verify/${bad}`);
      expect(res.status).toBe(200);
      expect((await res.json()).status).toBe('unverifiable');
    }
  });

  it('shows a revoked award as revoked with its date, never the reason', async () => {
    const single = await staff.get<ArrayBuffer>(`/api/certificates/grants/${grants.revoked}`);
    expect(single.status).toBe(200);
    const png = pdfPagePng(Buffer.from(single.body), 1);
    const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    const res = await fetch(`${t.baseUrl}/api/public/verify/${qr!.data.split('/').pop()}`);
    const body = await res.json();
    expect(body).toMatchObject({ status: 'revoked', revokedOn: '2024-03-01', awardName: 'Giấy khen' });
    expect(JSON.stringify(body)).not.toContain('Gian dối');
    expect(await auditCount('certificate.print')).toBeGreaterThan(0);
  });

  it('limits how fast one address may check codes', async () => {
    let status = 0;
    for (let i = 0; i < 80 && status !== 429; i++) {
      status = (await fetch(`${t.baseUrl}/api/public/verify/khong-hop-le-${i}`)).status;
    }
    expect(status).toBe(429);
  });
});
