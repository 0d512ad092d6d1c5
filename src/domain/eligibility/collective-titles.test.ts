import { describe, it } from 'vitest';
import { buildCollective, buildHousehold, buildLdttMembers, buildMember } from './factories';
import { checkRuleCase, type RuleCase } from './test-cases';

const TTLDTT = 'tap-the-lao-dong-tien-tien';
const TTLDXS = 'tap-the-lao-dong-xuat-sac';
const CSTDCS = 'chien-si-thi-dua-co-so';
const LDTT = 'lao-dong-tien-tien';

/** 7 of 10 hold LĐTT, 3 only completed: exactly the 70% floor. */
const sevenOfTen = () => [
  ...buildLdttMembers(7),
  ...Array.from({ length: 3 }, () => buildMember('complete')),
];
const excellentYear = [{ year: 2025, rating: 'excellent' as const, titles: [] }];
const withCstdcs = () => [buildMember('excellent', [LDTT, CSTDCS]), ...buildLdttMembers(9)];

const ttldtt: RuleCase[] = [
  {
    name: 'Luật TĐKT 2022 Điều 28: 100% LĐTT, hoàn thành tốt → đạt, chờ xác nhận phong trào và đoàn kết',
    input: buildCollective(TTLDTT),
    status: 'needs-attestation',
    criteria: {
      'ttldtt.rating-good': true,
      'ttldtt.member-ldtt-share': true,
      'ttldtt.no-member-warning': true,
      'ttldtt.emulation-movement': null,
      'ttldtt.solidarity': null,
    },
    canConfer: true,
    amount: 1_880_000,
  },
  {
    name: 'Luật TĐKT 2022 Điều 28: đúng 70% thành viên LĐTT → đạt tỷ lệ',
    input: buildCollective(TTLDTT, { members: sevenOfTen() }),
    criteria: { 'ttldtt.member-ldtt-share': true },
  },
  {
    name: 'Luật TĐKT 2022 Điều 28: 6/10 thành viên LĐTT (60%, ngưỡng cũ 50% của luật 2003 không dùng) → không đạt',
    input: buildCollective(TTLDTT, {
      members: [...buildLdttMembers(6), ...Array.from({ length: 4 }, () => buildMember('complete'))],
    }),
    status: 'ineligible',
    criteria: { 'ttldtt.member-ldtt-share': false },
  },
  {
    name: 'Luật TĐKT 2022 Điều 28: thành viên đạt CSTĐCS được tính như đạt LĐTT',
    input: buildCollective(TTLDTT, {
      members: [
        ...buildLdttMembers(6),
        buildMember('excellent', [CSTDCS]),
        ...Array.from({ length: 3 }, () => buildMember('complete')),
      ],
    }),
    criteria: { 'ttldtt.member-ldtt-share': true },
  },
  {
    name: 'Luật TĐKT 2022 Điều 28: một thành viên bị cảnh cáo trong năm → không đạt',
    input: buildCollective(TTLDTT, {
      members: [
        ...buildLdttMembers(9),
        buildMember('good', [], [{ level: 'warning', from: '2025-04-01', to: '2026-03-31' }]),
      ],
    }),
    status: 'ineligible',
    criteria: { 'ttldtt.no-member-warning': false },
  },
  {
    name: 'Luật TĐKT 2022 Điều 28: thành viên bị khiển trách (dưới cảnh cáo) không chặn danh hiệu',
    input: buildCollective(TTLDTT, {
      members: [
        ...buildLdttMembers(9),
        buildMember('good', [LDTT], [{ level: 'reprimand', from: '2025-04-01', to: '2026-03-31' }]),
      ],
    }),
    criteria: { 'ttldtt.no-member-warning': true },
  },
  {
    name: 'Luật TĐKT 2022 Điều 28: cảnh cáo đã hết trước năm xét không chặn danh hiệu',
    input: buildCollective(TTLDTT, {
      members: [
        ...buildLdttMembers(9),
        buildMember('good', [LDTT], [{ level: 'dismissal', from: '2023-01-01', to: '2024-06-30' }]),
      ],
    }),
    criteria: { 'ttldtt.no-member-warning': true },
  },
  {
    name: 'Luật TĐKT 2022 Điều 28: tập thể chỉ hoàn thành nhiệm vụ → không đạt',
    input: buildCollective(TTLDTT, { records: [{ year: 2025, rating: 'complete', titles: [] }] }),
    status: 'ineligible',
    criteria: { 'ttldtt.rating-good': false },
  },
  {
    name: 'Luật TĐKT 2022 Điều 28: chưa có danh sách thành viên → chưa xác định, không phải không đạt',
    input: buildCollective(TTLDTT, { members: [] }),
    status: 'needs-attestation',
    criteria: { 'ttldtt.member-ldtt-share': null, 'ttldtt.no-member-warning': null },
  },
  {
    name: 'NĐ 152/2025 Điều 4 khoản 4: tập thể đang bị thanh tra → tạm dừng',
    input: buildCollective(TTLDTT, { underReview: true }),
    status: 'ineligible',
    criteria: { 'principles.not-under-review': false },
  },
  {
    name: 'Luật TĐKT 2022 Điều 28: đủ xác nhận định tính → eligible',
    input: buildCollective(TTLDTT, {
      attestations: { 'ttldtt.emulation-movement': true, 'ttldtt.solidarity': true },
    }),
    status: 'eligible',
  },
  {
    name: 'Luật TĐKT 2022 Điều 80 khoản 3: trước 01/07/2025 Chủ tịch UBND xã không được tặng TTLĐTT',
    input: buildCollective(TTLDTT, {}, { year: 2024, decisionDate: '2025-01-15' }),
    canConfer: false,
  },
  {
    name: 'Luật TĐKT 2022 Điều 28: cá nhân không được xét danh hiệu tập thể',
    input: buildCollective(TTLDTT, { kind: 'individual' }),
    status: 'ineligible',
    criteria: { 'award.candidate-kind': false },
  },
];

