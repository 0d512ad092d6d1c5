/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { docxXmlToText } from './docx-xml-to-text';
import { type ParsedDocument, ParsedDocumentSchema, parseAdministrativeDocument } from './parse-document';

// Fixtures are read through the bundler (src/domain does no file I/O): raw text, byte for byte.
const raw = import.meta.glob('../../../tests/fixtures/documents/*.{md,txt,xml}', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const expected = import.meta.glob('../../../tests/fixtures/documents/*.expected.json', {
  import: 'default',
  eager: true,
}) as Record<string, ParsedDocument>;

const fixture = (name: string) => {
  const text = raw[`../../../tests/fixtures/documents/${name}`];
  if (text === undefined) throw new Error(`missing fixture ${name}`);
  return text;
};
const expectedFor = (base: string) => expected[`../../../tests/fixtures/documents/${base}.expected.json`]!;

describe('the launching document 5834/PĐTĐ-UBND (contracts §2.2)', () => {
  const parsed = parseAdministrativeDocument(fixture('reference-5834.md'));

  it('gives the contract fields exactly', () => {
    expect(parsed.issuer).toBe('ỦY BAN NHÂN DÂN THÀNH PHỐ LAI CHÂU');
    expect(parsed.parentIssuer).toBeNull();
    expect(parsed.number).toBe('5834/PĐTĐ-UBND');
    expect(parsed.place).toBe('Thành phố Lai Châu');
    expect(parsed.date).toBe('2024-12-31');
    expect(parsed.type).toBe('PHÁT ĐỘNG THI ĐUA');
    expect(parsed.subject).toBe(
      'Hoàn thành thắng lợi các chỉ tiêu, nhiệm vụ phát triển Kinh tế - Xã hội đảm bảo Quốc phòng - An ninh năm 2025',
    );
    expect(parsed.signer).toEqual({
      authority: 'TM. ỦY BAN NHÂN DÂN',
      position: 'CHỦ TỊCH',
      name: 'Nguyễn Văn Nghiệp',
    });
  });

  it('lists every recipient, the contract’s first two first, bullets and ";" "." stripped', () => {
    expect(parsed.recipients.slice(0, 2)).toEqual(['Sở Nội vụ', 'TT. Thành uỷ, HĐND, UBND thành phố']);
    expect(parsed.recipients).toEqual([
      'Sở Nội vụ',
      'TT. Thành uỷ, HĐND, UBND thành phố',
      'Thành viên Hội đồng TĐKT thành phố',
      'Các cơ quan, đơn vị, đoàn thể thành phố',
      'UBND các xã, phường',
      'Trang thông tin điện tử thành phố',
      'Lưu: VT',
    ]);
  });

  it('finds the five numbered tasks, joining a paragraph split by a page break and stopping before "Trên đây"', () => {
    expect(parsed.sections.map((s) => s.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(parsed.sections[0]!.text).toMatch(
      /^Các cơ quan, đơn vị tiếp tục triển khai thực hiện có hiệu quả/,
    );
    expect(parsed.sections[0]!.text).toContain('“Tiếp tục đổi mới công tác thi đua, khen thưởng”');
    expect(parsed.sections[2]!.text).toContain('- Về lĩnh vực văn hóa, xã hội: Tiếp tục thực hiện');
    expect(parsed.sections[2]!.text).not.toMatch(/\*/);
    expect(parsed.sections[4]!.text).toMatch(/kịp thời, đúng quy định\.$/);
    for (const s of parsed.sections) expect(s.text).not.toMatch(/\n|\s{2}|Trên đây/);
  });

  it('matches the full expected JSON, which fits the schema', () => {
    expect(parsed).toEqual(expectedFor('reference-5834'));
    expect(ParsedDocumentSchema.parse(parsed)).toEqual(parsed);
  });
});

describe('documents in other layouts give their expected JSON', () => {
  const cases = Object.keys(raw)
    .map((path) => path.split('/').pop()!)
    .filter((name) => /\.(md|txt)$/.test(name) && name !== 'reference-5834.md');

  it('has the six hand-written layouts', () => {
    expect(cases.sort()).toEqual([
      'bao-cao-tuq-khong-ngay.md',
      'cong-van-huyen.txt',
      'huong-dan-markdown-export.md',
      'ke-hoach-so-noi-vu.md',
      'qd-khen-thuong-phuong.txt',
      'thong-bao-nfd-crlf.txt',
      'thong-bao-q-ngay-so.txt',
    ]);
  });

  it.each(cases)('%s', (name) => {
    const parsed = parseAdministrativeDocument(fixture(name));
    expect(parsed).toEqual(expectedFor(name.replace(/\.(md|txt)$/, '')));
    expect(ParsedDocumentSchema.safeParse(parsed).success).toBe(true);
  });

  it('the NFD fixture really is decomposed with CRLF line ends, and parses like its NFC/LF form', () => {
    const text = fixture('thong-bao-nfd-crlf.txt');
    expect(text).toContain('\r\n');
    expect(text).not.toBe(text.normalize('NFC'));
    const parsed = parseAdministrativeDocument(text);
    expect(parsed).toEqual(parseAdministrativeDocument(text.normalize('NFC').replace(/\r\n/g, '\n')));
    expect(parsed.issuer).toBe('BAN THI ĐUA - KHEN THƯỞNG'.normalize('NFC'));
    expect(parsed.signer).toEqual({ authority: null, position: 'TRƯỞNG BAN', name: 'Hoàng Văn Sùng' });
  });

  it('the .docx body (document.xml + numbering.xml) gives its expected JSON', () => {
    const text = docxXmlToText(
      fixture('ke-hoach-xa-docx.document.xml'),
      fixture('ke-hoach-xa-docx.numbering.xml'),
    );
    expect(parseAdministrativeDocument(text)).toEqual(expectedFor('ke-hoach-xa-docx'));
  });
});

describe('what is not printed stays null', () => {
  it('an empty text gives nulls and empty lists', () => {
    expect(parseAdministrativeDocument('')).toEqual({
      issuer: null,
      parentIssuer: null,
      number: null,
      place: null,
      date: null,
      type: null,
      subject: null,
      signer: null,
      recipients: [],
      sections: [],
    });
  });

  it('a missing place-date line gives place and date null (report signed TUQ.)', () => {
    const parsed = parseAdministrativeDocument(fixture('bao-cao-tuq-khong-ngay.md'));
    expect([parsed.place, parsed.date]).toEqual([null, null]);
    expect(parsed.signer?.authority).toBe('TUQ. GIÁM ĐỐC');
  });

  it('the national motto is never the issuer or the subject', () => {
    for (const text of Object.values(raw)) {
      const parsed = parseAdministrativeDocument(text);
      expect(parsed.issuer ?? '').not.toMatch(/CỘNG HÒA|CỘNG HOÀ|Độc lập/u);
      expect(parsed.subject ?? '').not.toMatch(/CỘNG HÒA|CỘNG HOÀ|Độc lập/u);
    }
  });
});
