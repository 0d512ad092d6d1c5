import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';

/*
 * A cluster's round in a real browser, from self-assessment to the emulation-flag proposal. The office
 * sets up a 2026 cluster of Tân Phong (head) and Đoàn Kết (deputy) through the API; then, in the pages:
 * Tân Phong self-assesses; Đoàn Kết (the deputy: the head's sheet is never its own to review) lowers a
 * score, which needs a reason; Tân Phong sees old and new and explains; the office finalises, locks the
 * round and proposes the leader for the flag as a draft dossier.
 */

const PASSWORD = 'TDKT-demo-2025!';
const STAFF = 'noivu@tdkt.local';
const TANPHONG = 'vanthu.tanphong@tdkt.local';
const DOANKET = 'vanthu.doanket@tdkt.local';
const NAME = 'Cụm thi đua phường Tân Phong – Đoàn Kết';

async function signIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
  return page;
}

/** JSON calls with the signed-in page's cookies and its anti-forgery token. */
function apiOf(page: Page) {
  const call = async (method: string, path: string, data?: unknown) => {
    const cookies = await page.context().cookies();
    const csrf = cookies.find((c) => c.name === 'tdkt_csrf')?.value ?? '';
    const res = await page.request.fetch(`/api${path}`, { method, data, headers: { 'x-csrf-token': csrf } });
    expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
    return res.json();
  };
  return {
    get: (path: string) => call('GET', path),
    post: (path: string, data: unknown = {}) => call('POST', path, data),
    put: (path: string, data: unknown) => call('PUT', path, data),
  };
}

