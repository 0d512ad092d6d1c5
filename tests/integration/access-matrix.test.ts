import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasPermission, type Permission } from '../../src/domain/access/permissions';
import { IMPORT_COLUMNS } from '../../src/domain/people/validate-person-row';
import { insertPerson, insertUnit } from '../../src/server/seed/factories';
import { ROLES, type Role } from '../../src/shared/codes';
import { blocksMatrixRows } from './helpers/blocks-matrix';
import { councilMatrixRows, PUBLIC_NOTICE_ROUTES } from './helpers/council-matrix';
import { decisionMatrixRows } from './helpers/decisions-matrix';
import { DOCUMENT_PUBLIC_ROUTES, documentsMatrixRows } from './helpers/documents-matrix';
import {
  type Client,
  createTestApp,
  seedAccount,
  seedUnits,
  signedIn,
  type TestApp,
} from './helpers/harness';

/*
 * Quality A1–A3: every API route × every role × a record of the own unit, the sibling unit, the parent
 * and a missing id. A user of unit A may act only inside A; B and P answer like a missing record (404).
 */

type Place = 'own' | 'sibling' | 'parent' | 'missing';
const PLACES: Place[] = ['own', 'sibling', 'parent', 'missing'];
const MISSING = '00000000-0000-4000-8000-000000000000';

interface Ids {
  unit: Record<Place, string>;
  person: Record<Place, string>;
  account: Record<Place, string>;
}

interface RouteCase {
  method: string;
  url: string;
  permission: Permission | 'signedIn';
  /** Which record the request names; absent for collection routes. */
  target?: 'unit' | 'person' | 'account';
  call: (c: Client, id: string) => Promise<{ status: number }>;
  /** Deployment-wide settings only an administrator of the top unit may change: users of A get 403. */
  topUnitOnly?: boolean;
}

let t: TestApp;
let ids: Ids;
const clients = new Map<Role, Client>();
const unitOfPlace = new Map<string, string>();

async function xlsxWithOneRow(unitName: string): Promise<Blob> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Cán bộ');
  ws.addRow(IMPORT_COLUMNS.map((c) => c.header));
  ws.addRow([
    'Đỗ Văn Thử',
    'Nam',
    '01/02/1990',
    'Kinh',
    '',
    'Chuyên viên',
    'Công chức',
    unitName,
    '01/09/2015',
  ]);
  return new Blob([await wb.xlsx.writeBuffer()]);
}

async function freshUnitUnder(id: string): Promise<string> {
  if (id === MISSING) return MISSING;
  return t.database.db.transaction(
    async (tx) =>
      (await insertUnit(tx, { parentId: id, name: `Tổ thử ${Math.random()}`, kind: 'sub-unit' })).id,
  );
}

/** A fresh initiative of the person's unit, authored by the person (version 1). */
async function initiativeBy(personId: string): Promise<string> {
  if (personId === MISSING) return MISSING;
  const { rows } = await t.database.pool.query(
    `WITH i AS (INSERT INTO initiative (title, unit_id, scope, recognized_on)
       SELECT 'Sáng kiến thử', unit_id, 'grassroots', '2024-11-05' FROM person WHERE id = $1 RETURNING id),
     a AS (INSERT INTO initiative_author (initiative_id, person_id) SELECT id, $1 FROM i)
     SELECT id FROM i`,
    [personId],
  );
  return rows[0].id;
}

/** A fresh movement organised by the unit, with the unit as its only participant (version 1). */
async function movementOf(unitId: string, status: 'draft' | 'launched' = 'draft'): Promise<string> {
  if (unitId === MISSING) return MISSING;
  const { rows } = await t.database.pool.query(
    `WITH m AS (INSERT INTO movement (unit_id, title, year, status, launched_at)
       VALUES ($1, 'Phong trào thử', 2025, $2, CASE WHEN $2 = 'launched' THEN now() END) RETURNING id),
     p AS (INSERT INTO movement_participant (movement_id, unit_id) SELECT id, $1 FROM m)
     SELECT id FROM m`,
    [unitId, status],
  );
  return rows[0].id;
}

/**
 * A fresh launched movement organised by the parent with the own and the sibling unit participating; with
 * `status`, the named unit already has a pledge in that status (version 1). Returns the movement id.
 */
async function pledgeMovement(unitId: string, status?: 'draft' | 'submitted'): Promise<string> {
  const { rows } = await t.database.pool.query(
    `WITH m AS (INSERT INTO movement (unit_id, title, year, status, launched_at)
       VALUES ($1, 'Phong trào đăng ký thử', 2025, 'launched', now()) RETURNING id),
     p AS (INSERT INTO movement_participant (movement_id, unit_id) SELECT id, u FROM m, unnest($2::uuid[]) u)
     SELECT id FROM m`,
    [ids.unit.parent, [ids.unit.own, ids.unit.sibling]],
  );
  const movementId: string = rows[0].id;
  if (status && unitId !== MISSING) {
    await t.database.pool.query(
      `INSERT INTO pledge (movement_id, unit_id, status, submitted_at)
       VALUES ($1, $2, $3, CASE WHEN $3 = 'submitted' THEN now() END)`,
      [movementId, unitId, status],
    );
  }
  return movementId;
}

/** A fresh draft movement of the unit with one stored attachment: [movementId, fileId]. */
async function attachmentOf(unitId: string): Promise<[string, string]> {
  if (unitId === MISSING) return [MISSING, MISSING];
  const movementId = await movementOf(unitId);
  const { rows } = await t.database.pool.query(
    `INSERT INTO stored_file (owner_kind, owner_id, unit_id, original_name, extension, mime_type, size_bytes,
       sha256, content) VALUES ('movement', $1, $2, 'ke-hoach.txt', 'txt', 'text/plain', 3, 'x', 'abc')
     RETURNING id`,
    [movementId, unitId],
  );
  return [movementId, rows[0].id];
}

function pdfForm(): FormData {
  const form = new FormData();
  form.set('file', new Blob(['%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n']), 'ke-hoach.pdf');
  return form;
}

