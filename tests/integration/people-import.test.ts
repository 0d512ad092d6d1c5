import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import multipart from '@fastify/multipart';
import { count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AppContext } from '../../src/server/app-context';
import { auditEvent, person } from '../../src/server/db/schema';
import { AppError } from '../../src/server/http/app-error';
import { buildErrorHandler } from '../../src/server/http/errors';
import type { Actor } from '../../src/server/modules/auth/actor';
import { exportPeople } from '../../src/server/modules/people/export-people';
import { commitPeopleImport, previewPeopleImport } from '../../src/server/modules/people/import-people';
import { registerPeopleImportExportRoutes } from '../../src/server/modules/people/people-import-export.routes';
import {
  FIXTURE_ERRORS,
  FIXTURE_VALID_ROWS,
  FORMULA_LOOKING_NAME,
  makePeopleFixture,
} from '../fixtures/make-people-fixture';
import { type ImportHarness, startImportHarness } from './helpers/import-harness';

// The HTTP tests sign in nobody: the guard takes the actor of the test and still checks the role.
const signedIn: { actor: Actor | null } = { actor: null };
vi.mock('../../src/server/http/guard', async () => {
  const { requirePermission, unauthenticated } = await import('../../src/server/modules/auth/actor');
  return {
    guard:
      (_app: unknown, options: { permission?: Parameters<typeof requirePermission>[1] } = {}) =>
      async (request: { actor?: Actor }) => {
        if (!signedIn.actor) throw unauthenticated();
        request.actor = signedIn.actor;
        if (options.permission) requirePermission(signedIn.actor, options.permission);
      },
    actorOf: (request: { actor?: Actor }) => {
      if (!request.actor) throw unauthenticated();
      return request.actor;
    },
  };
});

let h: ImportHarness;
let clerk: Actor;
let fixture: Buffer;

beforeAll(async () => {
  // Rebuilt from its script into a temp file (the committed copy is what people open by hand).
  const rebuilt = path.join(mkdtempSync(path.join(os.tmpdir(), 'tdkt-fixture-')), 'people-import.xlsx');
  await makePeopleFixture(rebuilt);
  fixture = readFileSync(rebuilt);
  h = await startImportHarness();
  clerk = h.actorOf(h.units.inScope);
});
afterAll(async () => {
  await h?.stop();
});

const countPeople = async () => (await h.database.db.select({ n: count() }).from(person))[0]!.n;
const auditRows = (action: string) =>
  h.database.db.select().from(auditEvent).where(eq(auditEvent.action, action));

async function workbookOf(
  rows: unknown[][],
  headers = ['Họ và tên', 'Giới tính', 'Ngày sinh', 'Loại cán bộ', 'Đơn vị'],
) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(headers);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function expectBadRequest(run: Promise<unknown>, message: RegExp) {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('BAD_REQUEST');
  expect((error as AppError).message).toMatch(message);
}

