import {
  article,
  BODY,
  body,
  documentHead,
  documentTitle,
  gap,
  heading,
  legalBases,
  lines,
  signatureWithCopies,
  twoSigners,
} from './blocks';
import { CM, cell, loopParagraphs, loopTable, para, row, rule, TEXT_WIDTH } from './wordml';

/*
 * Body of each administrative template (Decree 30/2020, Appendix I and III). The placeholders are
 * exactly the fields of the types in ../template-data.ts.
 */

export function decisionBody(): string[] {
  const amountRow = row([
    cell([para('Tổng cộng', { b: true, align: 'center', sz: 12, before: 2, after: 2 })], {
      width: 8004,
      span: 5,
    }),
    cell([para('{totalAmount}', { b: true, align: 'right', sz: 12, before: 2, after: 2 })], { width: 1350 }),
  ]);
  return [
    documentHead(),
    ...documentTitle('QUYẾT ĐỊNH'),
    para('{authority}', { b: true, align: 'center', sz: 14, after: 12 }),
    ...legalBases(),
    para('QUYẾT ĐỊNH:', { b: true, align: 'center', sz: 14, before: 6, after: 6 }),
    article(1, 'article1'),
    article(2, 'article2'),
    article(3, 'article3'),
    gap(),
    signatureWithCopies(),
    // Annex: the list of recipients, on its own page.
    para('{annexTitle}', { b: true, align: 'center', sz: 14, pageBreakBefore: true, keepNext: true }),
    para(
      [
        '(Kèm theo Quyết định số ',
        '{number}',
        ' ngày ',
        '{day}',
        ' tháng ',
        '{month}',
        ' năm ',
        '{year}',
        ' của ',
        '{deciderShort}',
        ')',
      ],
      { i: true, align: 'center', sz: 14 },
    ),
    rule(2268, TEXT_WIDTH, 12),
    loopTable(
      'recipients',
      [
        { header: 'STT', field: 'stt', width: 700, align: 'center' },
        { header: 'Họ và tên', field: 'fullName', width: 2100 },
        { header: 'Chức vụ', field: 'position', width: 1650 },
        { header: 'Đơn vị', field: 'unitName', width: 1854 },
        { header: 'Số sổ vàng', field: 'goldenBookNumber', width: 1700, align: 'center' },
        { header: 'Tiền thưởng (đồng)', field: 'amount', width: 1350, align: 'right' },
      ],
      [amountRow],
    ),
    para(''),
  ];
}

export function coverLetterBody(): string[] {
  return [
    documentHead(),
    ...documentTitle('TỜ TRÌNH'),
    para(['Kính gửi: ', '{addressee}'], { align: 'center', sz: 14, after: 12 }),
    ...legalBases(),
    ...lines('body'),
    loopTable('proposals', [
      { header: 'STT', field: 'stt', width: 700, align: 'center' },
      { header: 'Danh hiệu, hình thức khen thưởng', field: 'award', width: 3354 },
      { header: 'Đối tượng', field: 'recipients', width: 3800 },
      { header: 'Số lượng', field: 'count', width: 1500, align: 'center' },
    ]),
    body('{closing}', { before: 6 }),
    gap(),
    signatureWithCopies(),
  ];
}

const RESULT_COLUMNS = [
  { header: 'STT', field: 'stt', width: 700, align: 'center' as const },
  { header: 'Họ và tên (tập thể)', field: 'fullName', width: 1850 },
  { header: 'Đơn vị', field: 'unitName', width: 1700 },
  { header: 'Danh hiệu, hình thức đề nghị', field: 'award', width: 1700 },
  { header: 'Số phiếu đồng ý', field: 'yes', width: 850, align: 'center' as const },
  { header: 'Tổng số thành viên', field: 'total', width: 850, align: 'center' as const },
  { header: 'Tỷ lệ (%)', field: 'percent', width: 750, align: 'center' as const },
  { header: 'Kết quả', field: 'outcome', width: TEXT_WIDTH - 8400, align: 'center' as const },
];

