import { sql, TransactionRollbackError } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateTarget } from '../../src/domain/targets/target-status';
import { loadTargetResults } from '../../src/server/modules/targets/target-results';
import { loadDemoData } from '../../src/server/seed/demo';
import { loadDemoMovement } from '../../src/server/seed/demo-movement';
import { loadDemoTargets } from '../../src/server/seed/demo-targets';
import type { TargetBoard } from '../../src/shared/api/targets';
import {
  type Client,
  createTestApp,
  seedAccount,
  seedUnits,
  signedIn,
  type TestApp,
} from './helpers/harness';

/*
 * Targets (chỉ tiêu): the office defines indicators and planned values, wards report their values to date
 * with evidence, the board computes completion and vượt / đạt / chưa đạt; a ward cannot report for or see
 * another ward (404); stale versions answer 409; every change is audited; Excel export and import with a
 * row-by-row error report.
 */

let t: TestApp;
let s: Awaited<ReturnType<typeof seedUnits>>;
let staff: Client;
let clerkA: Client;
let clerkB: Client;
let council: Client;
let movementId: string;
let revenueId: string;
let daysId: string;

const url = (suffix = '') => `/api/movements/${movementId}/targets${suffix}`;

async function auditCount(action: string): Promise<number> {
  const { rows } = await t.database.pool.query(
    `SELECT count(*)::int AS n FROM audit_event WHERE action = $1`,
    [action],
  );
  return rows[0].n;
}

async function workbook(header: string[], rows: (string | number | null)[][]): Promise<Blob> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Chỉ tiêu');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return new Blob([await wb.xlsx.writeBuffer()]);
}

function importForm(kind: string, file: Blob, name = 'chi-tieu.xlsx'): FormData {
  const form = new FormData();
  form.set('kind', kind);
  form.set('file', file, name);
  return form;
}

const targetOf = (board: TargetBoard, indicatorId: string, unitId: string) =>
  board.targets.find((x) => x.indicatorId === indicatorId && x.unitId === unitId);

beforeAll(async () => {
  t = await createTestApp({ TDKT_LOGIN_RATE_PER_MINUTE: '1000' });
  s = await seedUnits(t.database);
  await seedAccount(t.database, { email: 'staff@test.vn', unitId: s.p.id, roles: ['staff'] });
  await seedAccount(t.database, { email: 'clerk.a@test.vn', unitId: s.a.id, roles: ['unitClerk'] });
  await seedAccount(t.database, { email: 'clerk.b@test.vn', unitId: s.b.id, roles: ['unitClerk'] });
  await seedAccount(t.database, { email: 'council@test.vn', unitId: s.p.id, roles: ['councilMember'] });
  staff = await signedIn(t.baseUrl, 'staff@test.vn');
  clerkA = await signedIn(t.baseUrl, 'clerk.a@test.vn');
  clerkB = await signedIn(t.baseUrl, 'clerk.b@test.vn');
  council = await signedIn(t.baseUrl, 'council@test.vn');
  const created = await staff.post('/api/movements', {
    title: 'Thi đua hoàn thành chỉ tiêu năm 2025',
    kind: 'regular',
    year: 2025,
    fields: ['economy', 'political-system'],
    participantUnitIds: [s.a.id, s.b.id],
  });
  expect(created.status).toBe(200);
  movementId = created.body.id;
});
afterAll(() => t.close());