describe('people import (use cases)', () => {
  it('previews the fixture with exactly the three faulty rows, each naming its column, and writes nothing', async () => {
    const auditBefore = (await h.database.db.select({ n: count() }).from(auditEvent))[0]!.n;
    const preview = await previewPeopleImport(h.database.db, clerk, {
      buffer: fixture,
      fileName: 'people-import.xlsx',
    });

    expect(preview.totalRows).toBe(10);
    expect(preview.validRows).toBe(FIXTURE_VALID_ROWS);
    expect(preview.errors.map((e) => [e.row, e.column])).toEqual(
      Object.entries(FIXTURE_ERRORS).map(([row, column]) => [Number(row), column]),
    );
    const [date, ethnicity, unit] = preview.errors;
    expect(date!.message).toBe('Ngày sinh "31/02/1990" không tồn tại; nhập theo dạng dd/mm/yyyy');
    expect(ethnicity!.message).toContain('"Kinhh"');
    expect(unit!.message).toContain('"Xã Bình An"');
    expect(preview.sample.map((s) => s.row)).toEqual([3, 4, 5, 7, 10, 11, 13]);
    expect(preview.sample.find((s) => s.row === 10)).toEqual({
      row: 10,
      fullName: 'Đỗ Thị Hoa',
      unitName: 'Tổ Một cửa',
    });

    expect(await countPeople()).toBe(0);
    expect((await h.database.db.select({ n: count() }).from(auditEvent))[0]!.n).toBe(auditBefore);
  });

  it('refuses files that are not .xlsx, by content and by name, with a Vietnamese message', async () => {
    const csv = Buffer.from('Họ và tên,Giới tính\nNguyễn Văn An,Nam\n');
    const input = (buffer: Buffer, fileName: string) =>
      previewPeopleImport(h.database.db, clerk, { buffer, fileName });
    await expectBadRequest(input(csv, 'danh-sach.xlsx'), /không phải Excel \.xlsx/);
    await expectBadRequest(input(fixture, 'danh-sach.csv'), /không phải tệp Excel \.xlsx/);
    await expectBadRequest(
      input(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(300, 7)]), 'hong.xlsx'),
      /Không đọc được tệp Excel/,
    );
    await expectBadRequest(
      input(await workbookOf([['A', 'Nam']], ['Tên cơ quan', 'Địa chỉ']), 'x.xlsx'),
      /Không tìm thấy dòng tiêu đề/,
    );
    await expectBadRequest(
      input(await workbookOf([['Nguyễn Văn An', 'Nam']], ['Họ và tên', 'Giới tính']), 'x.xlsx'),
      /thiếu cột "Loại cán bộ"/,
    );
  });

  it("refuses a default unit outside the actor's subtree like a missing one", async () => {
    const error = await previewPeopleImport(h.database.db, clerk, {
      buffer: fixture,
      fileName: 'people-import.xlsx',
      defaultUnitId: h.units.outOfScope.id,
    }).catch((e: unknown) => e);
    expect((error as AppError).code).toBe('NOT_FOUND');
  });

  it('flags a row repeating an earlier one (same name, birth date and unit)', async () => {
    const row = ['Nguyễn Thị Lan', 'Nữ', '01/01/1990', 'Viên chức', 'Phòng Nội vụ'];
    const buffer = await workbookOf([
      row,
      ['Nguyễn Thị Lan', 'Nữ', '01/01/1990', 'Viên chức', ''],
      ['nguyen thi lan', 'Nữ', '02/01/1990', 'Viên chức'],
    ]);
    const preview = await previewPeopleImport(h.database.db, clerk, { buffer, fileName: 'trung.xlsx' });
    expect(preview.errors).toEqual([
      { row: 3, column: 'Họ và tên', message: expect.stringContaining('Trùng với dòng 2') },
    ]);
    expect(preview.validRows).toBe(2);
  });

  it('commits the valid rows in one transaction with one audit row; formula-looking text is stored as typed', async () => {
    const result = await commitPeopleImport(h.database.db, clerk, {
      buffer: fixture,
      fileName: 'people-import.xlsx',
    });
    expect(result).toEqual({ imported: FIXTURE_VALID_ROWS, skippedRows: [6, 8, 9] });
    expect(await countPeople()).toBe(FIXTURE_VALID_ROWS);

    const audits = await auditRows('person.import');
    expect(audits).toHaveLength(1);
    expect(audits[0]!.after).toEqual({ imported: 7, skippedRows: [6, 8, 9], fileName: 'people-import.xlsx' });

    const people = await h.database.db.select().from(person);
    const byName = new Map(people.map((p) => [p.fullName, p]));
    expect(byName.get(FORMULA_LOOKING_NAME)).toMatchObject({
      position: '@SUM(1+1)',
      unitId: h.units.inScope.id,
      sex: 'male',
    });
    expect(byName.get('Trần Thị Bình')).toMatchObject({
      sex: 'female',
      birthDate: '1985-03-02',
      ethnicityCode: '03',
      staffType: 'public-employee',
      recruitedOn: '2010-08-01',
    });
    expect(byName.get('Giàng A Dế')).toMatchObject({
      ethnicityCode: '08',
      nationalId: '011090012345',
      unitId: h.units.inScope.id,
    });
    expect(byName.get('Đỗ Thị Hoa')).toMatchObject({
      unitId: h.units.inScopeChild.id,
      birthDate: '1995-11-20',
      recruitedOn: '2020-01-06',
      staffType: 'contract-worker',
    });
    expect(byName.get('Vũ Văn Giang')?.position).toBe('Phó Trưởng phòng');
    expect(byName.has('Hoàng Văn Phúc')).toBe(false);
  });

  it('writes nothing when no row is valid', async () => {
    const before = await countPeople();
    const buffer = await workbookOf([['Lê Văn Tâm', 'Nam', '30/02/1990', 'Công chức']]);
    await expectBadRequest(
      commitPeopleImport(h.database.db, clerk, { buffer, fileName: 'loi.xlsx' }),
      /không có dòng hợp lệ/,
    );
    expect(await countPeople()).toBe(before);
  });

  it("exports exactly the people of the actor's subtree, without sensitive columns, text never as formulas", async () => {
    await h.database.db.insert(person).values({
      unitId: h.units.outOfScope.id,
      fullName: 'Người Ngoài Phạm Vi',
      sex: 'male',
      staffType: 'civil-servant',
      nationalId: '001234567890',
    });
    const { buffer, count: exported } = await exportPeople(h.database.db, clerk, {
      includeSubunits: 'true',
      sort: 'name',
    });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual([
      'STT',
      'Họ và tên',
      'Giới tính',
      'Ngày sinh',
      'Chức vụ',
      'Loại cán bộ',
      'Đơn vị',
      'Ngày tuyển dụng',
      'Đánh giá gần nhất',
    ]);
    expect(headers.join(' ')).not.toMatch(/Dân tộc|định danh|CCCD|kỷ luật/i);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    const names: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) names.push(String(row.getCell(2).value));
    });
    const all = await h.database.db.select({ fullName: person.fullName, unitId: person.unitId }).from(person);
    const expected = all.filter((p) => p.unitId !== h.units.outOfScope.id).map((p) => p.fullName);
    expect(expected.length).toBeGreaterThan(0);
    expect(names.sort()).toEqual(expected.sort());
    expect(exported).toBe(expected.length);

    let formulaCell: ExcelJS.Cell | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(2).value === FORMULA_LOOKING_NAME) formulaCell = row.getCell(2);
    });
    expect(formulaCell?.type).toBe(ExcelJS.ValueType.String);
    const hoa = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(2).value === 'Đỗ Thị Hoa')!;
    expect(hoa.getCell(4).value).toEqual(new Date(Date.UTC(1995, 10, 20)));
    expect(hoa.getCell(4).numFmt).toBe('dd/mm/yyyy');

    const audits = await auditRows('person.export');
    expect(audits.at(-1)!.after).toMatchObject({
      count: expected.length,
      filters: { includeSubunits: 'true', sort: 'name' },
    });
  });
});

