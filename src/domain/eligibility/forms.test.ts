import { describe, it } from 'vitest';
import { buildCivilServant, buildCollective, buildHousehold, buildTitleYears } from './factories';
import { checkRuleCase, type RuleCase } from './test-cases';

const GK = 'giay-khen';
const BK = 'bang-khen-chu-tich-ubnd-tinh';
const CSTDCS = 'chien-si-thi-dua-co-so';
const province = { authority: { level: 'province' as const } };

const giayKhen: RuleCase[] = [
  {
    name: 'Luật TĐKT 2022 Điều 75: cá nhân hoàn thành tốt, chờ xác nhận gương mẫu và thành tích; 0,3 lần = 710.000',
    input: buildCivilServant(GK),
    status: 'needs-attestation',
    criteria: { 'gk.rating-good': true, 'gk.exemplary-compliance': null, 'gk.achievement': null },
    canConfer: true,
    amount: 710_000,
  },
  {
    name: 'Luật TĐKT 2022 Điều 75: thành tích đột xuất được xác nhận → nhóm "một trong" đạt',
    input: buildCivilServant(GK, {
      attestations: { 'gk.adhoc-or-many': true, 'gk.exemplary-compliance': true },
    }),
    status: 'eligible',
    criteria: { 'gk.achievement': true },
  },
  {
    name: 'Luật TĐKT 2022 Điều 75: cả hai căn cứ thành tích được xác nhận không đạt → không đạt',
    input: buildCivilServant(GK, {
      attestations: { 'gk.adhoc-or-many': false, 'gk.movement-achievement': false },
    }),
    status: 'ineligible',
    criteria: { 'gk.achievement': false },
  },
  {
    name: 'Luật TĐKT 2022 Điều 75: chỉ hoàn thành nhiệm vụ → không đạt',
    input: buildCivilServant(GK, { records: [{ year: 2025, rating: 'complete', titles: [] }] }),
    status: 'ineligible',
    criteria: { 'gk.rating-good': false },
  },
  {
    name: 'NĐ 98/2023: Giấy khen của Chủ tịch UBND xã trước 01/07/2025 là 0,15 lần (351.000 → 360.000)',
    input: buildCivilServant(GK, {}, { year: 2025, decisionDate: '2025-06-15' }),
    amount: 360_000,
    canConfer: true,
  },
  {
    name: 'NĐ 98/2023: Giấy khen của cơ quan chuyên môn trước 01/07/2025 là 0,3 lần',
    input: buildCivilServant(
      GK,
      {},
      { year: 2025, decisionDate: '2025-06-15', authority: { level: 'agency' } },
    ),
    amount: 710_000,
  },
  {
    name: 'NĐ 152/2025 Điều 54: Giấy khen tập thể 0,6 lần (1.404.000 → 1.410.000)',
    input: buildCollective(GK),
    criteria: { 'gk.rating-good': true, 'gk.solidarity': null },
    amount: 1_410_000,
  },
  {
    name: 'NĐ 152/2025 Điều 54: Giấy khen hộ gia đình 0,45 lần (1.053.000 → 1.060.000)',
    input: buildHousehold(GK, { attestations: { 'gk.household-contribution': true } }),
    criteria: { 'gk.household-grounds': true },
    amount: 1_060_000,
  },
  {
    name: 'NĐ 129/2025 Điều 59: từ 01/07/2025 cấp huyện không còn, không được tặng Giấy khen',
    input: buildCivilServant(GK, {}, { authority: { level: 'district' } }),
    canConfer: false,
  },
  {
    name: 'NĐ 152/2025 Điều 4 khoản 4: đang bị điều tra → không khen Giấy khen',
    input: buildCivilServant(GK, { underReview: true }),
    status: 'ineligible',
  },
];