describe('indicators and planned values (the office)', () => {
  it('defines indicators of the movement’s fields, audited; a code is unique per movement', async () => {
    const revenue = await staff.post(url('/indicators'), {
      code: 'THU-NS',
      name: 'Thu ngân sách nhà nước trên địa bàn',
      measureUnit: 'triệu đồng',
      direction: 'higher-better',
      field: 'economy',
      periodKind: 'quarter',
    });
    expect(revenue.status).toBe(200);
    revenueId = revenue.body.indicators.find((i: { code: string }) => i.code === 'THU-NS').id;
    const days = await staff.post(url('/indicators'), {
      code: 'TTHC',
      name: 'Thời gian giải quyết thủ tục hành chính bình quân',
      measureUnit: 'ngày',
      direction: 'lower-better',
      field: 'political-system',
      baseline: 10,
    });
    expect(days.status).toBe(200);
    daysId = days.body.indicators.find((i: { code: string }) => i.code === 'TTHC').id;
    expect(days.body.indicators[1].periods).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    expect(await auditCount('target.indicator.create')).toBe(2);

    const again = await staff.post(url('/indicators'), {
      code: 'THU-NS',
      name: 'Trùng mã',
      measureUnit: 'triệu đồng',
      direction: 'higher-better',
      field: 'economy',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.fields[0].path).toBe('code');

    const otherField = await staff.post(url('/indicators'), {
      code: 'AN-NINH',
      name: 'Số vụ phạm pháp hình sự',
      measureUnit: 'vụ',
      direction: 'lower-better',
      field: 'defence-security',
    });
    expect(otherField.status).toBe(400);
    expect(otherField.body.error.message).toMatch(/lĩnh vực của phong trào/);
  });

  it('refuses indicators from a ward (403) and from outside the organiser’s side', async () => {
    const body = { code: 'X', name: 'X', measureUnit: 'x', direction: 'higher-better', field: 'economy' };
    expect((await clerkA.post(url('/indicators'), body)).status).toBe(403);
    expect((await council.post(url('/indicators'), body)).status).toBe(403);
  });

  it('assigns planned values to participating units; a stale version answers 409 naming the editor', async () => {
    const res = await staff.put(url(`/indicators/${revenueId}/planned`), {
      targets: [
        { unitId: s.a.id, planned: 1000, version: 0 },
        { unitId: s.b.id, planned: 800, version: 0 },
      ],
    });
    expect(res.status).toBe(200);
    expect(targetOf(res.body, revenueId, s.a.id)).toMatchObject({
      planned: 1000,
      version: 1,
      status: 'not-reported',
    });
    const stale = await staff.put(url(`/indicators/${revenueId}/planned`), {
      targets: [{ unitId: s.a.id, planned: 1100, version: 0 }],
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toMatch(/staff@test\.vn/);
    const days = await staff.put(url(`/indicators/${daysId}/planned`), {
      targets: [
        { unitId: s.a.id, planned: 7, version: 0 },
        { unitId: s.b.id, planned: 7, version: 0 },
      ],
    });
    expect(days.status).toBe(200);
    expect(await auditCount('target.planned.set')).toBe(4);
  });

  it('refuses a planned value for a unit that does not take part (404)', async () => {
    const res = await staff.put(url(`/indicators/${revenueId}/planned`), {
      targets: [{ unitId: s.p.id, planned: 5, version: 0 }],
    });
    expect(res.status).toBe(404);
    expect(res.body.error.fields[0].path).toBe('targets.0.unitId');
  });
});

describe('reports (the wards)', () => {
  it('needs the movement launched', async () => {
    const early = await clerkA.put(url(`/units/${s.a.id}/reports`), {
      indicatorId: revenueId,
      period: '2025-Q1',
      actual: 300,
      version: 0,
    });
    expect(early.status).toBe(404);
    expect((await staff.post(`/api/movements/${movementId}/launch`)).status).toBe(200);
  });

  it('a ward reports its value to date with evidence and the board shows completion and status', async () => {
    const res = await clerkA.put(url(`/units/${s.a.id}/reports`), {
      indicatorId: revenueId,
      period: '2025-Q3',
      actual: 1050,
      evidence: 'Báo cáo thu ngân sách 9 tháng số 45/BC-UBND',
      version: 0,
    });
    expect(res.status).toBe(200);
    expect(targetOf(res.body, revenueId, s.a.id)).toMatchObject({
      latestPeriod: '2025-Q3',
      latestActual: 1050,
      completion: 105,
      status: 'exceeded',
    });
    // A ward sees only itself.
    expect(res.body.units).toEqual([{ unitId: s.a.id, unitName: 'Phường Tân Phong' }]);
    expect(res.body.reports[0]).toMatchObject({ evidence: 'Báo cáo thu ngân sách 9 tháng số 45/BC-UBND' });
    expect(await auditCount('target.report.create')).toBe(1);
  });

  it('lower-better: 10 days against a plan of 7 is 70 % and not met', async () => {
    const res = await clerkA.put(url(`/units/${s.a.id}/reports`), {
      indicatorId: daysId,
      period: '2025-Q2',
      actual: 10,
      version: 0,
    });
    expect(targetOf(res.body, daysId, s.a.id)).toMatchObject({ completion: 70, status: 'not-met' });
  });

  it('a ward cannot report for another ward, nor see its figures (404)', async () => {
    const res = await clerkB.put(url(`/units/${s.a.id}/reports`), {
      indicatorId: revenueId,
      period: '2025-Q3',
      actual: 1,
      version: 1,
    });
    expect(res.status).toBe(404);
    const board = await clerkB.get(url());
    expect(board.status).toBe(200);
    expect(board.body.units.map((u: { unitId: string }) => u.unitId)).toEqual([s.b.id]);
    expect(board.body.reports).toEqual([]);
    expect(
      (
        await council.put(url(`/units/${s.a.id}/reports`), {
          indicatorId: revenueId,
          period: '2025-Q3',
          actual: 1,
          version: 1,
        })
      ).status,
    ).toBe(403);
  });

  it('a correction bumps the version; a stale one answers 409 naming who changed it', async () => {
    const body = { indicatorId: revenueId, period: '2025-Q3', actual: 980, version: 1 };
    const ok = await clerkA.put(url(`/units/${s.a.id}/reports`), body);
    expect(ok.status).toBe(200);
    expect(targetOf(ok.body, revenueId, s.a.id)).toMatchObject({ latestActual: 980, status: 'not-met' });
    const stale = await staff.put(url(`/units/${s.a.id}/reports`), body);
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toMatch(/clerk\.a@test\.vn/);
    const { rows } = await t.database.pool.query(
      `SELECT before->>'actual' AS before, after->>'actual' AS after FROM audit_event WHERE action = 'target.report.correct'`,
    );
    expect(rows).toEqual([{ before: '1050', after: '980' }]);
  });

  it('refuses a period of another kind or year, one not begun, and an indicator not assigned', async () => {
    for (const period of ['2025-07', '2024-Q3', '2099-Q1']) {
      const res = await clerkA.put(url(`/units/${s.a.id}/reports`), {
        indicatorId: revenueId,
        period,
        actual: 1,
        version: 0,
      });
      expect(res.status).toBe(400);
      expect(res.body.error.fields[0].path).toBe('period');
    }
    const extra = await staff.post(url('/indicators'), {
      code: 'DN',
      name: 'Doanh nghiệp thành lập mới',
      measureUnit: 'doanh nghiệp',
      direction: 'higher-better',
      field: 'economy',
    });
    const dnId = extra.body.indicators.find((i: { code: string }) => i.code === 'DN').id;
    const res = await clerkA.put(url(`/units/${s.a.id}/reports`), {
      indicatorId: dnId,
      period: '2025-Q1',
      actual: 3,
      version: 0,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/chưa được giao/);
  });

  it('keeps the period kind once reported and refuses to delete a reported indicator', async () => {
    const board = (await staff.get(url())).body as TargetBoard;
    const revenue = board.indicators.find((i) => i.id === revenueId)!;
    const { id: _id, periods: _p, version, ...rest } = revenue;
    const change = await staff.put(url(`/indicators/${revenueId}`), {
      ...rest,
      baseline: rest.baseline ?? undefined,
      description: rest.description ?? undefined,
      periodKind: 'month',
      version,
    });
    expect(change.status).toBe(400);
    const del = await staff.request('DELETE', url(`/indicators/${revenueId}?version=${version}`));
    expect(del.status).toBe(400);
  });

  it('summarises by field, unit and quarter for the office', async () => {
    await clerkB.put(url(`/units/${s.b.id}/reports`), {
      indicatorId: daysId,
      period: '2025-Q3',
      actual: 6,
      version: 0,
    });
    const board = (await staff.get(url())).body as TargetBoard;
    expect(board.movement.isOrganiser).toBe(true);
    expect(board.summary.overall).toMatchObject({ exceeded: 1, met: 0, notMet: 2, notReported: 1 });
    const q3 = board.summary.byPeriod.find((p) => p.period === '2025-Q3')!;
    expect(q3).toMatchObject({ exceeded: 1, notMet: 1, notReported: 2 });
    expect(board.summary.byUnit.map((u) => [u.unitName, u.averageCompletion])).toEqual([
      ['Phường Đoàn Kết', 116.7],
      ['Phường Tân Phong', 84],
    ]);
  });

  it('gives other modules each unit’s planned and latest actual value', async () => {
    const results = await loadTargetResults(t.database.db, { movementId, indicatorId: daysId });
    expect(results).toHaveLength(2);
    expect(results.find((r) => r.unitId === s.a.id)).toEqual({
      unitId: s.a.id,
      planned: 7,
      actual: 10,
      direction: 'lower-better',
    });
    expect(await loadTargetResults(t.database.db, { movementId: s.a.id, indicatorId: daysId })).toEqual([]);
  });
});

describe('Excel', () => {
  it('exports indicators × units with planned and latest actuals', async () => {
    const res = await staff.get(url('.xlsx'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/chi-tieu-2025/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe('Mã chỉ tiêu');
    const rows = ws.getSheetValues().slice(2) as unknown[][];
    expect(rows).toHaveLength(6); // 3 indicators × 2 units
    const a = rows.find((r) => r[1] === 'THU-NS' && r[7] === 'Phường Tân Phong')!;
    expect(a.slice(8, 13)).toEqual([1000, '2025-Q3', 980, 98, 'Chưa đạt']);
    const forB = await clerkB.get(url('.xlsx'));
    const wbB = new ExcelJS.Workbook();
    await wbB.xlsx.load(forB.body as ArrayBuffer);
    expect(wbB.worksheets[0]!.rowCount).toBe(4); // header + 3 indicators of B only
  });

  const header = ['Mã chỉ tiêu', 'Mã đơn vị', 'Đơn vị', 'Kế hoạch', 'Kỳ báo cáo', 'Thực hiện', 'Minh chứng'];

  it('previews actuals with one Vietnamese message per bad row and column, writing nothing', async () => {
    const file = await workbook(header, [
      ['THU-NS', 'A', '', null, '2025-Q2', 620, 'Báo cáo 6 tháng'],
      ['THU-NS', '', 'Phường Đoàn Kết', null, 'Quý 2/2025', '1.234,5', ''],
      ['KHONG-CO', 'A', '', null, '2025-Q2', 5, ''],
      ['TTHC', '', 'Phường Tân Phong', null, '2025-07', 'nhiều', ''],
      ['THU-NS', 'A', '', null, '2025-Q2', 630, ''],
      ['THU-NS', '', '', null, '', '', ''],
    ]);
    const before = await auditCount('target.report.create');
    const res = await clerkA.request('POST', url('/import/preview'), importForm('actual', file));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ kind: 'actual', totalRows: 5, validRows: 1 });
    expect(res.body.errors).toEqual([
      {
        row: 3,
        column: 'Đơn vị',
        message: 'Đơn vị “Phường Đoàn Kết” không tham gia phong trào hoặc không thuộc phạm vi của bạn',
      },
      { row: 4, column: 'Mã chỉ tiêu', message: 'Phong trào không có chỉ tiêu mã “KHONG-CO”' },
      { row: 5, column: 'Thực hiện', message: '“nhiều” không phải là số' },
      { row: 5, column: 'Kỳ báo cáo', message: 'Chỉ tiêu này báo cáo theo quý của năm 2025' },
      {
        row: 6,
        column: 'Mã chỉ tiêu',
        message: 'Trùng với dòng 2 (cùng chỉ tiêu, đơn vị, kỳ báo cáo); xoá một trong hai dòng',
      },
    ]);
    expect(await auditCount('target.report.create')).toBe(before);
  });

  it('commits the valid rows in one transaction and reports the skipped ones', async () => {
    const file = await workbook(header, [
      ['THU-NS', 'A', '', null, '2025-Q2', 620, 'Báo cáo 6 tháng'],
      ['KHONG-CO', 'A', '', null, '2025-Q2', 5, ''],
    ]);
    const res = await clerkA.request('POST', url('/import/commit'), importForm('actual', file));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ imported: 1, skippedRows: [3] });
    const board = (await clerkA.get(url())).body as TargetBoard;
    expect(board.reports.find((r) => r.indicatorId === revenueId && r.period === '2025-Q2')).toMatchObject({
      actual: 620,
      evidence: 'Báo cáo 6 tháng',
    });
    expect(await auditCount('target.import.actual')).toBe(1);
  });

  it('imports planned values only for the office', async () => {
    const file = await workbook(header, [
      ['THU-NS', 'B', '', 900, '', '', ''],
      ['TTHC', 'B', '', 'bảy', '', '', ''],
    ]);
    expect((await clerkA.request('POST', url('/import/preview'), importForm('planned', file))).status).toBe(
      403,
    );
    const res = await staff.request('POST', url('/import/commit'), importForm('planned', file));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ imported: 1, skippedRows: [3] });
    const board = (await staff.get(url())).body as TargetBoard;
    expect(targetOf(board, revenueId, s.b.id)).toMatchObject({ planned: 900, version: 2 });
  });

  it('refuses a workbook without the needed columns or kind', async () => {
    const file = await workbook(['Mã chỉ tiêu', 'Đơn vị', 'Kế hoạch'], [['THU-NS', 'Phường Tân Phong', 5]]);
    const res = await clerkA.request('POST', url('/import/preview'), importForm('actual', file));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/thiếu cột "Kỳ báo cáo", "Thực hiện"/);
    const noKind = await clerkA.request('POST', url('/import/preview'), importForm('both', file));
    expect(noKind.status).toBe(400);
  });
});

