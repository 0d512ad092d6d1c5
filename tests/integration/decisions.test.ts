import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxToText } from '../../src/server/documents/read-document-file';
import type { Decision, DecisionList, ReadyDossier } from '../../src/shared/api/decisions';
import type { RegistryList } from '../../src/shared/api/registry';
import {
  type Client,
  createTestApp,
  seedAccount,
  seedUnits,
  signedIn,
  type TestApp,
} from './helpers/harness';

/*
 * Award decisions (issue 5 item 6; quality G5): the office drafts from dossiers whose public notice has
 * ended, the chairman signs; the number is allocated only then, per issuer and year, with no gap and no
 * duplicate under 50 parallel issues; a failed issue writes nothing and gives its number back; on issue
 * every awardee gets a registry entry with its golden-book number and every dossier is decided, in one
 * transaction; the .docx is kept; the proposing ward sees the issued decision, its sibling does not.
 */

let t: TestApp;
let s: Awaited<ReturnType<typeof seedUnits>>;
let staff: Client;
let chairman: Client;
let clerkA: Client;
let clerkB: Client;
let secondPersonA: string;

async function dossierIn(
  unitId: string,
  personIds: string[],
  options: { title?: string; award?: string; status?: string } = {},
): Promise<string> {
  const { rows } = await t.database.pool.query(
    `INSERT INTO dossier (unit_id, track, award_code, year, title, status, cover_letter, meeting_minutes)
     VALUES ($1, 'regular', $2, 2025, $3, $4, 'Tờ trình', 'Biên bản') RETURNING id`,
    [
      unitId,
      options.award ?? 'lao-dong-tien-tien',
      options.title ?? 'Đề nghị LĐTT năm 2025',
      options.status ?? 'public-notice',
    ],
  );
  const id: string = rows[0].id;
  for (const [i, personId] of personIds.entries()) {
    await t.database.pool.query(
      `INSERT INTO dossier_nominee (dossier_id, kind, person_id, unit_id, position, sort_order)
       SELECT $1, 'individual', p.id, p.unit_id, 'Chuyên viên', $3 FROM person p WHERE p.id = $2`,
      [id, personId, i],
    );
  }
  return id;
}

function draftBody(issuerUnitId: string, dossierIds: string[]) {
  return {
    issuerUnitId,
    issuerName: 'ỦY BAN NHÂN DÂN THÀNH PHỐ THỬ',
    symbol: 'QĐ-UBND',
    place: 'Thử',
    decisionDate: '2025-12-20',
    legalBases: ['Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022'],
    proposedBy: 'Theo đề nghị của Hội đồng Thi đua - Khen thưởng',
    signerAuthority: '',
    signerPosition: 'CHỦ TỊCH',
    signerName: 'Nguyễn Văn Chủ',
    recipients: ['Như Điều 3', 'Lưu: VT'],
    authorityLevel: 'commune',
    dossierIds,
  };
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await t.database.pool.query(sql, params);
  return rows[0].n;
}

beforeAll(async () => {
  t = await createTestApp({ TDKT_LOGIN_RATE_PER_MINUTE: '1000' });
  s = await seedUnits(t.database);
  const { rows } = await t.database.pool.query(
    `INSERT INTO person (full_name, sex, staff_type, unit_id) VALUES ('Phạm Thị Hoa', 'female', 'civil-servant', $1) RETURNING id`,
    [s.a.id],
  );
  secondPersonA = rows[0].id;
  await seedAccount(t.database, { email: 'staff@test.vn', unitId: s.p.id, roles: ['staff'] });
  await seedAccount(t.database, { email: 'chutich@test.vn', unitId: s.p.id, roles: ['chairman'] });
  await seedAccount(t.database, { email: 'clerk.a@test.vn', unitId: s.a.id, roles: ['unitClerk'] });
  await seedAccount(t.database, { email: 'clerk.b@test.vn', unitId: s.b.id, roles: ['unitClerk'] });
  staff = await signedIn(t.baseUrl, 'staff@test.vn');
  chairman = await signedIn(t.baseUrl, 'chutich@test.vn');
  clerkA = await signedIn(t.baseUrl, 'clerk.a@test.vn');
  clerkB = await signedIn(t.baseUrl, 'clerk.b@test.vn');
});
afterAll(() => t.close());