export function councilMinutesBody(): string[] {
  return [
    documentHead(),
    ...documentTitle('BIÊN BẢN'),
    body(['Thời gian: ', '{startTime}', '.']),
    body(['Địa điểm: ', '{location}', '.']),
    body(['Chủ trì: ', '{chairName}', ', ', '{chairTitle}', '.']),
    body(['Thư ký: ', '{secretaryName}', '.']),
    body(['Thành phần: có mặt ', '{membersPresent}', '/', '{membersTotal}', ' thành viên Hội đồng, gồm:']),
    ...loopParagraphs('attendees', [
      para(['- ', '{fullName}', ', ', '{role}', ';'], { ...BODY, firstLine: 0, left: CM }),
    ]),
    body(['Vắng mặt: ', '{absentees}', '.']),
    heading('I. NỘI DUNG CUỘC HỌP'),
    ...lines('content'),
    heading('II. KẾT QUẢ BIỂU QUYẾT'),
    loopTable('results', RESULT_COLUMNS),
    heading('III. KẾT LUẬN'),
    ...lines('conclusion'),
    body([
      'Cuộc họp kết thúc vào ',
      '{endTime}',
      '. Biên bản đã được đọc lại trước Hội đồng và các thành viên dự họp nhất trí thông qua./.',
    ]),
    gap(),
    twoSigners(
      { caption: ['THƯ KÝ'], name: 'secretaryName' },
      { caption: ['CHỦ TỊCH HỘI ĐỒNG'], name: 'chairName' },
    ),
  ];
}

export function voteTallyBody(): string[] {
  return [
    documentHead(),
    ...documentTitle('BIÊN BẢN KIỂM PHIẾU'),
    body(['Thời gian: ', '{startTime}', '.']),
    body(['Địa điểm: ', '{location}', '.']),
    body('Ban kiểm phiếu gồm:'),
    ...loopParagraphs('tellers', [
      para(['- ', '{fullName}', ', ', '{role}', ';'], { ...BODY, firstLine: 0, left: CM }),
    ]),
    heading('I. SỐ PHIẾU'),
    body(['- Số phiếu phát ra: ', '{ballotsIssued}', ';']),
    body(['- Số phiếu thu vào: ', '{ballotsReceived}', ';']),
    body(['- Số phiếu hợp lệ: ', '{ballotsValid}', ';']),
    body(['- Số phiếu không hợp lệ: ', '{ballotsInvalid}', '.']),
    heading('II. KẾT QUẢ KIỂM PHIẾU'),
    loopTable('results', RESULT_COLUMNS),
    body(
      ['Việc kiểm phiếu kết thúc vào ', '{endTime}', '. Biên bản được lập và thông qua trước Hội đồng./.'],
      {
        before: 6,
      },
    ),
    gap(),
    twoSigners(
      { caption: ['THƯ KÝ'], name: 'secretaryName' },
      { caption: ['TRƯỞNG BAN KIỂM PHIẾU'], name: 'headTellerName' },
    ),
  ];
}

export function reviewReportBody(): string[] {
  return [
    documentHead(),
    ...documentTitle('BÁO CÁO'),
    body(['Phong trào thi đua: ', '{movementTitle}', '.']),
    body(['Thời gian thực hiện: ', '{period}', '.']),
    ...loopParagraphs('sections', [heading('{heading}'), ...lines('paragraphs')]),
    heading('KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU'),
    loopTable('indicators', [
      { header: 'STT', field: 'stt', width: 700, align: 'center' },
      { header: 'Chỉ tiêu', field: 'name', width: 3454 },
      { header: 'Đơn vị tính', field: 'unit', width: 1300, align: 'center' },
      { header: 'Kế hoạch', field: 'target', width: 1300, align: 'right' },
      { header: 'Thực hiện', field: 'actual', width: 1300, align: 'right' },
      { header: 'Tỷ lệ (%)', field: 'rate', width: 1300, align: 'right' },
    ]),
    heading('ĐỀ XUẤT, KIẾN NGHỊ'),
    ...lines('proposals', '- '),
    gap(),
    signatureWithCopies(),
  ];
}

export function pledgeListBody(): string[] {
  return [
    documentHead(),
    ...documentTitle('BẢN ĐĂNG KÝ THI ĐUA'),
    body([
      'Thực hiện phong trào thi đua ',
      '{movementTitle}',
      ', ',
      '{unitName}',
      ' đăng ký thi đua như sau:',
    ]),
    heading('1. Danh hiệu thi đua tập thể'),
    ...lines('collectiveTitles', '- '),
    heading('2. Danh hiệu thi đua cá nhân'),
    loopTable('people', [
      { header: 'STT', field: 'stt', width: 700, align: 'center' },
      { header: 'Họ và tên', field: 'fullName', width: 2800 },
      { header: 'Chức vụ', field: 'position', width: 2400 },
      { header: 'Danh hiệu đăng ký', field: 'titles', width: 3454 },
    ]),
    heading('3. Cam kết'),
    ...lines('commitments', '- '),
    gap(),
    signatureWithCopies(false),
  ];
}
