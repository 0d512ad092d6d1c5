import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';

/*
 * Issue 5 items 1–3 in the browser: the ward clerk drafts a dossier step by step, the ward head submits
 * it, the office receives and appraises it (the engine's verdicts with their articles) and returns it
 * with a reason, the ward head resubmits, the office sends it to the council; the timeline shows it all.
 */

const CLERK = 'vanthu.tanphong@tdkt.local';
const HEAD = 'truong.tanphong@tdkt.local';
const STAFF = 'noivu@tdkt.local';
const PASSWORD = 'TDKT-demo-2025!';
const TITLE = `Đề nghị tặng Giấy khen năm 2025 – thử nghiệm ${Date.now()}`;
const REASON = 'Bổ sung biên bản họp bình xét có chữ ký của chủ trì.';
const OVERRIDE = 'Kết quả đánh giá năm 2026 đã có tại biên bản họp của đơn vị; trình Hội đồng xem xét.';

async function signIn(page: Page, email: string) {
  await page.context().clearCookies();
  await page.goto('/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
}

async function openDossier(page: Page) {
  await page.getByRole('menuitem', { name: 'Hồ sơ khen thưởng' }).click();
  await page.getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
}

/** Click an action button, then confirm it in the dialog that opens. */
async function act(page: Page, name: string, reason?: string) {
  await page.getByRole('button', { name, exact: true }).first().click();
  const dialog = page.getByRole('dialog');
  if (reason) await dialog.getByRole('textbox').fill(reason);
  await dialog.getByRole('button', { name, exact: true }).click();
  await expect(page.getByText(`Đã thực hiện: ${name.toLowerCase()}.`)).toBeVisible();
  // The dialog fades out before the next step (and before an accessibility scan).
  await expect(page.locator('.ant-modal-confirm, .ant-modal-wrap:visible')).toHaveCount(0);
}

test('a ward drafts and submits a dossier; the office appraises, returns it with a reason, and sends the resubmitted dossier to the council', async ({
  page,
}) => {
  // The ward clerk drafts, step by step.
  await signIn(page, CLERK);
  await page.getByRole('menuitem', { name: 'Hồ sơ khen thưởng' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hồ sơ đề nghị khen thưởng' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Lập hồ sơ mới' }).click();
  await page.getByLabel('Danh hiệu / hình thức khen thưởng đề nghị').fill('Giấy khen');
  await page.locator('.ant-select-item-option', { hasText: /^Giấy khen$/ }).click();
  await page.getByLabel('Tên hồ sơ').fill(TITLE);
  await page.getByRole('button', { name: 'Tiếp theo' }).click();

  await page.getByLabel('Tìm cá nhân theo tên').click();
  // The first person found is highlighted: Enter picks them.
  await expect(page.locator('.ant-select-item-option-active').last()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByText('1. ', { exact: false }).first()).toBeVisible();
  await page
    .getByLabel('Tóm tắt thành tích (hiển thị khi công khai)')
    .fill('Hoàn thành xuất sắc nhiệm vụ năm 2025.');
  await page.getByRole('button', { name: 'Tiếp theo' }).click();

  const report = page.getByRole('textbox', { name: /^Báo cáo thành tích của/ });
  await report.click();
  await page.keyboard.type('Chủ trì số hóa hồ sơ một cửa của phường.');
  await page.getByRole('button', { name: 'Tiếp theo' }).click();

  await page
    .getByLabel('Tờ trình')
    .fill('Kính gửi Ủy ban nhân dân thành phố Lai Châu, Phường Tân Phong đề nghị…');
  await page
    .getByLabel('Biên bản họp bình xét thi đua')
    .fill('Hội nghị bình xét ngày 12/12/2025 thống nhất đề nghị.');
  await page.getByLabel('Tổng số thành viên').fill('15');
  await page.getByLabel('Số người dự họp').fill('14');
  await page.getByLabel('Số phiếu đồng ý').fill('13');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page.getByText('Đã lưu hồ sơ.')).toBeVisible();
  await page.getByRole('button', { name: 'Tiếp theo' }).click();
  await expect(page.getByText('Thủ trưởng đơn vị mở hồ sơ', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Xem hồ sơ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByText('Đang soạn').first()).toBeVisible();
  // The clerk cannot submit: only the head signs.
  await expect(page.getByRole('button', { name: 'Trình ký gửi hồ sơ' })).toHaveCount(0);

  // The ward head submits; the engine runs.
  await signIn(page, HEAD);
  await openDossier(page);
  await act(page, 'Trình ký gửi hồ sơ');
  await expect(page.getByText('Đã gửi').first()).toBeVisible();
  await expect(page.getByText(/Kết quả kiểm tra khi đơn vị gửi hồ sơ/)).toBeVisible();

  // The office receives, appraises (verdicts with their articles), and returns it with a reason.
  await signIn(page, STAFF);
  await openDossier(page);
  await act(page, 'Tiếp nhận');
  await act(page, 'Bắt đầu thẩm định');
  await expect(page.getByText(/Kết quả kiểm tra khi thẩm định/)).toBeVisible();
  await expect(page.getByText(/Luật Thi đua, khen thưởng 2022, Điều/).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Thẩm định' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // A return without a reason is refused next to the field.
  await page.getByRole('button', { name: 'Trả lại để bổ sung', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Trả lại để bổ sung' }).click();
  await expect(page.getByText('Cần ghi rõ lý do')).toBeVisible();
  await page.getByRole('dialog').getByRole('textbox').fill(REASON);
  await page.getByRole('dialog').getByRole('button', { name: 'Trả lại để bổ sung' }).click();
  await expect(page.getByText('Trả lại để bổ sung').first()).toBeVisible();
  await expect(page.getByText(`Lý do: ${REASON}`).first()).toBeVisible();

  // The ward head sees the reason and resubmits.
  await signIn(page, HEAD);
  await openDossier(page);
  await expect(page.getByText(`Lý do: ${REASON}`).first()).toBeVisible();
  await act(page, 'Gửi lại hồ sơ');
  await expect(page.getByText('Đã gửi lại').first()).toBeVisible();

  // The office sends it to the council.
  await signIn(page, STAFF);
  await openDossier(page);
  await act(page, 'Tiếp nhận');
  await act(page, 'Bắt đầu thẩm định');
  // The nominee's 2026 rating is not on file yet: the engine still waits for a person, so sending to the
  // council asks for a written reason, which the timeline keeps.
  await act(page, 'Trình Hội đồng', OVERRIDE);
  await expect(page.getByText('Trình Hội đồng').first()).toBeVisible();
  const timeline = page.locator('.ant-timeline');
  await expect(timeline.getByText(`Lý do: ${REASON}`)).toBeVisible();
  await expect(timeline.getByText(`Lý do: ${OVERRIDE}`)).toBeVisible();
  await expect(timeline.locator('.ant-timeline-item')).toHaveCount(9);
});

test('the overdue list, the processing-time dashboard and the holiday calendar', async ({ page }) => {
  await signIn(page, STAFF);
  await page.getByRole('menuitem', { name: 'Hồ sơ quá hạn' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hồ sơ quá hạn' })).toBeVisible();
  await expect(page.getByText(/Quá hạn \d+ ngày làm việc/).first()).toBeVisible();
  await page.getByRole('menuitem', { name: 'Thời gian xử lý' }).click();
  await expect(page.getByText(/Mục tiêu \(giảm 30% so với 20 ngày\)/)).toBeVisible();
  await expect(
    page.getByRole('img', { name: 'Thời gian xử lý trung bình theo tháng so với mục tiêu' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await signIn(page, 'admin@tdkt.local');
  await page.getByRole('menuitem', { name: 'Ngày nghỉ lễ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ngày nghỉ lễ, Tết' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Năm', { exact: true }).click();
  await page.locator('.ant-select-item-option', { hasText: 'Năm 2025' }).click();
  await expect(page.getByText('Tết Nguyên đán Ất Tỵ (mùng 1)')).toBeVisible();
  await expect(page.getByText('Thứ Tư, 29/01/2025')).toBeVisible();
  await expect(page.getByText('Làm bù cho ngày 02/05/2025')).toBeVisible();
});
