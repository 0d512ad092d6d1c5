import PizZip from 'pizzip';
import type { Permission } from '../../../src/domain/access/permissions';
import type { Database } from '../../../src/server/db/client';
import { builtInTemplate } from '../../../src/server/documents/template-store';
import type { Client } from './harness';

const MISSING = '00000000-0000-4000-8000-000000000000';

/** Open to everyone (the QR code's page): tested in documents.test.ts and by the fuzz test. */
export const DOCUMENT_PUBLIC_ROUTES = ['GET /api/public/verify/:code'];

interface MatrixRow {
  method: string;
  url: string;
  permission: Permission;
  target?: 'unit';
  topUnitOnly?: boolean;
  call: (c: Client, id: string) => Promise<{ status: number }>;
}

/** A fresh grant of the unit under its own decision number: [grantId, decisionNumber]. */
async function grantIn(db: Database, unitId: string): Promise<[string, string]> {
  if (unitId === MISSING) return [MISSING, 'không-có'];
  const number = `${Math.floor(Math.random() * 1e9)}/QĐ-MATRIX`;
  const { rows } = await db.pool.query(
    `INSERT INTO award_grant (award_code, recipient_kind, unit_id, year, decision_number, decision_date, issuer)
     VALUES ('tap-the-lao-dong-tien-tien', 'collective', $1, 2025, $2, '2026-01-10', 'Chủ tịch UBND thử')
     RETURNING id`,
    [unitId, number],
  );
  return [rows[0].id, number];
}

/** A finished certificate job of the unit's decision, started by someone else. */
async function jobIn(db: Database, unitId: string): Promise<string> {
  if (unitId === MISSING) return MISSING;
  const [, number] = await grantIn(db, unitId);
  const { rows } = await db.pool.query(
    `INSERT INTO certificate_job (decision_number, status, total, done, file, created_by, finished_at)
     VALUES ($1, 'done', 1, 1, $2, 'nguoi.khac@test.vn', now()) RETURNING id`,
    [number, Buffer.from('%PDF-1.4\n%%EOF\n')],
  );
  return rows[0].id;
}

function templateForm(): FormData {
  const form = new FormData();
  const zip = new PizZip(builtInTemplate('vote-tally'));
  form.set('file', new Blob([new Uint8Array(zip.generate({ type: 'nodebuffer' }))]), 'bien-ban.docx');
  return form;
}

/** Document and certificate rows of the access matrix (callers sit in unit A). */
export function documentsMatrixRows(db: () => Database): MatrixRow[] {
  return [
    {
      method: 'GET',
      url: '/api/document-templates',
      permission: 'documentTemplate.read',
      call: (c) => c.get('/api/document-templates'),
    },
    {
      method: 'POST',
      url: '/api/document-templates/:key',
      permission: 'documentTemplate.manage',
      topUnitOnly: true,
      call: (c) => c.request('POST', '/api/document-templates/vote-tally', templateForm()),
    },
    {
      method: 'POST',
      url: '/api/document-templates/:key/activate',
      permission: 'documentTemplate.manage',
      topUnitOnly: true,
      call: (c) => c.post('/api/document-templates/vote-tally/activate', { version: 1 }),
    },
    {
      method: 'GET',
      url: '/api/document-templates/:key/versions/:version/file',
      permission: 'documentTemplate.read',
      call: (c) => c.get('/api/document-templates/decision/versions/1/file'),
    },
    {
      method: 'GET',
      url: '/api/document-templates/:key/versions/:version/preview',
      permission: 'documentTemplate.read',
      call: (c) => c.get('/api/document-templates/decision/versions/1/preview?format=docx'),
    },
    {
      method: 'GET',
      url: '/api/certificates/decisions',
      permission: 'certificate.print',
      call: (c) => c.get('/api/certificates/decisions'),
    },
    {
      method: 'GET',
      url: '/api/certificates/jobs',
      permission: 'certificate.print',
      call: (c) => c.get('/api/certificates/jobs'),
    },
    {
      method: 'POST',
      url: '/api/certificates/jobs',
      permission: 'certificate.print',
      target: 'unit',
      call: async (c, id) =>
        c.post('/api/certificates/jobs', { decisionNumber: (await grantIn(db(), id))[1] }),
    },
    {
      method: 'GET',
      url: '/api/certificates/jobs/:id',
      permission: 'certificate.print',
      target: 'unit',
      call: async (c, id) => c.get(`/api/certificates/jobs/${await jobIn(db(), id)}`),
    },
    {
      method: 'GET',
      url: '/api/certificates/jobs/:id/file',
      permission: 'certificate.print',
      target: 'unit',
      call: async (c, id) => c.get(`/api/certificates/jobs/${await jobIn(db(), id)}/file`),
    },
    {
      method: 'GET',
      url: '/api/certificates/grants/:id',
      permission: 'certificate.print',
      target: 'unit',
      call: async (c, id) => c.get(`/api/certificates/grants/${(await grantIn(db(), id))[0]}`),
    },
  ];
}
