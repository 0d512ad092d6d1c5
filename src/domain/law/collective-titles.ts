import { criterion } from './individual-titles';
import { always, D86, LAW, LAW_2022_FROM } from './periods';
import type { AwardDef, CriterionDef } from './types';

/*
 * Collective and household titles (Law Arts 20, 25–31; legal.md §1.3). Member ratios are parameters
 * (parameters.ts); TTLĐTT's 70% replaced the 2003 law's 50% and must not be mixed with it.
 */

export const COLLECTIVE_TITLE_CRITERIA: readonly CriterionDef[] = [
  criterion('ttldtt.rating-good', 'Tập thể hoàn thành tốt nhiệm vụ được giao', always(`${LAW}, Điều 28`)),
  criterion(
    'ttldtt.emulation-movement',
    'Có phong trào thi đua thường xuyên, thiết thực, hiệu quả',
    always(`${LAW}, Điều 28`),
    true,
  ),
  criterion(
    'ttldtt.member-ldtt-share',
    'Có từ 70% cá nhân trong tập thể đạt danh hiệu "Lao động tiên tiến"',
    always(`${LAW}, Điều 28`),
  ),
  criterion(
    'ttldtt.no-member-warning',
    'Không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên',
    always(`${LAW}, Điều 28`),
  ),
  criterion(
    'ttldtt.solidarity',
    'Nội bộ đoàn kết, chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước',
    always(`${LAW}, Điều 28`),
    true,
  ),
  criterion('ttldxs.rating-excellent', 'Tập thể hoàn thành xuất sắc nhiệm vụ', always(`${LAW}, Điều 27`)),
  criterion(
    'ttldxs.emulation-movement',
    'Tích cực tham gia phong trào thi đua thường xuyên, thiết thực, hiệu quả',
    always(`${LAW}, Điều 27`),
    true,
  ),
  criterion(
    'ttldxs.all-members-complete',
    '100% cá nhân trong tập thể hoàn thành nhiệm vụ được giao',
    always(`${LAW}, Điều 27`),
  ),
  criterion(
    'ttldxs.member-ldtt-share',
    'Có từ 70% cá nhân trong tập thể đạt danh hiệu "Lao động tiên tiến"',
    always(`${LAW}, Điều 27`),
  ),
  criterion(
    'ttldxs.member-cstdcs',
    'Có cá nhân đạt danh hiệu "Chiến sĩ thi đua cơ sở"',
    always(`${LAW}, Điều 27`),
  ),
  criterion(
    'ttldxs.solidarity',
    'Nội bộ đoàn kết, gương mẫu chấp hành chủ trương, chính sách, pháp luật',
    always(`${LAW}, Điều 27`),
    true,
  ),
  criterion(
    'co.block-leader',
    'Là tập thể dẫn đầu cụm, khối thi đua do tỉnh tổ chức',
    always(`${LAW}, Điều 26`),
  ),
  criterion(
    'co.exceeds-targets',
    'Hoàn thành vượt mức chỉ tiêu thi đua và nhiệm vụ được giao; là tập thể tiêu biểu xuất sắc của tỉnh',
    always(`${LAW}, Điều 26`),
    true,
  ),
  criterion(
    'co.solidarity-integrity',
    'Nội bộ đoàn kết; tổ chức đảng, đoàn thể hoàn thành xuất sắc nhiệm vụ; đi đầu thực hành tiết kiệm, chống lãng phí, tham nhũng, tiêu cực',
    always(`${LAW}, Điều 26`),
    true,
  ),
  criterion(
    'cocp.block-leader',
    'Được lựa chọn trong số các tập thể dẫn đầu cụm, khối thi đua của bộ, ngành, tỉnh',
    always(`${LAW}, Điều 25`),
  ),
  criterion(
    'cocp.outstanding',
    'Tiêu biểu xuất sắc, vượt chỉ tiêu; nội bộ đoàn kết; đi đầu thực hành tiết kiệm, chống tham nhũng',
    always(`${LAW}, Điều 25`),
    true,
  ),
  criterion(
    'xptb.d86-standards',
    'Đạt tiêu chuẩn "xã, phường tiêu biểu" theo khung tiêu chuẩn của Nghị định 86/2023 và quy định của tỉnh',
    always(`${LAW}, Điều 29; ${D86}`),
    true,
  ),
  criterion(
    'ttdpvh.d86-standards',
    'Đạt tiêu chuẩn "thôn, tổ dân phố văn hóa" theo khung tiêu chuẩn Phụ lục II Nghị định 86/2023 và quy định của tỉnh',
    always(`${LAW}, Điều 30; ${D86}, Phụ lục II`),
    true,
  ),
  criterion(
    'gdvh.compliance',
    'Gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước (nếp sống văn minh, an ninh trật tự, phòng cháy)',
    always(`${LAW}, Điều 31; ${D86}, Phụ lục I`),
    true,
  ),
  criterion(
    'gdvh.movements',
    'Tích cực tham gia các phong trào thi đua, hoạt động cộng đồng',
    always(`${LAW}, Điều 31; ${D86}, Phụ lục I`),
    true,
  ),
  criterion(
    'gdvh.prosperous',
    'Gia đình no ấm, tiến bộ, hạnh phúc; thực hiện bình đẳng giới, chính sách dân số',
    always(`${LAW}, Điều 31; ${D86}, Phụ lục I`),
    true,
  ),
  criterion(
    'gdvh.no-exclusion',
    'Không có thành viên bị truy cứu trách nhiệm hình sự, vi phạm nghĩa vụ quân sự, thuế, hoặc bị xử phạt về tảo hôn',
    always(D86),
    true,
  ),
];