describe('evidence files', () => {
  const PDF = '%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n';
  const upload = (c: Client, reportId: string, body: string, name: string) => {
    const form = new FormData();
    form.set('file', new Blob([body]), name);
    return c.request('POST', url(`/reports/${reportId}/evidence-file`), form);
  };

  it('a ward attaches a scanned report; the office downloads it, another ward cannot', async () => {
    const board = (await clerkA.get(url())).body as TargetBoard;
    const report = board.reports.find((r) => r.indicatorId === revenueId && r.period === '2025-Q3')!;
    const res = await upload(clerkA, report.id, PDF, 'bao-cao-9-thang.pdf');
    expect(res.status).toBe(200);
    const after = (res.body as TargetBoard).reports.find((r) => r.id === report.id)!;
    expect(after).toMatchObject({ evidenceFileName: 'bao-cao-9-thang.pdf', version: report.version + 1 });
    expect(await auditCount('target.report.evidence')).toBe(1);

    const download = await staff.get(url(`/reports/${report.id}/evidence-file`));
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(download.body as ArrayBuffer).toString()).toBe(PDF);
    expect((await clerkB.get(url(`/reports/${report.id}/evidence-file`))).status).toBe(404);
    expect((await upload(clerkB, report.id, PDF, 'x.pdf')).status).toBe(404);
  });

  it('refuses a file that is not what its name says', async () => {
    const board = (await clerkA.get(url())).body as TargetBoard;
    const report = board.reports.find((r) => r.indicatorId === revenueId && r.period === '2025-Q3')!;
    const res = await upload(clerkA, report.id, 'MZ\x90\x00 not a pdf', 'minh-chung.pdf');
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('file');
  });
});

