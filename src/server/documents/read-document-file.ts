import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import PizZip from 'pizzip';
import { DocxFormatError, docxXmlToText } from '../../domain/documents/docx-xml-to-text';

export type DocumentReadProblem = 'unsupported' | 'unreadable' | 'malformed' | 'too-large';

/** A document file that cannot be turned into text; the message is Vietnamese first, English after. */
export class DocumentReadError extends Error {
  constructor(
    readonly problem: DocumentReadProblem,
    message: string,
  ) {
    super(message);
  }
}

// Administrative documents are a few pages; anything far bigger is a mistake or an attack (zip bomb).
const MAX_FILE_BYTES = 20 * 1024 * 1024;
const MAX_XML_CHARS = 50 * 1024 * 1024;
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

function malformed(file: string, vi: string, en: string): DocumentReadError {
  return new DocumentReadError(
    'malformed',
    `Tệp "${file}" không phải tệp Word (.docx) hợp lệ: ${vi}.\nThe file is not a valid .docx: ${en}.`,
  );
}

/** The declared size of a zip entry, read before inflating it. */
function declaredSize(entry: PizZip.ZipObject): number {
  const data = (entry as unknown as { _data?: { uncompressedSize?: number } })._data;
  return data?.uncompressedSize ?? 0;
}

function readZipEntry(zip: PizZip, name: string): string | null {
  const entry = zip.file(name);
  if (!entry) return null;
  if (declaredSize(entry) > MAX_XML_CHARS) throw new Error(`${name} is too large`);
  return entry.asText();
}

/** .docx → text: word/document.xml (and numbering.xml for list labels) through the XML walker. */
export function docxToText(bytes: Buffer, file = 'document.docx'): string {
  if (bytes.length < 4 || !bytes.subarray(0, 4).equals(ZIP_MAGIC)) {
    throw malformed(file, 'không có chữ ký tệp nén ZIP', 'no ZIP signature');
  }
  let xml: string | null;
  let numbering: string | null;
  try {
    const zip = new PizZip(bytes);
    xml = readZipEntry(zip, 'word/document.xml');
    numbering = readZipEntry(zip, 'word/numbering.xml');
  } catch (error) {
    const detail = (error as Error).message;
    throw malformed(file, `không mở được tệp nén (${detail})`, `cannot open the archive (${detail})`);
  }
  if (xml === null) throw malformed(file, 'thiếu word/document.xml', 'word/document.xml is missing');
  try {
    return docxXmlToText(xml, numbering);
  } catch (error) {
    if (error instanceof DocxFormatError) throw malformed(file, 'nội dung XML bị từ chối', error.message);
    throw error;
  }
}

export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.docx'] as const;

function unsupported(file: string, extension: string): DocumentReadError {
  return new DocumentReadError(
    'unsupported',
    `Không hỗ trợ định dạng "${extension || '(không có đuôi)'}" của tệp "${file}": chỉ đọc .txt, .md, .docx.\n` +
      `Unsupported file type "${extension || '(none)'}": only .txt, .md and .docx are read.`,
  );
}

/**
 * The bytes of a .txt, .md or .docx document (an upload, or a file already read) as text for the parser;
 * the type comes from the file name, and a .docx must carry the ZIP signature.
 */
export function documentBytesToText(bytes: Buffer, file: string): string {
  const extension = path.extname(file).toLowerCase();
  if (!(DOCUMENT_EXTENSIONS as readonly string[]).includes(extension)) throw unsupported(file, extension);
  if (bytes.length > MAX_FILE_BYTES) {
    throw new DocumentReadError(
      'too-large',
      `Tệp "${file}" quá lớn (${bytes.length} byte, tối đa ${MAX_FILE_BYTES}).\nThe file is too large.`,
    );
  }
  if (extension === '.docx') return docxToText(bytes, file);
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  try {
    const decoded = text.decode(bytes);
    // A NUL byte never occurs in a text document: this is a binary file with a text file's name.
    if (decoded.includes('\u0000')) throw new Error('binary');
    return decoded;
  } catch {
    throw new DocumentReadError(
      'malformed',
      `Tệp "${file}" không phải văn bản UTF-8.\nThe file is not UTF-8 text.`,
    );
  }
}

/** Read a .txt, .md or .docx document as text (UTF-8, BOM removed) for the document parser. */
export async function readDocumentFile(file: string): Promise<string> {
  const extension = path.extname(file).toLowerCase();
  if (!(DOCUMENT_EXTENSIONS as readonly string[]).includes(extension)) throw unsupported(file, extension);
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a regular file');
    if (info.size > MAX_FILE_BYTES) {
      throw new DocumentReadError(
        'too-large',
        `Tệp "${file}" quá lớn (${info.size} byte, tối đa ${MAX_FILE_BYTES}).\nThe file is too large.`,
      );
    }
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof DocumentReadError) throw error;
    throw new DocumentReadError(
      'unreadable',
      `Không đọc được tệp "${file}": ${(error as Error).message}.\nCannot read the file.`,
    );
  }
  return documentBytesToText(bytes, file);
}
