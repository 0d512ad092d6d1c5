import { LAW, LAW_2022_FROM, TT01 } from './periods';
import type { ParameterDef } from './types';

/*
 * The numbers inside criteria (legal.md §1–3). Each may be amended by a dated override, e.g. a
 * provincial CSTĐCS quota or a new months-of-service floor in Circular 15/2025.
 */

function fixed(
  id: string,
  label: string,
  unit: ParameterDef['unit'],
  value: number | null,
  source: string,
  verified = true,
  note?: string,
): ParameterDef {
  return {
    id,
    label,
    unit,
    series: [{ value, from: LAW_2022_FROM, source, verified, ...(note ? { note } : {}) }],
  };
}

export const PARAMETERS: readonly ParameterDef[] = [
  fixed(
    'ldtt.min-months-of-service',
    'Số tháng công tác tối thiểu trong năm để được xét Lao động tiên tiến',
    'months',
    6,
    `${TT01}, Điều 1 khoản 5 điểm d`,
    false,
    'Quy tắc 6 tháng của Thông tư 01/2024; chưa rõ Thông tư 15/2025/TT-BNV có giữ không.',
  ),
  fixed(
    'cstdcs.max-share-of-ldtt',
    'Tỷ lệ tối đa Chiến sĩ thi đua cơ sở so với số Lao động tiên tiến (tắt = không giới hạn)',
    'ratio',
    null,
    `${LAW}, Điều 23`,
    false,
    'Không có giới hạn quốc gia từ 01/01/2024; tỉnh hoặc bộ có thể đặt hạn mức.',
  ),
  fixed(
    'cstdt.consecutive-cstdcs-years',
    'Số lần liên tục đạt Chiến sĩ thi đua cơ sở để xét Chiến sĩ thi đua cấp tỉnh',
    'years',
    3,
    `${LAW}, Điều 22`,
  ),
  fixed(
    'cstdtq.consecutive-cstdt-years',
    'Số lần liên tục đạt Chiến sĩ thi đua cấp tỉnh để xét Chiến sĩ thi đua toàn quốc',
    'years',
    2,
    `${LAW}, Điều 21`,
  ),
  fixed(
    'ttldtt.min-member-ldtt-share',
    'Tỷ lệ thành viên đạt Lao động tiên tiến tối thiểu (Tập thể lao động tiên tiến)',
    'ratio',
    0.7,
    `${LAW}, Điều 28`,
  ),
  fixed(
    'ttldxs.min-member-complete-share',
    'Tỷ lệ thành viên hoàn thành nhiệm vụ tối thiểu (Tập thể lao động xuất sắc)',
    'ratio',
    1,
    `${LAW}, Điều 27`,
  ),
  fixed(
    'ttldxs.min-member-ldtt-share',
    'Tỷ lệ thành viên đạt Lao động tiên tiến tối thiểu (Tập thể lao động xuất sắc)',
    'ratio',
    0.7,
    `${LAW}, Điều 27`,
  ),
  fixed(
    'ttldxs.min-member-cstdcs',
    'Số thành viên đạt Chiến sĩ thi đua cơ sở tối thiểu (Tập thể lao động xuất sắc)',
    'count',
    1,
    `${LAW}, Điều 27`,
  ),
  fixed(
    'bk.consecutive-years',
    'Số năm liên tục (Chiến sĩ thi đua cơ sở hoặc hoàn thành xuất sắc nhiệm vụ) để xét Bằng khen cấp tỉnh',
    'years',
    2,
    `${LAW}, Điều 74 khoản 1 điểm d`,
  ),
  fixed(
    'bk.min-initiatives',
    'Số sáng kiến (hoặc đề tài khoa học) tối thiểu trong thời gian xét Bằng khen cấp tỉnh',
    'count',
    2,
    `${LAW}, Điều 74 khoản 1 điểm d`,
  ),
  fixed(
    'tie-break.min-women-share',
    'Tỷ lệ nữ tối thiểu để tập thể được ưu tiên khi các trường hợp ngang nhau',
    'ratio',
    0.7,
    'Nghị định 152/2025/NĐ-CP, Điều 4 khoản 6',
  ),
  fixed(
    'council.quorum',
    'Tỷ lệ thành viên Hội đồng Thi đua – Khen thưởng có mặt tối thiểu để phiên họp hợp lệ',
    'ratio',
    2 / 3,
    'Quy chế mẫu tỉnh Bắc Ninh (Quyết định 86/2025/QĐ-UBND), Điều 8',
    false,
    'Tỉ lệ 2/3 theo quy chế mẫu của tỉnh Bắc Ninh; quy chế Hội đồng cấp xã, phường của Lai Châu chưa kiểm chứng.',
  ),
  fixed(
    'council.simple-majority',
    'Tỷ lệ phiếu đồng ý (trên tổng số thành viên Hội đồng) phải vượt quá khi luật không quy định ngưỡng riêng',
    'ratio',
    0.5,
    'Quy chế mẫu tỉnh Bắc Ninh (Quyết định 86/2025/QĐ-UBND), Điều 9 (biểu quyết theo đa số)',
    false,
    'Danh hiệu không bắt buộc bỏ phiếu theo Nghị định 98/2023 Điều 30 khoản 7: Hội đồng biểu quyết theo đa số (quá một nửa tổng số thành viên); chưa kiểm chứng với quy chế của Lai Châu.',
  ),
];
