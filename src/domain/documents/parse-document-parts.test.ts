import { describe, expect, it } from 'vitest';
import { parsePlaceDateLine } from './document-date';
import { parseAdministrativeDocument } from './parse-document';

describe('place-date line (Decree 30/2020, Appendix I: "Địa danh, ngày … tháng … năm …")', () => {
  it.each([
    ['Thành phố Lai Châu, ngày 31 tháng 12 năm 2024', 'Thành phố Lai Châu', '2024-12-31'],
    ['Tân Phong, ngày 05 tháng 01 năm 2025', 'Tân Phong', '2025-01-05'],
    ['Lai Châu, ngày  5  tháng 1 năm 2025', 'Lai Châu', '2025-01-05'],
    ['*Lai Châu, ngày 5 tháng 1, năm 2025*', 'Lai Châu', '2025-01-05'],
    ['Lai Châu, 12/06/2025', 'Lai Châu', '2025-06-12'],
    ['Hà Nội, ngày 01-02-2025', 'Hà Nội', '2025-02-01'],
    ['ngày 31 tháng 12 năm 2024', null, '2024-12-31'],
    // A date the calendar does not have is not invented into one it has.
    ['Lai Châu, ngày 31 tháng 02 năm 2025', 'Lai Châu', null],
    // Left blank for the signer: the place is printed, the date is not.
    ['Lai Châu, ngày      tháng      năm 2025', 'Lai Châu', null],
    ['Lai Châu, ngày …… tháng …… năm 20……', 'Lai Châu', null],
  ])('%s', (line, place, date) => {
    const text = line.replace(/^\*|\*$/g, '');
    expect(parsePlaceDateLine(text)).toEqual({ place, date });
  });

  it.each([
    'Chỉ thị số 34-CT/TW ngày 7/4/2014 của Bộ Chính trị',
    'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
    '31/12/2024',
    'Số: 12/QĐ-UBND',
  ])('a date inside a sentence is not a place-date line: %s', (line) => {
    expect(parsePlaceDateLine(line)).toBeNull();
  });
});

/** A minimal document around a signature block. */
function withSignature(block: string): string {
  return [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN PHONG THỔ',
    '',
    'Số: 1/TB-UBND',
    '',
    'THÔNG BÁO',
    '',
    'Nội dung thông báo./.',
    '',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT.',
    '',
    block,
  ].join('\n');
}

