import { type Browser, expect, type Page, test } from '@playwright/test';

/*
 * Issue 5 items 4–5 in the browser, on the demo data: a council member votes in the open demo session
 * (one nominee at a time, secret), the secretary tallies, the office closes the session and publishes
 * the notice, a citizen reads it without signing in (no sensitive field on the page) and comments, the
 * office approves the comment, which then shows as plain text (no script runs).
 */

const PASSWORD = 'TDKT-demo-2025!';
const SESSION = /xét danh hiệu thi đua năm 2025/;
const WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const XSS = '<img src=x onerror="window.__xss=1"> Đồng ý với danh sách.';

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
  return page;
}

async function openSession(page: Page) {
  await page.goto('/council');
  await page.getByRole('link', { name: SESSION }).click();
  await expect(page.getByRole('heading', { level: 1, name: SESSION })).toBeVisible();
}

test('council vote, tally, public notice and a citizen’s comment', async ({ browser }) => {
  test.setTimeout(120_000);
  // 1. The member votes on each nominee, one card at a time, confirming each secret ballot.
  const member = await signedIn(browser, 'hoidong@tdkt.local');
  await openSession(member);
  await expect(member.getByText('Bạn đã bỏ phiếu 0/3 người')).toBeVisible();
  for (let i = 1; i <= 3; i += 1) {
    await expect(member.getByText(`Người thứ ${i}/3`)).toBeVisible();
    await member.getByRole('button', { name: 'Đồng ý', exact: true }).click();
    await member.getByRole('dialog').getByRole('button', { name: 'Gửi phiếu' }).click();
    await expect(member.getByText(`Bạn đã bỏ phiếu ${i}/3 người`)).toBeVisible();
  }
  await expect(
    member.getByText('Bạn đã bỏ phiếu cho người này. Phiếu kín nên không hiển thị lựa chọn.'),
  ).toBeVisible();

  // 2. The secretary tallies.
  const secretary = await signedIn(browser, 'thuky@tdkt.local');
  await openSession(secretary);
  await secretary.getByRole('button', { name: 'Kiểm phiếu' }).click();
  await secretary.getByRole('dialog').getByRole('button', { name: 'Kiểm phiếu' }).click();
  await expect(secretary.getByText('Đã kiểm phiếu.')).toBeVisible();
  await secretary.getByRole('tab', { name: 'Kết quả kiểm phiếu' }).click();
  await expect(secretary.getByRole('table').getByText('Đạt', { exact: true }).first()).toBeVisible();

  // 3. The office closes the session and publishes the notice it drafted.
  const staff = await signedIn(browser, 'noivu@tdkt.local');
  await openSession(staff);
  await staff.getByRole('button', { name: 'Kết thúc phiên họp' }).click();
  await staff.getByRole('dialog').getByRole('button', { name: 'Kết thúc phiên họp' }).click();
  await expect(staff.getByText(/hồ sơ chuyển công khai/)).toBeVisible();
  await staff.goto('/public-notices');
  await staff.getByRole('tab', { name: 'Thông báo công khai' }).click();
  await staff.getByRole('button', { name: SESSION }).click();
  await staff.getByRole('button', { name: 'Đăng công khai' }).click();
  await staff
    .getByRole('dialog', { name: 'Đăng công khai danh sách?' })
    .getByRole('button', { name: 'Đăng công khai' })
    .click();
  await expect(staff.getByText('Đã đăng công khai.')).toBeVisible();
  const notices = await staff.request.get('/api/public-notices');
  const notice = ((await notices.json()) as { items: { id: string; title: string }[] }).items.find((n) =>
    SESSION.test(n.title),
  )!;

  // 4. A citizen, not signed in, reads the notice: public fields only.
  const citizen = await (await browser.newContext()).newPage();
  citizen.on('dialog', () => {
    throw new Error('a dialog opened: script ran');
  });
  await citizen.goto('/cong-khai');
  await citizen.getByRole('link', { name: SESSION }).click();
  await expect(citizen.getByRole('heading', { level: 1 })).toContainText('Công khai danh sách');
  await expect(citizen.getByRole('table')).toContainText('Phường Đông Phong');
  const html = await citizen.content();
  expect(html).not.toMatch(/Ngày sinh|Dân tộc|CCCD|Kỷ luật|\b\d{12}\b/);
  const api = await citizen.request.get(`/api/public/notices/${notice.id}`);
  expect(JSON.stringify(await api.json())).not.toMatch(/birth|ethnic|national|discipline|person_?id/i);

  // …and comments, answering the small sum after the minimum fill time.
  await citizen.getByLabel('Họ và tên (không bắt buộc)').fill('Lường Văn Tâm');
  await citizen.getByLabel(/Số điện thoại hoặc email/).fill('0987 000 111');
  await citizen.getByLabel('Nội dung ý kiến').fill(XSS);
  const label = await citizen.getByText(/Câu hỏi kiểm tra:/).textContent();
  const [, a, b] = /: (\S+) cộng (\S+) bằng/.exec(label ?? '')!;
  await citizen
    .getByPlaceholder('Trả lời bằng số')
    .fill(String(WORDS.indexOf(a!.toLowerCase()) + WORDS.indexOf(b!)));
  await citizen.waitForTimeout(3_200);
  await citizen.getByRole('button', { name: 'Gửi ý kiến' }).click();
  await expect(citizen.getByText('Cảm ơn bạn đã gửi ý kiến')).toBeVisible();

  // 5. The office approves it from the moderation queue; it shows as text, the contact stays private.
  await staff.goto('/public-notices');
  const row = staff.getByRole('row', { name: /Lường Văn Tâm/ });
  await expect(row).toContainText('0987 000 111');
  await row.getByRole('button', { name: 'Duyệt' }).click();
  await expect(staff.getByText('Đã duyệt: ý kiến hiển thị công khai.')).toBeVisible();
  await citizen.goto(`/cong-khai/${notice.id}`);
  await expect(citizen.getByText(XSS)).toBeVisible();
  expect(await citizen.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await citizen.content()).not.toContain('0987 000 111');
});
