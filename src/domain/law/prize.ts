import { D98, D152, DECREE_98_TO, DECREE_152_FROM, LAW_2022_FROM } from './periods';
import type { Dated } from './types';

/*
 * Prize money data. Coefficients are keyed `<award>:<kind>` with an optional
 * `:<authority level>` variant, because D98 paid a commune chairman's Giấy khen half of other issuers'.
 */

/** Base salary (mức lương cơ sở), VND per month. The 2026 rise to 2,530,000 is proposed only. */
export const BASE_SALARY_SERIES: Dated<number>[] = [
  {
    value: 1_800_000,
    from: '2023-07-01',
    to: '2024-06-30',
    source: 'Nghị định 24/2023/NĐ-CP, Điều 3',
    verified: false,
    note: 'Chưa đối chiếu văn bản gốc; mức 1.800.000 đồng từ 01/07/2023 theo Nghị định 24/2023/NĐ-CP.',
  },
  {
    value: 2_340_000,
    from: '2024-07-01',
    source: 'Nghị định 73/2024/NĐ-CP, Điều 3 khoản 2',
    verified: true,
    note: 'Mức 2.530.000 đồng từ 01/07/2026 mới là đề xuất, chưa ban hành.',
  },
];

const D152_TITLES = `${D152}, Điều 50`;
const D152_FORMS = `${D152}, Điều 54`;
// legal.md does not give the D98 article numbers for prizes: cite the subject, not an invented number.
const TITLES_98 = 'quy định mức tiền thưởng danh hiệu thi đua';
const FORMS_98 = 'quy định mức tiền thưởng hình thức khen thưởng';

function d152(value: number, article: string, verified = true, note?: string): Dated<number> {
  return { value, from: DECREE_152_FROM, source: article, verified, ...(note ? { note } : {}) };
}

/** D98 values: legal.md only quotes D152, so D98-period values are defaults unless stated there. */
function d98(value: number, article: string, verified = false, note?: string): Dated<number> {
  return {
    value,
    from: LAW_2022_FROM,
    to: DECREE_98_TO,
    source: `${D98}, ${article}`,
    verified,
    note: note ?? 'Chưa đối chiếu hệ số thời kỳ Nghị định 98/2023 với văn bản gốc; tạm dùng mức tương ứng.',
  };
}

/** Both periods with one value (D152 probably kept it; the D98 figure is not in legal.md). */
function bothPeriods(value: number, d98Article: string, d152Article: string): Dated<number>[] {
  return [d152(value, d152Article), d98(value, d98Article)];
}

export const COEFFICIENT_SERIES: Record<string, Dated<number>[]> = {
  'chien-si-thi-dua-toan-quoc:individual': bothPeriods(4.5, TITLES_98, `${D152_TITLES} khoản 1 điểm a`),
  'chien-si-thi-dua-cap-tinh:individual': bothPeriods(3.0, TITLES_98, `${D152_TITLES} khoản 1 điểm b`),
  'chien-si-thi-dua-co-so:individual': bothPeriods(1.0, TITLES_98, `${D152_TITLES} khoản 1 điểm c`),
  'lao-dong-tien-tien:individual': bothPeriods(0.3, TITLES_98, `${D152_TITLES} khoản 1 điểm d`),
  'tap-the-lao-dong-xuat-sac:collective': bothPeriods(1.5, TITLES_98, `${D152_TITLES} khoản 2 điểm a`),
  'tap-the-lao-dong-tien-tien:collective': bothPeriods(0.8, TITLES_98, `${D152_TITLES} khoản 2 điểm b`),
  'thon-to-dan-pho-van-hoa:collective': bothPeriods(1.5, TITLES_98, `${D152_TITLES} khoản 2 điểm d`),
  'xa-phuong-tieu-bieu:collective': bothPeriods(2.0, TITLES_98, `${D152_TITLES} khoản 2`),
  'co-thi-dua-chinh-phu:collective': bothPeriods(12.0, TITLES_98, `${D152_TITLES} khoản 2`),
  'co-thi-dua-ubnd-tinh:collective': bothPeriods(8.0, TITLES_98, `${D152_TITLES} khoản 2 điểm e`),
  'gia-dinh-van-hoa:household': [
    {
      value: 0,
      from: LAW_2022_FROM,
      source: `${D152}, Điều 50`,
      verified: false,
      note: 'Điều 50 Nghị định 152/2025 không nêu hệ số cho "Gia đình văn hóa"; chưa rõ có tiền thưởng không.',
    },
  ],
  'giay-khen:individual': [
    d152(0.3, `${D152_FORMS} khoản 1`),
    d98(0.3, FORMS_98, false, 'Mức 0,3 cho người tặng khác Chủ tịch UBND cấp xã thời kỳ Nghị định 98/2023.'),
  ],
  'giay-khen:individual:commune': [
    d98(0.15, FORMS_98, true, 'Nghị định 98/2023 trả 0,15 cho Giấy khen của Chủ tịch UBND cấp xã.'),
  ],
  'giay-khen:collective': [d152(0.6, D152_FORMS), d98(0.6, FORMS_98)],
  'giay-khen:collective:commune': [
    d98(0.3, FORMS_98, false, 'Suy ra: tập thể gấp đôi cá nhân (0,15) thời kỳ Nghị định 98/2023.'),
  ],
  'giay-khen:household': [d152(0.45, D152_FORMS), d98(0.45, FORMS_98)],
  'bang-khen-chu-tich-ubnd-tinh:individual': [
    d152(1.5, `${D152_FORMS} khoản 1`),
    d98(1.0, FORMS_98, false, 'Mức 1,0 thời kỳ Nghị định 98/2023 chưa đối chiếu với văn bản gốc.'),
  ],
  'bang-khen-chu-tich-ubnd-tinh:collective': [
    d152(3.0, D152_FORMS, false, 'Số khoản trong Điều 54 cho tập thể chưa kiểm chứng.'),
    d98(2.0, FORMS_98, false, 'Mức 2,0 thời kỳ Nghị định 98/2023 chưa đối chiếu với văn bản gốc.'),
  ],
  'bang-khen-chu-tich-ubnd-tinh:household': [
    d152(2.25, D152_FORMS, true, 'Hộ gia đình bằng 1,5 lần mức của cá nhân.'),
    d98(1.5, FORMS_98),
  ],
  'bang-khen-thu-tuong:individual': bothPeriods(3.5, FORMS_98, `${D152_FORMS} khoản 1`),
  'bang-khen-thu-tuong:collective': bothPeriods(7.0, FORMS_98, D152_FORMS),
};

/**
 * coefficient × base salary, rounded UP to the next 10,000 VND (D152 Art 49). Integer arithmetic on
 * ten-thousandths of a coefficient, so 0.3 × 2,340,000 is exactly 702,000 and rounds to 710,000.
 */
export function computePrizeAmount(coefficient: number, baseSalary: number): number {
  const scaled = Math.round(coefficient * 10_000) * baseSalary;
  return Math.ceil(scaled / 100_000_000) * 10_000;
}

export const PRIZE_ROUNDING_SOURCE = `${D152}, Điều 49`;