describe('signature block (Decree 30/2020 Art. 13: TM., KT., TL., TUQ., Q.)', () => {
  it.each([
    ['TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nGiàng A Páo', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Giàng A Páo'],
    ['KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐã ký\nLò Thị Mai', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lò Thị Mai'],
    [
      'TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n(ký, đóng dấu)\nVàng Thị Mỷ',
      'TL. CHỦ TỊCH',
      'CHÁNH VĂN PHÒNG',
      'Vàng Thị Mỷ',
    ],
    [
      'TUQ. CHỦ TỊCH\nTRƯỞNG PHÒNG NỘI VỤ\n[Đã ký]\nĐèo Văn Lả',
      'TUQ. CHỦ TỊCH',
      'TRƯỞNG PHÒNG NỘI VỤ',
      'Đèo Văn Lả',
    ],
    ['Q. CHỦ TỊCH\n\nPhàn Văn Sỹ', 'Q. CHỦ TỊCH', null, 'Phàn Văn Sỹ'],
    ['TL. CHỦ TỊCH\nQ. CHÁNH VĂN PHÒNG\nLê Văn Hùng', 'TL. CHỦ TỊCH', 'Q. CHÁNH VĂN PHÒNG', 'Lê Văn Hùng'],
    [
      '**TM.ỦY BAN NHÂN DÂN**  \n**CHỦ TỊCH**\n\n**Hà Văn Tám**',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Hà Văn Tám',
    ],
    ['CHỦ TỊCH\n(Đã ký)\nTẩn Láo Lở', null, 'CHỦ TỊCH', 'Tẩn Láo Lở'],
    [
      'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nSần Văn Tiến',
      'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Sần Văn Tiến',
    ],
    ['KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', null],
  ])('%s', (block, authority, position, name) => {
    expect(parseAdministrativeDocument(withSignature(block)).signer).toEqual({ authority, position, name });
  });

  it('a document without a signature block has signer null', () => {
    expect(parseAdministrativeDocument('THÔNG BÁO\n\nNội dung.').signer).toBeNull();
  });
});

describe('header flattening: issuer and parent issuer', () => {
  it.each([
    ['ỦY BAN NHÂN DÂN  \nTHÀNH PHỐ LAI CHÂU', 'ỦY BAN NHÂN DÂN THÀNH PHỐ LAI CHÂU', null],
    ['UBND TỈNH LAI CHÂU\nSỞ NỘI VỤ', 'SỞ NỘI VỤ', 'UBND TỈNH LAI CHÂU'],
    [
      'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\n**SỞ GIÁO DỤC VÀ**\n**ĐÀO TẠO**',
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU',
    ],
    ['BỘ NỘI VỤ\nBAN THI ĐUA - KHEN THƯỞNG\nTRUNG ƯƠNG', 'BAN THI ĐUA - KHEN THƯỞNG TRUNG ƯƠNG', 'BỘ NỘI VỤ'],
  ])('flat lines %#', (issuerLines, issuer, parentIssuer) => {
    const text = `${issuerLines}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 3/KH-X\n\nKẾ HOẠCH\n`;
    const parsed = parseAdministrativeDocument(text);
    expect([parsed.issuer, parsed.parentIssuer, parsed.type]).toEqual([issuer, parentIssuer, 'KẾ HOẠCH']);
  });

  it.each([
    [
      'two-column markdown table with a name wrapped across rows',
      [
        '| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
        '|---|---|',
        '| THÀNH PHỐ LAI | Độc lập - Tự do - Hạnh phúc |',
        '| CHÂU | |',
        '| Số: 10/QĐ-UBND | Thành phố Lai Châu, ngày 03 tháng 3 năm 2025 |',
      ],
    ],
    [
      'table with <br> inside cells',
      [
        '| ỦY BAN NHÂN DÂN<br>THÀNH PHỐ LAI CHÂU<br>---<br>Số: 10/QĐ-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA<br>VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>Thành phố Lai Châu, ngày 03 tháng 3 năm 2025 |',
      ],
    ],
    [
      'plain text columns separated by spaces',
      [
        'ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'THÀNH PHỐ LAI CHÂU                  Độc lập - Tự do - Hạnh phúc',
        'Số: 10/QĐ-UBND     Thành phố Lai Châu, ngày 03 tháng 3 năm 2025',
      ],
    ],
    [
      'PDF text with both columns run together on each line',
      [
        'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'THÀNH PHỐ LAI CHÂU Độc lập - Tự do - Hạnh phúc',
        'Số: 10/QĐ-UBND Thành phố Lai Châu, ngày 03 tháng 3 năm 2025',
      ],
    ],
    [
      'plain text columns separated by tabs, Windows line ends',
      [
        'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\r',
        'THÀNH PHỐ LAI CHÂU\tĐộc lập - Tự do - Hạnh phúc\r',
        'Số: 10/QĐ-UBND\tThành phố Lai Châu, ngày 03 tháng 3 năm 2025\r',
      ],
    ],
  ])('%s', (_, header) => {
    const text = `${header.join('\n')}\n\nQUYẾT ĐỊNH\nVề việc khen thưởng\n\nCăn cứ Luật Thi đua, khen thưởng;\n`;
    const parsed = parseAdministrativeDocument(text);
    expect(parsed).toMatchObject({
      issuer: 'ỦY BAN NHÂN DÂN THÀNH PHỐ LAI CHÂU',
      parentIssuer: null,
      number: '10/QĐ-UBND',
      place: 'Thành phố Lai Châu',
      date: '2025-03-03',
      type: 'QUYẾT ĐỊNH',
      subject: 'Về việc khen thưởng',
    });
  });
});

describe('subject (trích yếu)', () => {
  it.each([
    ['one line', 'QUYẾT ĐỊNH\nVề việc khen thưởng\n\nCăn cứ Luật;', 'Về việc khen thưởng'],
    [
      'wrapped in lower case',
      'QUYẾT ĐỊNH\nVề việc khen thưởng tập thể\nxuất sắc năm 2024\nCăn cứ Luật;',
      'Về việc khen thưởng tập thể xuất sắc năm 2024',
    ],
    [
      'split over two bold paragraphs',
      'KẾ HOẠCH\n\n**Thi đua chào mừng**\n\n**năm 2025**\n\nThực hiện chỉ đạo.',
      'Thi đua chào mừng năm 2025',
    ],
    ['absent: the body starts under the kind line', 'QUYẾT ĐỊNH\nCăn cứ Luật;', null],
    [
      'a body paragraph right under it is not part of it',
      'THÔNG BÁO\nLịch họp tháng 6\nSở thông báo lịch họp như sau:\n1. Họp.',
      'Lịch họp tháng 6',
    ],
  ])('%s', (_, title, subject) => {
    const parsed = parseAdministrativeDocument(`SỞ NỘI VỤ\nSố: 1/X-SNV\n${title}\n`);
    expect(parsed.subject).toBe(subject);
  });

  it('a công văn has no kind line: its "V/v" under the number is the subject, its type CÔNG VĂN', () => {
    const parsed = parseAdministrativeDocument(
      'SỞ NỘI VỤ\nSố: 9/SNV-VP\nV/v góp ý dự thảo\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nLai Châu, ngày 2 tháng 5 năm 2025\nKính gửi: Các sở.',
    );
    expect([parsed.type, parsed.subject]).toEqual(['CÔNG VĂN', 'V/v góp ý dự thảo']);
  });
});

describe('sections: the top level of the body', () => {
  it.each([
    ['articles', 'Điều 1. Tặng Giấy khen.\nĐiều 2. Thi hành./.', ['1', '2']],
    ['Roman parts over numbered items', 'I. MỤC ĐÍCH\n1. Một.\n2. Hai.\nII. NỘI DUNG\n1. Ba.', ['I', 'II']],
    ['numbered tasks, nested items stay inside', '1. Một:\na) A;\nb) B.\n2. Hai.', ['1', '2']],
    ['no numbering', 'Đề nghị các đơn vị thực hiện.', []],
  ])('%s', (_, body, numbers) => {
    const parsed = parseAdministrativeDocument(`SỞ NỘI VỤ\n\nSố: 1/KH-SNV\n\nKẾ HOẠCH\nThi đua\n\n${body}\n`);
    expect(parsed.sections.map((s) => s.number)).toEqual(numbers);
  });
});
