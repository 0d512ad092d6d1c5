import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxToText, readDocumentFile } from '../../src/server/documents/read-document-file';
import { buildDocx } from '../fixtures/documents/build-docx';
import { runTdkt } from './helpers/cli-fixtures';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(repoRoot, 'tests/fixtures/documents');
// In CI the shared folder sits beside the clone; the copy in the fixtures is tested in any case.
const sharedReference = path.resolve(repoRoot, '../shared/reference/5834-PDTD-UBND-2024-12-31.md');
const expectedReference = JSON.parse(
  readFileSync(path.join(fixtures, 'reference-5834.expected.json'), 'utf8'),
);

let dir: string;
let docxFile: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'tdkt-parse-document-'));
  docxFile = path.join(dir, 'ke-hoach-xa.docx');
  writeFileSync(
    docxFile,
    buildDocx(
      readFileSync(path.join(fixtures, 'ke-hoach-xa-docx.document.xml'), 'utf8'),
      readFileSync(path.join(fixtures, 'ke-hoach-xa-docx.numbering.xml'), 'utf8'),
    ),
  );
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('tdkt parse-document (contracts §2.2)', () => {
  it.skipIf(!existsSync(sharedReference))(
    'parses shared/reference/5834-PDTD-UBND-2024-12-31.md to the contract JSON (skipped when ../shared is absent)',
    async () => {
      const r = await runTdkt(['parse-document', sharedReference], {});
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.json()).toEqual(expectedReference);
    },
  );

  it('parses the fixture copy of the launching document, --json accepted', async () => {
    const r = await runTdkt(['parse-document', path.join(fixtures, 'reference-5834.md'), '--json'], {});
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.json()).toEqual(expectedReference);
    expect(r.json()).toMatchObject({
      issuer: 'ỦY BAN NHÂN DÂN THÀNH PHỐ LAI CHÂU',
      parentIssuer: null,
      number: '5834/PĐTĐ-UBND',
      place: 'Thành phố Lai Châu',
      date: '2024-12-31',
      type: 'PHÁT ĐỘNG THI ĐUA',
      signer: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Nguyễn Văn Nghiệp' },
    });
  });

  it('parses a .docx built with a two-column header table', async () => {
    const r = await runTdkt(['parse-document', docxFile], {});
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.json()).toEqual(
      JSON.parse(readFileSync(path.join(fixtures, 'ke-hoach-xa-docx.expected.json'), 'utf8')),
    );
  });

  it('refuses an unsupported file type with exit 1 and a Vietnamese + English message', async () => {
    const pdf = path.join(dir, 'van-ban.pdf');
    writeFileSync(pdf, '%PDF-1.7');
    const r = await runTdkt(['parse-document', pdf], {});
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Không hỗ trợ định dạng "\.pdf"/);
    expect(r.stderr).toMatch(/Unsupported file type/);
  });

  it('refuses a missing file and a .docx that is not a zip with exit 1', async () => {
    const missing = await runTdkt(['parse-document', path.join(dir, 'khong-co.md')], {});
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Không đọc được tệp/);
    const fake = path.join(dir, 'gia.docx');
    writeFileSync(fake, 'Đây không phải tệp Word');
    const r = await runTdkt(['parse-document', fake], {});
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/không phải tệp Word \(\.docx\) hợp lệ/);
    expect(r.stderr).toMatch(/no ZIP signature/);
  });

  it('exits 2 without FILE or with an extra argument', async () => {
    const none = await runTdkt(['parse-document'], {});
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/missing argument FILE/);
    const extra = await runTdkt(['parse-document', 'a.md', 'b.md'], {});
    expect(extra.code).toBe(2);
    expect(extra.stderr).toMatch(/unexpected argument: b\.md/);
  });
});

describe('readDocumentFile', () => {
  it('strips a UTF-8 byte order mark from .txt', async () => {
    const file = path.join(dir, 'bom.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('SỞ NỘI VỤ\n')]));
    expect(await readDocumentFile(file)).toBe('SỞ NỘI VỤ\n');
  });

  it('refuses text that is not UTF-8', async () => {
    const file = path.join(dir, 'latin1.txt');
    writeFileSync(file, Buffer.from([0x53, 0xd4, 0x20, 0xff, 0xfe]));
    await expect(readDocumentFile(file)).rejects.toMatchObject({ problem: 'malformed' });
  });

  it('refuses a .docx whose document.xml declares a DTD or entities (no XXE)', () => {
    const xml =
      '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>' +
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>';
    expect(() => docxToText(buildDocx(xml))).toThrow(/DTD or entity/);
  });

  it('refuses a zip without word/document.xml, and a truncated zip', () => {
    const zip = new PizZip();
    zip.file('word/other.xml', '<x/>');
    expect(() => docxToText(zip.generate({ type: 'nodebuffer' }))).toThrow(/thiếu word\/document\.xml/);
    const docx = buildDocx('<w:document/>');
    expect(() => docxToText(docx.subarray(0, 40))).toThrow(/không mở được tệp nén/);
  });

  it('renders table rows as "| cell | cell |" and paragraphs one a line', () => {
    const xml =
      '<w:document xmlns:w="x"><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>SỞ NỘI VỤ</w:t></w:r></w:p></w:tc>' +
      '<w:tc><w:p><w:r><w:t>CỘNG HÒA</w:t></w:r><w:r><w:br/><w:t>Độc lập</w:t></w:r></w:p></w:tc></w:tr></w:tbl>' +
      '<w:p><w:r><w:t>KẾ</w:t></w:r><w:r><w:t xml:space="preserve"> HOẠCH</w:t></w:r></w:p></w:body></w:document>';
    expect(docxToText(buildDocx(xml))).toBe('| SỞ NỘI VỤ | CỘNG HÒA |\n|  | Độc lập |\n\nKẾ HOẠCH\n');
  });
});