describe('demo data', () => {
  it('has the 30 % processing-time cut and a mix of results through Q3, some units late', async () => {
    const seen: { statuses: Record<string, number>; lateQ3: number; tthc: unknown } = {
      statuses: {},
      lateQ3: 0,
      tthc: null,
    };
    await t.database.db
      .transaction(async (tx) => {
        await loadDemoMovement(tx, await loadDemoData(tx));
        await loadDemoTargets(tx);
        const { rows: indicators } = await tx.execute<{ id: string; movement_id: string; code: string }>(
          sql`SELECT i.id, i.movement_id, i.code FROM movement_indicator i JOIN movement m ON m.id = i.movement_id
               WHERE m.doc_number = '5834/PĐTĐ-UBND'`,
        );
        for (const i of indicators) {
          for (const r of await loadTargetResults(tx, { movementId: i.movement_id, indicatorId: i.id })) {
            const { status } = evaluateTarget(r.direction, r.planned, r.actual);
            seen.statuses[status] = (seen.statuses[status] ?? 0) + 1;
          }
        }
        const { rows: late } = await tx.execute<{ n: number }>(sql`
          SELECT count(*)::int AS n FROM unit_target t WHERE NOT EXISTS (
            SELECT 1 FROM target_report r WHERE r.indicator_id = t.indicator_id AND r.unit_id = t.unit_id
               AND r.period = '2025-Q3')`);
        seen.lateQ3 = late[0]!.n;
        const { rows: tthc } = await tx.execute(
          sql`SELECT baseline::float8, direction, measure_unit FROM movement_indicator WHERE code = 'HTCT-TTHC'`,
        );
        seen.tthc = tthc[0];
        tx.rollback();
      })
      .catch((error) => {
        if (!(error instanceof TransactionRollbackError)) throw error;
      });
    expect(seen.tthc).toEqual({ baseline: 10, direction: 'lower-better', measure_unit: 'ngày' });
    expect(seen.statuses.exceeded).toBeGreaterThan(5);
    expect(seen.statuses.met).toBeGreaterThan(5);
    expect(seen.statuses['not-met']).toBeGreaterThan(5);
    expect(seen.lateQ3).toBeGreaterThan(5);
  });
});

