import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnSensitivity } from '../../src/server/db/sensitivity';
import { PERSON_LINKS } from '../../src/server/modules/people/person-links';
import { insertPerson } from '../../src/server/seed/factories';
import {
  type Client,
  createTestApp,
  seedAccount,
  seedUnits,
  signedIn,
  type TestApp,
} from './helpers/harness';

/*
 * Quality F3: a person's data is exported (machine-readable JSON, everything held about them) and
 * anonymised on request; anonymised data is gone from search and exports; the registry still counts.
 */

const NAME = 'Phạm Thị Hồng Nhung';
const NATIONAL_ID = '079185000999';
const MISSING = '00000000-0000-4000-8000-000000000000';

let t: TestApp;
let s: Awaited<ReturnType<typeof seedUnits>>;
let staff: Client;
let headA: Client;
let clerkA: Client;
let headB: Client;
let adminA: Client;
let personId: string;
let busyId: string;

const q = async <T = Record<string, unknown>>(text: string, values: unknown[] = []) =>
  (await t.database.pool.query(text, values)).rows as T[];

beforeAll(async () => {
  t = await createTestApp({ TDKT_LOGIN_RATE_PER_MINUTE: '1000' });
  s = await seedUnits(t.database);
  await t.database.db.transaction(async (tx) => {
    personId = (
      await insertPerson(tx, s.a.id, {
        fullName: NAME,
        sex: 'female',
        birthDate: '1985-07-21',
        nationalId: NATIONAL_ID,
        position: 'Phó Chủ tịch',
      })
    ).id;
    busyId = (await insertPerson(tx, s.a.id, { fullName: 'Đinh Công Tráng' })).id;
  });
  await q(
    `INSERT INTO person_rating (person_id, year, rating, note) VALUES ($1, 2024, 'excellent', 'Ghi chú riêng')`,
    [personId],
  );
  await q(
    `INSERT INTO person_discipline (person_id, level, from_date, decision_number, reason)
     VALUES ($1, 'reprimand', '2020-01-01', '12/QĐ-KL', 'Lý do kỷ luật riêng')`,
    [personId],
  );
  await q(
    `WITH i AS (INSERT INTO initiative (title, unit_id, scope, recognized_on) VALUES ('Sáng kiến số hóa hồ sơ', $2, 'grassroots', '2024-05-01') RETURNING id)
     INSERT INTO initiative_author (initiative_id, person_id) SELECT id, $1 FROM i`,
    [personId, s.a.id],
  );
  await q(
    `INSERT INTO award_grant (award_code, recipient_kind, person_id, unit_id, year, decision_number)
     VALUES ('lao-dong-tien-tien', 'individual', $1, $2, 2023, '45/QĐ-UBND'), ('chien-si-thi-dua-co-so', 'individual', $1, $2, 2024, '46/QĐ-UBND')`,
    [personId, s.a.id],
  );
  const [d] = await q<{ id: string }>(
    `INSERT INTO dossier (unit_id, track, award_code, year, title, status)
     VALUES ($1, 'regular', 'lao-dong-tien-tien', 2025, 'Hồ sơ khen thưởng năm 2025', 'decided') RETURNING id`,
    [s.a.id],
  );
  const [n] = await q<{ id: string }>(
    `INSERT INTO dossier_nominee (dossier_id, kind, person_id, unit_id, position, achievement_summary, achievement_report_html)
     VALUES ($1, 'individual', $2, $3, 'Phó Chủ tịch', 'Bà ${NAME} hoàn thành xuất sắc nhiệm vụ', '<p>Báo cáo thành tích của ${NAME}</p>') RETURNING id`,
    [d.id, personId, s.a.id],
  );
  const [notice] = await q<{ id: string }>(
    `INSERT INTO public_notice (unit_id, title, starts_on, ends_on, status) VALUES ($1, 'Công khai danh sách 2025', '2025-11-01', '2025-11-10', 'published') RETURNING id`,
    [s.p.id],
  );
  const [item] = await q<{ id: string }>(
    `INSERT INTO public_notice_item (notice_id, dossier_id, nominee_id, display_name, unit_name, position, award_name, achievement_summary)
     VALUES ($1, $2, $3, '${NAME}', 'Phường Tân Phong', 'Phó Chủ tịch', 'Lao động tiên tiến', 'Hoàn thành xuất sắc') RETURNING id`,
    [notice.id, d.id, n.id],
  );
  await q(
    `INSERT INTO public_comment (notice_id, item_id, author_name, body, status, challenge_nonce, sender_hash)
     VALUES ($1, $2, 'Người dân', 'Tôi đồng ý khen ${NAME}.', 'approved', 'nonce-1', 'hash-1')`,
    [notice.id, item.id],
  );
  const [open] = await q<{ id: string }>(
    `INSERT INTO dossier (unit_id, track, award_code, year, title, status)
     VALUES ($1, 'regular', 'lao-dong-tien-tien', 2025, 'Hồ sơ đang thẩm định', 'appraisal') RETURNING id`,
    [s.a.id],
  );
  await q(
    `INSERT INTO dossier_nominee (dossier_id, kind, person_id, unit_id) VALUES ($1, 'individual', $2, $3)`,
    [open.id, busyId, s.a.id],
  );

  await seedAccount(t.database, { email: 'staff@test.vn', unitId: s.p.id, roles: ['staff'] });
  await seedAccount(t.database, { email: 'head.a@test.vn', unitId: s.a.id, roles: ['unitHead'] });
  await seedAccount(t.database, { email: 'clerk.a@test.vn', unitId: s.a.id, roles: ['unitClerk'] });
  await seedAccount(t.database, { email: 'head.b@test.vn', unitId: s.b.id, roles: ['unitHead'] });
  await seedAccount(t.database, { email: 'admin.a@test.vn', unitId: s.a.id, roles: ['admin'] });
  staff = await signedIn(t.baseUrl, 'staff@test.vn');
  headA = await signedIn(t.baseUrl, 'head.a@test.vn');
  clerkA = await signedIn(t.baseUrl, 'clerk.a@test.vn');
  headB = await signedIn(t.baseUrl, 'head.b@test.vn');
  adminA = await signedIn(t.baseUrl, 'admin.a@test.vn');
});
afterAll(() => t.close());

