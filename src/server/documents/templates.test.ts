import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PizZip from 'pizzip';
import { afterAll, describe, expect, it } from 'vitest';
import { convertDocxToPdf } from './convert-to-pdf';
import { renderTemplateFile } from './render-template';
import { SAMPLE_DATA } from './sample-data';
import { TEMPLATE_KEYS, type TemplateKey } from './template-data';
import { builtInTemplate } from './template-store';
import { validateTemplate } from './validate-template';
import { makeBuiltInTemplate } from './wordml/built-in-templates';

const dir = mkdtempSync(path.join(os.tmpdir(), 'tdkt-templates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pdfText(pdf: Buffer): string {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

const documentXml = (docx: Buffer) => new PizZip(docx).file('word/document.xml')!.asText();

/** Fields each rendered template must show (legal.md §9.2 elements and the sample's own data). */
const EXPECTED: Record<TemplateKey, string[]> = {
  decision: [
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Số: 05/QĐ-UBND',
    'Tân Phong, ngày 05 tháng 01 năm 2026',
    'QUYẾT ĐỊNH',
    'Điều 1.',
    'Điều 3.',
    'KT. CHỦ TỊCH',
    'Nơi nhận:',
    'Lò Văn Minh',
    'SV-2025-0004',
    '9.360.000',
  ],
  'cover-letter': [
    'TỜ TRÌNH',
    'Số: 02/TTr-HĐTĐKT',
    'Kính gửi: Chủ tịch Ủy ban nhân dân phường Tân Phong',
    'TM. HỘI ĐỒNG',
  ],
  'achievement-individual': [
    'BÁO CÁO THÀNH TÍCH',
    'CHIẾN SĨ THI ĐUA CƠ SỞ NĂM 2025',
    'Nguyễn Thị Hương',
    'Số 45/QĐ-UBND',
  ],
  'achievement-collective': [
    'BÁO CÁO THÀNH TÍCH',
    'Trường Tiểu học Tân Phong',
    'Trần Đức Long',
    'HIỆU TRƯỞNG',
  ],
  'council-minutes': [
    'BIÊN BẢN',
    'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
    'Vàng Thị Mai',
    '88,9',
    'CHỦ TỊCH HỘI ĐỒNG',
  ],
  'vote-tally': ['BIÊN BẢN KIỂM PHIẾU', 'Số phiếu hợp lệ: 9', 'TRƯỞNG BAN KIỂM PHIẾU', 'Hoàng Thị Lan'],
  'review-report': ['BÁO CÁO', 'Số: 120/BC-UBND', 'Thu ngân sách trên địa bàn', '105,0', 'PHÓ CHỦ TỊCH'],
  'pledge-list': ['BẢN ĐĂNG KÝ THI ĐUA', 'Lường Thị Thu', 'Tập thể lao động xuất sắc', 'HIỆU TRƯỞNG'],
};

describe('built-in templates', () => {
  it.each(TEMPLATE_KEYS)('templates/%s.docx is what scripts/make-templates.ts generates', (key) => {
    expect(documentXml(builtInTemplate(key))).toBe(documentXml(makeBuiltInTemplate(key)));
  });

  it.each(TEMPLATE_KEYS)('%s passes the upload validation with its own placeholders', (key) => {
    expect(validateTemplate(key, builtInTemplate(key)).tags.length).toBeGreaterThan(3);
  });

  it.each(TEMPLATE_KEYS)(
    '%s renders with its demo data and LibreOffice turns it into a PDF with the expected text',
    async (key) => {
      const docx = renderTemplateFile(builtInTemplate(key), SAMPLE_DATA[key]);
      const xml = documentXml(docx);
      expect(xml).not.toContain('undefined');
      expect(xml).not.toMatch(/\{[#/^]?[a-zA-Z]+\}/);
      const pdf = await convertDocxToPdf(docx);
      expect(pdf, 'LibreOffice (libreoffice-writer-nogui) must be installed').not.toBeNull();
      expect(pdf!.subarray(0, 5).toString()).toBe('%PDF-');
      const text = pdfText(pdf!);
      for (const expected of EXPECTED[key]) expect(text).toContain(expected);
    },
    60_000,
  );

  it('prints a missing value as nothing and drops an empty optional paragraph', () => {
    const data = { ...SAMPLE_DATA.decision, signerAuthority: '', parentIssuer: '' } as Record<
      string,
      unknown
    >;
    delete data.article2;
    const xml = documentXml(renderTemplateFile(builtInTemplate('decision'), data));
    expect(xml).not.toContain('undefined');
    expect(xml).not.toContain('KT. CHỦ TỊCH');
    expect(xml).toContain('Điều 2. ');
  });
});

describe('user text is printed literally (quality C4)', () => {
  const hostile = [
    '{signerName}',
    '{{fullName}}',
    '{#recipients}x{/recipients}',
    '{@raw}',
    '=HYPERLINK("http://evil.example","bấm")',
    '+1+2',
    '-3+4',
    '@SUM(A1)',
    '{ HYPERLINK "http://evil.example" }',
    '{ DDEAUTO c:\\windows\\system32\\cmd.exe "/c calc" }',
    '<w:r><w:t>chèn</w:t></w:r>',
    'A & B < C > D "E"',
  ];

  it('in the Word file and in the PDF made from it', async () => {
    const data = {
      ...SAMPLE_DATA.decision,
      subject: 'Về việc {article1} \u0001\u0008 thử',
      legalBases: hostile.map((text) => ({ text })),
      recipients: [{ ...SAMPLE_DATA.decision.recipients[0]!, fullName: '{signerName}' }],
    };
    const docx = renderTemplateFile(builtInTemplate('decision'), data);
    const xml = documentXml(docx);
    // No field was created from user text: the only field is the page number in the header part.
    expect(xml).not.toContain('w:fldChar');
    expect(xml).not.toContain('w:instrText');
    expect(xml).not.toContain('<w:t>chèn</w:t>');
    expect(xml).toContain('Về việc {article1}  thử');
    const text = pdfText((await convertDocxToPdf(docx))!);
    for (const h of hostile) expect(text).toContain(h.replace(/\s+/g, ' '));
    expect(text).toContain('Về việc {article1} thử');
  }, 60_000);
});

describe('upload validation', () => {
  const withBody = (extra: string) => {
    const zip = new PizZip(builtInTemplate('pledge-list'));
    const xml = zip.file('word/document.xml')!.asText();
    zip.file(
      'word/document.xml',
      xml.replace('<w:body>', `<w:body><w:p><w:r><w:t>${extra}</w:t></w:r></w:p>`),
    );
    return zip.generate({ type: 'nodebuffer' });
  };

  it.each([
    ['an unknown field, named in the message', '{luongThang}', '{luongThang}'],
    ['a field of another template', '{article1}', '{article1}'],
    ['a raw-XML tag', '{@signerName}', '{@signerName}'],
    ['an unclosed tag', '{fullName', 'thiếu dấu đóng'],
    ['an unclosed loop', '{#people}', 'chưa có thẻ đóng'],
  ])('refuses %s', (_label, tag, message) => {
    expect(() => validateTemplate('pledge-list', withBody(tag))).toThrow(message);
  });

  it('accepts a field used inside its own loop and refuses it outside', () => {
    expect(() => validateTemplate('pledge-list', withBody('{#people}{titles}{/people}'))).not.toThrow();
    expect(() => validateTemplate('pledge-list', withBody('{titles}'))).toThrow('{titles}');
  });

  it('refuses a file that is not a Word document', () => {
    expect(() => validateTemplate('decision', Buffer.from('%PDF-1.7 not a docx'))).toThrow('.docx');
  });
});