/**
 * A fresh dossier of the unit (complete, one nominee of the unit when it has people) in `status`
 * (version 1). Drafts are seen only by their own unit, so the matrix drafts in the unit itself; office
 * moves target a sub-unit's dossier, since nobody appraises their own unit's dossier (quality A5).
 */
async function dossierIn(
  unitId: string,
  status: string,
  options: { subUnit?: boolean } = {},
): Promise<string> {
  if (unitId === MISSING) return MISSING;
  const owner = options.subUnit ? await freshUnitUnder(unitId) : unitId;
  const { rows } = await t.database.pool.query(
    `WITH d AS (INSERT INTO dossier (unit_id, track, award_code, year, title, status, cover_letter, meeting_minutes,
       voters_total, voters_present, voters_agree)
       VALUES ($1, 'regular', 'giay-khen', 2025, 'Hồ sơ thử', $2, 'Tờ trình', 'Biên bản', 10, 9, 9) RETURNING id),
     n AS (INSERT INTO dossier_nominee (dossier_id, kind, unit_id, household_name)
       SELECT id, 'household', $1, 'Hộ ông Thử' FROM d)
     SELECT id FROM d`,
    [owner, status],
  );
  return rows[0].id;
}

/** The first nominee of a dossier. */
async function nomineeOf(dossierId: string): Promise<string> {
  if (dossierId === MISSING) return MISSING;
  const { rows } = await t.database.pool.query('SELECT id FROM dossier_nominee WHERE dossier_id = $1', [
    dossierId,
  ]);
  return rows[0].id;
}

/** A draft dossier of the unit with one attachment: [dossierId, attachmentId]. */
async function dossierAttachmentOf(unitId: string): Promise<[string, string]> {
  if (unitId === MISSING) return [MISSING, MISSING];
  const dossierId = await dossierIn(unitId, 'draft');
  const { rows } = await t.database.pool.query(
    `WITH f AS (INSERT INTO stored_file (owner_kind, owner_id, unit_id, original_name, extension, mime_type,
       size_bytes, sha256, content) VALUES ('dossier', $1, $2, 'bien-ban.pdf', 'pdf', 'application/pdf', 3, 'x', 'abc')
       RETURNING id)
     INSERT INTO dossier_attachment (dossier_id, file_id, kind, label) SELECT $1, id, 'minutes', 'Biên bản' FROM f
     RETURNING id`,
    [dossierId, unitId],
  );
  return [dossierId, rows[0].id];
}

/** The role a matrix client signed in with. */
const roleOf = (c: Client): Role => [...clients].find(([, client]) => client === c)![0];

/** For each role, a move the transition table allows it, from a state it can be taken in. */
const DOSSIER_MOVE: Record<Role, { status: string; action: string; reason?: string; subUnit?: boolean }> = {
  unitHead: { status: 'draft', action: 'submit' },
  unitClerk: { status: 'draft', action: 'withdraw', reason: 'Rút để bổ sung' },
  staff: { status: 'submitted', action: 'receive', subUnit: true },
  admin: { status: 'submitted', action: 'receive', subUnit: true },
  chairman: { status: 'public-notice', action: 'decide', subUnit: true },
  councilSecretary: { status: 'council', action: 'publish-notice', subUnit: true },
  councilMember: { status: 'submitted', action: 'receive', subUnit: true },
};

const dossierBody = {
  track: 'regular',
  awardCode: 'giay-khen',
  year: 2025,
  title: 'Đề nghị tặng Giấy khen năm 2025',
  nominees: [],
};

/** An indicator (code T1, quarterly) of the movement; returns its id. */
async function indicatorIn(movementId: string): Promise<string> {
  if (movementId === MISSING) return MISSING;
  const { rows } = await t.database.pool.query(
    `INSERT INTO movement_indicator (movement_id, code, name, measure_unit, direction, field)
     VALUES ($1, 'T1', 'Chỉ tiêu thử', 'ngày', 'lower-better', 'economy') RETURNING id`,
    [movementId],
  );
  return rows[0].id;
}

/**
 * A fresh launched movement organised by the parent with the own and the sibling unit participating and
 * an indicator T1 assigned to both (planned 7): where units report.
 */
async function targetMovement(): Promise<{ movementId: string; indicatorId: string }> {
  const movementId = await pledgeMovement(ids.unit.own);
  const indicatorId = await indicatorIn(movementId);
  await t.database.pool.query(
    `INSERT INTO unit_target (movement_id, indicator_id, unit_id, planned)
     SELECT $1, $2, u, 7 FROM unnest($3::uuid[]) u`,
    [movementId, indicatorId, [ids.unit.own, ids.unit.sibling]],
  );
  return { movementId, indicatorId };
}

/** A report of the unit (period 2025-Q1) in a fresh target movement; with `file`, its evidence file. */
async function targetReportOf(
  unitId: string,
  file = false,
): Promise<{ movementId: string; reportId: string }> {
  const { movementId, indicatorId } = await targetMovement();
  if (unitId === MISSING) return { movementId, reportId: MISSING };
  const { rows } = await t.database.pool.query(
    `INSERT INTO target_report (movement_id, indicator_id, unit_id, period, actual)
     VALUES ($1, $2, $3, '2025-Q1', 8) RETURNING id`,
    [movementId, indicatorId, unitId],
  );
  const reportId: string = rows[0].id;
  if (file) {
    await t.database.pool.query(
      `WITH f AS (INSERT INTO stored_file (owner_kind, owner_id, unit_id, original_name, extension, mime_type,
         size_bytes, sha256, content) VALUES ('target_report', $1, $2, 'minh-chung.txt', 'txt', 'text/plain', 3, 'x', 'abc')
         RETURNING id)
       UPDATE target_report SET evidence_file_id = (SELECT id FROM f) WHERE id = $1`,
      [reportId, unitId],
    );
  }
  return { movementId, reportId };
}

async function targetWorkbook(): Promise<FormData> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Chỉ tiêu');
  ws.addRow(['Mã chỉ tiêu', 'Mã đơn vị', 'Kỳ báo cáo', 'Thực hiện']);
  ws.addRow(['T1', 'A', '2025-Q1', 6]);
  const form = new FormData();
  form.set('kind', 'actual');
  form.set('file', new Blob([await wb.xlsx.writeBuffer()]), 'chi-tieu.xlsx');
  return form;
}

