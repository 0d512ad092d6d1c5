import { always, d98ThenD152, LAW, LAW_2022_FROM, TT01 } from './periods';
import type { AwardDef, CriterionDef, Dated } from './types';

/*
 * Individual emulation titles (Law Arts 19, 21–24; legal.md §1.2). The criterion ids are the contract's
 * (contracts.md §2.1: 'cstdcs.ldtt-standard', 'cstdcs.excellent-or-initiative', 'ldtt.self-reliance').
 */

export function criterion(
  id: string,
  label: string,
  sources: Dated<string>[],
  isQualitative = false,
): CriterionDef {
  return { id, label, sources, isQualitative };
}

/** Principles every person or collective is checked against (D152 Art 4(4), same as D98 Art 4(4)). */
export const PRINCIPLE_CRITERIA: readonly CriterionDef[] = [
  criterion(
    'principles.not-under-review',
    'Không đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra hoặc giải quyết khiếu nại, tố cáo',
    d98ThenD152('Điều 4 khoản 4'),
  ),
  criterion(
    'principles.discipline-ended',
    'Thành tích chỉ được tính từ ngày chấp hành xong kỷ luật',
    d98ThenD152('Điều 4 khoản 4'),
  ),
];

const PRINCIPLES = ['principles.not-under-review', 'principles.discipline-ended'] as const;

export const INDIVIDUAL_TITLE_CRITERIA: readonly CriterionDef[] = [
  criterion(
    'ldtt.rating-good',
    'Hoàn thành tốt nhiệm vụ trở lên trong năm xét',
    always(`${LAW}, Điều 24 khoản 1`),
  ),
  criterion(
    'ldtt.min-service',
    'Người mới tuyển dụng dưới 6 tháng không được xét (thời gian nghỉ thai sản được tính)',
    always(
      `${TT01}, Điều 1 khoản 5 điểm d`,
      false,
      'Chưa rõ Thông tư 15/2025/TT-BNV có giữ quy tắc 6 tháng không.',
    ),
  ),
  criterion(
    'ldtt.self-reliance',
    'Có tinh thần tự lực, tự cường; đoàn kết, tương trợ, tích cực tham gia phong trào thi đua',
    always(`${LAW}, Điều 24 khoản 1`),
    true,
  ),
  criterion(
    'ldtt.worker-effective',
    'Lao động, sản xuất có hiệu quả, tích cực tham gia phong trào thi đua và hoạt động xã hội',
    always(`${LAW}, Điều 24 khoản 3`),
    true,
  ),
  criterion(
    'ldtt.worker-exemplary',
    'Gương mẫu chấp hành chủ trương, chính sách, pháp luật; đạo đức, lối sống lành mạnh; đoàn kết, giúp đỡ cộng đồng',
    always(`${LAW}, Điều 24 khoản 3`),
    true,
  ),
  criterion(
    'cstdcs.ldtt-standard',
    'Đạt tiêu chuẩn danh hiệu "Lao động tiên tiến" hoặc "Chiến sĩ tiên tiến"',
    always(`${LAW}, Điều 23`),
  ),
  criterion(
    'cstdcs.excellent-or-initiative',
    'Một trong: hoàn thành xuất sắc nhiệm vụ; có sáng kiến được cơ sở công nhận; có đề tài, đề án, công trình khoa học được nghiệm thu; (lực lượng vũ trang) mưu trí, sáng tạo trong chiến đấu',
    always(`${LAW}, Điều 23`),
  ),
  criterion(
    'cstdcs.combat-creativity',
    'Lực lượng vũ trang: có mưu trí, sáng tạo trong chiến đấu, phục vụ chiến đấu được đơn vị công nhận',
    always(`${LAW}, Điều 23`),
    true,
  ),
  criterion(
    'cstdt.consecutive-cstdcs',
    'Có 03 lần liên tục đạt danh hiệu "Chiến sĩ thi đua cơ sở"',
    always(`${LAW}, Điều 22`),
  ),
  criterion(
    'cstdt.outstanding',
    'Có thành tích tiêu biểu xuất sắc trong số những người 03 lần liên tục đạt "Chiến sĩ thi đua cơ sở"',
    always(`${LAW}, Điều 22`),
    true,
  ),
  criterion(
    'cstdt.province-initiative',
    'Một trong: sáng kiến được áp dụng hiệu quả, có khả năng nhân rộng trong tỉnh; đề tài, công trình khoa học được nghiệm thu, có ảnh hưởng trong tỉnh',
    always(`${LAW}, Điều 22`),
  ),
  criterion(
    'cstdtq.consecutive-cstdt',
    'Có 02 lần liên tục đạt danh hiệu Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh',
    always(`${LAW}, Điều 21`),
  ),
  criterion(
    'cstdtq.outstanding',
    'Có thành tích đặc biệt xuất sắc, tiêu biểu trong số các Chiến sĩ thi đua cấp tỉnh',
    always(`${LAW}, Điều 21`),
    true,
  ),
  criterion(
    'cstdtq.national-initiative',
    'Sáng kiến hoặc đề tài, công trình khoa học có phạm vi ảnh hưởng, nhân rộng toàn quốc',
    always(`${LAW}, Điều 21`),
  ),
];

