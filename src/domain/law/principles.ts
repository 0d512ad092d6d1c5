import { always, d98ThenD152, LAW } from './periods';
import type { PrincipleDef } from './types';

/*
 * General principles (D152 Art 4 = D98 Art 4; Law Art 5), as data so a UI can explain why a rule
 * exists. Each is enforced where noted: the evaluator cites the same ids.
 */
export const PRINCIPLES: readonly PrincipleDef[] = [
  {
    id: 'principles.lower-not-prerequisite',
    text: 'Khen thưởng theo điều kiện, tiêu chuẩn và thành tích; hình thức thấp hơn không phải là điều kiện để xét hình thức cao hơn.',
    sources: d98ThenD152('Điều 4 khoản 1'),
  },
  {
    id: 'principles.no-adhoc-basis',
    text: 'Kết quả khen thưởng đột xuất, theo chuyên đề không dùng làm căn cứ đề nghị khen thưởng công trạng (bộ máy bỏ qua khi đếm thành tích các năm).',
    sources: d98ThenD152('Điều 4 khoản 3'),
  },
  {
    id: 'principles.not-under-review',
    text: 'Không khen thưởng hoặc đề nghị khen thưởng khi đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra, hoặc đang xác minh khiếu nại, tố cáo, phản ánh tham nhũng.',
    sources: d98ThenD152('Điều 4 khoản 4'),
  },
  {
    id: 'principles.discipline-ended',
    text: 'Sau khi chấp hành xong kỷ luật, thành tích được tính từ ngày chấp hành xong kỷ luật.',
    sources: d98ThenD152('Điều 4 khoản 4'),
  },
  {
    id: 'principles.maternity-counts',
    text: 'Thời gian nghỉ thai sản theo quy định được tính để xét danh hiệu thi đua, hình thức khen thưởng.',
    sources: d98ThenD152('Điều 4 khoản 5'),
  },
  {
    id: 'principles.tie-break-women',
    text: 'Khi các trường hợp có tiêu chuẩn, thành tích như nhau thì ưu tiên nữ hoặc tập thể có tỷ lệ nữ từ 70% trở lên.',
    sources: d98ThenD152('Điều 4 khoản 6'),
  },
  {
    id: 'principles.women-long-service',
    text: 'Nữ lãnh đạo, quản lý được giảm 1/3 thời gian giữ chức vụ khi xét khen thưởng quá trình cống hiến.',
    sources: d98ThenD152('Điều 4 khoản 7'),
  },
  {
    id: 'principles.one-achievement-one-award',
    text: 'Một thành tích không khen thưởng nhiều lần, nhiều hình thức (sáng kiến đã dùng cho khen thưởng trước không được tính lại).',
    sources: always(`${LAW}, Điều 5`),
  },
];