const indicatorBody = {
  code: 'TTHC',
  name: 'Thời gian giải quyết thủ tục hành chính',
  measureUnit: 'ngày',
  direction: 'lower-better',
  field: 'economy',
};

/** A fresh launched movement of the unit with an interim-review milestone: [movementId, milestoneId]. */
async function reviewMilestoneOf(unitId: string): Promise<[string, string]> {
  if (unitId === MISSING) return [MISSING, MISSING];
  const movementId = await movementOf(unitId, 'launched');
  const { rows } = await t.database.pool.query(
    `INSERT INTO movement_milestone (movement_id, kind, title, due_on)
     VALUES ($1, 'interim-review', 'Sơ kết 6 tháng', '2025-06-30') RETURNING id`,
    [movementId],
  );
  return [movementId, rows[0].id];
}

/** A fresh draft review (version 1) of a launched movement of the unit. */
async function reviewOf(unitId: string): Promise<string> {
  if (unitId === MISSING) return MISSING;
  const [movementId, milestoneId] = await reviewMilestoneOf(unitId);
  const { rows } = await t.database.pool.query(
    `INSERT INTO review (movement_id, milestone_id, kind, title, review_date)
     VALUES ($1, $2, 'interim', 'Sơ kết 6 tháng', '2025-06-30') RETURNING id`,
    [movementId, milestoneId],
  );
  return rows[0].id;
}

/** A fresh notification in the unit's inbox. */
async function notificationFor(unitId: string): Promise<string> {
  if (unitId === MISSING) return MISSING;
  const { rows } = await t.database.pool.query(
    `INSERT INTO notification (unit_id, kind, title) VALUES ($1, 'test', 'Thông báo thử') RETURNING id`,
    [unitId],
  );
  return rows[0].id;
}

/** A fresh valid registry grant (version 1) of the unit, for revocation. */
async function grantIn(unitId: string): Promise<string> {
  if (unitId === MISSING) return MISSING;
  const { rows } = await t.database.pool.query(
    `INSERT INTO award_grant (award_code, recipient_kind, unit_id, year, decision_date)
     VALUES ('tap-the-lao-dong-tien-tien', 'collective', $1, 2024, '2024-12-20') RETURNING id`,
    [unitId],
  );
  return rows[0].id;
}

const movementBody = (participantUnitIds: string[]) => ({
  title: 'Thi đua chuyển đổi số năm 2025',
  kind: 'thematic',
  year: 2025,
  participantUnitIds,
});

async function versionOf(table: 'unit' | 'person', id: string): Promise<number> {
  const { rows } = await t.database.pool.query(`SELECT version FROM ${table} WHERE id = $1`, [id]);
  return rows[0]?.version ?? 1;
}

