import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS } from '../../src/domain/people/validate-person-row';
import { expectNoSeriousA11yViolations } from './support/a11y';

const STAFF = 'noivu@tdkt.local';
const CLERK = 'vanthu.tanphong@tdkt.local';
const PASSWORD = 'TDKT-demo-2025!';

async function signIn(page: Page, email: string) {
  await page.goto('/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
}

/** A workbook of three people: two good rows and one with an impossible birth date. */
async function writeFixture(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Cán bộ');
  ws.addRow(IMPORT_COLUMNS.map((c) => c.header));
  ws.addRow(['Lò Thị Phượng', 'Nữ', '12/03/1990', 'Thái', '', 'Chuyên viên', 'Công chức', '', '01/09/2015']);
  ws.addRow(['Giàng A Chứ', 'Nam', '31/02/1988', 'Mông', '', 'Chuyên viên', 'Công chức', '', '01/09/2012']);
  ws.addRow(['Tẩn Láo Sì', 'Nam', '05/07/1985', 'Dao', '', 'Chuyên viên', 'Công chức', '', '15/08/2010']);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'tdkt-e2e-')), 'can-bo-moi.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

test('staff signs in, adds a unit, imports people with one bad row, searches without diacritics, signs out', async ({
  page,
}) => {
  await signIn(page, STAFF);
  await expectNoSeriousA11yViolations(page);

  // Add a unit under the city People's Committee.
  await page.getByRole('menuitem', { name: 'Đơn vị' }).first().click();
  await expect(page.getByText('Phường Tân Phong').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Thêm đơn vị' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Tên đơn vị').fill('Tổ công nghệ số cộng đồng');
  await dialog.getByLabel('Loại đơn vị').click();
  await page.getByTitle('Bộ phận trực thuộc').click();
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Tổ công nghệ số cộng đồng').first()).toBeVisible();

  // Import people: the bad row is reported with its column, the good rows are imported.
  await page.getByRole('menuitem', { name: 'Cán bộ' }).first().click();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  await page.locator('input[type=file]').setInputFiles(await writeFixture());
  await expect(page.getByText('Ngày sinh').first()).toBeVisible();
  await expect(page.getByText(/31\/02\/1988/).first()).toBeVisible();
  await page.getByRole('button', { name: /^Nhập 2/ }).click();
  await expect(page.getByText(/Đã nhập 2/).first()).toBeVisible();
  await page.keyboard.press('Escape');

  // Diacritic-insensitive search finds the imported person and the demo's Nguyễn Văn An.
  const search = page.getByLabel('Tìm theo tên');
  await search.fill('lo thi phuong');
  await search.press('Enter');
  await expect(page.getByRole('cell', { name: 'Lò Thị Phượng' })).toBeVisible();
  await search.fill('nguyen van an');
  await search.press('Enter');
  await expect(page.getByRole('cell', { name: 'Nguyễn Văn An', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
  const me = await page.request.get('/api/auth/me');
  expect(me.status()).toBe(401);
});

test('a ward clerk sees only the ward’s people', async ({ page }) => {
  await signIn(page, CLERK);
  await page.getByRole('menuitem', { name: 'Cán bộ' }).first().click();
  const res = await page.request.get('/api/people?pageSize=200');
  const body = await res.json();
  expect(body.total).toBeGreaterThan(0);
  const units = new Set<string>(body.items.map((p: { unitName: string }) => p.unitName));
  for (const name of units) expect(name).toMatch(/Tân Phong/);
  await expect(page.getByText('Phường Đoàn Kết')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test('an administrator’s pages (accounts, security settings, audit) pass axe and the audit chain verifies', async ({
  page,
}) => {
  await signIn(page, 'admin@tdkt.local');
  await page
    .getByRole('menuitem', { name: /Tài khoản/ })
    .first()
    .click();
  await expect(page.getByText('vanthu.tanphong@tdkt.local')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto('/settings/security');
  await expect(page.getByRole('heading', { name: /bảo mật/i }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto('/audit');
  await expect(page.getByRole('cell', { name: 'auth.sign-in' }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).click();
  await expect(page.getByText(/toàn vẹn/).nth(1)).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/people');
  await expectNoSeriousA11yViolations(page);
});