const ttldxs: RuleCase[] = [
  {
    name: 'Luật TĐKT 2022 Điều 27: xuất sắc, 100% hoàn thành, ≥70% LĐTT, có CSTĐCS → đạt; tỉnh tặng',
    input: buildCollective(
      TTLDXS,
      { records: excellentYear, members: withCstdcs() },
      { authority: { level: 'province' } },
    ),
    status: 'needs-attestation',
    criteria: {
      'ttldxs.rating-excellent': true,
      'ttldxs.all-members-complete': true,
      'ttldxs.member-ldtt-share': true,
      'ttldxs.member-cstdcs': true,
    },
    canConfer: true,
    amount: 3_510_000,
  },
  {
    name: 'Luật TĐKT 2022 Điều 27: không có thành viên CSTĐCS → không đạt',
    input: buildCollective(TTLDXS, { records: excellentYear }),
    status: 'ineligible',
    criteria: { 'ttldxs.member-cstdcs': false },
  },
  {
    name: 'Luật TĐKT 2022 Điều 27: một thành viên không hoàn thành nhiệm vụ → không đạt 100%',
    input: buildCollective(TTLDXS, {
      records: excellentYear,
      members: [...withCstdcs(), buildMember('incomplete')],
    }),
    status: 'ineligible',
    criteria: { 'ttldxs.all-members-complete': false },
  },
  {
    name: 'Luật TĐKT 2022 Điều 27: tập thể chỉ hoàn thành tốt → không đạt xuất sắc',
    input: buildCollective(TTLDXS, { members: withCstdcs() }),
    status: 'ineligible',
    criteria: { 'ttldxs.rating-excellent': false },
  },
  {
    name: 'Luật TĐKT 2022 Điều 27: 70% là tỷ lệ LĐTT, không phải tỷ lệ xuất sắc (6/10 LĐTT → không đạt)',
    input: buildCollective(TTLDXS, {
      records: excellentYear,
      members: [
        buildMember('excellent', [CSTDCS]),
        ...buildLdttMembers(5),
        ...Array.from({ length: 4 }, () => buildMember('excellent')),
      ],
    }),
    criteria: { 'ttldxs.member-ldtt-share': false },
  },
  {
    name: 'Luật TĐKT 2022 Điều 27 / NĐ 129/2025 Điều 59: Chủ tịch UBND xã không được tặng TTLĐXS',
    input: buildCollective(TTLDXS, { records: excellentYear, members: withCstdcs() }),
    canConfer: false,
  },
];