const routeCases: RouteCase[] = [
  { method: 'GET', url: '/api/dashboard', permission: 'signedIn', call: (c) => c.get('/api/dashboard') },
  {
    method: 'GET',
    url: '/api/openapi.json',
    permission: 'apiDocs.read',
    call: (c) => c.get('/api/openapi.json'),
  },
  {
    method: 'GET',
    url: '/api/law/catalogue',
    permission: 'law.read',
    call: (c) => c.get('/api/law/catalogue'),
  },
  {
    method: 'POST',
    url: '/api/law/overrides',
    permission: 'law.manage',
    topUnitOnly: true,
    call: (c) =>
      c.post('/api/law/overrides', {
        kind: 'base-salary',
        target: 'base-salary',
        value: 2530000,
        effectiveFrom: '2026-07-01',
        source: 'Nghị định thử nghiệm',
      }),
  },
  {
    method: 'POST',
    url: '/api/law/overrides/:id/end',
    permission: 'law.manage',
    topUnitOnly: true,
    call: (c) => c.post(`/api/law/overrides/${MISSING}/end`, { effectiveTo: '2027-01-01' }),
  },
  {
    method: 'POST',
    url: '/api/eligibility/evaluate',
    permission: 'eligibility.evaluate',
    call: (c) =>
      c.post('/api/eligibility/evaluate', {
        award: 'lao-dong-tien-tien',
        year: 2025,
        authority: { level: 'commune' },
        candidate: {
          kind: 'individual',
          staffType: 'civil-servant',
          sex: 'female',
          records: [{ year: 2025, rating: 'good', titles: [] }],
        },
      }),
  },
  {
    method: 'GET',
    url: '/api/eligibility/people/:id',
    permission: 'eligibility.evaluate',
    target: 'person',
    call: (c, id) => c.get(`/api/eligibility/people/${id}?award=lao-dong-tien-tien&year=2025`),
  },
  {
    method: 'GET',
    url: '/api/eligibility/suggestions',
    permission: 'eligibility.suggest',
    target: 'unit',
    call: (c, id) => c.get(`/api/eligibility/suggestions?year=2025&unitId=${id}`),
  },
  {
    method: 'GET',
    url: '/api/eligibility/suggestions.xlsx',
    permission: 'eligibility.suggest',
    target: 'unit',
    call: (c, id) => c.get(`/api/eligibility/suggestions.xlsx?year=2025&unitId=${id}`),
  },
  { method: 'GET', url: '/api/units', permission: 'unit.read', call: (c) => c.get('/api/units') },
  {
    method: 'GET',
    url: '/api/units/export.xlsx',
    permission: 'unit.read',
    call: (c) => c.get('/api/units/export.xlsx'),
  },
  {
    method: 'GET',
    url: '/api/accounts/export.xlsx',
    permission: 'account.manage',
    call: (c) => c.get('/api/accounts/export.xlsx'),
  },
  {
    method: 'GET',
    url: '/api/audit/export.xlsx',
    permission: 'audit.read',
    call: (c) => c.get('/api/audit/export.xlsx'),
  },
  {
    method: 'GET',
    url: '/api/units/:id',
    permission: 'unit.read',
    target: 'unit',
    call: (c, id) => c.get(`/api/units/${id}`),
  },
  {
    method: 'POST',
    url: '/api/units',
    permission: 'unit.write',
    target: 'unit',
    call: (c, id) => c.post('/api/units', { parentId: id, name: 'Tổ công tác mới', kind: 'sub-unit' }),
  },
  {
    method: 'PATCH',
    url: '/api/units/:id',
    permission: 'unit.write',
    target: 'unit',
    call: async (c, id) =>
      c.patch(`/api/units/${id}`, { version: await versionOf('unit', id), shortName: 'Tên ngắn' }),
  },
  {
    method: 'POST',
    url: '/api/units/merge',
    permission: 'unit.write',
    target: 'unit',
    call: async (c, id) =>
      c.post('/api/units/merge', {
        sourceUnitIds: [await freshUnitUnder(id)],
        targetUnitId: id,
        effectiveOn: '2025-07-01',
      }),
  },
  {
    method: 'POST',
    url: '/api/units/split',
    permission: 'unit.write',
    target: 'unit',
    call: async (c, id) =>
      c.post('/api/units/split', {
        sourceUnitId: await freshUnitUnder(id),
        targets: [
          { name: 'Tổ 1', kind: 'sub-unit' },
          { name: 'Tổ 2', kind: 'sub-unit' },
        ],
        effectiveOn: '2025-07-01',
      }),
  },
  {
    method: 'GET',
    url: '/api/people',
    permission: 'person.read',
    target: 'unit',
    call: (c, id) => c.get(`/api/people?unitId=${id}`),
  },
  {
    method: 'GET',
    url: '/api/people/export.xlsx',
    permission: 'person.export',
    target: 'unit',
    call: (c, id) => c.get(`/api/people/export.xlsx?unitId=${id}`),
  },
  {
    method: 'GET',
    url: '/api/people/import-template.xlsx',
    permission: 'person.import',
    call: (c) => c.get('/api/people/import-template.xlsx'),
  },
  ...(['preview', 'commit'] as const).map(
    (step): RouteCase => ({
      method: 'POST',
      url: `/api/people/import/${step}`,
      permission: 'person.import',
      target: 'unit',
      call: async (c, id) => {
        const form = new FormData();
        form.set('unitId', id);
        form.set('file', await xlsxWithOneRow(''), 'can-bo.xlsx');
        return c.request('POST', `/api/people/import/${step}`, form);
      },
    }),
  ),
  {
    method: 'GET',
    url: '/api/people/:id',
    permission: 'person.read',
    target: 'person',
    call: (c, id) => c.get(`/api/people/${id}`),
  },
  {
    method: 'POST',
    url: '/api/people',
    permission: 'person.write',
    target: 'unit',
    call: (c, id) =>
      c.post('/api/people', {
        unitId: id,
        fullName: 'Vàng Văn Phủ',
        sex: 'male',
        staffType: 'civil-servant',
      }),
  },
  {
    method: 'PATCH',
    url: '/api/people/:id',
    permission: 'person.write',
    target: 'person',
    call: async (c, id) =>
      c.patch(`/api/people/${id}`, { version: await versionOf('person', id), position: 'Chuyên viên chính' }),
  },
  {
    method: 'PUT',
    url: '/api/people/:id/ratings',
    permission: 'person.write',
    target: 'person',
    call: (c, id) => c.put(`/api/people/${id}/ratings`, { year: 2025, rating: 'good' }),
  },
  {
    method: 'POST',
    url: '/api/people/:id/discipline',
    permission: 'discipline.write',
    target: 'person',
    call: (c, id) =>
      c.post(`/api/people/${id}/discipline`, { level: 'reprimand', from: '2024-03-01', to: '2025-03-01' }),
  },
  {
    method: 'GET',
    url: '/api/people/:id/data-export',
    permission: 'person.data.export',
    target: 'person',
    call: (c, id) => c.get(`/api/people/${id}/data-export`),
  },
  {
    method: 'POST',
    url: '/api/people/:id/anonymise',
    permission: 'person.anonymise',
    target: 'person',
    topUnitOnly: true,
    call: (c, id) => c.post(`/api/people/${id}/anonymise`, { reason: 'Đơn đề nghị xóa dữ liệu cá nhân' }),
  },
  {
    method: 'GET',
    url: '/api/initiatives',
    permission: 'initiative.read',
    target: 'unit',
    call: (c, id) => c.get(`/api/initiatives?unitId=${id}`),
  },
  {
    method: 'GET',
    url: '/api/initiatives/export.xlsx',
    permission: 'initiative.read',
    target: 'unit',
    call: (c, id) => c.get(`/api/initiatives/export.xlsx?unitId=${id}`),
  },
  {
    method: 'GET',
    url: '/api/initiatives/:id',
    permission: 'initiative.read',
    target: 'person',
    call: async (c, id) => c.get(`/api/initiatives/${await initiativeBy(id)}`),
  },
  {
    method: 'POST',
    url: '/api/initiatives',
    permission: 'initiative.write',
    target: 'person',
    call: (c, id) =>
      c.post('/api/initiatives', {
        title: 'Sáng kiến cải tiến quy trình tiếp công dân',
        unitId: ids.unit.own,
        scope: 'grassroots',
        recognizedOn: '2024-11-05',
        authorIds: [id],
      }),
  },
  {
    method: 'PATCH',
    url: '/api/initiatives/:id',
    permission: 'initiative.write',
    target: 'person',
    call: async (c, id) =>
      c.patch(`/api/initiatives/${await initiativeBy(id)}`, { version: 1, scope: 'province' }),
  },
  {
    method: 'GET',
    url: '/api/movements',
    permission: 'movement.read',
    call: (c) => c.get('/api/movements?year=2025'),
  },
  {
    method: 'GET',
    url: '/api/movements/:id',
    permission: 'movement.read',
    target: 'unit',
    call: async (c, id) => c.get(`/api/movements/${await movementOf(id)}`),
  },
  {
    method: 'POST',
    url: '/api/movements/draft-from-document',
    permission: 'movement.write',
    call: (c) => {
      const form = new FormData();
      form.set(
        'file',
        new Blob(['PHÁT ĐỘNG THI ĐUA\n\n1. Thi đua hoàn thành nhiệm vụ năm 2025.\n']),
        'pd.txt',
      );
      return c.request('POST', '/api/movements/draft-from-document', form);
    },
  },
  {
    method: 'POST',
    url: '/api/movements',
    permission: 'movement.write',
    target: 'unit',
    call: (c, id) => c.post('/api/movements', movementBody([id])),
  },
  {
    method: 'PUT',
    url: '/api/movements/:id',
    permission: 'movement.write',
    target: 'unit',
    call: async (c, id) =>
      c.put(`/api/movements/${await movementOf(id)}`, { ...movementBody([]), version: 1 }),
  },
  {
    method: 'POST',
    url: '/api/movements/:id/launch',
    permission: 'movement.write',
    target: 'unit',
    call: async (c, id) => c.post(`/api/movements/${await movementOf(id)}/launch`),
  },
  {
    method: 'POST',
    url: '/api/movements/:id/close',
    permission: 'movement.write',
    target: 'unit',
    call: async (c, id) => c.post(`/api/movements/${await movementOf(id, 'launched')}/close`),
  },
  {
    method: 'GET',
    url: '/api/movements/:id/reviews',
    permission: 'review.read',
    target: 'unit',
    call: async (c, id) => c.get(`/api/movements/${(await reviewMilestoneOf(id))[0]}/reviews`),
  },
  {
    method: 'POST',
    url: '/api/movements/:id/reviews',
    permission: 'review.write',
    target: 'unit',
    call: async (c, id) => {
      const [movementId, milestoneId] = await reviewMilestoneOf(id);
      return c.post(`/api/movements/${movementId}/reviews`, {
        milestoneId: milestoneId === MISSING ? '00000000-0000-4000-8000-000000000001' : milestoneId,
      });
    },
  },
  {
    method: 'GET',
    url: '/api/reviews/:id',
    permission: 'review.read',
    target: 'unit',
    call: async (c, id) => c.get(`/api/reviews/${await reviewOf(id)}`),
  },
  {
    method: 'PUT',
    url: '/api/reviews/:id',
    permission: 'review.write',
    target: 'unit',
    call: async (c, id) =>
      c.put(`/api/reviews/${await reviewOf(id)}`, {
        version: 1,
        reviewDate: '2025-06-30',
        achievements: 'Kết quả nổi bật',
        shortcomings: '',
        lessons: '',
        nextTasks: '',
      }),
  },
  {
    method: 'POST',
    url: '/api/reviews/:id/finalise',
    permission: 'review.write',
    target: 'unit',
    call: async (c, id) => c.post(`/api/reviews/${await reviewOf(id)}/finalise`, { version: 1 }),
  },
  {
    method: 'GET',
    url: '/api/reviews/:id/report.docx',
    permission: 'review.read',
    target: 'unit',
    call: async (c, id) => c.get(`/api/reviews/${await reviewOf(id)}/report.docx`),
  },
  {
    method: 'GET',
    url: '/api/movements/:id/attachments',
    permission: 'movement.read',
    target: 'unit',
    call: async (c, id) => c.get(`/api/movements/${await movementOf(id)}/attachments`),
  },
  {
    method: 'POST',
    url: '/api/movements/:id/attachments',
    permission: 'movement.write',
    target: 'unit',
    call: async (c, id) => c.request('POST', `/api/movements/${await movementOf(id)}/attachments`, pdfForm()),
  },
  {
    method: 'GET',
    url: '/api/movements/:id/attachments/:fileId',
    permission: 'movement.read',
    target: 'unit',
    call: async (c, id) => {
      const [movementId, fileId] = await attachmentOf(id);
      return c.get(`/api/movements/${movementId}/attachments/${fileId}`);
    },
  },
  {
    method: 'PUT',
    url: '/api/movements/:id/attachments/:fileId/purpose',
    permission: 'movement.write',
    target: 'unit',
    call: async (c, id) => {
      const [movementId, fileId] = await attachmentOf(id);
      return c.put(`/api/movements/${movementId}/attachments/${fileId}/purpose`, {
        purpose: 'launch-document',
      });
    },
  },
  {
    method: 'DELETE',
    url: '/api/movements/:id/attachments/:fileId',
    permission: 'movement.write',
    target: 'unit',
    call: async (c, id) => {
      const [movementId, fileId] = await attachmentOf(id);
      return c.request('DELETE', `/api/movements/${movementId}/attachments/${fileId}`);
    },
  },
  {
    method: 'GET',
    url: '/api/movements/:id/pledges',
    permission: 'pledge.read',
    target: 'unit',
    call: async (c, id) => c.get(`/api/movements/${await movementOf(id, 'launched')}/pledges`),
  },
  {
    method: 'GET',
    url: '/api/movements/:id/pledges.xlsx',
    permission: 'pledge.decide',
    target: 'unit',
    call: async (c, id) => c.get(`/api/movements/${await movementOf(id, 'launched')}/pledges.xlsx`),
  },
  {
    method: 'POST',
    url: '/api/movements/:id/pledges/remind',
    permission: 'pledge.decide',
    target: 'unit',
    call: async (c, id) => c.post(`/api/movements/${await movementOf(id, 'launched')}/pledges/remind`),
  },
  {
    method: 'GET',
    url: '/api/movements/:id/pledges/:unitId',
    permission: 'pledge.read',
    target: 'unit',
    call: async (c, id) => c.get(`/api/movements/${await pledgeMovement(id)}/pledges/${id}`),
  },
  {
    method: 'PUT',
    url: '/api/movements/:id/pledges/:unitId',
    permission: 'pledge.write',
    target: 'unit',
    call: async (c, id) =>
      c.put(`/api/movements/${await pledgeMovement(id)}/pledges/${id}`, {
        version: 0,
        collectiveTitles: ['tap-the-lao-dong-tien-tien'],
        people: [],
      }),
  },
  {
    method: 'POST',
    url: '/api/movements/:id/pledges/:unitId/submit',
    permission: 'pledge.submit',
    target: 'unit',
    call: async (c, id) =>
      c.post(`/api/movements/${await pledgeMovement(id, 'draft')}/pledges/${id}/submit`, { version: 1 }),
  },
  {
    method: 'POST',
    url: '/api/movements/:id/pledges/:unitId/accept',
    permission: 'pledge.decide',
    target: 'unit',
    call: async (c, id) =>
      c.post(`/api/movements/${await pledgeMovement(id, 'submitted')}/pledges/${id}/accept`, { version: 1 }),
  },
  {
    method: 'POST',
    url: '/api/movements/:id/pledges/:unitId/return',
    permission: 'pledge.decide',
    target: 'unit',
    call: async (c, id) =>
      c.post(`/api/movements/${await pledgeMovement(id, 'submitted')}/pledges/${id}/return`, {
        version: 1,
        reason: 'Thiếu danh sách cá nhân',
      }),
  },
  {
    method: 'GET',
    url: '/api/movements/:id/targets',
    permission: 'movement.read',
    target: 'unit',
    call: async (c, id) => c.get(`/api/movements/${await movementOf(id, 'launched')}/targets`),
  },
  {
    method: 'GET',
    url: '/api/movements/:id/targets.xlsx',
    permission: 'movement.read',
    target: 'unit',
    call: async (c, id) => c.get(`/api/movements/${await movementOf(id, 'launched')}/targets.xlsx`),
  },
  {
    method: 'POST',
    url: '/api/movements/:id/targets/indicators',
    permission: 'target.plan',
    target: 'unit',
    call: async (c, id) => c.post(`/api/movements/${await movementOf(id)}/targets/indicators`, indicatorBody),
  },
  {
    method: 'PUT',
    url: '/api/movements/:id/targets/indicators/:indicatorId',
    permission: 'target.plan',
    target: 'unit',
    call: async (c, id) => {
      const m = await movementOf(id);
      return c.put(`/api/movements/${m}/targets/indicators/${await indicatorIn(m)}`, {
        ...indicatorBody,
        code: 'T1',
        version: 1,
      });
    },
  },
  {
    method: 'DELETE',
    url: '/api/movements/:id/targets/indicators/:indicatorId',
    permission: 'target.plan',
    target: 'unit',
    call: async (c, id) => {
      const m = await movementOf(id);
      return c.request('DELETE', `/api/movements/${m}/targets/indicators/${await indicatorIn(m)}?version=1`);
    },
  },
  {
    method: 'PUT',
    url: '/api/movements/:id/targets/indicators/:indicatorId/planned',
    permission: 'target.plan',
    target: 'unit',
    call: async (c, id) => {
      const m = await movementOf(id);
      return c.put(`/api/movements/${m}/targets/indicators/${await indicatorIn(m)}/planned`, {
        targets: [{ unitId: id, planned: 7, version: 0 }],
      });
    },
  },
  {
    method: 'PUT',
    url: '/api/movements/:id/targets/units/:unitId/reports',
    permission: 'target.report',
    target: 'unit',
    call: async (c, id) => {
      const { movementId, indicatorId } = await targetMovement();
      return c.put(`/api/movements/${movementId}/targets/units/${id}/reports`, {
        indicatorId,
        period: '2025-Q1',
        actual: 6,
        version: 0,
      });
    },
  },
  {
    method: 'POST',
    url: '/api/movements/:id/targets/reports/:reportId/evidence-file',
    permission: 'target.report',
    target: 'unit',
    call: async (c, id) => {
      const { movementId, reportId } = await targetReportOf(id);
      const form = new FormData();
      form.set(
        'file',
        new Blob(['%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n']),
        'minh-chung.pdf',
      );
      return c.request(
        'POST',
        `/api/movements/${movementId}/targets/reports/${reportId}/evidence-file`,
        form,
      );
    },
  },
  {
    method: 'GET',
    url: '/api/movements/:id/targets/reports/:reportId/evidence-file',
    permission: 'movement.read',
    target: 'unit',
    call: async (c, id) => {
      const { movementId, reportId } = await targetReportOf(id, true);
      return c.get(`/api/movements/${movementId}/targets/reports/${reportId}/evidence-file`);
    },
  },
  {
    method: 'POST',
    url: '/api/movements/:id/targets/import/preview',
    permission: 'target.report',
    call: async (c) => {
      const { movementId } = await targetMovement();
      return c.request('POST', `/api/movements/${movementId}/targets/import/preview`, await targetWorkbook());
    },
  },
  {
    method: 'POST',
    url: '/api/movements/:id/targets/import/commit',
    permission: 'target.report',
    call: async (c) => {
      const { movementId } = await targetMovement();
      return c.request('POST', `/api/movements/${movementId}/targets/import/commit`, await targetWorkbook());
    },
  },
  {
    method: 'GET',
    url: '/api/notifications',
    permission: 'notification.read',
    call: (c) => c.get('/api/notifications'),
  },
  {
    method: 'POST',
    url: '/api/notifications/:id/read',
    permission: 'notification.read',
    target: 'unit',
    call: async (c, id) => c.post(`/api/notifications/${await notificationFor(id)}/read`),
  },
  {
    method: 'POST',
    url: '/api/notifications/read-all',
    permission: 'notification.read',
    call: (c) => c.post('/api/notifications/read-all'),
  },
  {
    method: 'GET',
    url: '/api/registry',
    permission: 'registry.read',
    call: (c) => c.get('/api/registry?q=nguyen'),
  },
  {
    method: 'GET',
    url: '/api/registry.xlsx',
    permission: 'registry.export',
    call: (c) => c.get('/api/registry.xlsx'),
  },
  {
    method: 'GET',
    url: '/api/registry/people/:id',
    permission: 'registry.read',
    target: 'person',
    call: (c, id) => c.get(`/api/registry/people/${id}`),
  },
  {
    method: 'GET',
    url: '/api/registry/units/:id',
    permission: 'registry.read',
    target: 'unit',
    call: (c, id) => c.get(`/api/registry/units/${id}`),
  },
  {
    method: 'POST',
    url: '/api/registry/:id/revoke',
    permission: 'registry.revoke',
    target: 'unit',
    call: async (c, id) =>
      c.post(`/api/registry/${await grantIn(id)}/revoke`, {
        version: 1,
        reason: 'Khai man thành tích',
        revokedOn: '2025-01-15',
      }),
  },
  { method: 'GET', url: '/api/accounts', permission: 'account.manage', call: (c) => c.get('/api/accounts') },
  {
    method: 'POST',
    url: '/api/accounts',
    permission: 'account.manage',
    target: 'unit',
    call: (c, id) =>
      c.post('/api/accounts', {
        name: 'Tài khoản mới',
        email: `moi.${Math.random().toString(36).slice(2)}@test.vn`,
        unitId: id,
        roles: ['unitClerk'],
      }),
  },
  {
    method: 'PATCH',
    url: '/api/accounts/:id',
    permission: 'account.manage',
    target: 'account',
    call: (c, id) => c.patch(`/api/accounts/${id}`, { name: 'Tên đã sửa' }),
  },
  {
    method: 'POST',
    url: '/api/accounts/:id/reset-password',
    permission: 'account.manage',
    target: 'account',
    call: (c, id) => c.post(`/api/accounts/${id}/reset-password`),
  },
  {
    method: 'POST',
    url: '/api/accounts/:id/unlock',
    permission: 'account.manage',
    target: 'account',
    call: (c, id) => c.post(`/api/accounts/${id}/unlock`),
  },
  {
    method: 'GET',
    url: '/api/settings/security',
    permission: 'settings.manage',
    call: (c) => c.get('/api/settings/security'),
  },
  {
    method: 'PUT',
    url: '/api/settings/security',
    permission: 'settings.manage',
    call: (c) =>
      c.put('/api/settings/security', {
        twoFactorRequiredRoles: [],
        passwordMinLength: 12,
        adminPasswordMinLength: 15,
        passwordRequireMixedCase: false,
        passwordRequireDigit: false,
        passwordMaxAgeDays: 0,
      }),
  },
  { method: 'GET', url: '/api/audit', permission: 'audit.read', call: (c) => c.get('/api/audit') },
  {
    method: 'GET',
    url: '/api/audit/verify',
    permission: 'audit.read',
    call: (c) => c.get('/api/audit/verify'),
  },
  ...blocksMatrixRows(() => t.database),
  ...decisionMatrixRows(() => t.database),
  ...documentsMatrixRows(() => t.database),
  ...councilMatrixRows(
    () => t.database,
    () => ids.unit.own,
  ),
  {
    method: 'GET',
    url: '/api/dossiers',
    permission: 'dossier.read',
    call: (c) => c.get('/api/dossiers?year=2025&overdue=true'),
  },
  {
    method: 'GET',
    url: '/api/dossiers/dashboard',
    permission: 'dossier.dashboard',
    call: (c) => c.get('/api/dossiers/dashboard?year=2025'),
  },
  {
    method: 'POST',
    url: '/api/dossiers',
    permission: 'dossier.write',
    target: 'unit',
    call: (c, id) => c.post('/api/dossiers', { ...dossierBody, unitId: id }),
  },
  {
    method: 'GET',
    url: '/api/dossiers/:id',
    permission: 'dossier.read',
    target: 'unit',
    call: async (c, id) => c.get(`/api/dossiers/${await dossierIn(id, 'submitted')}`),
  },
  {
    method: 'PUT',
    url: '/api/dossiers/:id',
    permission: 'dossier.write',
    target: 'unit',
    call: async (c, id) =>
      c.put(`/api/dossiers/${await dossierIn(id, 'draft')}`, { ...dossierBody, version: 1 }),
  },
  {
    method: 'POST',
    url: '/api/dossiers/:id/transitions',
    permission: 'dossier.transition',
    target: 'unit',
    call: async (c, id) => {
      const move = DOSSIER_MOVE[roleOf(c)];
      const dossierId = await dossierIn(id, move.status, { subUnit: move.subUnit });
      return c.post(`/api/dossiers/${dossierId}/transitions`, {
        action: move.action,
        version: 1,
        reason: move.reason,
      });
    },
  },
  {
    method: 'PUT',
    url: '/api/dossiers/:id/nominees/:nomineeId/appraisal',
    permission: 'dossier.appraise',
    target: 'unit',
    call: async (c, id) => {
      const dossierId = await dossierIn(id, 'appraisal', { subUnit: true });
      return c.put(`/api/dossiers/${dossierId}/nominees/${await nomineeOf(dossierId)}/appraisal`, {
        version: 1,
        attestations: {},
      });
    },
  },
  {
    method: 'POST',
    url: '/api/dossiers/:id/attachments',
    permission: 'dossier.write',
    target: 'unit',
    call: async (c, id) =>
      c.request('POST', `/api/dossiers/${await dossierIn(id, 'draft')}/attachments`, pdfForm()),
  },
  {
    method: 'GET',
    url: '/api/dossiers/:id/attachments/:attachmentId',
    permission: 'dossier.read',
    target: 'unit',
    call: async (c, id) => {
      const [dossierId, attachmentId] = await dossierAttachmentOf(id);
      return c.get(`/api/dossiers/${dossierId}/attachments/${attachmentId}`);
    },
  },
  {
    method: 'DELETE',
    url: '/api/dossiers/:id/attachments/:attachmentId',
    permission: 'dossier.write',
    target: 'unit',
    call: async (c, id) => {
      const [dossierId, attachmentId] = await dossierAttachmentOf(id);
      return c.request('DELETE', `/api/dossiers/${dossierId}/attachments/${attachmentId}`);
    },
  },
  {
    method: 'GET',
    url: '/api/dossier-settings',
    permission: 'settings.manage',
    call: (c) => c.get('/api/dossier-settings'),
  },
  {
    method: 'PUT',
    url: '/api/dossier-settings',
    permission: 'settings.manage',
    topUnitOnly: true,
    call: (c) =>
      c.put('/api/dossier-settings', {
        deadlines: {
          submitted: 2,
          resubmitted: 2,
          received: 3,
          appraisal: 10,
          returned: 10,
          council: 10,
          'public-notice': 15,
        },
        baselineDays: 20,
        reductionPercent: 30,
        authorityLevel: 'district',
      }),
  },
  {
    method: 'GET',
    url: '/api/holidays',
    permission: 'dossier.read',
    call: (c) => c.get('/api/holidays?year=2025'),
  },
  {
    method: 'POST',
    url: '/api/holidays',
    permission: 'holiday.manage',
    topUnitOnly: true,
    call: (c) =>
      c.post('/api/holidays', { version: 0, date: '2027-01-01', name: 'Tết Dương lịch', kind: 'holiday' }),
  },
  {
    method: 'PUT',
    url: '/api/holidays/:id',
    permission: 'holiday.manage',
    topUnitOnly: true,
    call: (c) =>
      c.put(`/api/holidays/${MISSING}`, {
        version: 1,
        date: '2027-01-01',
        name: 'Tết Dương lịch',
        kind: 'holiday',
      }),
  },
  {
    method: 'DELETE',
    url: '/api/holidays/:id',
    permission: 'holiday.manage',
    topUnitOnly: true,
    call: (c) => c.request('DELETE', `/api/holidays/${MISSING}`),
  },
];