test('a cluster round from self-assessment to the emulation-flag proposal', async ({ browser }) => {
  // The office sets up the cluster, its sheet and the round.
  const staff = await signIn(browser, STAFF);
  const office = apiOf(staff);
  const units: { items: { id: string; name: string }[] } = await office.get('/units');
  const unitId = (name: string) => units.items.find((u) => u.name === name)!.id;
  const tanPhong = unitId('Phường Tân Phong');
  const doanKet = unitId('Phường Đoàn Kết');
  const block = await office.post('/blocks', {
    kind: 'cluster',
    name: NAME,
    year: 2026,
    headUnitId: tanPhong,
    deputyUnitId: doanKet,
    showDetailsToMembers: false,
    memberUnitIds: [tanPhong, doanKet],
  });
  const sheet = await office.put(`/blocks/${block.id}/sheet`, {
    version: 0,
    title: 'Bảng tiêu chí chấm điểm năm 2026',
    maxPoints: 100,
    criteria: [
      { key: 'g', parentKey: null, code: 'I', name: 'Thực hiện nhiệm vụ', kind: 'group', maxPoints: 0 },
      {
        key: 'a',
        parentKey: 'g',
        code: '1.1',
        name: 'Công tác chỉ đạo thi đua',
        kind: 'manual',
        maxPoints: 60,
      },
      {
        key: 'b',
        parentKey: 'g',
        code: '1.2',
        name: 'Ký giao ước đúng hạn',
        kind: 'achieved',
        maxPoints: 40,
      },
    ],
  });
  const criterion = (code: string) => sheet.criteria.find((c: { code: string }) => c.code === code).id;
  await office.put(`/blocks/${block.id}/round`, {
    version: 0,
    selfDueOn: '2026-12-05',
    reviewDueOn: '2026-12-15',
    explanationDueOn: '2026-12-20',
    finalDueOn: '2026-12-28',
  });

  // Tân Phong self-assesses in the page.
  const tp = await signIn(browser, TANPHONG);
  await tp.getByRole('menuitem', { name: 'Khối, cụm thi đua' }).click();
  await tp.getByRole('link', { name: NAME }).click();
  await expect(tp.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  await tp.getByRole('link', { name: 'Tự chấm điểm' }).click();
  await expect(
    tp.getByRole('heading', { level: 1, name: 'Bảng điểm thi đua — Phường Tân Phong' }),
  ).toBeVisible();
  await tp.getByLabel('Tự chấm 1.1').fill('55');
  await tp.getByRole('textbox', { name: 'Minh chứng 1.1' }).fill('Kế hoạch số 12/KH-UBND ngày 10/01/2026');
  await tp.getByLabel('Tự chấm 1.2').click();
  await tp.getByTitle('Đạt (40 điểm)').click();
  await expectNoSeriousA11yViolations(tp, 'main');
  await tp.getByRole('button', { name: 'Gửi bảng tự chấm' }).click();
  await expect(tp.getByLabel('Tự chấm 1.1')).toHaveCount(0);
  await expect(tp.getByRole('button', { name: 'Gửi kết quả chấm cho đơn vị' })).toHaveCount(0);

  // Đoàn Kết self-assesses its own sheet (through the API) and reviews the head's sheet in the page.
  const dk = await signIn(browser, DOANKET);
  const dkApi = apiOf(dk);
  const own = await dkApi.put(`/blocks/${block.id}/assessments/${doanKet}`, {
    step: 'self',
    version: 1,
    items: [
      { criterionId: criterion('1.1'), value: 40 },
      { criterionId: criterion('1.2'), value: 0 },
    ],
  });
  await dkApi.post(`/blocks/${block.id}/assessments/${doanKet}/move`, {
    action: 'submit',
    version: own.version,
  });
  await dk.goto(`/blocks/${block.id}`);
  await dk.getByRole('link', { name: 'Phường Tân Phong' }).first().click();
  await dk.getByLabel('Điểm chấm 1.1').fill('50');
  await dk.getByRole('button', { name: 'Gửi kết quả chấm cho đơn vị' }).click();
  await expect(dk.getByRole('alert').filter({ hasText: '1.1: Ghi lý do thay đổi điểm' })).toBeVisible();
  await dk.getByLabel('Lý do sửa điểm 1.1').fill('Kế hoạch ban hành chậm 10 ngày so với hướng dẫn');
  await dk.getByRole('button', { name: 'Gửi kết quả chấm cho đơn vị' }).click();
  await expect(dk.getByText('Đơn vị giải trình').first()).toBeVisible();

  // The head reviews Đoàn Kết (API); Tân Phong sees old and new with the reason, and explains.
  const tpApi = apiOf(tp);
  const dkSheet = await tpApi.get(`/blocks/${block.id}/assessments/${doanKet}`);
  await tpApi.post(`/blocks/${block.id}/assessments/${doanKet}/move`, {
    action: 'review',
    version: dkSheet.version,
  });
  await tp.reload();
  await expect(tp.getByText('Lý do: Kế hoạch ban hành chậm 10 ngày so với hướng dẫn')).toBeVisible();
  await expect(tp.getByText('55 →')).toBeVisible();
  await tp.getByLabel('Giải trình 1.1').fill('Kế hoạch chậm do chờ hướng dẫn của tỉnh; đề nghị xem xét');
  await tp.getByRole('button', { name: 'Gửi giải trình (hoặc đồng ý kết quả)' }).click();
  await expect(tp.getByText('Thẩm định cuối').first()).toBeVisible();

  // The office finalises both sheets, locks the round, and proposes the leader for the flag.
  const dkFinal = await office.get(`/blocks/${block.id}/assessments/${doanKet}`);
  await office.post(`/blocks/${block.id}/assessments/${doanKet}/move`, {
    action: 'finalize',
    version: dkFinal.version,
  });
  await staff.goto(`/blocks/${block.id}/assessments/${tanPhong}`);
  await staff.getByRole('button', { name: 'Chốt điểm' }).click();
  await expect(staff.getByText('Đã khóa').first()).toBeVisible();
  await staff.goto(`/blocks/${block.id}?tab=round`);
  await staff.getByRole('button', { name: 'Khóa đợt chấm, công bố kết quả' }).click();
  await staff.getByRole('button', { name: 'Khóa và công bố' }).click();
  await expect(staff.getByText(/Đợt chấm điểm đã khóa ngày/)).toBeVisible();
  await staff.getByRole('tab', { name: 'Xếp hạng' }).click();
  await expect(staff.getByText('Dẫn đầu khối', { exact: true })).toBeVisible();
  await expect(staff.getByRole('row', { name: /1 Phường Tân Phong/ })).toContainText('90');
  await expectNoSeriousA11yViolations(staff, 'main');
  await staff.getByRole('button', { name: 'Lập hồ sơ đề nghị tặng Cờ thi đua' }).click();
  await expect(staff.getByText('Đã lập hồ sơ đề nghị tặng Cờ thi đua cho Phường Tân Phong.')).toBeVisible();

  // The members see the published result.
  await tp.goto(`/blocks/${block.id}?tab=ranking`);
  await expect(tp.getByRole('row', { name: /1 Phường Tân Phong/ })).toBeVisible();
});
