import { describe, it } from 'vitest';
import { buildCivilServant, buildContractExample, buildTitleYears } from './factories';
import { checkRuleCase, type RuleCase } from './test-cases';

const CSTDCS = 'chien-si-thi-dua-co-so';
const CSTDT = 'chien-si-thi-dua-cap-tinh';
const CSTDTQ = 'chien-si-thi-dua-toan-quoc';
const LDTT = 'lao-dong-tien-tien';
const contractCandidate = () => buildContractExample().candidate;

const ldtt: RuleCase[] = [
  {
    name: 'Luật TĐKT 2022 Điều 24 khoản 1: hoàn thành tốt nhiệm vụ → đạt, chờ xác nhận tự lực tự cường',
    input: buildCivilServant(LDTT),
    status: 'needs-attestation',
    criteria: { 'ldtt.rating-good': true, 'ldtt.min-service': true, 'ldtt.self-reliance': null },
    canConfer: true,
    amount: 710_000,
  },
  {
    name: 'Luật TĐKT 2022 Điều 24 khoản 1: có xác nhận tự lực tự cường → eligible',
    input: buildCivilServant(LDTT, { attestations: { 'ldtt.self-reliance': true } }),
    status: 'eligible',
  },
  {
    name: 'Luật TĐKT 2022 Điều 24 khoản 1: người có thẩm quyền xác nhận không đạt → ineligible',
    input: buildCivilServant(LDTT, { attestations: { 'ldtt.self-reliance': false } }),
    status: 'ineligible',
    criteria: { 'ldtt.self-reliance': false },
  },
  {
    name: 'Luật TĐKT 2022 Điều 24 khoản 1: chỉ hoàn thành nhiệm vụ → không đạt',
    input: buildCivilServant(LDTT, { records: [{ year: 2025, rating: 'complete', titles: [] }] }),
    status: 'ineligible',
    criteria: { 'ldtt.rating-good': false },
  },
  {
    name: 'Luật TĐKT 2022 Điều 24 khoản 1: không hoàn thành nhiệm vụ → không đạt',
    input: buildCivilServant(LDTT, { records: [{ year: 2025, rating: 'incomplete', titles: [] }] }),
    status: 'ineligible',
  },
  {
    name: 'Luật TĐKT 2022 Điều 24 khoản 1: chưa có xếp loại năm xét → chưa xác định (null)',
    input: buildCivilServant(LDTT, { records: [] }),
    status: 'needs-attestation',
    criteria: { 'ldtt.rating-good': null },
  },
  {
    name: 'Thông tư 01/2024 Điều 1 khoản 5 điểm d: tuyển dụng 01/08/2025, dưới 6 tháng → không đạt',
    input: buildCivilServant(LDTT, { recruitedOn: '2025-08-01' }),
    status: 'ineligible',
    criteria: { 'ldtt.min-service': false },
  },
  {
    name: 'Thông tư 01/2024 Điều 1 khoản 5 điểm d: tuyển dụng 01/07/2025, đủ 6 tháng → đạt',
    input: buildCivilServant(LDTT, { recruitedOn: '2025-07-01' }),
    criteria: { 'ldtt.min-service': true },
  },
  {
    name: 'Thông tư 01/2024 Điều 1 khoản 5 điểm d: tuyển dụng 02/07/2025 → thiếu một ngày, không đạt',
    input: buildCivilServant(LDTT, { recruitedOn: '2025-07-02' }),
    criteria: { 'ldtt.min-service': false },
  },
  {
    name: 'NĐ 152/2025 Điều 4 khoản 5: nghỉ thai sản 6 tháng vẫn tính là thời gian công tác',
    input: buildCivilServant(LDTT, {
      sex: 'female',
      recruitedOn: '2025-05-01',
      maternityLeave: [{ from: '2025-06-01', to: '2025-11-30' }],
    }),
    criteria: { 'ldtt.min-service': true, 'ldtt.rating-good': true },
  },
  {
    name: 'Luật TĐKT 2022 Điều 24 khoản 3: nông dân không xét theo xếp loại, hai tiêu chí cần xác nhận',
    input: buildCivilServant(LDTT, { staffType: 'farmer', records: [] }),
    status: 'needs-attestation',
    criteria: { 'ldtt.worker-effective': null, 'ldtt.worker-exemplary': null },
    absent: ['ldtt.rating-good', 'ldtt.min-service', 'ldtt.self-reliance'],
  },
  {
    name: 'Luật TĐKT 2022 Điều 24 khoản 3: công nhân được xác nhận cả hai tiêu chí → eligible',
    input: buildCivilServant(LDTT, {
      staffType: 'worker',
      attestations: { 'ldtt.worker-effective': true, 'ldtt.worker-exemplary': true },
    }),
    status: 'eligible',
  },
  {
    name: 'NĐ 152/2025 Điều 4 khoản 4: đang bị xem xét kỷ luật → tạm dừng, không đạt',
    input: buildCivilServant(LDTT, { underReview: true }),
    status: 'ineligible',
    criteria: { 'principles.not-under-review': false },
  },
  {
    name: 'NĐ 152/2025 Điều 4 khoản 4: kỷ luật khiển trách kết thúc giữa năm xét → năm xét không được tính',
    input: buildCivilServant(LDTT, {
      discipline: [{ level: 'reprimand', from: '2024-06-01', to: '2025-05-31' }],
    }),
    status: 'ineligible',
    criteria: { 'principles.discipline-ended': false },
  },
  {
    name: 'NĐ 152/2025 Điều 4 khoản 4: kỷ luật đã chấp hành xong trước năm xét → đạt',
    input: buildCivilServant(LDTT, {
      discipline: [{ level: 'reprimand', from: '2023-06-01', to: '2024-05-31' }],
    }),
    criteria: { 'principles.discipline-ended': true },
  },
  {
    name: 'NĐ 152/2025 Điều 4 khoản 4: kỷ luật áp dụng sau ngày quyết định không ảnh hưởng',
    input: buildCivilServant(LDTT, {
      discipline: [{ level: 'warning', from: '2026-03-01', to: '2027-02-28' }],
    }),
    criteria: { 'principles.discipline-ended': true },
  },
  {
    name: 'Luật TĐKT 2022 Điều 80 khoản 3: trước 01/07/2025 Chủ tịch UBND xã được tặng LĐTT',
    input: buildCivilServant(LDTT, {}, { year: 2024, decisionDate: '2024-12-20' }),
    canConfer: true,
  },
];

