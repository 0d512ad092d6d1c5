import type { Catalogue } from './catalogue';
import type { Dated } from './types';

/*
 * Everything the catalogue ships as an UNVERIFIED default (legal.md §11 and the items marked in
 * §0–6), so the UI can list them as "configurable defaults to check".
 */

export interface UnverifiedItem {
  /** Where it lives: 'coefficient:<key>', 'base-salary', 'parameter:<id>', 'award:<code>', … */
  ref: string;
  source: string;
  note: string;
}

/** legal.md §11: open items with no catalogue entry of their own (they block nothing yet). */
export const OPEN_LEGAL_ITEMS: readonly UnverifiedItem[] = [
  {
    ref: 'open:law-06-2026',
    source: 'Luật số 06/2026/QH16 sửa đổi Luật Thi đua, khen thưởng (chưa kiểm chứng)',
    note: 'Chưa xác nhận luật sửa đổi có hiệu lực 01/10/2026 và nội dung (dự thảo 2025: CSTĐCS cần xuất sắc và sáng kiến).',
  },
  {
    ref: 'open:circular-15-2025',
    source: 'Thông tư 15/2025/TT-BNV',
    note: 'Ngày hiệu lực và nội dung (quy tắc 6 tháng, trường hợp đặc biệt của LĐTT, công khai, mẫu hồ sơ) chưa kiểm chứng.',
  },
  {
    ref: 'open:decree-152-articles',
    source: 'Nghị định 152/2025/NĐ-CP',
    note: 'Ngưỡng biểu quyết, thời hạn công khai, thủ tục đơn giản, điều khoản hồ sơ, số mẫu phụ lục chưa kiểm chứng.',
  },
  {
    ref: 'open:law-art-85-79-75',
    source: 'Luật Thi đua, khen thưởng 2022, Điều 75, 79, 85',
    note: 'Thủ tục đơn giản (Điều 85), số điều thẩm quyền cấp tỉnh (Điều 79?), điểm của Điều 75 khoản 1 chưa kiểm chứng.',
  },
  {
    ref: 'open:lai-chau-regulation',
    source: 'Quy định công tác thi đua, khen thưởng tỉnh Lai Châu sau 01/07/2025',
    note: 'Chưa tìm thấy: tiêu chuẩn chi tiết LĐTT, Giấy khen, Bằng khen, cụm khối, thời hạn, hạn mức CSTĐCS.',
  },
  {
    ref: 'open:lai-chau-wards',
    source: 'Nghị quyết 1670/NQ-UBTVQH15',
    note: 'Phường Tân Phong, Đoàn Kết kế thừa phong trào 2025 của thành phố thế nào, ai ký quyết định cuối năm 2025.',
  },
  {
    ref: 'open:base-salary-2026',
    source: 'Mức lương cơ sở từ 01/07/2026',
    note: 'Mức 2.530.000 đồng mới là đề xuất; chưa đưa vào danh mục. Khi ban hành, thêm bằng một điều chỉnh base-salary.',
  },
  {
    ref: 'open:national-database',
    source: 'Cơ sở dữ liệu quốc gia về thi đua, khen thưởng',
    note: 'Chưa có căn cứ pháp lý và danh mục trường dữ liệu bắt buộc.',
  },
  {
    ref: 'open:prize-rounding-practice',
    source: 'Nghị định 152/2025/NĐ-CP, Điều 49',
    note: 'Quy định làm tròn lên hàng chục nghìn đồng; thực tế báo chí nêu số chưa làm tròn. Bộ máy luôn làm tròn lên.',
  },
];

function fromSeries<T>(ref: string, series: readonly Dated<T>[], out: UnverifiedItem[]): void {
  for (const e of series)
    if (!e.verified && !e.overrideId)
      out.push({ ref: `${ref}@${e.from}`, source: e.source, note: e.note ?? 'Chưa kiểm chứng.' });
}

/** Every unverified default in the catalogue, then the open items of legal.md §11. */
export function listUnverified(catalogue: Catalogue): UnverifiedItem[] {
  const out: UnverifiedItem[] = [];
  for (const a of catalogue.awards.values())
    if (!a.verified)
      out.push({ ref: `award:${a.code}`, source: a.source, note: a.note ?? 'Chưa kiểm chứng.' });
  for (const c of catalogue.criteria.values()) fromSeries(`criterion:${c.id}`, c.sources, out);
  for (const p of catalogue.parameters.values()) fromSeries(`parameter:${p.id}`, p.series, out);
  for (const [k, s] of catalogue.coefficients) fromSeries(`coefficient:${k}`, s, out);
  fromSeries('base-salary', catalogue.baseSalary, out);
  // One line per level is enough for authority: the same note repeats across awards.
  const seen = new Set<string>();
  for (const [k, s] of catalogue.authority)
    for (const e of s)
      if (!e.verified && !e.overrideId && !seen.has(`${e.note}@${e.from}`)) {
        seen.add(`${e.note}@${e.from}`);
        out.push({ ref: `authority:${k}@${e.from}`, source: e.source, note: e.note ?? 'Chưa kiểm chứng.' });
      }
  for (const [k, s] of catalogue.voteThresholds) fromSeries(`vote-threshold:${k}`, s, out);
  for (const p of catalogue.principles) fromSeries(`principle:${p.id}`, p.sources, out);
  return [...out, ...OPEN_LEGAL_ITEMS];
}
