import PizZip from 'pizzip';
import { PNG } from 'pngjs';

/*
 * Small, real files of each kind (and hostile look-alikes) built in memory, for the upload tests and
 * the demo data; nothing is read from disk.
 */

const DOCX_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const DOCM_TYPES = DOCX_TYPES.replace(
  'wordprocessingml.document.main+xml',
  'ms-word.document.macroEnabled.main+xml',
).replace('application/vnd.openxmlformats-officedocument.ms-word', 'application/vnd.ms-word');
const XLSX_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

function wordXml(text: string): string {
  const escaped = text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t xml:space="preserve">${escaped}</w:t></w:r></w:p></w:body></w:document>`;
}

function zipOf(files: Record<string, string | Buffer>): Buffer {
  const zip = new PizZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export const sampleDocx = (text = 'Báo cáo sơ kết phong trào thi đua') =>
  zipOf({ '[Content_Types].xml': DOCX_TYPES, '_rels/.rels': RELS, 'word/document.xml': wordXml(text) });

export const sampleXlsx = () =>
  zipOf({
    '[Content_Types].xml': XLSX_TYPES,
    '_rels/.rels': RELS.replace('word/document.xml', 'xl/workbook.xml'),
    'xl/workbook.xml':
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>',
  });

/** A .docm: macro-enabled content type and a VBA project. */
export const sampleDocm = () =>
  zipOf({
    '[Content_Types].xml': DOCM_TYPES,
    '_rels/.rels': RELS,
    'word/document.xml': wordXml('macro'),
    'word/vbaProject.bin': Buffer.from('VBA'),
  });

/** A .docx that hides a VBA project while claiming to be a plain document. */
export const sampleDocxWithVba = () =>
  zipOf({
    '[Content_Types].xml': DOCX_TYPES,
    '_rels/.rels': RELS,
    'word/document.xml': wordXml('macro'),
    'word/vbaProject.bin': Buffer.from('VBA'),
  });

/** An .xlsm: macro-enabled workbook. */
export const sampleXlsm = () =>
  zipOf({
    '[Content_Types].xml': XLSX_TYPES.replace(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
      'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
    ),
    '_rels/.rels': RELS.replace('word/document.xml', 'xl/workbook.xml'),
    'xl/workbook.xml': '<workbook/>',
    'xl/vbaProject.bin': Buffer.from('VBA'),
  });

/** A .docx whose document part declares an external entity (XXE). */
export const sampleDocxWithEntity = () =>
  zipOf({
    '[Content_Types].xml': DOCX_TYPES,
    '_rels/.rels': RELS,
    'word/document.xml':
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">&x;</w:document>',
  });

/** An OLE compound file: what a password-protected .docx really is (and an old .doc). */
export const sampleOleContainer = () => {
  const bytes = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
  bytes.write('EncryptedPackage', 600, 'utf16le');
  return bytes;
};

const pdfOf = (body: string) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R ${body}>>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
    'latin1',
  );
export const samplePdf = () => pdfOf('');
export const samplePdfWithJavaScript = () => pdfOf('/OpenAction << /S /JavaScript /JS (app.alert(1)) >> ');
export const sampleEncryptedPdf = () =>
  Buffer.concat([pdfOf(''), Buffer.from('trailer\n<< /Encrypt 3 0 R >>\n', 'latin1')]);

export function samplePng(width = 4, height = 4): Buffer {
  const png = new PNG({ width, height });
  png.data.fill(200);
  return PNG.sync.write(png);
}

/** The first bytes of a JFIF JPEG: enough for the content check. */
export const sampleJpg = () =>
  Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00]),
    Buffer.alloc(64),
    Buffer.from([0xff, 0xd9]),
  ]);

export const sampleSvg = () =>
  Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>');
export const sampleHtml = () =>
  Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>');
export const sampleText = (text = 'Biên bản họp sơ kết.\nNội dung: …') => Buffer.from(text, 'utf8');
