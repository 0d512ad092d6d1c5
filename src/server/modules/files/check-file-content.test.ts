import { describe, expect, it } from 'vitest';
import * as sample from '../../../../tests/integration/helpers/file-samples';
import { AppError } from '../../http/app-error';
import { checkFileContent, FILE_KINDS, type FileKind } from './check-file-content';
import { sanitizeFileName } from './file-name';

const ALL = FILE_KINDS;

describe('checkFileContent accepts each allowed kind by its content (quality C5)', () => {
  const cases: [string, () => Buffer, FileKind, string][] = [
    ['quyết định.pdf', sample.samplePdf, 'pdf', 'application/pdf'],
    [
      'báo cáo.docx',
      () => sample.sampleDocx(),
      'docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    [
      'bảng.xlsx',
      sample.sampleXlsx,
      'xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    ['ảnh.PNG', () => sample.samplePng(), 'png', 'image/png'],
    ['ảnh.jpeg', sample.sampleJpg, 'jpg', 'image/jpeg'],
    ['ghi chú.txt', () => sample.sampleText(), 'txt', 'text/plain'],
    ['README.md', () => sample.sampleText('# Tiêu đề\n\n<b>đậm</b> ở giữa là được'), 'md', 'text/markdown'],
  ];
  it.each(cases)('%s → %s', async (name, bytes, kind, mime) => {
    await expect(checkFileContent(bytes(), name, ALL)).resolves.toEqual({ kind, mimeType: mime });
  });
});

describe('checkFileContent refuses dangerous or mismatched files with a Vietnamese message', () => {
  const cases: [string, string, () => Buffer, readonly FileKind[], RegExp][] = [
    ['SVG', 'logo.svg', sample.sampleSvg, ALL, /SVG, HTML/],
    ['HTML', 'trang.html', sample.sampleHtml, ALL, /SVG, HTML/],
    ['HTML named .txt', 'trang.txt', sample.sampleHtml, ALL, /HTML\/SVG/],
    ['SVG named .md', 'logo.md', sample.sampleSvg, ALL, /HTML|XML/],
    ['SVG named .png', 'logo.png', sample.sampleSvg, ALL, /SVG, HTML|không phải/],
    ['.docm by name', 'macro.docm', sample.sampleDocm, ALL, /macro/],
    ['.xlsm by name', 'macro.xlsm', sample.sampleXlsm, ALL, /macro/],
    ['.docm renamed .docx', 'macro.docx', sample.sampleDocm, ALL, /macro/],
    ['.xlsm renamed .xlsx', 'macro.xlsx', sample.sampleXlsm, ALL, /macro/],
    ['VBA project inside a .docx', 'an.docx', sample.sampleDocxWithVba, ALL, /macro/],
    ['external entity in a .docx', 'xxe.docx', sample.sampleDocxWithEntity, ALL, /DOCTYPE\/ENTITY/],
    ['password-protected .docx', 'mat-khau.docx', sample.sampleOleContainer, ALL, /mật khẩu/],
    ['password-protected .xlsx', 'mat-khau.xlsx', sample.sampleOleContainer, ALL, /mật khẩu/],
    ['encrypted PDF', 'mat-khau.pdf', sample.sampleEncryptedPdf, ALL, /mật khẩu/],
    ['PDF with JavaScript', 'js.pdf', sample.samplePdfWithJavaScript, ALL, /JavaScript/],
    ['old .doc', 'cu.doc', sample.sampleOleContainer, ALL, /định dạng cũ/],
    ['PDF named .docx', 'gia.docx', sample.samplePdf, ALL, /không phải Word/],
    ['PNG named .jpg', 'anh.jpg', () => sample.samplePng(), ALL, /không phải ảnh JPG/],
    ['Excel named .docx', 'bang.docx', sample.sampleXlsx, ALL, /không phải Word.*tệp Excel/],
    ['Word named .xlsx', 'vb.xlsx', () => sample.sampleDocx(), ALL, /không phải Excel.*tệp Word/],
    ['a zip named .docx', 'nen.docx', () => sample.sampleDocx().subarray(0, 30), ALL, /không phải Word/],
    ['text that is not UTF-8', 'cu.txt', () => Buffer.from([0x42, 0xe0, 0xe1, 0x20, 0xff]), ALL, /UTF-8/],
    ['binary named .txt', 'nhi-phan.txt', () => Buffer.from('ab\u0000cd'), ALL, /nhị phân/],
    ['a PNG named .txt', 'anh.txt', () => sample.samplePng(), ALL, /không phải văn bản/],
    ['executable', 'chay.exe', () => Buffer.from('MZ'), ALL, /chỉ nhận/],
    ['no extension', 'README', sample.sampleText, ALL, /không có đuôi/],
    ['kind not allowed here', 'anh.png', () => sample.samplePng(), ['pdf', 'docx'], /chỉ nhận PDF hoặc Word/],
    ['empty file', 'rong.pdf', () => Buffer.alloc(0), ALL, /rỗng/],
  ];
  it.each(cases)('%s', async (_label, name, bytes, allowed, message) => {
    const error = await checkFileContent(bytes(), name, allowed).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(400);
    expect((error as AppError).message).toMatch(message);
    expect((error as AppError).fields?.[0]?.path).toBe('file');
  });
});

describe('sanitizeFileName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\a\\báo cáo.docx', 'báo cáo.docx'],
    ['Tờ\u202Etrình.pdf', 'Tờtrình.pdf'],
    ['a\u0000b\u200b.pdf', 'ab.pdf'],
    ['  ..ẩn.txt  ', 'ẩn.txt'],
    ['a<b>:"c"|?*.pdf', 'a_b___c____.pdf'],
    ['Quye\u0302\u0301t đi\u0323nh.pdf', 'Quyết định.pdf'],
    ['...', ''],
  ])('%j → %j', (raw, clean) => {
    expect(sanitizeFileName(raw)).toBe(clean);
  });

  it('keeps the extension when it shortens a long name', () => {
    const clean = sanitizeFileName(`${'dài '.repeat(100)}.docx`);
    expect([...clean].length).toBeLessThanOrEqual(150);
    expect(clean.endsWith('.docx')).toBe(true);
  });
});
