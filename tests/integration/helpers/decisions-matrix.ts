import type { Permission } from '../../../src/domain/access/permissions';
import type { Database } from '../../../src/server/db/client';
import type { Client } from './harness';

const MISSING = '00000000-0000-4000-8000-000000000000';

/** The access matrix's row shape (tests/integration/access-matrix.test.ts). */
interface MatrixRow {
  method: string;
  url: string;
  permission: Permission;
  target?: 'unit';
  call: (c: Client, id: string) => Promise<{ status: number }>;
}

/** A fresh dossier of the unit in public notice (no notice recorded), one collective nominee: the unit. */
async function readyDossierIn(db: Database, unitId: string): Promise<string> {
  const { rows } = await db.pool.query(
    `WITH d AS (INSERT INTO dossier (unit_id, track, award_code, year, title, status, cover_letter, meeting_minutes)
       VALUES ($1, 'regular', 'tap-the-lao-dong-tien-tien', 2025, 'Hồ sơ chờ quyết định', 'public-notice', 'Tờ trình', 'Biên bản')
       RETURNING id),
     n AS (INSERT INTO dossier_nominee (dossier_id, kind, unit_id) SELECT id, 'collective', $1 FROM d)
     SELECT id FROM d`,
    [unitId],
  );
  return rows[0].id;
}

/** A fresh draft decision issued by the unit for one of its ready dossiers (version 1): [decision, dossier]. */
async function draftIn(db: Database, unitId: string): Promise<[string, string]> {
  if (unitId === MISSING) return [MISSING, MISSING];
  const dossierId = await readyDossierIn(db, unitId);
  const { rows } = await db.pool.query(
    `WITH dc AS (INSERT INTO decision (issuer_unit_id, issuer_name, year, decision_date, subject, signer_position, signer_name)
       VALUES ($1, 'ỦY BAN NHÂN DÂN THỬ', 2025, '2025-12-20', 'Về việc tặng danh hiệu thử', 'CHỦ TỊCH', 'Người Ký') RETURNING id),
     l AS (INSERT INTO decision_dossier (decision_id, dossier_id) SELECT id, $2 FROM dc)
     SELECT id FROM dc`,
    [unitId, dossierId],
  );
  return [rows[0].id, dossierId];
}

const body = (unitId: string, dossierId: string) => ({
  issuerUnitId: unitId,
  issuerName: 'ỦY BAN NHÂN DÂN THỬ',
  symbol: 'QĐ-UBND',
  place: 'Thử',
  decisionDate: '2025-12-20',
  legalBases: ['Căn cứ Luật Thi đua, khen thưởng'],
  signerPosition: 'CHỦ TỊCH',
  signerName: 'Người Ký',
  recipients: ['Lưu: VT'],
  authorityLevel: 'commune',
  dossierIds: [dossierId],
});

/**
 * Decision rows of the access matrix. Every call builds a fresh decision issued by the unit it is given
 * (own A, sibling B, parent P or a missing id) answering a dossier of that same unit; callers sit in A.
 */
export function decisionMatrixRows(db: () => Database): MatrixRow[] {
  return [
    {
      method: 'GET',
      url: '/api/decisions',
      permission: 'decision.read',
      call: (c) => c.get('/api/decisions'),
    },
    {
      method: 'GET',
      url: '/api/decisions/defaults',
      permission: 'decision.write',
      call: (c) => c.get('/api/decisions/defaults'),
    },
    {
      method: 'GET',
      url: '/api/decisions/ready-dossiers',
      permission: 'decision.write',
      call: (c) => c.get('/api/decisions/ready-dossiers'),
    },
    {
      method: 'POST',
      url: '/api/decisions',
      permission: 'decision.write',
      target: 'unit',
      call: async (c, id) =>
        c.post('/api/decisions', body(id, id === MISSING ? MISSING : await readyDossierIn(db(), id))),
    },
    {
      method: 'GET',
      url: '/api/decisions/:id',
      permission: 'decision.read',
      target: 'unit',
      call: async (c, id) => c.get(`/api/decisions/${(await draftIn(db(), id))[0]}`),
    },
    {
      method: 'PUT',
      url: '/api/decisions/:id',
      permission: 'decision.write',
      target: 'unit',
      call: async (c, id) => {
        const [decisionId, dossierId] = await draftIn(db(), id);
        return c.put(`/api/decisions/${decisionId}`, { ...body(id, dossierId), version: 1 });
      },
    },
    {
      method: 'DELETE',
      url: '/api/decisions/:id',
      permission: 'decision.write',
      target: 'unit',
      call: async (c, id) => c.request('DELETE', `/api/decisions/${(await draftIn(db(), id))[0]}?version=1`),
    },
    {
      method: 'POST',
      url: '/api/decisions/:id/issue',
      permission: 'decision.issue',
      target: 'unit',
      call: async (c, id) =>
        c.post(`/api/decisions/${(await draftIn(db(), id))[0]}/issue`, {
          version: 1,
          decisionDate: '2025-12-22',
        }),
    },
    {
      method: 'GET',
      url: '/api/decisions/:id/document.docx',
      permission: 'decision.read',
      target: 'unit',
      call: async (c, id) => c.get(`/api/decisions/${(await draftIn(db(), id))[0]}/document.docx`),
    },
  ];
}
