import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';

/*
 * The home page "Việc cần làm" and the grouped menu, as a ward clerk and as the office would use them:
 * the list names the work with its count and deadline, a line opens the page to act on, the keyboard
 * reaches it, the menu shows its sections, and the page passes axe on a desktop and a phone.
 */

const PASSWORD = 'TDKT-demo-2025!';

async function signIn(page: Page, email: string) {
  await page.goto('/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
}

test('the office sees its work, a line opens its page by keyboard, the menu is grouped', async ({ page }) => {
  await signIn(page, 'noivu@tdkt.local');
  const tasks = page.getByRole('list', { name: 'Danh sách việc cần làm' });
  await expect(tasks).toBeVisible();
  const toReceive = tasks.getByRole('link', { name: /Hồ sơ mới gửi đến, chờ tiếp nhận/ });
  await expect(toReceive).toBeVisible();
  await expect(page.getByText('Phong trào đang triển khai')).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  for (const section of ['Phong trào thi đua', 'Khen thưởng', 'Danh mục', 'Hệ thống']) {
    await expect(nav.getByText(section, { exact: true }).first()).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page);
  const overdue = tasks.getByRole('link', { name: /Hồ sơ quá hạn xử lý/ });
  await overdue.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/dossiers\/overdue$/);
});

test('a ward clerk on a phone: the tasks first, the grouped menu in the drawer', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'vanthu.tanphong@tdkt.local');
  const tasks = page.getByRole('list', { name: 'Danh sách việc cần làm' });
  await expect(tasks.getByRole('link').first()).toBeVisible();
  await expect(tasks).not.toContainText('Hồ sơ mới gửi đến');
  await expectNoSeriousA11yViolations(page);
  await page
    .getByRole('button', { name: /menu|danh mục/i })
    .first()
    .click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByText('Khen thưởng', { exact: true })).toBeVisible();
  await drawer.getByRole('menuitem', { name: 'Hồ sơ khen thưởng' }).click();
  await expect(page).toHaveURL(/\/dossiers$/);
});