const cstdcs: RuleCase[] = [
  {
    name: 'Luật TĐKT 2022 Điều 23: ví dụ hợp đồng (xuất sắc, có sáng kiến) → đạt, chờ xác nhận',
    input: buildContractExample(),
    status: 'needs-attestation',
    criteria: {
      'cstdcs.ldtt-standard': true,
      'cstdcs.excellent-or-initiative': true,
      'ldtt.self-reliance': null,
    },
    canConfer: true,
    amount: 2_340_000,
  },
  {
    name: 'Luật TĐKT 2022 Điều 23: hoàn thành tốt, không sáng kiến, không đề tài → không đạt nhóm "một trong"',
    input: buildCivilServant(CSTDCS),
    status: 'ineligible',
    criteria: { 'cstdcs.excellent-or-initiative': false, 'cstdcs.ldtt-standard': true },
  },
  {
    name: 'Luật TĐKT 2022 Điều 23: hoàn thành tốt + sáng kiến cấp cơ sở → đạt (sáng kiến không bắt buộc nhưng đủ)',
    input: buildCivilServant(CSTDCS, { initiatives: [{ recognizedOn: '2025-09-01', scope: 'grassroots' }] }),
    criteria: { 'cstdcs.excellent-or-initiative': true },
  },
  {
    name: 'Luật TĐKT 2022 Điều 23: hoàn thành tốt + đề tài khoa học được nghiệm thu → đạt',
    input: buildCivilServant(CSTDCS, { scienceWorks: [{ acceptedOn: '2025-10-01', scope: 'grassroots' }] }),
    criteria: { 'cstdcs.excellent-or-initiative': true },
  },
  {
    name: 'Luật TĐKT 2022 Điều 23: xuất sắc, không sáng kiến → đạt (xuất sắc là đủ)',
    input: buildCivilServant(CSTDCS, { records: [{ year: 2025, rating: 'excellent', titles: [] }] }),
    criteria: { 'cstdcs.excellent-or-initiative': true },
  },
  {
    name: 'Luật TĐKT 2022 Điều 5: sáng kiến đã dùng cho khen thưởng khác không được tính lại',
    input: buildCivilServant(CSTDCS, {
      initiatives: [
        { recognizedOn: '2025-09-01', scope: 'grassroots', usedFor: { award: 'giay-khen', year: 2025 } },
      ],
    }),
    criteria: { 'cstdcs.excellent-or-initiative': false },
  },
  {
    name: 'Luật TĐKT 2022 Điều 5: xét lại chính danh hiệu đã dùng sáng kiến đó không coi là dùng lần hai',
    input: buildCivilServant(CSTDCS, {
      initiatives: [
        { recognizedOn: '2025-09-01', scope: 'grassroots', usedFor: { award: CSTDCS, year: 2025 } },
      ],
    }),
    criteria: { 'cstdcs.excellent-or-initiative': true },
  },
  {
    name: 'Luật TĐKT 2022 Điều 23: sáng kiến công nhận năm trước không tính cho năm xét',
    input: buildCivilServant(CSTDCS, { initiatives: [{ recognizedOn: '2024-11-01', scope: 'grassroots' }] }),
    criteria: { 'cstdcs.excellent-or-initiative': false },
  },
  {
    name: 'Luật TĐKT 2022 Điều 23: chưa có xếp loại và không sáng kiến → nhóm "một trong" chưa xác định',
    input: buildCivilServant(CSTDCS, { records: [] }),
    status: 'needs-attestation',
    criteria: { 'cstdcs.excellent-or-initiative': null, 'cstdcs.ldtt-standard': null },
  },
  {
    name: 'Luật TĐKT 2022 Điều 23 khoản 1: không đạt tiêu chuẩn LĐTT (chỉ hoàn thành) → không đạt dù có sáng kiến',
    input: buildCivilServant(CSTDCS, {
      records: [{ year: 2025, rating: 'complete', titles: [] }],
      initiatives: [{ recognizedOn: '2025-09-01', scope: 'grassroots' }],
    }),
    status: 'ineligible',
    criteria: { 'cstdcs.ldtt-standard': false, 'cstdcs.excellent-or-initiative': true },
  },
  {
    name: 'Luật TĐKT 2022 Điều 23 điểm d: lực lượng vũ trang, mưu trí sáng tạo được xác nhận → đạt',
    input: buildCivilServant(CSTDCS, {
      staffType: 'armed-forces',
      attestations: { 'cstdcs.combat-creativity': true },
    }),
    criteria: { 'cstdcs.excellent-or-initiative': true },
  },
  {
    name: 'Luật TĐKT 2022 Điều 23 điểm d: lực lượng vũ trang chưa xác nhận → chưa xác định',
    input: buildCivilServant(CSTDCS, { staffType: 'armed-forces' }),
    criteria: { 'cstdcs.excellent-or-initiative': null },
  },
  {
    name: 'Luật TĐKT 2022 Điều 80 khoản 2: trước 01/07/2025 xã không được tặng CSTĐCS (thuộc cấp huyện)',
    input: { ...buildContractExample(), year: 2024, decisionDate: '2025-03-01' },
    canConfer: false,
  },
  {
    name: 'Luật TĐKT 2022 Điều 80 khoản 2: trước 01/07/2025 cấp huyện được tặng CSTĐCS',
    input: { ...buildContractExample(), decisionDate: '2025-06-30', authority: { level: 'district' } },
    canConfer: true,
  },
  {
    name: 'NĐ 129/2025 Điều 59: từ 01/07/2025 không còn cấp huyện, cấp huyện không được tặng',
    input: { ...buildContractExample(), authority: { level: 'district' } },
    canConfer: false,
  },
  {
    name: 'NĐ 98/2023 (hết hiệu lực 01/07/2025): tiền thưởng CSTĐCS tính theo lương cơ sở 2.340.000',
    input: {
      ...buildContractExample(),
      year: 2024,
      decisionDate: '2024-12-25',
      authority: { level: 'district' },
    },
    amount: 2_340_000,
    canConfer: true,
  },
  {
    name: 'NĐ 24/2023: quyết định ngày 01/06/2024 dùng lương cơ sở 1.800.000',
    input: {
      ...buildContractExample(),
      year: 2024,
      decisionDate: '2024-06-01',
      authority: { level: 'district' },
    },
    amount: 1_800_000,
  },
  {
    name: 'Luật TĐKT 2022 Điều 80 khoản 4: giám đốc doanh nghiệp được tặng CSTĐCS',
    input: { ...buildContractExample(), authority: { level: 'enterprise' } },
    canConfer: true,
  },
  {
    name: 'Luật TĐKT 2022 Điều 23: hồ sơ hợp đồng gửi tập thể → sai đối tượng',
    input: { ...buildContractExample(), candidate: { ...contractCandidate(), kind: 'collective' } },
    status: 'ineligible',
    criteria: { 'award.candidate-kind': false },
  },
];