describe('coverage', () => {
  it('every column naming a person is covered by the export and the anonymisation', async () => {
    const rows = await q<{ c: string }>(
      `SELECT c.table_name || '.' || c.column_name AS c
         FROM information_schema.columns c JOIN information_schema.tables tb
           ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name AND tb.table_type = 'BASE TABLE'
        WHERE c.table_schema = 'public' AND (c.column_name = 'person_id' OR c.column_name LIKE '%\\_person_id')
        ORDER BY 1`,
    );
    expect(rows.map((r) => r.c).sort()).toEqual(Object.keys(PERSON_LINKS).sort());
  });
});

describe('data export', () => {
  it('gives the top-unit staff everything held, as a JSON download, audited as a sensitive read and an export', async () => {
    const res = await staff.get(`/api/people/${personId}/data-export`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const doc = res.body;
    expect(doc.format).toBe('tdkt.person-data-export');
    expect(doc.person).toMatchObject({ full_name: NAME, national_id: NATIONAL_ID, birth_date: '1985-07-21' });
    expect(doc.person.ethnicity_code).toBeTruthy();
    expect(doc.ratings).toEqual([
      expect.objectContaining({ year: 2024, rating: 'excellent', note: 'Ghi chú riêng' }),
    ]);
    expect(doc.discipline).toEqual([expect.objectContaining({ decision_number: '12/QĐ-KL' })]);
    expect(doc.initiativesAuthored).toEqual([expect.objectContaining({ title: 'Sáng kiến số hóa hồ sơ' })]);
    expect(doc.awardGrants).toHaveLength(2);
    expect(doc.dossierNominations).toEqual([
      expect.objectContaining({
        dossier_status: 'decided',
        achievement_report_html: `<p>Báo cáo thành tích của ${NAME}</p>`,
      }),
    ]);
    expect(doc.publicNoticeItems).toEqual([expect.objectContaining({ display_name: NAME })]);
    expect(doc.publicCommentsAbout).toEqual([expect.objectContaining({ body: `Tôi đồng ý khen ${NAME}.` })]);
    expect(JSON.stringify(doc.publicCommentsAbout)).not.toContain('hash-1');
    for (const link of Object.values(PERSON_LINKS)) expect(Array.isArray(doc[link.exported])).toBe(true);
    const audit = await q<{ action: string }>(
      `SELECT action FROM audit_event WHERE object_id = $1 AND action IN ('person.sensitive.read', 'person.data.export') ORDER BY action`,
      [personId],
    );
    expect(audit.map((a) => a.action)).toEqual(['person.data.export', 'person.sensitive.read']);
  });

  it('is open to the head of the unit, refused to a ward clerk (403), hidden from a sibling ward (404)', async () => {
    expect((await headA.get(`/api/people/${personId}/data-export`)).status).toBe(200);
    expect((await clerkA.get(`/api/people/${personId}/data-export`)).status).toBe(403);
    expect((await headB.get(`/api/people/${personId}/data-export`)).status).toBe(404);
    expect((await staff.get(`/api/people/${MISSING}/data-export`)).status).toBe(404);
  });
});

describe('anonymisation', () => {
  const reason = 'Đơn đề nghị xóa dữ liệu cá nhân ngày 20/11/2026';

  it('is for the top unit only: the admin of a ward and its head get 403, a clerk too', async () => {
    expect((await adminA.post(`/api/people/${personId}/anonymise`, { reason })).status).toBe(403);
    expect((await headA.post(`/api/people/${personId}/anonymise`, { reason })).status).toBe(403);
    expect((await clerkA.post(`/api/people/${personId}/anonymise`, { reason })).status).toBe(403);
  });

  it('needs a written reason', async () => {
    const res = await staff.post(`/api/people/${personId}/anonymise`, { reason: 'ngắn' });
    expect(res.status).toBe(400);
  });

  it('is refused while the person is in a dossier not yet finished, naming the dossier', async () => {
    const res = await staff.post(`/api/people/${busyId}/anonymise`, { reason });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain('Hồ sơ đang thẩm định');
    const [p] = await q<{ anonymised_at: string | null }>(`SELECT anonymised_at FROM person WHERE id = $1`, [
      busyId,
    ]);
    expect(p.anonymised_at).toBeNull();
  });

  it('clears every sensitive column and every text naming them; the registry keeps counting', async () => {
    const found = await staff.get('/api/people?q=pham thi hong');
    expect(found.body.total).toBe(1);
    const grantsBefore = await q<{ n: number }>(
      `SELECT count(*)::int AS n FROM award_grant WHERE person_id = $1 AND status = 'valid'`,
      [personId],
    );

    const res = await staff.post(`/api/people/${personId}/anonymise`, { reason });
    expect(res.status).toBe(200);
    expect(res.body.placeholderName).toBe(`Người đã ẩn danh #${personId.slice(0, 8)}`);
    expect(res.body.counts.disciplineDeleted).toBe(1);

    const [p] = await q<Record<string, unknown>>(`SELECT * FROM person WHERE id = $1`, [personId]);
    expect(p).toMatchObject({
      full_name: res.body.placeholderName,
      birth_date: null,
      ethnicity_code: null,
      national_id: null,
      position: null,
      recruited_on: null,
    });
    expect(p.anonymised_at).not.toBeNull();
    // Every 'sensitive' column of the person and of every table naming them is empty now.
    const personSensitive = Object.entries(columnSensitivity.person)
      .filter(([, tag]) => tag === 'sensitive')
      .map(([c]) => c);
    for (const c of personSensitive) expect(p[c], `person.${c}`).toBeNull();
    for (const key of Object.keys(PERSON_LINKS)) {
      const [table, column] = key.split('.');
      const sensitive = Object.entries(columnSensitivity[table] ?? {})
        .filter(([, tag]) => tag === 'sensitive')
        .map(([c]) => c);
      if (sensitive.length === 0) continue;
      const filled = sensitive.map((c) => `(${c} IS NOT NULL AND ${c}::text <> '')`).join(' OR ');
      const [row] = await q<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1 AND (${filled})`,
        [personId],
      );
      expect(row.n, `${key}: sensitive columns still filled`).toBe(0);
    }
    // Texts naming them: achievement report, public-notice copy, citizens' comment.
    const [n] = await q<Record<string, string | null>>(
      `SELECT position, achievement_summary, achievement_report_html FROM dossier_nominee WHERE person_id = $1`,
      [personId],
    );
    expect(n).toEqual({ position: null, achievement_summary: '', achievement_report_html: '' });
    const [item] = await q<Record<string, string | null>>(
      `SELECT display_name, position, achievement_summary FROM public_notice_item`,
    );
    expect(item).toEqual({ display_name: res.body.placeholderName, position: null, achievement_summary: '' });
    const [comment] = await q<{ body: string }>(`SELECT body FROM public_comment`);
    expect(comment.body).not.toContain(NAME);
    const everywhere = await q<{ n: number }>(
      `SELECT (SELECT count(*) FROM person WHERE full_name = $1)
            + (SELECT count(*) FROM public_notice_item WHERE display_name = $1)
            + (SELECT count(*) FROM dossier_nominee WHERE achievement_report_html LIKE '%' || $1 || '%')
            + (SELECT count(*) FROM public_comment WHERE body LIKE '%' || $1 || '%') AS n`,
      [NAME],
    );
    expect(Number(everywhere[0].n)).toBe(0);

    // Statistics and the law: registry grants and authorship stay, pointing to the anonymised person.
    const grantsAfter = await q<{ n: number }>(
      `SELECT count(*)::int AS n FROM award_grant WHERE person_id = $1 AND status = 'valid'`,
      [personId],
    );
    expect(grantsAfter[0].n).toBe(grantsBefore[0].n);
    expect(grantsAfter[0].n).toBe(2);
    const [rating] = await q<{ rating: string; note: string | null }>(
      `SELECT rating, note FROM person_rating WHERE person_id = $1`,
      [personId],
    );
    expect(rating).toEqual({ rating: 'excellent', note: null });
    expect((await q(`SELECT 1 FROM initiative_author WHERE person_id = $1`, [personId])).length).toBe(1);
  });

  it('is gone from search (diacritics or not) and from exports', async () => {
    for (const term of ['pham thi hong', NAME, 'Nhung']) {
      const res = await staff.get(`/api/people?q=${encodeURIComponent(term)}`);
      expect(res.status).toBe(200);
      expect(res.body.total, term).toBe(0);
    }
    expect((await staff.get(`/api/people/${personId}/data-export`)).status).toBe(404);
    expect((await staff.get(`/api/people/${personId}`)).status).toBe(404);
  });

  it('keeps no old value in the audit', async () => {
    const rows = await q<{ before: unknown; after: unknown }>(
      `SELECT before, after FROM audit_event WHERE action = 'person.anonymise' AND object_id = $1`,
      [personId],
    );
    expect(rows).toHaveLength(1);
    const text = JSON.stringify(rows[0]);
    for (const old of [NAME, NATIONAL_ID, '1985-07-21', 'Phó Chủ tịch', 'Lý do kỷ luật riêng', '12/QĐ-KL']) {
      expect(text).not.toContain(old);
    }
    expect(rows[0].after).toMatchObject({
      clearedFields: expect.arrayContaining(['fullName', 'nationalId']),
    });
  });

  it('answers 409 when asked again', async () => {
    const res = await staff.post(`/api/people/${personId}/anonymise`, { reason });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain('đã được ẩn danh hóa');
  });
});
