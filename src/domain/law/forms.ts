import { criterion } from './individual-titles';
import { always, LAW, LAW_2022_FROM } from './periods';
import type { AwardDef, CriterionDef } from './types';

/*
 * Commendation forms (Law Arts 71–75; legal.md §2.3–2.5). Their grounds are mostly "one of" lists of
 * judgements, so most options are attestable; the data-driven option of Bằng khen (Art 74(1)(d)) is
 * computed from the yearly records.
 */

export const FORM_CRITERIA: readonly CriterionDef[] = [
  criterion(
    'gk.exemplary-compliance',
    'Gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước',
    always(`${LAW}, Điều 75`),
    true,
  ),
  criterion('gk.rating-good', 'Hoàn thành tốt nhiệm vụ, nghĩa vụ công dân', always(`${LAW}, Điều 75`)),
  criterion('gk.solidarity', 'Nội bộ đoàn kết', always(`${LAW}, Điều 75`), true),
  criterion(
    'gk.achievement',
    'Một trong: thành tích được bình xét trong phong trào thi đua; hoặc lập được nhiều thành tích, thành tích đột xuất có phạm vi ảnh hưởng',
    always(`${LAW}, Điều 75`),
  ),
  criterion(
    'gk.movement-achievement',
    'Có thành tích được bình xét trong phong trào thi đua',
    always(`${LAW}, Điều 75`),
    true,
  ),
  criterion(
    'gk.adhoc-or-many',
    'Lập được nhiều thành tích hoặc thành tích đột xuất có phạm vi ảnh hưởng trong lĩnh vực do cơ quan, địa phương quản lý',
    always(`${LAW}, Điều 75`),
    true,
  ),
  criterion(
    'gk.household-grounds',
    'Hộ gia đình, một trong: đóng góp công sức, đất đai, tài sản cho địa phương; hoặc có thành tích trong phong trào thi đua',
    always(`${LAW}, Điều 75`),
  ),
  criterion(
    'gk.household-contribution',
    'Có đóng góp công sức, đất đai, tài sản cho địa phương',
    always(`${LAW}, Điều 75`),
    true,
  ),
  criterion(
    'bk.exemplary-compliance',
    'Gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước (tập thể: nội bộ đoàn kết)',
    always(`${LAW}, Điều 74`),
    true,
  ),
  criterion(
    'bk.grounds',
    'Một trong các thành tích của Điều 74 khoản 1 (phong trào thi đua do tỉnh phát động; nhiều thành tích hoặc thành tích đột xuất; đóng góp; 02 lần liên tục Chiến sĩ thi đua cơ sở hoặc 02 năm liên tục hoàn thành xuất sắc nhiệm vụ với 02 sáng kiến; người lao động có nhiều thành tích)',
    always(`${LAW}, Điều 74 khoản 1`),
  ),
  criterion(
    'bk.movement-achievement',
    'Có thành tích xuất sắc được bình xét trong phong trào thi đua do tỉnh phát động',
    always(`${LAW}, Điều 74`),
    true,
  ),
  criterion(
    'bk.adhoc-or-many',
    'Lập được nhiều thành tích hoặc thành tích đột xuất có phạm vi ảnh hưởng trong lĩnh vực do tỉnh quản lý',
    always(`${LAW}, Điều 74`),
    true,
  ),
  criterion(
    'bk.contribution',
    'Có đóng góp vào phát triển kinh tế - xã hội, khoa học, công nghệ, an sinh xã hội, từ thiện nhân đạo',
    always(`${LAW}, Điều 74`),
    true,
  ),
  criterion(
    'bk.worker-influence',
    'Công nhân, nông dân, người lao động có nhiều thành tích, có phạm vi ảnh hưởng trong xã, cơ quan, doanh nghiệp',
    always(`${LAW}, Điều 74 khoản 1 điểm đ`),
    true,
  ),
  criterion(
    'bk.collective-grounds',
    'Tập thể, một trong: thành tích xuất sắc trong phong trào thi đua; thành tích đột xuất; đóng góp; 02 năm liên tục hoàn thành xuất sắc nhiệm vụ hoặc Tập thể lao động xuất sắc kèm dân chủ cơ sở, tiết kiệm, phòng chống tham nhũng',
    always(`${LAW}, Điều 74 khoản 2`),
  ),
  criterion(
    'bk.collective-governance',
    'Thực hiện tốt dân chủ ở cơ sở, chăm lo đời sống thành viên, thực hành tiết kiệm, phòng chống tham nhũng',
    always(`${LAW}, Điều 74 khoản 2`),
    true,
  ),
  criterion(
    'bk.household-contribution',
    'Hộ gia đình có đóng góp lớn về công sức, đất đai, tài sản cho địa phương, xã hội',
    always(`${LAW}, Điều 74 khoản 3`),
    true,
  ),
  criterion(
    'bktt.criteria',
    'Đạt tiêu chuẩn Bằng khen của Thủ tướng Chính phủ (Điều 71–72)',
    always(`${LAW}, Điều 71, 72`, false, 'Tiêu chuẩn chưa được trích xuất.'),
    true,
  ),
];

const PRINCIPLES = ['principles.not-under-review', 'principles.discipline-ended'] as const;
const FORM_FROM = { from: LAW_2022_FROM };

export const FORM_AWARDS: readonly AwardDef[] = [
  {
    code: 'giay-khen',
    awardClass: 'form',
    name: 'Giấy khen',
    kinds: ['individual', 'collective', 'household'],
    source: `${LAW}, Điều 75`,
    effective: FORM_FROM,
    items: { individual: ['Giấy khen'], collective: ['Giấy khen'], household: ['Giấy khen'] },
    criteria: {
      individual: ['gk.exemplary-compliance', 'gk.rating-good', 'gk.achievement', ...PRINCIPLES],
      collective: [
        'gk.exemplary-compliance',
        'gk.solidarity',
        'gk.rating-good',
        'gk.achievement',
        ...PRINCIPLES,
      ],
      household: ['gk.exemplary-compliance', 'gk.household-grounds'],
    },
    verified: true,
    note: 'Điểm, khoản của Điều 75 khoản 1 về người tặng chưa thống nhất giữa các nguồn; vật phẩm chưa kiểm chứng.',
  },
  {
    code: 'bang-khen-chu-tich-ubnd-tinh',
    awardClass: 'form',
    name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    kinds: ['individual', 'collective', 'household'],
    source: `${LAW}, Điều 74`,
    effective: FORM_FROM,
    items: { individual: ['Bằng khen'], collective: ['Bằng khen'], household: ['Bằng khen'] },
    criteria: {
      individual: ['bk.exemplary-compliance', 'bk.grounds', ...PRINCIPLES],
      collective: ['bk.exemplary-compliance', 'bk.collective-grounds', ...PRINCIPLES],
      household: ['bk.exemplary-compliance', 'bk.household-contribution'],
    },
    verified: true,
    note: 'Vật phẩm kèm theo chưa kiểm chứng.',
  },
  {
    code: 'bang-khen-thu-tuong',
    awardClass: 'form',
    name: 'Bằng khen của Thủ tướng Chính phủ',
    kinds: ['individual', 'collective'],
    source: `${LAW}, Điều 71`,
    effective: FORM_FROM,
    items: { individual: ['Bằng khen'], collective: ['Bằng khen'] },
    criteria: {
      individual: ['bktt.criteria', ...PRINCIPLES],
      collective: ['bktt.criteria', ...PRINCIPLES],
    },
    verified: false,
    note: 'Tiêu chuẩn chưa trích xuất; Thủ tướng quyết định, cấp dưới chỉ đề nghị.',
  },
];
