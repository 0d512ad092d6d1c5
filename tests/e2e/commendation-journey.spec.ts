import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, expect, type Page, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expectNoSeriousA11yViolations } from './support/a11y';

/*
 * Issue 5, the whole path in the browser on ONE new dossier, with the demo accounts:
 * the ward clerk of Phường Tân Phong drafts a "Lao động tiên tiến" 2025 proposal for Đặng Văn Sinh (the
 * suggestions page lists him: rated for 2025, no discipline, only the self-reliance criterion waits for a
 * person); the ward head submits; the office receives, appraises (confirms that criterion) and sends it
 * to the council; the secretary plans and opens a session with it on the agenda; the five members vote;
 * the secretary tallies; the office closes the session and publishes the notice; a citizen reads it
 * without signing in (no sensitive field) and comments; the office approves the comment; the notice
 * period ends; the office drafts the decision; the chairman signs it; the registry finds the award
 * without diacritics; the printed certificate's QR code opens a verification page that says valid.
 */

const PASSWORD = 'TDKT-demo-2025!';
const STAMP = Date.now();
const TITLE = `Đề nghị tặng danh hiệu Lao động tiên tiến năm 2025 – hành trình ${STAMP}`;
const SESSION = `Phiên họp xét khen thưởng – hành trình ${STAMP}`;
const NOMINEE = 'Đặng Văn Sinh';
const NOMINEE_FOLDED = 'dang van sinh';
const SUMMARY = 'Hoàn thành tốt nhiệm vụ; số hóa hồ sơ một cửa của phường năm 2025.';
const WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const COMMENT = 'Tôi là người dân tổ 5, đồng ý với đề nghị khen thưởng anh Sinh.';
const MEMBERS = [
  'hoidong@tdkt.local',
  'chutich@tdkt.local',
  'thuky@tdkt.local',
  'uyvien.lo@tdkt.local',
  'uyvien.giang@tdkt.local',
];

/** dd/mm/yyyy in Vietnam, `days` from today. */
function vnDate(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' }).format(d);
}

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

async function done(page: Page) {
  await page.context().close();
}

async function openDossier(page: Page) {
  await page.getByRole('menuitem', { name: 'Hồ sơ khen thưởng' }).click();
  await page.getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
}

/** Click a dossier action, confirm it in its dialog, and wait for the dialog to go. */
async function act(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).first().click();
  await page.getByRole('dialog').getByRole('button', { name, exact: true }).click();
  await expect(page.getByText(`Đã thực hiện: ${name.toLowerCase()}.`)).toBeVisible();
  await expect(page.locator('.ant-modal-confirm, .ant-modal-wrap:visible')).toHaveCount(0);
}

async function openSession(page: Page) {
  await page.goto('/council');
  await page.getByRole('link', { name: SESSION }).click();
  await expect(page.getByRole('heading', { level: 1, name: SESSION })).toBeVisible();
}