const TITLE_FROM = { from: LAW_2022_FROM };
const CERT_AND_FRAME = ['Giấy chứng nhận', 'khung'] as const;
const WITH_BADGE = ['Giấy chứng nhận', 'khung', 'huy hiệu', 'hộp đựng huy hiệu'] as const;

export const INDIVIDUAL_TITLE_AWARDS: readonly AwardDef[] = [
  {
    code: 'lao-dong-tien-tien',
    awardClass: 'title',
    name: 'Lao động tiên tiến',
    kinds: ['individual'],
    source: `${LAW}, Điều 24`,
    effective: TITLE_FROM,
    items: { individual: [] },
    criteria: {
      individual: [
        'ldtt.rating-good',
        'ldtt.min-service',
        'ldtt.self-reliance',
        'ldtt.worker-effective',
        'ldtt.worker-exemplary',
        ...PRINCIPLES,
      ],
    },
    verified: true,
  },
  {
    code: 'chien-si-thi-dua-co-so',
    awardClass: 'title',
    name: 'Chiến sĩ thi đua cơ sở',
    kinds: ['individual'],
    source: `${LAW}, Điều 23`,
    effective: TITLE_FROM,
    items: { individual: CERT_AND_FRAME },
    criteria: {
      individual: [
        'cstdcs.ldtt-standard',
        'cstdcs.excellent-or-initiative',
        'ldtt.self-reliance',
        'ldtt.worker-effective',
        'ldtt.worker-exemplary',
        ...PRINCIPLES,
      ],
    },
    verified: true,
  },
  {
    code: 'chien-si-thi-dua-cap-tinh',
    awardClass: 'title',
    name: 'Chiến sĩ thi đua cấp tỉnh',
    kinds: ['individual'],
    source: `${LAW}, Điều 22`,
    effective: TITLE_FROM,
    items: { individual: WITH_BADGE },
    criteria: {
      individual: [
        'cstdt.consecutive-cstdcs',
        'cstdt.province-initiative',
        'cstdt.outstanding',
        ...PRINCIPLES,
      ],
    },
    verified: true,
    note: 'Việc xét vào năm đạt lần thứ ba hay năm sau đó chưa kiểm chứng; bộ máy chấp nhận cả hai.',
  },
  {
    code: 'chien-si-thi-dua-toan-quoc',
    awardClass: 'title',
    name: 'Chiến sĩ thi đua toàn quốc',
    kinds: ['individual'],
    source: `${LAW}, Điều 21`,
    effective: TITLE_FROM,
    items: { individual: WITH_BADGE },
    criteria: {
      individual: [
        'cstdtq.consecutive-cstdt',
        'cstdtq.national-initiative',
        'cstdtq.outstanding',
        ...PRINCIPLES,
      ],
    },
    verified: true,
    note: 'Thủ tướng Chính phủ quyết định; cấp xã, cấp tỉnh chỉ đề nghị.',
  },
];