function multipartBody(
  parts: ({ name: string; value: string } | { name: string; fileName: string; content: Buffer })[],
) {
  const boundary = `----tdkt${Date.now()}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const head =
      'content' in p
        ? `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"; filename="${p.fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`
        : `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"\r\n\r\n`;
    chunks.push(Buffer.from(head), 'content' in p ? p.content : Buffer.from(p.value), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe('people import and export over HTTP', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    const ctx = { database: h.database } as unknown as AppContext;
    app = Fastify({ logger: false });
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    app.setErrorHandler(buildErrorHandler(ctx));
    await app.register(multipart, {
      limits: { fileSize: 20 * 1024 * 1024, files: 1, fields: 10, parts: 12 },
    });
    await app.register(async (api) => registerPeopleImportExportRoutes(api, ctx), { prefix: '/api' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('serves the template with the headers, drop-down lists and a guide sheet', async () => {
    signedIn.actor = clerk;
    const res = await app.inject({ method: 'GET', url: '/api/people/import-template.xlsx' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="[\x20-\x7e]+\.xlsx"; filename\*=UTF-8''/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Danh sách cán bộ', 'Hướng dẫn', 'Danh mục']);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Họ và tên',
      'Giới tính',
      'Ngày sinh',
      'Dân tộc',
      'Số định danh cá nhân',
      'Chức vụ',
      'Loại cán bộ',
      'Đơn vị',
      'Ngày tuyển dụng',
    ]);
    expect(sheet.getCell('B2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ["'Danh mục'!$A$2:$A$3"],
    });
    expect(sheet.getCell('D100').dataValidation).toMatchObject({
      type: 'list',
      formulae: ["'Danh mục'!$B$2:$B$55"],
    });
    const lists = workbook.getWorksheet('Danh mục')!;
    expect(lists.getColumn(4).values).toContain('Tổ Một cửa');
    expect(lists.getColumn(4).values).not.toContain('Xã Bình An');
  });

  it('previews an upload, and answers bad uploads with a Vietnamese 400 and no stack', async () => {
    signedIn.actor = clerk;
    const ok = await app.inject({
      method: 'POST',
      url: '/api/people/import/preview',
      ...multipartBody([{ name: 'file', fileName: 'ds.xlsx', content: fixture }]),
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ totalRows: 10, validRows: 7 });

    const fake = await app.inject({
      method: 'POST',
      url: '/api/people/import/preview',
      ...multipartBody([
        { name: 'file', fileName: 'ds.xlsx', content: Buffer.from('<html>not excel</html>') },
      ]),
    });
    expect(fake.statusCode).toBe(400);
    expect(fake.json().error.message).toMatch(/không phải Excel/);
    expect(fake.body).not.toMatch(/at .*\.ts:\d+/);

    const elsewhere = await app.inject({
      method: 'POST',
      url: '/api/people/import/preview',
      ...multipartBody([
        { name: 'unitId', value: h.units.outOfScope.id },
        { name: 'file', fileName: 'ds.xlsx', content: fixture },
      ]),
    });
    expect(elsewhere.statusCode).toBe(404);

    const tooBig = await app.inject({
      method: 'POST',
      url: '/api/people/import/preview',
      ...multipartBody([
        {
          name: 'file',
          fileName: 'lon.xlsx',
          content: Buffer.concat([fixture, Buffer.alloc(10 * 1024 * 1024)]),
        },
      ]),
    });
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().error.message).toMatch(/10 MB/);
  });

  it('refuses the import to a role without person.import and exports with an attachment name', async () => {
    signedIn.actor = h.actorOf(h.units.inScope, ['councilMember']);
    const denied = await app.inject({
      method: 'POST',
      url: '/api/people/import/commit',
      ...multipartBody([{ name: 'file', fileName: 'ds.xlsx', content: fixture }]),
    });
    expect(denied.statusCode).toBe(403);

    signedIn.actor = clerk;
    const res = await app.inject({ method: 'GET', url: '/api/people/export.xlsx?staffType=civil-servant' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toMatch(
      /filename="danh-sach-can-bo-\d{4}-\d{2}-\d{2}\.xlsx"; filename\*=UTF-8''danh-s%C3%A1ch/,
    );
  });
});

describe('people import at scale', () => {
  it('previews and commits 20,000 rows well under 20 seconds', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [
      `Nguyễn Văn Thử ${i}`,
      i % 2 ? 'Nam' : 'Nữ',
      `${(i % 28) + 1}/${(i % 12) + 1}/${1960 + (i % 40)}`,
      i % 3 ? 'Công chức' : 'Viên chức',
      i % 2 ? 'Phòng Nội vụ' : 'TN-NV-MC',
    ]);
    const buffer = await workbookOf(rows);
    const before = await countPeople();

    let started = performance.now();
    const preview = await previewPeopleImport(h.database.db, clerk, { buffer, fileName: 'lon.xlsx' });
    const previewMs = performance.now() - started;
    expect(preview).toMatchObject({ totalRows: 20_000, validRows: 20_000, errors: [] });

    started = performance.now();
    const result = await commitPeopleImport(h.database.db, clerk, { buffer, fileName: 'lon.xlsx' });
    const commitMs = performance.now() - started;
    expect(result.imported).toBe(20_000);
    expect(await countPeople()).toBe(before + 20_000);
    console.info(`20,000 rows: preview ${Math.round(previewMs)} ms, commit ${Math.round(commitMs)} ms`);
    expect(previewMs + commitMs).toBeLessThan(20_000);
  }, 120_000);
});