const flags: RuleCase[] = [
  {
    name: 'Luật TĐKT 2022 Điều 26: tập thể dẫn đầu khối thi đua → đạt tiêu chí dẫn đầu; tỉnh tặng cờ 8,0 lần',
    input: buildCollective('co-thi-dua-ubnd-tinh', { blockRank: 1 }, { authority: { level: 'province' } }),
    status: 'needs-attestation',
    criteria: { 'co.block-leader': true, 'co.exceeds-targets': null },
    canConfer: true,
    amount: 18_720_000,
  },
  {
    name: 'Luật TĐKT 2022 Điều 26: xếp thứ 2 trong khối → không đạt',
    input: buildCollective('co-thi-dua-ubnd-tinh', { blockRank: 2 }, { authority: { level: 'province' } }),
    status: 'ineligible',
    criteria: { 'co.block-leader': false },
  },
  {
    name: 'Luật TĐKT 2022 Điều 26: chưa có thứ hạng khối → chờ xác nhận; cấp xã không được tặng cờ',
    input: buildCollective('co-thi-dua-ubnd-tinh'),
    criteria: { 'co.block-leader': null },
    canConfer: false,
  },
  {
    name: 'Luật TĐKT 2022 Điều 25: Cờ thi đua của Chính phủ, tỉnh chỉ đề nghị (12,0 lần lương cơ sở)',
    input: buildCollective('co-thi-dua-chinh-phu', { blockRank: 1 }, { authority: { level: 'province' } }),
    criteria: { 'cocp.block-leader': true },
    canConfer: false,
    amount: 28_080_000,
  },
  {
    name: 'Luật TĐKT 2022 Điều 30 / NĐ 129/2025 Điều 59: thôn văn hóa do Chủ tịch UBND xã tặng từ 01/07/2025',
    input: buildCollective('thon-to-dan-pho-van-hoa', { members: undefined }),
    criteria: { 'ttdpvh.d86-standards': null },
    canConfer: true,
    amount: 3_510_000,
  },
  {
    name: 'Luật TĐKT 2022 Điều 80 khoản 2: trước 01/07/2025 thôn văn hóa do cấp huyện tặng',
    input: buildCollective('thon-to-dan-pho-van-hoa', {}, { year: 2024, decisionDate: '2024-12-01' }),
    canConfer: false,
  },
  {
    name: 'Luật TĐKT 2022 Điều 29: xã, phường tiêu biểu (2,0 lần) do tỉnh tặng',
    input: buildCollective('xa-phuong-tieu-bieu', {}, { authority: { level: 'province' } }),
    canConfer: true,
    amount: 4_680_000,
  },
];

const household: RuleCase[] = [
  {
    name: 'Luật TĐKT 2022 Điều 31 / NĐ 86/2023: Gia đình văn hóa chờ xác nhận ba nhóm tiêu chuẩn',
    input: buildHousehold('gia-dinh-van-hoa'),
    status: 'needs-attestation',
    criteria: {
      'gdvh.compliance': null,
      'gdvh.movements': null,
      'gdvh.prosperous': null,
      'gdvh.no-exclusion': null,
    },
    canConfer: true,
    amount: 0,
  },
  {
    name: 'NĐ 86/2023: thành viên bị truy cứu trách nhiệm hình sự (xác nhận không đạt) → không đạt',
    input: buildHousehold('gia-dinh-van-hoa', { attestations: { 'gdvh.no-exclusion': false } }),
    status: 'ineligible',
  },
  {
    name: 'Luật TĐKT 2022 Điều 31: đủ xác nhận → eligible; Gia đình văn hóa không xét cho cá nhân',
    input: buildHousehold('gia-dinh-van-hoa', {
      attestations: {
        'gdvh.compliance': true,
        'gdvh.movements': true,
        'gdvh.prosperous': true,
        'gdvh.no-exclusion': true,
      },
    }),
    status: 'eligible',
  },
];

describe('Danh hiệu tập thể và hộ gia đình (Luật TĐKT 2022 Điều 25–31)', () => {
  for (const c of [...ttldtt, ...ttldxs, ...flags, ...household]) it(c.name, () => checkRuleCase(c));
});