const PRINCIPLES = ['principles.not-under-review', 'principles.discipline-ended'] as const;
const TITLE_FROM = { from: LAW_2022_FROM };
const CERT_AND_FRAME = ['Giấy chứng nhận', 'khung'] as const;

export const COLLECTIVE_TITLE_AWARDS: readonly AwardDef[] = [
  {
    code: 'tap-the-lao-dong-tien-tien',
    awardClass: 'title',
    name: 'Tập thể lao động tiên tiến',
    kinds: ['collective'],
    source: `${LAW}, Điều 28`,
    effective: TITLE_FROM,
    items: { collective: [] },
    criteria: {
      collective: [
        'ttldtt.rating-good',
        'ttldtt.member-ldtt-share',
        'ttldtt.no-member-warning',
        'ttldtt.emulation-movement',
        'ttldtt.solidarity',
        ...PRINCIPLES,
      ],
    },
    verified: true,
  },
  {
    code: 'tap-the-lao-dong-xuat-sac',
    awardClass: 'title',
    name: 'Tập thể lao động xuất sắc',
    kinds: ['collective'],
    source: `${LAW}, Điều 27`,
    effective: TITLE_FROM,
    items: { collective: CERT_AND_FRAME },
    criteria: {
      collective: [
        'ttldxs.rating-excellent',
        'ttldxs.all-members-complete',
        'ttldxs.member-ldtt-share',
        'ttldxs.member-cstdcs',
        'ttldxs.emulation-movement',
        'ttldxs.solidarity',
        ...PRINCIPLES,
      ],
    },
    verified: true,
  },
  {
    code: 'co-thi-dua-ubnd-tinh',
    awardClass: 'title',
    name: 'Cờ thi đua của Ủy ban nhân dân tỉnh',
    kinds: ['collective'],
    source: `${LAW}, Điều 26`,
    effective: TITLE_FROM,
    items: { collective: ['cờ'] },
    criteria: {
      collective: ['co.block-leader', 'co.exceeds-targets', 'co.solidarity-integrity', ...PRINCIPLES],
    },
    verified: true,
    note: 'Đường xét cho phong trào chuyên đề từ 3 năm trở lên (như Thông tư 15/2025/TT-BXD) chưa kiểm chứng cho cấp tỉnh.',
  },
  {
    code: 'co-thi-dua-chinh-phu',
    awardClass: 'title',
    name: 'Cờ thi đua của Chính phủ',
    kinds: ['collective'],
    source: `${LAW}, Điều 25`,
    effective: TITLE_FROM,
    items: { collective: ['cờ'] },
    criteria: { collective: ['cocp.block-leader', 'cocp.outstanding', ...PRINCIPLES] },
    verified: true,
    note: 'Thủ tướng Chính phủ quyết định; tỉnh chỉ đề nghị.',
  },
  {
    code: 'xa-phuong-tieu-bieu',
    awardClass: 'title',
    name: 'Xã, phường, đặc khu tiêu biểu',
    kinds: ['collective'],
    source: `${LAW}, Điều 29`,
    effective: TITLE_FROM,
    items: { collective: CERT_AND_FRAME },
    criteria: { collective: ['xptb.d86-standards', ...PRINCIPLES] },
    verified: false,
    note: 'Cấp có thẩm quyền tặng chưa kiểm chứng.',
  },
  {
    code: 'thon-to-dan-pho-van-hoa',
    awardClass: 'title',
    name: 'Thôn, tổ dân phố văn hóa',
    kinds: ['collective'],
    source: `${LAW}, Điều 30`,
    effective: TITLE_FROM,
    items: { collective: CERT_AND_FRAME },
    criteria: { collective: ['ttdpvh.d86-standards', ...PRINCIPLES] },
    verified: true,
  },
  {
    code: 'gia-dinh-van-hoa',
    awardClass: 'title',
    name: 'Gia đình văn hóa',
    kinds: ['household'],
    source: `${LAW}, Điều 31`,
    effective: TITLE_FROM,
    items: { household: [] },
    criteria: {
      household: ['gdvh.compliance', 'gdvh.movements', 'gdvh.prosperous', 'gdvh.no-exclusion'],
    },
    verified: false,
    note: 'Không thấy hệ số tiền thưởng trong Điều 50 Nghị định 152/2025; vật phẩm chưa kiểm chứng.',
  },
];
