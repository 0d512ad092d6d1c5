import type { TemplateDataMap } from './template-data';

/*
 * Demo data for every template: used by the preview an administrator downloads after an upload, by
 * the tests, and as the definition of which placeholders a template may use (every field present,
 * every list with at least one item).
 */

const head = {
  parentIssuer: 'ỦY BAN NHÂN DÂN THÀNH PHỐ LAI CHÂU',
  issuer: 'ỦY BAN NHÂN DÂN PHƯỜNG TÂN PHONG',
  place: 'Tân Phong',
  date: '2026-01-05',
};

const signer = {
  signerAuthority: 'KT. CHỦ TỊCH',
  signerPosition: 'PHÓ CHỦ TỊCH',
  signerName: 'Lò Văn Thắng',
};

const names = [
  ['Nguyễn Thị Hương', 'Công chức Văn phòng - Thống kê', 'Văn phòng UBND phường'],
  ['Lò Văn Minh', 'Chỉ huy trưởng Ban Chỉ huy Quân sự', 'Ban Chỉ huy Quân sự phường'],
  ['Vàng Thị Mai', 'Công chức Tư pháp - Hộ tịch', 'UBND phường Tân Phong'],
  ['Trần Đức Long', 'Hiệu trưởng', 'Trường Tiểu học Tân Phong'],
] as const;

const results = names.map(([fullName, , unitName], i) => ({
  stt: String(i + 1),
  fullName,
  unitName,
  award: 'Chiến sĩ thi đua cơ sở',
  yes: String(9 - (i % 2)),
  total: '9',
  percent: i % 2 ? '88,9' : '100',
  outcome: 'Đạt',
}));

const history = [
  {
    year: '2023',
    award: 'Lao động tiên tiến',
    decision: 'Số 22/QĐ-UBND ngày 17/01/2024',
    issuer: 'UBND thành phố Lai Châu',
  },
  {
    year: '2024',
    award: 'Chiến sĩ thi đua cơ sở',
    decision: 'Số 30/QĐ-UBND ngày 15/01/2025',
    issuer: 'UBND thành phố Lai Châu',
  },
];

