import { fileTypeFromBuffer } from 'file-type';
import PizZip from 'pizzip';
import { badRequest } from '../../http/app-error';
import { extensionOf } from './file-name';

/*
 * What a file IS comes from its bytes, never from its name or the browser's Content-Type (quality C5).
 * The name's extension must agree with the content; formats that can carry scripts (SVG, HTML),
 * macros (.docm, .xlsm), encryption (which hides the content from these checks) or XML entity
 * declarations are refused with a message saying what to do instead.
 */

export const FILE_KINDS = ['pdf', 'docx', 'xlsx', 'jpg', 'png', 'txt', 'md'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export const MIME_TYPES: Record<FileKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jpg: 'image/jpeg',
  png: 'image/png',
  txt: 'text/plain',
  md: 'text/markdown',
};

const KIND_LABELS: Record<FileKind, string> = {
  pdf: 'PDF',
  docx: 'Word (.docx)',
  xlsx: 'Excel (.xlsx)',
  jpg: 'ảnh JPG',
  png: 'ảnh PNG',
  txt: 'văn bản (.txt)',
  md: 'văn bản (.md)',
};

const EXTENSION_ALIASES: Record<string, FileKind> = { jpeg: 'jpg', markdown: 'md' };
const SCRIPTABLE = new Set([
  'svg',
  'svgz',
  'html',
  'htm',
  'xhtml',
  'xht',
  'shtml',
  'mht',
  'mhtml',
  'xml',
  'js',
]);
const MACRO_ENABLED = new Set(['docm', 'dotm', 'xlsm', 'xltm', 'xlsb', 'xlam', 'pptm', 'potm', 'ppsm']);
const LEGACY_OFFICE = new Set(['doc', 'xls', 'ppt', 'dot', 'xlt']);

// Zip bombs: the declared sizes are read before anything is inflated.
const MAX_INFLATED_BYTES = 200 * 1024 * 1024;
const MAX_XML_SCAN_BYTES = 40 * 1024 * 1024;

const refuse = (message: string) => badRequest(message, [{ path: 'file', message }]);