/** Routes with their own tests (sign-in flow) or open to everyone. */
const OUTSIDE_MATRIX = new Set([
  ...PUBLIC_NOTICE_ROUTES,
  ...DOCUMENT_PUBLIC_ROUTES,
  'GET /api/health',
  'GET /api/auth/csrf',
  'POST /api/auth/sign-in',
  'POST /api/auth/two-factor',
  'POST /api/auth/sign-out',
  'GET /api/auth/me',
  'POST /api/auth/change-password',
  'POST /api/auth/two-factor/enable',
  'POST /api/auth/two-factor/confirm',
  'POST /api/auth/two-factor/disable',
]);

beforeAll(async () => {
  t = await createTestApp({ TDKT_LOGIN_RATE_PER_MINUTE: '10000' });
  const s = await seedUnits(t.database);
  unitOfPlace.set('own', s.a.id).set('sibling', s.b.id).set('parent', s.p.id);
  const accountIn = async (unitId: string, label: string) =>
    seedAccount(t.database, { email: `target.${label}@test.vn`, unitId, roles: ['unitClerk'] });
  ids = {
    unit: { own: s.a.id, sibling: s.b.id, parent: s.p.id, missing: MISSING },
    person: { own: s.personA.id, sibling: s.personB.id, parent: s.personP.id, missing: MISSING },
    account: {
      own: await accountIn(s.a.id, 'a'),
      sibling: await accountIn(s.b.id, 'b'),
      parent: await accountIn(s.p.id, 'p'),
      missing: MISSING,
    },
  };
  for (const role of ROLES) {
    await seedAccount(t.database, {
      email: `${role.toLowerCase()}@a.test.vn`,
      unitId: s.a.id,
      roles: [role],
    });
    clients.set(role, await signedIn(t.baseUrl, `${role.toLowerCase()}@a.test.vn`));
  }
});
afterAll(() => t.close());