const bangKhen: RuleCase[] = [
  {
    name: 'Luật TĐKT 2022 Điều 74 khoản 1 điểm d: 2 năm liên tục CSTĐCS → đạt căn cứ; 1,5 lần = 3.510.000',
    input: buildCivilServant(BK, { records: buildTitleYears(CSTDCS, [2024, 2025]) }, province),
    status: 'needs-attestation',
    criteria: { 'bk.grounds': true, 'bk.exemplary-compliance': null },
    canConfer: true,
    amount: 3_510_000,
  },
  {
    name: 'Luật TĐKT 2022 Điều 74 khoản 1 điểm d: 1 năm CSTĐCS, không căn cứ khác → chờ xác nhận (không tự loại)',
    input: buildCivilServant(BK, { records: buildTitleYears(CSTDCS, [2025]) }, province),
    status: 'needs-attestation',
    criteria: { 'bk.grounds': null },
  },
  {
    name: 'Luật TĐKT 2022 Điều 74 khoản 1 điểm d: 2 năm xuất sắc + 2 sáng kiến mới → đạt',
    input: buildCivilServant(BK, {
      records: [
        { year: 2024, rating: 'excellent', titles: [] },
        { year: 2025, rating: 'excellent', titles: [] },
      ],
      initiatives: [
        { recognizedOn: '2024-06-01', scope: 'grassroots' },
        { recognizedOn: '2025-06-01', scope: 'grassroots' },
      ],
    }),
    criteria: { 'bk.grounds': true },
  },
  {
    name: 'BNV (Luật TĐKT 2022 Điều 74): sáng kiến đã dùng cho CSTĐCS không được tính lại cho Bằng khen',
    input: buildCivilServant(BK, {
      records: [
        { year: 2024, rating: 'excellent', titles: [] },
        { year: 2025, rating: 'excellent', titles: [] },
      ],
      initiatives: [
        { recognizedOn: '2024-06-01', scope: 'grassroots', usedFor: { award: CSTDCS, year: 2024 } },
        { recognizedOn: '2025-06-01', scope: 'grassroots' },
      ],
      attestations: {
        'bk.movement-achievement': false,
        'bk.adhoc-or-many': false,
        'bk.contribution': false,
      },
    }),
    status: 'ineligible',
    criteria: { 'bk.grounds': false },
  },
  {
    name: 'Luật TĐKT 2022 Điều 74: mọi căn cứ đều không đạt (đã xác nhận) → không đạt',
    input: buildCivilServant(BK, {
      attestations: { 'bk.movement-achievement': false, 'bk.adhoc-or-many': false, 'bk.contribution': false },
    }),
    status: 'ineligible',
  },
  {
    name: 'Luật TĐKT 2022 Điều 74: thành tích phong trào của tỉnh được xác nhận → đạt căn cứ',
    input: buildCivilServant(BK, { attestations: { 'bk.movement-achievement': true } }),
    criteria: { 'bk.grounds': true },
  },
  {
    name: 'Luật TĐKT 2022 Điều 74: cấp xã chỉ đề nghị, không được tặng Bằng khen',
    input: buildCivilServant(BK, { records: buildTitleYears(CSTDCS, [2024, 2025]) }),
    canConfer: false,
  },
  {
    name: 'Luật TĐKT 2022 Điều 74 khoản 2: tập thể 2 năm liên tục xuất sắc + dân chủ cơ sở xác nhận → đạt; 3,0 lần',
    input: buildCollective(
      BK,
      {
        records: [
          { year: 2024, rating: 'excellent', titles: [] },
          { year: 2025, rating: 'good', titles: ['tap-the-lao-dong-xuat-sac'] },
        ],
        attestations: { 'bk.collective-governance': true },
      },
      province,
    ),
    criteria: { 'bk.collective-grounds': true },
    amount: 7_020_000,
  },
  {
    name: 'Luật TĐKT 2022 Điều 74 khoản 2: tập thể 2 năm xuất sắc, chưa xác nhận dân chủ cơ sở → chờ xác nhận',
    input: buildCollective(BK, {
      records: [
        { year: 2024, rating: 'excellent', titles: [] },
        { year: 2025, rating: 'excellent', titles: [] },
      ],
    }),
    criteria: { 'bk.collective-grounds': null },
  },
  {
    name: 'NĐ 152/2025 Điều 54: Bằng khen hộ gia đình 2,25 lần (5.265.000 → 5.270.000)',
    input: buildHousehold(BK, {}, province),
    criteria: { 'bk.household-contribution': null },
    amount: 5_270_000,
    canConfer: true,
  },
  {
    name: 'Luật TĐKT 2022 Điều 71: Bằng khen Thủ tướng, tỉnh chỉ đề nghị; 3,5 lần = 8.190.000',
    input: buildCivilServant('bang-khen-thu-tuong', {}, province),
    criteria: { 'bktt.criteria': null },
    canConfer: false,
    amount: 8_190_000,
  },
];

describe('Hình thức khen thưởng (Luật TĐKT 2022 Điều 71–75)', () => {
  for (const c of [...giayKhen, ...bangKhen]) it(c.name, () => checkRuleCase(c));
});
