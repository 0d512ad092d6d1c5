import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';

const STAFF = 'noivu@tdkt.local';
const ADMIN = 'admin@tdkt.local';
const PASSWORD = 'TDKT-demo-2025!';

async function signIn(page: Page, email: string) {
  await page.goto('/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
}

test('staff sees the 2025 award suggestions with the articles behind them', async ({ page }) => {
  await signIn(page, STAFF);
  await page.getByRole('menuitem', { name: 'Gợi ý khen thưởng' }).first().click();
  await expect(page.getByRole('heading', { name: 'Gợi ý khen thưởng' })).toBeVisible();

  await page.getByLabel('Năm').click();
  await page.getByTitle('2025', { exact: true }).click();
  await expect(page.getByText('Tổng hợp năm 2025')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Lao động tiên tiến', exact: true }).first()).toBeVisible();

  // One award's tab, then a row's criteria: each passed criterion names its article.
  await page.getByRole('tab', { name: /^Lao động tiên tiến/ }).click();
  const panel = page.getByRole('tabpanel', { name: /^Lao động tiên tiến/ });
  await panel
    .getByRole('button', { name: /Mở rộng dòng|Expand row/ })
    .first()
    .click();
  await expect(panel.getByText('Tiêu chuẩn đã đạt theo dữ liệu')).toBeVisible();
  await expect(panel.getByText(/\(.*Điều \d+.*\)/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const href = await page.getByRole('link', { name: /Xuất Excel/ }).getAttribute('href');
  expect(href).toContain('year=2025');
});

test('an administrator reads the legal catalogue with its sources', async ({ page }) => {
  await signIn(page, ADMIN);
  await page.getByRole('menuitem', { name: 'Cơ sở pháp lý' }).first().click();
  const row = page.getByRole('row', { name: /Lao động tiên tiến/ }).first();
  await expect(row).toBeVisible();
  await expect(row.getByRole('cell', { name: 'Luật Thi đua, khen thưởng 2022, Điều 24' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('tab', { name: /Điều chỉnh/ }).click();
  await expect(page.getByRole('button', { name: 'Thêm điều chỉnh' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