export const SAMPLE_DATA: TemplateDataMap = {
  decision: {
    ...head,
    number: '05/QĐ-UBND',
    authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG TÂN PHONG',
    subject: 'Về việc tặng danh hiệu "Chiến sĩ thi đua cơ sở" năm 2025',
    legalBases: [
      { text: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;' },
      { text: 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;' },
      {
        text: 'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;',
      },
      {
        text: 'Theo đề nghị của Hội đồng Thi đua - Khen thưởng phường tại Tờ trình số 02/TTr-HĐTĐKT ngày 02 tháng 01 năm 2026.',
      },
    ],
    article1:
      'Tặng danh hiệu "Chiến sĩ thi đua cơ sở" năm 2025 cho 04 cá nhân có tên trong danh sách kèm theo Quyết định này.',
    article2:
      'Mỗi cá nhân được tặng danh hiệu kèm theo mức tiền thưởng bằng 1,0 lần mức lương cơ sở, từ nguồn Quỹ thi đua, khen thưởng của phường.',
    article3:
      'Chánh Văn phòng HĐND và UBND phường, Trưởng các đơn vị có liên quan và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
    ...signer,
    copyTo: [{ text: 'Như Điều 3;' }, { text: 'UBND thành phố Lai Châu (b/c);' }, { text: 'Lưu: VT, VP.' }],
    annexTitle: 'DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG DANH HIỆU "CHIẾN SĨ THI ĐUA CƠ SỞ" NĂM 2025',
    deciderShort: 'Chủ tịch UBND phường Tân Phong',
    recipients: names.map(([fullName, position, unitName], i) => ({
      stt: String(i + 1),
      fullName,
      position,
      unitName,
      goldenBookNumber: `SV-2025-${String(i + 1).padStart(4, '0')}`,
      amount: '2.340.000',
    })),
    totalAmount: '9.360.000',
  },
  'cover-letter': {
    ...head,
    number: '02/TTr-HĐTĐKT',
    subject: 'Về việc đề nghị tặng danh hiệu thi đua năm 2025',
    addressee: 'Chủ tịch Ủy ban nhân dân phường Tân Phong',
    legalBases: [
      { text: 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;' },
      { text: 'Căn cứ kết quả họp Hội đồng Thi đua - Khen thưởng phường ngày 30 tháng 12 năm 2025.' },
    ],
    body: [
      {
        text: 'Trên cơ sở kết quả bình xét, Hội đồng Thi đua - Khen thưởng phường kính trình Chủ tịch Ủy ban nhân dân phường xem xét, tặng danh hiệu thi đua năm 2025 cho các tập thể, cá nhân sau:',
      },
    ],
    proposals: [
      { stt: '1', award: 'Chiến sĩ thi đua cơ sở', recipients: 'Cá nhân', count: '04' },
      { stt: '2', award: 'Lao động tiên tiến', recipients: 'Cá nhân', count: '37' },
      { stt: '3', award: 'Tập thể lao động tiên tiến', recipients: 'Tập thể', count: '03' },
    ],
    closing: 'Kính trình Chủ tịch Ủy ban nhân dân phường xem xét, quyết định./.',
    signerAuthority: 'TM. HỘI ĐỒNG',
    signerPosition: 'CHỦ TỊCH',
    signerName: 'Lò Văn Thắng',
    copyTo: [{ text: 'Như trên;' }, { text: 'Lưu: VT, HĐTĐKT.' }],
  },
  'achievement-individual': {
    place: 'Tân Phong',
    date: '2025-12-20',
    awardName: 'Danh hiệu Chiến sĩ thi đua cơ sở năm 2025',
    fullName: 'Nguyễn Thị Hương',
    birthDate: '12/03/1988',
    sex: 'Nữ',
    ethnicity: 'Kinh',
    hometown: 'Xã Tam Nông, tỉnh Phú Thọ',
    residence: 'Tổ 5, phường Tân Phong, thành phố Lai Châu',
    unitName: 'Văn phòng UBND phường Tân Phong',
    position: 'Công chức Văn phòng - Thống kê',
    education: 'Cử nhân Quản lý nhà nước',
    duties: [{ text: 'Tham mưu công tác văn phòng, thống kê, thi đua, khen thưởng của phường.' }],
    achievements: [
      {
        text: 'Hoàn thành xuất sắc nhiệm vụ được giao năm 2025; chủ trì sáng kiến "Số hóa hồ sơ thi đua, khen thưởng cấp phường" được Hội đồng sáng kiến công nhận.',
      },
      { text: 'Tích cực tham gia các phong trào thi đua do phường phát động.' },
    ],
    titles: history,
    awards: [
      {
        year: '2024',
        award: 'Giấy khen',
        decision: 'Số 45/QĐ-UBND ngày 20/02/2024',
        issuer: 'Chủ tịch UBND thành phố Lai Châu',
      },
    ],
    confirmerTitle: 'CHỦ TỊCH UBND PHƯỜNG',
    confirmerName: 'Lò Văn Thắng',
  },
  'achievement-collective': {
    place: 'Tân Phong',
    date: '2025-12-20',
    awardName: 'Danh hiệu Tập thể lao động xuất sắc năm 2025',
    collectiveName: 'Trường Tiểu học Tân Phong',
    address: 'Tổ 12, phường Tân Phong, thành phố Lai Châu, tỉnh Lai Châu',
    phone: '0213 3876 123',
    memberCount: '42',
    situation: [{ text: 'Nhà trường có 24 lớp với 812 học sinh; đội ngũ giáo viên đạt chuẩn 100%.' }],
    functions: [{ text: 'Tổ chức giảng dạy, giáo dục học sinh theo chương trình giáo dục phổ thông.' }],
    achievements: [
      {
        text: 'Tỷ lệ học sinh hoàn thành chương trình lớp học đạt 99,6%; 12 giáo viên đạt giáo viên dạy giỏi cấp thành phố.',
      },
    ],
    titles: [
      {
        year: '2024',
        award: 'Tập thể lao động tiên tiến',
        decision: 'Số 31/QĐ-UBND ngày 15/01/2025',
        issuer: 'UBND thành phố Lai Châu',
      },
    ],
    awards: [
      {
        year: '2023',
        award: 'Giấy khen',
        decision: 'Số 60/QĐ-UBND ngày 05/06/2023',
        issuer: 'Chủ tịch UBND thành phố Lai Châu',
      },
    ],
    confirmerTitle: 'CHỦ TỊCH UBND PHƯỜNG',
    confirmerName: 'Lò Văn Thắng',
    headTitle: 'HIỆU TRƯỞNG',
    headName: 'Trần Đức Long',
  },
  'council-minutes': {
    ...head,
    parentIssuer: 'ỦY BAN NHÂN DÂN PHƯỜNG TÂN PHONG',
    issuer: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
    number: '01/BB-HĐTĐKT',
    date: '2025-12-30',
    subject: 'Họp Hội đồng Thi đua - Khen thưởng xét tặng danh hiệu thi đua năm 2025',
    startTime: '14 giờ 00 phút, ngày 30/12/2025',
    location: 'Hội trường UBND phường Tân Phong',
    chairName: 'Lò Văn Thắng',
    chairTitle: 'Chủ tịch UBND phường, Chủ tịch Hội đồng',
    secretaryName: 'Nguyễn Thị Hương',
    membersTotal: '9',
    membersPresent: '9',
    attendees: [
      { fullName: 'Lò Văn Thắng', role: 'Chủ tịch Hội đồng' },
      { fullName: 'Hoàng Thị Lan', role: 'Phó Chủ tịch Hội đồng' },
      { fullName: 'Nguyễn Thị Hương', role: 'Ủy viên, Thư ký Hội đồng' },
    ],
    absentees: 'không',
    content: [
      {
        text: 'Thư ký Hội đồng báo cáo tổng hợp đề nghị của các đơn vị; Hội đồng thảo luận và bỏ phiếu kín.',
      },
    ],
    results,
    conclusion: [
      {
        text: 'Hội đồng thống nhất đề nghị Chủ tịch UBND phường tặng danh hiệu cho các cá nhân đạt tỷ lệ phiếu đồng ý từ 70% trở lên.',
      },
    ],
    endTime: '16 giờ 30 phút cùng ngày',
  },
  'vote-tally': {
    ...head,
    parentIssuer: 'ỦY BAN NHÂN DÂN PHƯỜNG TÂN PHONG',
    issuer: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
    number: '02/BB-HĐTĐKT',
    date: '2025-12-30',
    subject: 'Bỏ phiếu kín xét tặng danh hiệu "Chiến sĩ thi đua cơ sở" năm 2025',
    startTime: '15 giờ 30 phút, ngày 30/12/2025',
    location: 'Hội trường UBND phường Tân Phong',
    tellers: [
      { fullName: 'Hoàng Thị Lan', role: 'Trưởng ban' },
      { fullName: 'Vàng Thị Mai', role: 'Ủy viên' },
    ],
    ballotsIssued: '9',
    ballotsReceived: '9',
    ballotsValid: '9',
    ballotsInvalid: '0',
    results,
    endTime: '16 giờ 00 phút cùng ngày',
    headTellerName: 'Hoàng Thị Lan',
    secretaryName: 'Nguyễn Thị Hương',
  },
  'review-report': {
    ...head,
    number: '120/BC-UBND',
    date: '2025-12-15',
    ...signer,
    copyTo: [{ text: 'UBND thành phố Lai Châu;' }, { text: 'Lưu: VT.' }],
    kindLabel: 'Tổng kết',
    subject: 'Tổng kết phong trào thi đua năm 2025',
    movementTitle: '"Hoàn thành thắng lợi các chỉ tiêu, nhiệm vụ phát triển kinh tế - xã hội năm 2025"',
    period: 'từ tháng 01 đến tháng 12 năm 2025',
    sections: [
      {
        heading: 'I. CÔNG TÁC TỔ CHỨC PHONG TRÀO',
        paragraphs: [
          { text: 'Ủy ban nhân dân phường ban hành kế hoạch, tổ chức phát động và ký kết giao ước thi đua.' },
        ],
      },
      {
        heading: 'II. KẾT QUẢ THỰC HIỆN',
        paragraphs: [{ text: 'Các chỉ tiêu cơ bản đều đạt và vượt kế hoạch.' }],
      },
    ],
    indicators: [
      {
        stt: '1',
        name: 'Thu ngân sách trên địa bàn',
        unit: 'triệu đồng',
        target: '12.500',
        actual: '13.120',
        rate: '105,0',
      },
      { stt: '2', name: 'Tỷ lệ hộ gia đình văn hóa', unit: '%', target: '90', actual: '92,4', rate: '102,7' },
    ],
    proposals: [{ text: 'Đề nghị UBND thành phố khen thưởng các tập thể, cá nhân có thành tích xuất sắc.' }],
  },
  'pledge-list': {
    ...head,
    parentIssuer: 'ỦY BAN NHÂN DÂN PHƯỜNG TÂN PHONG',
    issuer: 'TRƯỜNG TIỂU HỌC TÂN PHONG',
    number: '03/ĐKTĐ-TH',
    date: '2025-02-10',
    subject: 'Năm 2025',
    movementTitle: '"Hoàn thành thắng lợi các chỉ tiêu, nhiệm vụ phát triển kinh tế - xã hội năm 2025"',
    unitName: 'Trường Tiểu học Tân Phong',
    collectiveTitles: [{ text: 'Tập thể lao động xuất sắc' }],
    people: [
      { stt: '1', fullName: 'Trần Đức Long', position: 'Hiệu trưởng', titles: 'Chiến sĩ thi đua cơ sở' },
      { stt: '2', fullName: 'Lường Thị Thu', position: 'Giáo viên', titles: 'Lao động tiên tiến' },
    ],
    commitments: [{ text: 'Thực hiện tốt các nhiệm vụ được giao, phấn đấu đạt các danh hiệu đã đăng ký.' }],
    signerAuthority: '',
    signerPosition: 'HIỆU TRƯỞNG',
    signerName: 'Trần Đức Long',
  },
};