const cstdt: RuleCase[] = [
  {
    name: 'Luật TĐKT 2022 Điều 22: 3 năm liên tục CSTĐCS + sáng kiến cấp tỉnh → đạt, chờ xác nhận tiêu biểu',
    input: buildCivilServant(
      CSTDT,
      {
        records: buildTitleYears(CSTDCS, [2023, 2024, 2025]),
        initiatives: [{ recognizedOn: '2024-05-01', scope: 'province' }],
      },
      { authority: { level: 'province' } },
    ),
    status: 'needs-attestation',
    criteria: {
      'cstdt.consecutive-cstdcs': true,
      'cstdt.province-initiative': true,
      'cstdt.outstanding': null,
    },
    canConfer: true,
    amount: 7_020_000,
  },
  {
    name: 'Luật TĐKT 2022 Điều 22: CSTĐCS 2023 và 2025, đứt năm 2024 → không liên tục',
    input: buildCivilServant(CSTDT, {
      records: [...buildTitleYears(CSTDCS, [2023, 2025]), { year: 2024, rating: 'good', titles: [LDTT] }],
      initiatives: [{ recognizedOn: '2024-05-01', scope: 'province' }],
    }),
    status: 'ineligible',
    criteria: { 'cstdt.consecutive-cstdcs': false },
  },
  {
    name: 'Luật TĐKT 2022 Điều 22: chuỗi 3 năm kết thúc năm trước (2022–2024) cũng được xét',
    input: buildCivilServant(CSTDT, {
      records: [
        ...buildTitleYears(CSTDCS, [2022, 2023, 2024]),
        { year: 2025, rating: 'good', titles: [LDTT] },
      ],
      initiatives: [{ recognizedOn: '2023-05-01', scope: 'province' }],
    }),
    criteria: { 'cstdt.consecutive-cstdcs': true, 'cstdt.province-initiative': true },
  },
  {
    name: 'Luật TĐKT 2022 Điều 22: sáng kiến chỉ cấp cơ sở → không đạt phạm vi cấp tỉnh',
    input: buildCivilServant(CSTDT, {
      records: buildTitleYears(CSTDCS, [2023, 2024, 2025]),
      initiatives: [{ recognizedOn: '2024-05-01', scope: 'grassroots' }],
    }),
    status: 'ineligible',
    criteria: { 'cstdt.province-initiative': false },
  },
  {
    name: 'Luật TĐKT 2022 Điều 22: đề tài khoa học phạm vi toàn quốc cũng đạt phạm vi cấp tỉnh',
    input: buildCivilServant(CSTDT, {
      records: buildTitleYears(CSTDCS, [2023, 2024, 2025]),
      scienceWorks: [{ acceptedOn: '2025-03-01', scope: 'national' }],
    }),
    criteria: { 'cstdt.province-initiative': true },
  },
  {
    name: 'NĐ 152/2025 Điều 4 khoản 3: CSTĐCS ghi nhận theo chuyên đề không được dùng làm căn cứ',
    input: buildCivilServant(CSTDT, {
      records: buildTitleYears(CSTDCS, [2023, 2024, 2025]),
      commendations: [{ award: CSTDCS, year: 2024, track: 'thematic' }],
      initiatives: [{ recognizedOn: '2024-05-01', scope: 'province' }],
    }),
    criteria: { 'cstdt.consecutive-cstdcs': false },
  },
  {
    name: 'NĐ 152/2025 Điều 4 khoản 4: kỷ luật kết thúc 2024 làm mất các năm CSTĐCS trước đó',
    input: buildCivilServant(CSTDT, {
      records: buildTitleYears(CSTDCS, [2022, 2023, 2024, 2025]),
      discipline: [{ level: 'reprimand', from: '2023-02-01', to: '2024-01-31' }],
      initiatives: [{ recognizedOn: '2025-05-01', scope: 'province' }],
    }),
    criteria: { 'cstdt.consecutive-cstdcs': false, 'principles.discipline-ended': true },
  },
  {
    name: 'Luật TĐKT 2022 Điều 22 / Điều 80: cấp xã không được tặng CSTĐ cấp tỉnh',
    input: buildCivilServant(CSTDT, { records: buildTitleYears(CSTDCS, [2023, 2024, 2025]) }),
    canConfer: false,
  },
];