describe('drafting', () => {
  let dossierId: string;
  let running: string;

  beforeAll(async () => {
    dossierId = await dossierIn(s.a.id, [s.personA.id, secondPersonA]);
    running = await dossierIn(s.a.id, [s.personA.id], { title: 'Hồ sơ đang công khai' });
    const { rows } = await t.database.pool.query(
      `INSERT INTO public_notice (unit_id, title, starts_on, ends_on, status)
       VALUES ($1, 'Công khai', current_date - 2, current_date + 5, 'published') RETURNING id`,
      [s.p.id],
    );
    await t.database.pool.query(
      `INSERT INTO public_notice_item (notice_id, dossier_id, nominee_id, display_name, unit_name, award_name)
       SELECT $1, n.dossier_id, n.id, 'Nguyễn Văn An', 'Phường Tân Phong', 'Lao động tiên tiến'
         FROM dossier_nominee n WHERE n.dossier_id = $2`,
      [rows[0].id, running],
    );
  });

  it('lists only dossiers whose public notice has ended', async () => {
    const res = await staff.get<{ items: ReadyDossier[] }>('/api/decisions/ready-dossiers');
    expect(res.status).toBe(200);
    const ids = res.body.items.map((d) => d.id);
    expect(ids).toContain(dossierId);
    expect(ids).not.toContain(running);
    const refused = await staff.post('/api/decisions', draftBody(s.p.id, [running]));
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('còn đang công khai');
  });

  it('staff draft without a number; the annex carries the prize from the catalogue (Decree 152 Art 49)', async () => {
    const res = await staff.post<Decision>('/api/decisions', draftBody(s.p.id, [dossierId]));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'draft',
      number: null,
      numberText: null,
      awardCode: 'lao-dong-tien-tien',
    });
    expect(res.body.subject).toBe('Về việc tặng danh hiệu “Lao động tiên tiến” năm 2025');
    // 0.3 × 2,340,000 = 702,000, rounded up to the next 10,000 VND.
    expect(res.body.entries.map((e) => [e.displayName, e.prizeAmount])).toEqual([
      ['Nguyễn Văn An', 710_000],
      ['Phạm Thị Hoa', 710_000],
    ]);
    expect(res.body.totalAmount).toBe(1_420_000);
    expect(res.body.canConfer).toBe(true);
    expect(await count(`SELECT count(*)::int AS n FROM award_grant`)).toBe(0);
    const again = await staff.post('/api/decisions', draftBody(s.p.id, [dossierId]));
    expect(again.status).toBe(400);
    expect(again.body.error.message).toContain('đã thuộc một quyết định khác');
  });

  it('only the office drafts; a ward cannot see a draft of the city', async () => {
    const body = draftBody(s.p.id, [dossierId]);
    expect((await clerkA.post('/api/decisions', body)).status).toBe(403);
    expect((await chairman.post('/api/decisions', body)).status).toBe(403);
    const list = await clerkA.get<DecisionList>('/api/decisions');
    expect(list.body.total).toBe(0);
  });

  it('refuses dossiers of different awards in one decision', async () => {
    const other = await dossierIn(s.b.id, [s.personB.id], { award: 'giay-khen', title: 'Giấy khen' });
    const mixed = await staff.post(
      '/api/decisions',
      draftBody(s.p.id, [await dossierIn(s.b.id, [s.personB.id]), other]),
    );
    expect(mixed.status).toBe(400);
    expect(mixed.body.error.fields[0].path).toBe('dossierIds');
  });
});