/** "PDF, Word (.docx) hoặc ảnh PNG" */
export function describeKinds(kinds: readonly FileKind[]): string {
  const labels = kinds.map((k) => KIND_LABELS[k]);
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} hoặc ${labels.at(-1)}`;
}

function kindOfExtension(extension: string): FileKind | null {
  const kind = EXTENSION_ALIASES[extension] ?? extension;
  return (FILE_KINDS as readonly string[]).includes(kind) ? (kind as FileKind) : null;
}

function refuseExtension(name: string, extension: string, allowed: readonly FileKind[]): never {
  if (SCRIPTABLE.has(extension)) {
    throw refuse(
      `Không nhận tệp “${name}”: tệp SVG, HTML hoặc XML có thể chứa mã chạy trong trình duyệt. Hãy lưu thành PDF hoặc ảnh PNG/JPG rồi tải lên.`,
    );
  }
  if (MACRO_ENABLED.has(extension)) {
    throw refuse(
      `Không nhận tệp “${name}”: tệp Office có macro (.${extension}) có thể chứa mã độc. Hãy mở bằng Word/Excel và lưu lại thành .docx hoặc .xlsx.`,
    );
  }
  if (LEGACY_OFFICE.has(extension)) {
    throw refuse(
      `Không nhận tệp “${name}” định dạng cũ (.${extension}). Hãy mở bằng Word/Excel và lưu lại thành .docx hoặc .xlsx.`,
    );
  }
  const shown = extension ? `.${extension}` : '(không có đuôi)';
  throw refuse(`Không nhận tệp “${name}” có đuôi ${shown}: chỉ nhận ${describeKinds(allowed)}.`);
}

const mismatch = (name: string, kind: FileKind, actual: string) =>
  refuse(
    `Nội dung tệp “${name}” không phải ${KIND_LABELS[kind]} như đuôi tệp cho biết (${actual}). Hãy kiểm tra lại đúng tệp rồi tải lên.`,
  );

const encrypted = (name: string) =>
  refuse(
    `Tệp “${name}” đã đặt mật khẩu (mã hoá) nên hệ thống không kiểm tra được nội dung. Hãy gỡ mật khẩu rồi tải lên lại.`,
  );

/** The declared uncompressed size of a zip entry (pizzip inflates lazily). */
function declaredSize(entry: PizZip.ZipObject): number {
  const data = (entry as unknown as { _data?: { uncompressedSize?: number } })._data;
  return data?.uncompressedSize ?? 0;
}

/** A .docx/.xlsx is a zip whose [Content_Types].xml names the main part; macros and DTDs are refused. */
function checkOfficeZip(buffer: Buffer, name: string, kind: 'docx' | 'xlsx'): void {
  let zip: PizZip;
  try {
    zip = new PizZip(buffer);
  } catch {
    throw mismatch(name, kind, 'tệp nén hỏng');
  }
  const entries = Object.values(zip.files).filter((e) => !e.dir);
  const inflated = entries.reduce((sum, e) => sum + declaredSize(e), 0);
  if (inflated > MAX_INFLATED_BYTES) {
    throw refuse(`Tệp “${name}” khi giải nén quá lớn (trên 200 MB); hãy chia nhỏ hoặc nén ảnh trong tệp.`);
  }
  if (entries.some((e) => /(^|\/)vbaProject\.bin$/i.test(e.name) || /(^|\/)vbaData\.xml$/i.test(e.name))) {
    throw refuse(
      `Không nhận tệp “${name}”: tệp có macro. Hãy mở bằng Word/Excel và lưu lại thành .docx hoặc .xlsx không có macro.`,
    );
  }
  const types = zip.file('[Content_Types].xml');
  if (!types || declaredSize(types) > 1024 * 1024) throw mismatch(name, kind, 'thiếu mô tả nội dung Office');
  const typesXml = types.asText();
  if (/macroEnabled/i.test(typesXml)) {
    throw refuse(
      `Không nhận tệp “${name}”: tệp có macro. Hãy mở bằng Word/Excel và lưu lại thành .docx hoặc .xlsx không có macro.`,
    );
  }
  const [mainType, mainPart] =
    kind === 'docx'
      ? ['wordprocessingml.document.main+xml', 'word/document.xml']
      : ['spreadsheetml.sheet.main+xml', 'xl/workbook.xml'];
  if (!typesXml.includes(mainType) || !zip.file(mainPart)) {
    const other = typesXml.includes('spreadsheetml')
      ? 'tệp Excel'
      : typesXml.includes('wordprocessingml')
        ? 'tệp Word'
        : typesXml.includes('presentationml')
          ? 'tệp PowerPoint'
          : 'tệp nén';
    throw mismatch(name, kind, other);
  }
  // External entities (XXE) and entity expansion: no Office part needs a DOCTYPE.
  let scanned = 0;
  for (const entry of entries) {
    if (!/\.(xml|rels)$/i.test(entry.name)) continue;
    scanned += declaredSize(entry);
    if (scanned > MAX_XML_SCAN_BYTES) break;
    if (/<!DOCTYPE|<!ENTITY/i.test(entry.asText())) {
      throw refuse(`Không nhận tệp “${name}”: tệp chứa khai báo DOCTYPE/ENTITY (có thể dùng để tấn công).`);
    }
  }
}

function checkPdf(buffer: Buffer, name: string): void {
  const text = buffer.toString('latin1');
  if (/\/Encrypt\b/.test(text)) throw encrypted(name);
  if (/\/(JavaScript|JS|Launch|EmbeddedFile)\b/.test(text)) {
    throw refuse(
      `Không nhận tệp “${name}”: tệp PDF có mã JavaScript, lệnh chạy chương trình hoặc tệp đính kèm bên trong. Hãy in lại ra PDF thường rồi tải lên.`,
    );
  }
}

function checkText(buffer: Buffer, name: string, kind: 'txt' | 'md'): void {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw refuse(
      `Tệp “${name}” không phải văn bản mã UTF-8. Hãy lưu lại với bảng mã UTF-8 (Unicode) rồi tải lên.`,
    );
  }
  if (text.includes('\u0000')) throw mismatch(name, kind, 'tệp nhị phân');
  const head = text.slice(0, 1024).trimStart().toLowerCase();
  if (/^(<!doctype\s+html|<html|<svg|<\?xml|<script|<head|<body|<iframe)/.test(head)) {
    throw refuse(
      `Không nhận tệp “${name}”: nội dung là HTML/SVG/XML, có thể chứa mã chạy trong trình duyệt. Hãy lưu thành PDF rồi tải lên.`,
    );
  }
}

export interface CheckedFile {
  kind: FileKind;
  mimeType: string;
}

/**
 * The file's kind, checked from its bytes against its name's extension and the kinds the caller allows;
 * 400 with a Vietnamese message otherwise.
 */
export async function checkFileContent(
  buffer: Buffer,
  name: string,
  allowed: readonly FileKind[],
): Promise<CheckedFile> {
  const extension = extensionOf(name);
  const kind = kindOfExtension(extension);
  if (!kind || !allowed.includes(kind)) refuseExtension(name, extension, allowed);
  if (buffer.length === 0) throw refuse(`Tệp “${name}” rỗng (0 byte). Hãy chọn đúng tệp rồi tải lên.`);

  const detected = await fileTypeFromBuffer(buffer);
  const actual = detected?.ext;
  if (actual === 'cfb') {
    // An OLE container: either a password-protected .docx/.xlsx or an old .doc/.xls renamed.
    if (kind === 'docx' || kind === 'xlsx') throw encrypted(name);
    throw mismatch(name, kind, 'tệp Office cũ hoặc đã đặt mật khẩu');
  }
  if (actual && MACRO_ENABLED.has(actual)) refuseExtension(name, actual, allowed);
  if (actual === 'xml' || actual === 'html' || actual === 'svg') refuseExtension(name, actual, allowed);

  switch (kind) {
    case 'pdf':
      if (actual !== 'pdf') throw mismatch(name, kind, actual ? `.${actual}` : 'không rõ định dạng');
      checkPdf(buffer, name);
      break;
    case 'jpg':
    case 'png':
      if (actual !== kind) throw mismatch(name, kind, actual ? `.${actual}` : 'không rõ định dạng');
      break;
    case 'docx':
    case 'xlsx':
      if (actual !== 'zip' && actual !== 'docx' && actual !== 'xlsx') {
        throw mismatch(name, kind, actual ? `.${actual}` : 'không rõ định dạng');
      }
      checkOfficeZip(buffer, name, kind);
      break;
    case 'txt':
    case 'md':
      if (actual) throw mismatch(name, kind, `.${actual}`);
      checkText(buffer, name, kind);
      break;
  }
  return { kind, mimeType: MIME_TYPES[kind] };
}
