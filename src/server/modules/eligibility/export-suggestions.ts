import type { Suggestion } from '../../../shared/api/eligibility';
import { writeXlsxList } from '../../lib/xlsx';

/** The suggestions page as a workbook, one row per candidate and award, with the reasons. */
export function exportSuggestions(items: readonly Suggestion[], year: number): Promise<Buffer> {
  return writeXlsxList({
    sheetName: `Gợi ý ${year}`,
    rows: items,
    columns: [
      { header: 'Đối tượng', value: (s) => (s.kind === 'individual' ? 'Cá nhân' : 'Tập thể') },
      { header: 'Họ tên / tên tập thể', value: (s) => s.name },
      { header: 'Đơn vị', value: (s) => s.unitName },
      { header: 'Danh hiệu, hình thức', value: (s) => s.awardName },
      {
        header: 'Kết quả',
        value: (s) => (s.status === 'eligible' ? 'Đủ tiêu chuẩn' : 'Đủ theo dữ liệu, cần xác nhận'),
      },
      { header: 'Cấp này được quyết định', value: (s) => (s.canConfer ? 'Có' : 'Không (trình cấp trên)') },
      { header: 'Căn cứ đã đạt', value: (s) => s.reasons.join('\n'), width: 80 },
      { header: 'Cần xác nhận', value: (s) => s.pending.join('\n'), width: 60 },
    ],
  });
}