function qrOfFirstPage(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tdkt-e2e-journey-'));
  try {
    writeFileSync(path.join(dir, 'c.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', '-singlefile', 'c.pdf', 'p'], {
      cwd: dir,
    });
    const png = PNG.sync.read(readFileSync(path.join(dir, 'p.png')));
    const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    if (!qr) throw new Error('no QR code on the first page');
    return qr.data;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('one dossier from the ward’s draft to the registry, its public notice and a verified certificate', async ({
  browser,
}) => {
  test.setTimeout(300_000);

  // 1. The ward clerk drafts the proposal, step by step.
  const clerk = await signedIn(browser, 'vanthu.tanphong@tdkt.local');
  await clerk.getByRole('menuitem', { name: 'Hồ sơ khen thưởng' }).click();
  await clerk.getByRole('button', { name: 'Lập hồ sơ mới' }).click();
  await clerk.getByLabel('Danh hiệu / hình thức khen thưởng đề nghị').fill('Lao động tiên tiến');
  await clerk.locator('.ant-select-item-option', { hasText: /^Lao động tiên tiến$/ }).click();
  await clerk.getByLabel('Năm xét').fill('2025');
  await clerk.getByLabel('Tên hồ sơ').fill(TITLE);
  await clerk.getByRole('button', { name: 'Tiếp theo' }).click();
  await clerk.getByLabel('Tìm cá nhân theo tên').fill(NOMINEE);
  await clerk.locator('.ant-select-item-option', { hasText: NOMINEE }).first().click();
  await expect(clerk.getByText(`1. ${NOMINEE}`, { exact: false }).first()).toBeVisible();
  await clerk.getByLabel('Tóm tắt thành tích (hiển thị khi công khai)').fill(SUMMARY);
  await clerk.getByRole('button', { name: 'Tiếp theo' }).click();
  await clerk.getByRole('textbox', { name: /^Báo cáo thành tích của/ }).click();
  await clerk.keyboard.type('Chủ trì số hóa hồ sơ một cửa của phường; không để hồ sơ trễ hạn.');
  await clerk.getByRole('button', { name: 'Tiếp theo' }).click();
  await clerk
    .getByLabel('Tờ trình')
    .fill('Kính gửi Ủy ban nhân dân thành phố Lai Châu, Phường Tân Phong đề nghị…');
  await clerk
    .getByLabel('Biên bản họp bình xét thi đua')
    .fill('Hội nghị bình xét ngày 12/12/2025 thống nhất đề nghị.');
  await clerk.getByLabel('Tổng số thành viên').fill('15');
  await clerk.getByLabel('Số người dự họp').fill('14');
  await clerk.getByLabel('Số phiếu đồng ý').fill('14');
  await clerk.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(clerk.getByText('Đã lưu hồ sơ.')).toBeVisible();
  await clerk.getByRole('button', { name: 'Tiếp theo' }).click();
  await clerk.getByRole('button', { name: 'Xem hồ sơ' }).click();
  await expect(clerk.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(clerk.getByText('Đang soạn').first()).toBeVisible();
  await done(clerk);

  // 2. The ward head submits; the law engine runs.
  const head = await signedIn(browser, 'truong.tanphong@tdkt.local');
  await openDossier(head);
  await act(head, 'Trình ký gửi hồ sơ');
  await expect(head.getByText(/Kết quả kiểm tra khi đơn vị gửi hồ sơ/)).toBeVisible();
  await done(head);

  // 3. The office receives and appraises: the self-reliance criterion waits for a person; sending
  //    before confirming it asks for a reason; the appraiser confirms it instead.
  const staff = await signedIn(browser, 'noivu@tdkt.local');
  await openDossier(staff);
  await act(staff, 'Tiếp nhận');
  await act(staff, 'Bắt đầu thẩm định');
  await expect(staff.getByText(/Kết quả kiểm tra khi thẩm định/)).toBeVisible();
  await staff.getByRole('button', { name: 'Trình Hội đồng', exact: true }).click();
  const early = staff.getByRole('dialog');
  await expect(early.getByText(`${NOMINEE} còn tiêu chí chờ người thẩm định xác nhận`)).toBeVisible();
  await early.getByRole('button', { name: 'Hủy' }).click();
  await expect(staff.locator('.ant-modal-wrap:visible')).toHaveCount(0);
  const waiting = staff.getByRole('radiogroup', { name: /tự lực/i });
  await waiting.getByRole('radio', { name: 'Xác nhận đạt' }).check();
  await staff.getByRole('button', { name: 'Lưu kết quả thẩm định' }).click();
  await expect(staff.getByText(`Đã lưu kết quả thẩm định của ${NOMINEE}.`)).toBeVisible();
  await expect(staff.getByText('Đủ điều kiện').first()).toBeVisible();
  await expectNoSeriousA11yViolations(staff);
  await act(staff, 'Trình Hội đồng');
  await expect(staff.getByText('Trình Hội đồng').first()).toBeVisible();

  // 4. The secretary plans a session with the dossier on its agenda and opens it (all present).
  const secretary = await signedIn(browser, 'thuky@tdkt.local');
  await secretary.goto('/council');
  await secretary.getByRole('button', { name: 'Tạo phiên họp' }).click();
  const plan = secretary.getByRole('dialog', { name: 'Tạo phiên họp Hội đồng' });
  await plan.getByLabel('Tên phiên họp').fill(SESSION);
  await plan.getByLabel('Ngày họp').fill(vnDate(0));
  await plan.getByLabel('Ngày họp').press('Enter');
  await plan.getByLabel('Năm xét khen thưởng').fill('2025');
  await plan.getByLabel('Địa điểm').fill('Phòng họp số 2, UBND thành phố Lai Châu');
  await plan
    .getByRole('row', { name: new RegExp(TITLE) })
    .getByRole('checkbox')
    .check();
  await plan.getByRole('button', { name: 'Tạo phiên họp' }).click();
  await expect(secretary.getByRole('heading', { level: 1, name: SESSION })).toBeVisible();
  await secretary.getByRole('button', { name: 'Khai mạc phiên họp' }).click();
  await secretary.getByRole('dialog').getByRole('button', { name: 'Khai mạc' }).click();
  await expect(secretary.getByText('Đã khai mạc phiên họp. Thành viên có thể bỏ phiếu.')).toBeVisible();

  // 5. Every member votes, secretly, on the one nominee.
  for (const email of MEMBERS) {
    const member = email === 'thuky@tdkt.local' ? secretary : await signedIn(browser, email);
    await openSession(member);
    await expect(member.getByText('Bạn đã bỏ phiếu 0/1 người')).toBeVisible();
    await expect(member.getByText(`Người thứ 1/1: ${NOMINEE}`)).toBeVisible();
    await member.getByRole('button', { name: 'Đồng ý', exact: true }).click();
    await member.getByRole('dialog').getByRole('button', { name: 'Gửi phiếu' }).click();
    await expect(member.getByText('Bạn đã bỏ phiếu 1/1 người')).toBeVisible();
    if (member !== secretary) await done(member);
  }

  // 6. The secretary tallies: the nominee passes.
  await openSession(secretary);
  await secretary.getByRole('button', { name: 'Kiểm phiếu' }).click();
  await secretary.getByRole('dialog').getByRole('button', { name: 'Kiểm phiếu' }).click();
  await expect(secretary.getByText('Đã kiểm phiếu.')).toBeVisible();
  await secretary.getByRole('tab', { name: 'Kết quả kiểm phiếu' }).click();
  const result = secretary.getByRole('row', { name: new RegExp(NOMINEE) });
  await expect(result.getByText('Đạt', { exact: true })).toBeVisible();
  await done(secretary);

  // 7. The office closes the session (the dossier moves to public notice) and publishes the notice.
  await openSession(staff);
  await staff.getByRole('button', { name: 'Kết thúc phiên họp' }).click();
  await staff.getByRole('dialog').getByRole('button', { name: 'Kết thúc phiên họp' }).click();
  await expect(
    staff.getByText('Đã kết thúc: 1 hồ sơ chuyển công khai, 0 hồ sơ không khen thưởng.'),
  ).toBeVisible();
  await staff.goto('/public-notices');
  await staff.getByRole('tab', { name: 'Thông báo công khai' }).click();
  await staff.getByRole('button', { name: new RegExp(SESSION) }).click();
  const drawer = staff.getByRole('dialog', { name: 'Thông báo công khai' });
  await expect(drawer.getByRole('row', { name: new RegExp(NOMINEE) })).toContainText(SUMMARY);
  await drawer.getByRole('button', { name: 'Đăng công khai' }).click();
  await staff
    .getByRole('dialog', { name: 'Đăng công khai danh sách?' })
    .getByRole('button', { name: 'Đăng công khai' })
    .click();
  await expect(staff.getByText('Đã đăng công khai.')).toBeVisible();
  await drawer.getByRole('button', { name: 'Close' }).or(drawer.getByLabel('Đóng')).first().click();

  // 8. A citizen, not signed in, finds the notice: the nominee's public fields only, then comments.
  const citizen = await (await browser.newContext()).newPage();
  await citizen.goto('/cong-khai');
  await citizen.getByRole('link', { name: new RegExp(SESSION) }).click();
  await expect(citizen.getByRole('heading', { level: 1 })).toContainText('Công khai danh sách');
  const line = citizen.getByRole('row', { name: new RegExp(NOMINEE) });
  await expect(line).toContainText('Phường Tân Phong');
  await expect(line).toContainText('Lao động tiên tiến');
  await expect(line).toContainText(SUMMARY);
  expect(await citizen.content()).not.toMatch(/Ngày sinh|Dân tộc|CCCD|Kỷ luật|Xếp loại|\b\d{12}\b/);
  await citizen.getByLabel('Họ và tên (không bắt buộc)').fill('Lường Thị Nga');
  await citizen.getByLabel(/Số điện thoại hoặc email/).fill('0912 345 678');
  await citizen.getByLabel('Nội dung ý kiến').fill(COMMENT);
  const question = await citizen.getByText(/Câu hỏi kiểm tra:/).textContent();
  const [, a, b] = /: (\S+) cộng (\S+) bằng/.exec(question ?? '')!;
  await citizen
    .getByPlaceholder('Trả lời bằng số')
    .fill(String(WORDS.indexOf(a!.toLowerCase()) + WORDS.indexOf(b!.toLowerCase())));
  // The form refuses a comment sent within 3 s of opening it (an anti-robot rule), as a person reads first.
  await citizen.waitForTimeout(3_200);
  await citizen.getByRole('button', { name: 'Gửi ý kiến' }).click();
  await expect(citizen.getByText('Cảm ơn bạn đã gửi ý kiến')).toBeVisible();

  // 9. The office approves the comment from its moderation queue; the page shows it, not the contact.
  await staff.goto('/public-notices');
  const queued = staff.getByRole('row', { name: /Lường Thị Nga/ });
  await expect(queued).toContainText('0912 345 678');
  await queued.getByRole('button', { name: 'Duyệt' }).click();
  await expect(staff.getByText('Đã duyệt: ý kiến hiển thị công khai.')).toBeVisible();
  await citizen.reload();
  await expect(citizen.getByText(COMMENT)).toBeVisible();
  expect(await citizen.content()).not.toContain('0912 345 678');

  // 10. The decision may be drafted only after the notice period. Days cannot pass inside a test: the
  //     office moves the period into the past through the notice's own form (the same field it uses to
  //     extend it), which stands in for the days passing. Before that, the dossier is not offered.
  await staff.goto('/decisions/new');
  await expect(
    staff.getByRole('heading', { level: 1, name: 'Lập dự thảo quyết định khen thưởng' }),
  ).toBeVisible();
  await expect(staff.getByRole('row', { name: new RegExp(TITLE) })).toHaveCount(0);
  await staff.goto('/public-notices');
  await staff.getByRole('tab', { name: 'Thông báo công khai' }).click();
  await staff.getByRole('button', { name: new RegExp(SESSION) }).click();
  await drawer.getByPlaceholder('Từ ngày').click();
  await drawer.getByPlaceholder('Từ ngày').fill(vnDate(-12));
  await drawer.getByPlaceholder('Từ ngày').press('Enter');
  await drawer.getByPlaceholder('Đến ngày').fill(vnDate(-1));
  await drawer.getByPlaceholder('Đến ngày').press('Enter');
  await drawer.getByRole('button', { name: 'Lưu', exact: true }).click();
  // (Enter in the last date field also submits the form: the message may show twice.)
  await expect(staff.getByText('Đã lưu thông báo.').first()).toBeVisible();
  await drawer.getByRole('button', { name: 'Close' }).or(drawer.getByLabel('Đóng')).first().click();
  await expect(staff.getByRole('row', { name: new RegExp(SESSION) })).toContainText(
    `${vnDate(-12)} – ${vnDate(-1)}`,
  );

  // 11. The office drafts the decision for this dossier.
  await staff.goto('/decisions');
  await staff.getByRole('button', { name: 'Lập dự thảo quyết định' }).click();
  await staff
    .getByRole('row', { name: new RegExp(TITLE) })
    .getByRole('checkbox')
    .check();
  await staff.getByRole('button', { name: 'Lưu dự thảo' }).click();
  await expect(staff).toHaveURL(/\/decisions\/[0-9a-f-]{36}$/);
  await expect(
    staff.getByRole('heading', { level: 1, name: 'Dự thảo quyết định khen thưởng', exact: true }),
  ).toBeVisible();
  await expect(staff.getByRole('row', { name: new RegExp(NOMINEE) })).toBeVisible();
  const decisionPath = new URL(staff.url()).pathname;

  // 12. The chairman signs: the number is given now.
  const chairman = await signedIn(browser, 'chutich@tdkt.local');
  await chairman.goto(decisionPath);
  await chairman.getByRole('button', { name: 'Ký ban hành' }).click();
  await chairman.getByRole('dialog').getByRole('button', { name: 'Ký ban hành' }).click();
  const heading = chairman.getByRole('heading', { level: 1, name: /^Quyết định số \d+\/QĐ-UBND$/ });
  await expect(heading).toBeVisible();
  const number = ((await heading.textContent()) ?? '').replace('Quyết định số ', '');
  await done(chairman);

  // 13. The registry finds the award without diacritics, with the decision's number.
  await staff.goto('/registry');
  await staff.getByLabel('Tìm theo tên người, tập thể, danh hiệu hoặc số quyết định').fill(NOMINEE_FOLDED);
  const entry = staff.getByRole('row', { name: new RegExp(`${NOMINEE}.*${number}`) });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText('Lao động tiên tiến');
  await expect(entry.getByText('Còn hiệu lực')).toBeVisible();

  // 14. The office prints the certificate; its QR code opens the public verification page: valid.
  await staff.getByRole('menuitem', { name: 'In giấy chứng nhận' }).click();
  await staff.getByLabel('Tìm số quyết định').fill(number);
  await expect(staff.locator('.ant-table').first().locator('tbody tr.ant-table-row')).toHaveCount(1);
  await staff
    .getByRole('row', { name: new RegExp(number) })
    .getByRole('button', { name: 'In giấy chứng nhận' })
    .click();
  await staff.getByRole('button', { name: 'In', exact: true }).click();
  const pdfLink = staff.getByRole('link', { name: 'Tải tệp PDF để in' });
  await expect(pdfLink).toBeVisible({ timeout: 30_000 });
  const pdf = await staff.request.get((await pdfLink.getAttribute('href'))!);
  const url = qrOfFirstPage(await pdf.body());
  expect(url).toMatch(/\/verify\/[A-Za-z0-9_-]+$/);
  await citizen.goto(new URL(url).pathname);
  await expect(citizen.getByText('Còn hiệu lực')).toBeVisible();
  await expect(citizen.getByText(NOMINEE)).toBeVisible();
  await expect(citizen.getByText('Lao động tiên tiến')).toBeVisible();
  await expect(citizen.getByText(number)).toBeVisible();
  await done(citizen);
  await done(staff);
});
