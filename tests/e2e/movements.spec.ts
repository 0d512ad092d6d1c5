import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';

const STAFF = 'noivu@tdkt.local';
const CLERK = 'vanthu.tanphong@tdkt.local';
const PASSWORD = 'TDKT-demo-2025!';
const DOCUMENT = path.resolve('tests/fixtures/documents/reference-5834.md');
const SUBJECT = /Hoàn thành thắng lợi các chỉ tiêu, nhiệm vụ phát triển Kinh tế/;

async function signIn(page: Page, email: string) {
  await page.goto('/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
}

test('staff creates a movement from its launching document and launches it; the ward clerk is notified', async ({
  page,
}) => {
  await signIn(page, STAFF);
  await page.getByRole('menuitem', { name: 'Phong trào thi đua' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Phong trào thi đua' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Upload the document: the review form is filled from it.
  await page.getByRole('button', { name: 'Tạo từ văn bản phát động' }).click();
  const drawer = page.getByRole('dialog');
  await drawer.locator('input[type=file]').setInputFiles(DOCUMENT);
  await expect(drawer.getByText('Thông tin dưới đây được đọc từ văn bản.', { exact: false })).toBeVisible();
  await expect(drawer.getByLabel('Số, ký hiệu')).toHaveValue('5834/PĐTĐ-UBND');
  await expect(drawer.getByLabel('Ngày ban hành')).toHaveValue('31/12/2024');
  await expect(drawer.getByLabel('Tên phong trào (chủ đề)')).toHaveValue(SUBJECT);
  await expect(drawer.getByLabel('Nội dung nhiệm vụ 1')).toHaveValue(/Chỉ thị số 34-CT\/TW/);
  // "UBND các xã, phường" among the recipients selects the wards, Tân Phong included.
  await expect(drawer.getByText('Phường Tân Phong').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, '.ant-drawer-body');

  await drawer.getByRole('button', { name: 'Lưu' }).click();
  await expect(page).toHaveURL(/\/movements\/[0-9a-f-]{36}$/);
  const movementPath = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { level: 1, name: SUBJECT })).toBeVisible();
  await expect(page.getByText('Bản nháp').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Launch: the confirmation says how many units will be told.
  await page.getByRole('button', { name: 'Phát động' }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm.getByText(/Phát động sẽ gửi thông báo tới \d+ đơn vị tham gia\./)).toBeVisible();
  await confirm.getByRole('button', { name: 'Phát động' }).click();
  await expect(page.getByText('Đã phát động').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Kết thúc' })).toBeVisible();

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();

  // The Tân Phong clerk: an unread notification on the bell, and the movement in the list.
  await signIn(page, CLERK);
  // The count arrives with the inbox query; wait for it rather than reading the first render's 0.
  const bell = page.getByRole('button', { name: /^Thông báo \([1-9]\d* chưa đọc\)$/ });
  await expect(bell).toBeVisible();
  await bell.click();
  await expect(page.getByRole('button', { name: /^Chưa đọc: / }).first()).toBeVisible();
  // axe measures contrast on what it sees: wait until the panel's opening animation has finished.
  await page.waitForFunction(() => {
    const panel = document.getElementById('notification-panel-title')?.closest('.ant-popover');
    return (
      panel !== null &&
      panel !== undefined &&
      getComputedStyle(panel).opacity === '1' &&
      !panel.className.includes('-appear')
    );
  });
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Escape');

  await page.getByRole('menuitem', { name: 'Phong trào thi đua' }).click();
  // The demo data may hold a movement with the same subject: look for this one by its address.
  await expect(page.locator(`a[href="${movementPath}"]`)).toHaveText(SUBJECT);
  await expectNoSeriousA11yViolations(page);
});
