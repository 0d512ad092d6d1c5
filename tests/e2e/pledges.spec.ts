import { type Browser, expect, type Page, test } from '@playwright/test';

/*
 * Issue 4 item 7: a ward pledges for the demo movement 5834/PĐTĐ-UBND — the ward clerk drafts it, the
 * ward head submits it; the office returns it with a reason; the ward sees the reason, corrects and
 * resubmits; the office accepts it. Each person in their own browser session, as in real life.
 */

const PASSWORD = 'TDKT-demo-2025!';
const CLERK = 'vanthu.tanphong@tdkt.local';
const HEAD = 'truong.tanphong@tdkt.local';
const STAFF = 'noivu@tdkt.local';
const WARD = 'Phường Tân Phong';
const REASON = 'Đề nghị bổ sung danh hiệu “Chiến sĩ thi đua cơ sở” cho cán bộ có sáng kiến.';

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

/** The demo movement (the first one launched with the reference number; other specs may add a copy). */
async function demoMovementId(page: Page): Promise<string> {
  const res = await page.request.get('/api/movements?year=2025&pageSize=100');
  expect(res.ok()).toBe(true);
  const { items } = (await res.json()) as {
    items: { id: string; docNumber: string | null; launchedAt: string | null }[];
  };
  const launched = items
    .filter((m) => m.docNumber === '5834/PĐTĐ-UBND' && m.launchedAt)
    .sort((a, b) => a.launchedAt!.localeCompare(b.launchedAt!));
  expect(launched.length).toBeGreaterThan(0);
  return launched[0]!.id;
}

async function openPledges(page: Page, movementId: string) {
  await page.goto(`/movements/${movementId}/pledges`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function submitAsHead(page: Page) {
  await page.getByRole('button', { name: 'Gửi đăng ký' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Gửi đăng ký' }).click();
  await expect(page.getByText('Đã gửi đăng ký thi đua.')).toBeVisible();
  await expect(page.getByText('Đăng ký đã gửi, đang chờ tiếp nhận; không sửa được.')).toBeVisible();
}

test('a ward pledges, the office returns it with a reason, the ward resubmits, the office accepts', async ({
  browser,
}) => {
  // The ward clerk drafts the pledge: a collective title and one person with a title.
  const clerk = await signedIn(browser, CLERK);
  const movementId = await demoMovementId(clerk);
  await openPledges(clerk, movementId);
  await expect(clerk.getByRole('heading', { name: 'Đăng ký thi đua của đơn vị' })).toBeVisible();
  await clerk.getByRole('checkbox', { name: 'Tập thể lao động tiên tiến' }).check();
  const picker = clerk.getByRole('combobox', { name: 'Tìm cán bộ của đơn vị để thêm vào đăng ký' });
  await picker.click();
  const firstPerson = clerk.locator('.ant-select-item-option').first();
  await expect(firstPerson).toBeVisible();
  await firstPerson.click();
  await clerk.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  await expect(clerk.getByRole('heading', { name: 'Cá nhân đăng ký (1)' })).toBeVisible();
  // A clerk saves; only the unit head may send.
  await expect(clerk.getByRole('button', { name: 'Gửi đăng ký' })).toHaveCount(0);
  await clerk.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(clerk.getByText('Đã lưu đăng ký thi đua.')).toBeVisible();

  // The ward head submits it.
  const head = await signedIn(browser, HEAD);
  await openPledges(head, movementId);
  await expect(head.getByRole('heading', { name: 'Cá nhân đăng ký (1)' })).toBeVisible();
  await submitAsHead(head);

  // The office returns it with a reason.
  const staff = await signedIn(browser, STAFF);
  await openPledges(staff, movementId);
  await staff.getByRole('button', { name: `Trả lại đăng ký của ${WARD}` }).click();
  const returnDialog = staff.getByRole('dialog', { name: `Trả lại đăng ký của ${WARD}` });
  await returnDialog.getByRole('button', { name: 'Trả lại' }).click();
  await expect(returnDialog.getByText('Nhập lý do trả lại')).toBeVisible();
  await returnDialog.getByLabel('Lý do trả lại').fill(REASON);
  await returnDialog.getByRole('button', { name: 'Trả lại' }).click();
  await expect(returnDialog).toBeHidden();
  await expect(staff.getByRole('button', { name: `Trả lại đăng ký của ${WARD}` })).toHaveCount(0);

  // The ward sees the reason and corrects: the person gets the title the office asked for.
  await clerk.reload();
  await expect(clerk.getByText('Đăng ký bị trả lại')).toBeVisible();
  await expect(clerk.getByText(`Lý do: ${REASON}`)).toBeVisible();
  await clerk
    .getByRole('group', { name: /^Danh hiệu đăng ký của / })
    .getByRole('checkbox', { name: 'Chiến sĩ thi đua cơ sở' })
    .check();
  await clerk.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(clerk.getByText('Đã lưu đăng ký thi đua.')).toBeVisible();

  // The head resubmits; the reason is no longer shown as the current state.
  await head.reload();
  await expect(head.getByText(`Lý do: ${REASON}`)).toBeVisible();
  await submitAsHead(head);

  // The office accepts.
  await staff.reload();
  await staff.getByRole('button', { name: `Tiếp nhận đăng ký của ${WARD}` }).click();
  await expect(staff.getByText(`Đã tiếp nhận đăng ký của ${WARD}.`)).toBeVisible();
  await expect(staff.getByRole('button', { name: `Tiếp nhận đăng ký của ${WARD}` })).toHaveCount(0);

  // The ward sees it accepted.
  await clerk.reload();
  await expect(clerk.getByText('Đã tiếp nhận').first()).toBeVisible();
  await expect(clerk.getByText('Đăng ký bị trả lại')).toHaveCount(0);
});