describe('issuing', () => {
  let decision: Decision;
  let failing: Decision;

  beforeAll(async () => {
    const list = await staff.get<DecisionList>('/api/decisions?status=draft');
    decision = (await staff.get<Decision>(`/api/decisions/${list.body.items[0]!.id}`)).body;
    const failingDossier = await dossierIn(s.a.id, [s.personA.id], { title: 'Hồ sơ lỗi' });
    failing = (await staff.post<Decision>('/api/decisions', draftBody(s.p.id, [failingDossier]))).body;
  });

  it('staff may not sign; the chairman signs: number, registry entries, decided dossiers, kept .docx', async () => {
    expect(
      (await staff.post(`/api/decisions/${decision.id}/issue`, { version: decision.version })).status,
    ).toBe(403);
    const stale = await chairman.post(`/api/decisions/${decision.id}/issue`, {
      version: decision.version + 5,
    });
    expect(stale.status).toBe(409);

    const res = await chairman.post<Decision>(`/api/decisions/${decision.id}/issue`, {
      version: decision.version,
      decisionDate: '2025-12-22',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'issued',
      number: 1,
      numberText: '01/QĐ-UBND',
      decisionDate: '2025-12-22',
    });
    expect(res.body.issuedBy).toBe('chutich@test.vn');
    expect(res.body.entries.map((e) => e.goldenBookNumber)).toEqual(['0001', '0002']);
    expect(res.body.entries.every((e) => e.awardGrantId)).toBe(true);
    expect(res.body.dossiers.map((d) => d.status)).toEqual(['decided']);

    const { rows } = await t.database.pool.query(
      `SELECT decision_number, decision_date::text AS d, issuer, year, status FROM award_grant ORDER BY golden_book_number`,
    );
    expect(rows).toEqual([
      {
        decision_number: '01/QĐ-UBND',
        d: '2025-12-22',
        issuer: 'ỦY BAN NHÂN DÂN THÀNH PHỐ THỬ',
        year: 2025,
        status: 'valid',
      },
      {
        decision_number: '01/QĐ-UBND',
        d: '2025-12-22',
        issuer: 'ỦY BAN NHÂN DÂN THÀNH PHỐ THỬ',
        year: 2025,
        status: 'valid',
      },
    ]);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'decision.issue' AND object_id = $1`,
        [decision.id],
      ),
    ).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'dossier.decide'`)).toBe(1);

    const doc = await chairman.get(`/api/decisions/${decision.id}/document.docx`);
    expect(doc.status).toBe(200);
    const text = docxToText(Buffer.from(doc.body as ArrayBuffer));
    expect(text).toContain('01/QĐ-UBND');
    expect(text).toContain('Nguyễn Văn An');
    expect(text).toContain('710.000');

    const again = await chairman.post(`/api/decisions/${decision.id}/issue`, { version: res.body.version });
    expect(again.status).toBe(400);
  });

  it('the registry shows the award; the proposing ward sees the decision and is notified, its sibling not', async () => {
    const reg = await clerkA.get<RegistryList>('/api/registry?q=nguyen%20van%20an');
    expect(reg.body.items[0]).toMatchObject({
      decisionNumber: '01/QĐ-UBND',
      decisionId: decision.id,
      prizeAmount: 710_000,
      goldenBookNumber: '0001',
      awardName: 'Lao động tiên tiến',
    });
    expect((await clerkA.get(`/api/decisions/${decision.id}`)).status).toBe(200);
    expect((await clerkA.get<DecisionList>('/api/decisions')).body.items.map((d) => d.numberText)).toEqual([
      '01/QĐ-UBND',
    ]);
    expect((await clerkB.get(`/api/decisions/${decision.id}`)).status).toBe(404);
    expect(JSON.stringify((await clerkA.get('/api/notifications')).body)).toContain(
      'Quyết định số 01/QĐ-UBND',
    );
  });

  it('a failing step rolls everything back and gives the number back', async () => {
    await t.database.pool.query(`
      CREATE FUNCTION test_fail_decide() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status = 'decided' AND NEW.title = 'Hồ sơ lỗi' THEN RAISE EXCEPTION 'hỏng ổ đĩa giả lập'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER test_fail_decide BEFORE UPDATE ON dossier FOR EACH ROW EXECUTE FUNCTION test_fail_decide();`);
    const grantsBefore = await count(`SELECT count(*)::int AS n FROM award_grant`);
    const res = await chairman.post(`/api/decisions/${failing.id}/issue`, {
      version: failing.version,
      decisionDate: '2025-12-23',
    });
    expect(res.status).toBe(500);
    const after = (await staff.get<Decision>(`/api/decisions/${failing.id}`)).body;
    expect(after).toMatchObject({ status: 'draft', number: null, version: failing.version });
    expect(after.entries.every((e) => e.awardGrantId === null)).toBe(true);
    expect(await count(`SELECT count(*)::int AS n FROM award_grant`)).toBe(grantsBefore);
    expect(
      await count(`SELECT count(*)::int AS n FROM issued_document WHERE owner_id = $1`, [failing.id]),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'decision.issue' AND object_id = $1`,
        [failing.id],
      ),
    ).toBe(0);
    expect(after.dossiers[0]!.status).toBe('public-notice');

    await t.database.pool.query(
      `DROP TRIGGER test_fail_decide ON dossier; DROP FUNCTION test_fail_decide();`,
    );
    const ok = await chairman.post<Decision>(`/api/decisions/${failing.id}/issue`, {
      version: failing.version,
      decisionDate: '2025-12-23',
    });
    expect(ok.status).toBe(200);
    expect(ok.body.numberText).toBe('02/QĐ-UBND');
    expect(ok.body.entries[0]!.goldenBookNumber).toBe('0003');
  });
});

describe('numbering under concurrency (quality G5)', () => {
  it('50 decisions issued in parallel by one issuer get 1..50 exactly once', async () => {
    const drafts: Decision[] = [];
    for (let i = 0; i < 50; i++) {
      const dossierId = await dossierIn(s.b.id, [s.personB.id], { title: `Hồ sơ song song ${i}` });
      const res = await staff.post<Decision>('/api/decisions', draftBody(s.b.id, [dossierId]));
      expect(res.status).toBe(200);
      drafts.push(res.body);
    }
    const answers = await Promise.all(
      drafts.map((d) => chairman.post<Decision>(`/api/decisions/${d.id}/issue`, { version: d.version })),
    );
    expect(answers.map((a) => a.status)).toEqual(drafts.map(() => 200));
    const numbers = answers.map((a) => a.body.number!).sort((x, y) => x - y);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const golden = answers.map((a) => a.body.entries[0]!.goldenBookNumber).sort();
    expect(new Set(golden).size).toBe(50);
    expect(golden[0]).toBe('0001');
    expect(golden[49]).toBe('0050');
  }, 60_000);
});

describe('draft changes and prize at the decision date', () => {
  it('a stale draft update gets 409; a discarded draft gives its dossier back', async () => {
    const dossierId = await dossierIn(s.a.id, [s.personA.id], { title: 'Hồ sơ sửa dự thảo' });
    const draft = (await staff.post<Decision>('/api/decisions', draftBody(s.p.id, [dossierId]))).body;
    const stale = await staff.put(`/api/decisions/${draft.id}`, {
      ...draftBody(s.p.id, [dossierId]),
      version: draft.version + 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toContain('staff@test.vn');
    const renamed = await staff.put<Decision>(`/api/decisions/${draft.id}`, {
      ...draftBody(s.p.id, [dossierId]),
      subject: 'Về việc tặng danh hiệu “Lao động tiên tiến” năm 2025 (bổ sung)',
      version: draft.version,
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.version).toBe(draft.version + 1);
    const removed = await staff.request(
      'DELETE',
      `/api/decisions/${draft.id}?version=${renamed.body.version}`,
    );
    expect(removed.status).toBe(200);
    const ready = await staff.get<{ items: ReadyDossier[] }>('/api/decisions/ready-dossiers');
    expect(ready.body.items.map((d) => d.id)).toContain(dossierId);
  });

  it('uses the base salary in force on the signing date, dated overrides included (Decree 152 Art 49)', async () => {
    await t.database.pool.query(
      `INSERT INTO law_override (kind, target, value, effective_from, source)
       VALUES ('base-salary', 'base-salary', '2530000', '2026-07-01', 'Nghị định thử nghiệm')`,
    );
    await new Promise((resolve) => setTimeout(resolve, 3100)); // the catalogue is cached for 3 s
    const dossierId = await dossierIn(s.a.id, [s.personA.id], { title: 'Hồ sơ lương cơ sở mới' });
    const draft = (await staff.post<Decision>('/api/decisions', draftBody(s.p.id, [dossierId]))).body;
    expect(draft.entries[0]!.prizeAmount).toBe(710_000); // planned 20/12/2025: 2,340,000
    const issued = await chairman.post<Decision>(`/api/decisions/${draft.id}/issue`, {
      version: draft.version,
      decisionDate: '2026-08-03',
    });
    expect(issued.status).toBe(200);
    // 0.3 × 2,530,000 = 759,000, rounded up to 760,000.
    expect(issued.body.entries[0]).toMatchObject({ baseSalary: 2_530_000, prizeAmount: 760_000 });
    expect(issued.body.numberText).toBe('01/QĐ-UBND'); // the first of 2026 for this issuer
  });
});
