import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';

const STAFF = 'noivu@tdkt.local';
const CHAIRMAN = 'chutich@tdkt.local';
const CLERK = 'vanthu.tanphong@tdkt.local';
const PASSWORD = 'TDKT-demo-2025!';
const READY = 'Đề nghị tặng danh hiệu “Lao động tiên tiến” năm 2025 (đợt 2) – Phường Quyết Tiến';

async function signIn(page: Page, email: string) {
  await page.goto('/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByLabel('Email')).toBeVisible();
}

test('the office drafts a decision, the chairman signs it, and the registry shows the award', async ({
  page,
}) => {
  // The office drafts from the dossier whose public notice has ended.
  await signIn(page, STAFF);
  await page.getByRole('menuitem', { name: 'Quyết định khen thưởng' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quyết định khen thưởng' })).toBeVisible();
  await page.getByRole('button', { name: 'Lập dự thảo quyết định' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Lập dự thảo quyết định khen thưởng' }),
  ).toBeVisible();
  await page
    .getByRole('row', { name: new RegExp(READY.replace(/[()]/g, '.')) })
    .getByRole('checkbox')
    .check();
  await expect(page.getByLabel('Tên cơ quan (in hoa, như trên văn bản)')).toHaveValue(
    'ỦY BAN NHÂN DÂN THÀNH PHỐ LAI CHÂU',
  );
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Lưu dự thảo' }).click();

  await expect(page).toHaveURL(/\/decisions\/[0-9a-f-]{36}$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Dự thảo quyết định khen thưởng', exact: true }),
  ).toBeVisible();
  const decisionPath = new URL(page.url()).pathname;
  const firstLine = page.locator('tr.ant-table-row').first();
  const awardee = ((await firstLine.locator('td').nth(1).textContent()) ?? '').trim();
  expect(awardee).not.toBe('');
  await expect(page.getByText('Tổng cộng')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ký ban hành' })).toHaveCount(0);
  await signOut(page);

  // The chairman signs: the number is given only now.
  await signIn(page, CHAIRMAN);
  await page.goto(decisionPath);
  await expect(page.getByText('(cấp khi ký)')).toBeVisible();
  await page.getByRole('button', { name: 'Ký ban hành' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('Sau khi ban hành không thể sửa hay xóa quyết định.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Ký ban hành' }).click();
  const heading = page.getByRole('heading', { level: 1, name: /^Quyết định số \d+\/QĐ-UBND$/ });
  await expect(heading).toBeVisible();
  // The confirmation fades out: check the page once it is gone.
  await expect(dialog).toBeHidden();
  const number = ((await heading.textContent()) ?? '').replace('Quyết định số ', '');
  await expect(page.getByRole('link', { name: 'Tải quyết định (.docx)' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The registry shows the award with the decision number, found without diacritics.
  await page.getByRole('menuitem', { name: 'Sổ khen thưởng' }).click();
  const folded = awardee
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
  await page.getByLabel('Tìm theo tên người, tập thể, danh hiệu hoặc số quyết định').fill(folded);
  const row = page.getByRole('row', { name: new RegExp(`${awardee}.*${number}`) });
  await expect(row).toBeVisible();
  await expect(row.getByText('Còn hiệu lực')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('a ward clerk sees its own awards in the registry and cannot revoke', async ({ page }) => {
  await signIn(page, CLERK);
  await page.getByRole('menuitem', { name: 'Sổ khen thưởng' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sổ khen thưởng' })).toBeVisible();
  await expect(page.getByRole('link', { name: '1246/QĐ-UBND' }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Thu hồi' })).toHaveCount(0);
  await expect(page.getByText('Phường Đoàn Kết')).toHaveCount(0);
});
