import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';

/*
 * Issue 4 items 1 and 5 on the demo movement: the office attaches a file and downloads it, writes the
 * interim review's assessment, downloads the Word report and finalises the figures; a ward clerk reads
 * the review and the attachments but cannot change them.
 */

const PASSWORD = 'TDKT-demo-2025!';
const STAFF = 'noivu@tdkt.local';
const CLERK = 'vanthu.tanphong@tdkt.local';
// The clerk's test reads what the office's test wrote.
test.describe.configure({ mode: 'serial' });

const SHORTCOMING = 'Một số đơn vị báo cáo chỉ tiêu quý 2 chậm (kiểm thử e2e).';

async function signIn(page: Page, email: string) {
  await page.goto('/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
}

async function openDemoMovement(page: Page) {
  const res = await page.request.get('/api/movements?year=2025&pageSize=100');
  const { items } = (await res.json()) as {
    items: { id: string; docNumber: string | null; launchedAt: string | null }[];
  };
  const demo = items
    .filter((m) => m.docNumber === '5834/PĐTĐ-UBND' && m.launchedAt)
    .sort((a, b) => a.launchedAt!.localeCompare(b.launchedAt!))[0]!;
  await page.goto(`/movements/${demo.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('the office attaches a file, writes and finalises the interim review, downloads the Word report', async ({
  page,
}) => {
  await signIn(page, STAFF);
  await openDemoMovement(page);

  // Attachments: the demo launching document is there; upload a PDF, refuse an SVG, download the PDF.
  const files = page.locator('section[aria-labelledby="movement-attachments"]');
  await expect(files.getByText('Văn bản phát động', { exact: true })).toBeVisible();
  await files.locator('input[type=file]').setInputFiles({
    name: 'Kế hoạch sơ kết.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(
      '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
    ),
  });
  await expect(files.getByRole('link', { name: 'Kế hoạch sơ kết.pdf' })).toBeVisible();
  await files.locator('input[type=file]').setInputFiles({
    name: 'logo.svg',
    mimeType: 'image/svg+xml',
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
  });
  await expect(files.getByRole('alert')).toContainText('Không nhận tệp “logo.svg”');
  const pdfDownload = page.waitForEvent('download');
  await files.getByRole('link', { name: 'Kế hoạch sơ kết.pdf' }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toBe('Kế hoạch sơ kết.pdf');
  expect(
    readFileSync(await pdf.path())
      .subarray(0, 8)
      .toString(),
  ).toBe('%PDF-1.4');

  // The interim review: figures, assessment, Word report, finalise.
  const reviews = page.locator('section[aria-labelledby="movement-reviews"]');
  await reviews.getByRole('button', { name: /Sơ kết 6 tháng đầu năm 2025/ }).click();
  await expect(reviews.getByText('Kết quả thực hiện chỉ tiêu theo lĩnh vực')).toBeVisible();
  await expect(reviews.getByRole('cell', { name: 'Kinh tế' })).toBeVisible();
  await reviews.getByLabel('Hạn chế, tồn tại').fill(SHORTCOMING);
  await reviews.getByRole('button', { name: 'Lưu nội dung' }).click();
  await expect(page.getByText('Đã lưu nội dung đánh giá.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const wordDownload = page.waitForEvent('download');
  await reviews.getByRole('link', { name: 'Tạo báo cáo Word' }).click();
  const word = await wordDownload;
  expect(word.suggestedFilename()).toMatch(/^Báo cáo sơ kết - Sơ kết 6 tháng đầu năm 2025\.docx$/);
  expect(
    readFileSync(await word.path())
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');

  await reviews.getByRole('button', { name: 'Chốt số liệu' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Chốt số liệu' }).click();
  await expect(page.getByText('Đã chốt số liệu.')).toBeVisible();
  await expect(reviews.getByText('Đã chốt số liệu', { exact: true })).toBeVisible();
  await expect(reviews.getByRole('button', { name: 'Lưu nội dung' })).toHaveCount(0);
  await expect(reviews.getByText(SHORTCOMING)).toBeVisible();
});

test('a ward clerk reads the review and downloads attachments, without changing anything', async ({
  page,
}) => {
  await signIn(page, CLERK);
  await openDemoMovement(page);
  const files = page.locator('section[aria-labelledby="movement-attachments"]');
  await expect(files.getByRole('link', { name: /5834-PĐTĐ-UBND/ })).toBeVisible();
  await expect(files.getByRole('button', { name: 'Tải tệp lên' })).toHaveCount(0);
  await expect(files.getByRole('button', { name: 'Xóa' })).toHaveCount(0);
  const reviews = page.locator('section[aria-labelledby="movement-reviews"]');
  await reviews.getByRole('button', { name: /Sơ kết 6 tháng đầu năm 2025/ }).click();
  await expect(reviews.getByText(SHORTCOMING)).toBeVisible();
  await expect(reviews.getByRole('link', { name: 'Tạo báo cáo Word' })).toBeVisible();
  await expect(reviews.getByRole('button', { name: 'Chốt số liệu', exact: true })).toHaveCount(0);
  await expect(reviews.getByRole('button', { name: /Bắt đầu tổng kết/ })).toHaveCount(0);
});