describe('access-control matrix (quality A1, A2)', () => {
  it('covers every API route', () => {
    const registered = t.app.routeTable
      .filter((r) => r.url.startsWith('/api/'))
      .map((r) => `${r.method} ${r.url}`);
    const covered = new Set([...routeCases.map((c) => `${c.method} ${c.url}`), ...OUTSIDE_MATRIX]);
    expect(registered.filter((r) => !covered.has(r))).toEqual([]);
  });

  for (const route of routeCases) {
    it(`${route.method} ${route.url}`, async () => {
      const failures: string[] = [];
      for (const role of ROLES) {
        const client = clients.get(role)!;
        const allowed = route.permission === 'signedIn' || hasPermission([role], route.permission);
        const places: (Place | null)[] = route.target ? PLACES : [null];
        for (const place of places) {
          const id = place && route.target ? ids[route.target][place] : '';
          const res = await route.call(client, id);
          const expected =
            !allowed || route.topUnitOnly ? '403' : place === null || place === 'own' ? '2xx' : '404';
          const actual = res.status >= 200 && res.status < 300 ? '2xx' : String(res.status);
          if (actual !== expected)
            failures.push(`${role} × ${place ?? 'collection'}: expected ${expected}, got ${res.status}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }

  it('audits denials of other units’ records', async () => {
    const { rows } = await t.database.pool.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'access.denied' AND result = 'denied'`,
    );
    expect(rows[0].n).toBeGreaterThan(50);
  });
});

describe('mass assignment (quality A3)', () => {
  it('ignores or refuses extra fields and leaves the database unchanged', async () => {
    const clerk = clients.get('unitClerk')!;
    const res = await clerk.post('/api/people', {
      unitId: ids.unit.own,
      fullName: 'Lường Thị Xuân',
      sex: 'female',
      staffType: 'civil-servant',
      id: MISSING,
      status: 'left',
      version: 99,
      approvedBy: 'x',
      role: 'admin',
      anonymisedAt: '2020-01-01',
    });
    expect(res.status).toBe(200);
    const { rows } = await t.database.pool.query(
      `SELECT id, status, version, anonymised_at FROM person WHERE full_name = 'Lường Thị Xuân'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'active', version: 1, anonymised_at: null });
    expect(rows[0].id).not.toBe(MISSING);
    const me = await clerk.get('/api/auth/me');
    expect(me.body.roles).toEqual(['unitClerk']);
  });

  it('does not let a person be moved into another unit through the body', async () => {
    const clerk = clients.get('unitClerk')!;
    const person = await t.database.db.transaction((tx) =>
      insertPerson(tx, ids.unit.own, { fullName: 'Tòng Văn Khánh' }),
    );
    const res = await clerk.patch(`/api/people/${person.id}`, { version: 1, unitId: ids.unit.sibling });
    expect(res.status).toBe(404);
    const { rows } = await t.database.pool.query(`SELECT unit_id FROM person WHERE id = $1`, [person.id]);
    expect(rows[0].unit_id).toBe(ids.unit.own);
  });
});