describe('key tasks', () => {
  it('an indicator keeps its key task when the movement is edited', async () => {
    const body = {
      title: 'Thi đua cải cách hành chính năm 2025',
      kind: 'thematic',
      year: 2025,
      fields: ['political-system'],
      participantUnitIds: [s.a.id],
      tasks: [
        { number: '1', text: 'Tuyên truyền cải cách hành chính.', field: 'political-system' },
        { number: '2', text: 'Cắt giảm thời gian giải quyết thủ tục hành chính.', field: 'political-system' },
      ],
    };
    const created = await staff.post('/api/movements', body);
    expect(created.status).toBe(200);
    const id = created.body.id as string;
    const taskId = created.body.tasks[1].id as string;
    const board = await staff.post(`/api/movements/${id}/targets/indicators`, {
      code: 'TTHC',
      name: 'Thời gian giải quyết thủ tục hành chính bình quân',
      measureUnit: 'ngày',
      direction: 'lower-better',
      field: 'political-system',
      taskId,
    });
    expect(board.status).toBe(200);
    const wrongField = await staff.post(`/api/movements/${id}/targets/indicators`, {
      code: 'KT',
      name: 'Thu ngân sách',
      measureUnit: 'triệu đồng',
      direction: 'higher-better',
      field: 'economy',
      taskId,
    });
    expect(wrongField.status).toBe(400);

    const edited = await staff.put(`/api/movements/${id}`, {
      ...body,
      version: created.body.version,
      tasks: [
        body.tasks[0],
        { ...body.tasks[1], text: 'Cắt giảm tối thiểu 30% thời gian giải quyết thủ tục.' },
      ],
    });
    expect(edited.status).toBe(200);
    expect(edited.body.tasks[1].id).toBe(taskId);
    const after = (await staff.get(`/api/movements/${id}/targets`)).body as TargetBoard;
    expect(after.indicators[0]!.taskId).toBe(taskId);
  });
});