const cstdtq: RuleCase[] = [
  {
    name: 'Luật TĐKT 2022 Điều 21: 2 lần liên tục CSTĐ tỉnh + sáng kiến toàn quốc → đạt, Thủ tướng quyết định',
    input: buildCivilServant(
      CSTDTQ,
      {
        records: buildTitleYears(CSTDT, [2024, 2025]),
        initiatives: [{ recognizedOn: '2023-05-01', scope: 'national' }],
      },
      { authority: { level: 'province' } },
    ),
    status: 'needs-attestation',
    criteria: { 'cstdtq.consecutive-cstdt': true, 'cstdtq.national-initiative': true },
    canConfer: false,
    amount: 10_530_000,
  },
  {
    name: 'Luật TĐKT 2022 Điều 21: một lần CSTĐ tỉnh → không đạt',
    input: buildCivilServant(CSTDTQ, {
      records: buildTitleYears(CSTDT, [2025]),
      initiatives: [{ recognizedOn: '2023-05-01', scope: 'national' }],
    }),
    status: 'ineligible',
    criteria: { 'cstdtq.consecutive-cstdt': false },
  },
  {
    name: 'Luật TĐKT 2022 Điều 21: sáng kiến chỉ cấp tỉnh → không đạt phạm vi toàn quốc',
    input: buildCivilServant(CSTDTQ, {
      records: buildTitleYears(CSTDT, [2024, 2025]),
      initiatives: [{ recognizedOn: '2023-05-01', scope: 'province' }],
    }),
    criteria: { 'cstdtq.national-initiative': false },
  },
];

describe('Danh hiệu cá nhân (Luật TĐKT 2022 Điều 21–24)', () => {
  for (const c of [...ldtt, ...cstdcs, ...cstdt, ...cstdtq]) it(c.name, () => checkRuleCase(c));
});
