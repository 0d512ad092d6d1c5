import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/*
 * Issue 6: the home-affairs office prints the certificates of the demo decision 30/QĐ-UBND
 * (Chiến sĩ thi đua cơ sở 2024) with visible progress, downloads one PDF; the QR code on the first page,
 * read from the rendered page, opens the public verification page without sign-in; an altered code is
 * not verified. The administrator sees the Word templates.
 */

const PASSWORD = 'TDKT-demo-2025!';
const DECISION = '30/QĐ-UBND';

async function signIn(page: Page, email: string) {
  await page.goto('/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
}

function qrOfFirstPage(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tdkt-e2e-cert-'));
  try {
    writeFileSync(path.join(dir, 'c.pdf'), pdf);
    execFileSync('pdftoppm', [
      '-r',
      '150',
      '-png',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      path.join(dir, 'c.pdf'),
      path.join(dir, 'p'),
    ]);
    const png = PNG.sync.read(readFileSync(path.join(dir, 'p.png')));
    const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    if (!qr) throw new Error('no QR code on the first page');
    return qr.data;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the office prints a decision’s certificates and anyone verifies one by its QR code', async ({
  page,
  browser,
}) => {
  await signIn(page, 'noivu@tdkt.local');
  await page.getByRole('menuitem', { name: 'In giấy chứng nhận' }).click();
  await page.getByLabel('Tìm số quyết định').fill(DECISION);
  // The search applies when typing pauses: wait until the list shows only that decision.
  const decisions = page.locator('.ant-table').first().locator('tbody tr.ant-table-row');
  await expect(decisions).toHaveCount(1);
  const row = page.getByRole('row', { name: new RegExp(DECISION) });
  await expect(row).toContainText('Chiến sĩ thi đua cơ sở');
  await row.getByRole('button', { name: 'In giấy chứng nhận' }).click();
  await page.getByRole('button', { name: 'In', exact: true }).click();
  await expect(page.getByRole('progressbar')).toBeVisible();
  const download = page.getByRole('link', { name: 'Tải tệp PDF để in' });
  await expect(download).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/Đã tạo xong \d+ giấy chứng nhận/)).toBeVisible();
  const res = await page.request.get((await download.getAttribute('href'))!);
  expect(res.headers()['content-type']).toBe('application/pdf');
  const url = qrOfFirstPage(await res.body());
  expect(url).toMatch(/\/verify\/[A-Za-z0-9_-]{38}$/);

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const visitor = await phone.newPage();
  await visitor.goto(url);
  await expect(visitor.getByText('Còn hiệu lực')).toBeVisible();
  await expect(visitor.getByText('Chiến sĩ thi đua cơ sở')).toBeVisible();
  await expect(visitor.getByText(DECISION)).toBeVisible();
  const altered = url.replace(/.{4}$/, (tail) => (tail === 'AAAA' ? 'BBBB' : 'AAAA'));
  await visitor.goto(altered);
  await expect(visitor.getByText('Không xác minh được')).toBeVisible();
  await phone.close();
});

test('the administrator sees the Word templates with their versions', async ({ page }) => {
  await signIn(page, 'admin@tdkt.local');
  await page.getByRole('menuitem', { name: 'Mẫu văn bản' }).click();
  await expect(page.getByRole('heading', { name: 'Mẫu văn bản' })).toBeVisible();
  const row = page.getByRole('row', { name: /Quyết định khen thưởng \(kèm danh sách\)/ });
  await expect(row.getByText('Bản 1 (có sẵn)')).toBeVisible();
  const preview = await page.request.get(
    (await row.getByRole('link', { name: 'Xem thử (Word)' }).getAttribute('href'))!,
  );
  expect(preview.ok()).toBe(true);
  expect((await preview.body()).subarray(0, 2).toString()).toBe('PK');
});
