import type { FastifyRequest } from 'fastify';
import { badRequest } from '../../http/app-error';
import { fileTooLarge } from './store-upload';

export interface UploadForm {
  filename: string;
  buffer: Buffer;
  /** The text fields the caller asked for, trimmed ('' when absent). */
  fields: Record<string, string>;
}

// Room for the multipart boundaries, part headers and a few short text fields.
const FORM_OVERHEAD_BYTES = 64 * 1024;

const noFile = (what: string) =>
  badRequest(`Hãy chọn ${what} để tải lên.`, [{ path: 'file', message: 'Chưa có tệp' }]);

/**
 * The one file (field `file`) of a multipart form and the named text fields. The size limit is enforced
 * while reading: a declared Content-Length over the limit is refused before a byte is read, and a
 * stream that goes past it is cut off (quality C5: never buffer more than the limit).
 */
export async function readUploadForm(
  request: FastifyRequest,
  options: { maxBytes: number; fields?: readonly string[]; what?: string },
): Promise<UploadForm> {
  const what = options.what ?? 'một tệp';
  if (!request.isMultipart()) throw noFile(what);
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > options.maxBytes + FORM_OVERHEAD_BYTES) throw fileTooLarge(options.maxBytes);
  const wanted = new Set(options.fields ?? []);
  const fields: Record<string, string> = Object.fromEntries([...wanted].map((f) => [f, '']));
  let file: { filename: string; buffer: Buffer } | undefined;
  try {
    for await (const part of request.parts({
      limits: { fileSize: options.maxBytes, files: 1, fields: 10, fieldSize: 4096, parts: 12 },
    })) {
      if (part.type === 'file') {
        const buffer = await part.toBuffer();
        if (part.fieldname === 'file') file = { filename: part.filename ?? '', buffer };
      } else if (wanted.has(part.fieldname) && typeof part.value === 'string') {
        fields[part.fieldname] = part.value.normalize('NFC').trim();
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw fileTooLarge(options.maxBytes);
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
      throw badRequest('Mỗi lần chỉ tải lên một tệp.', [{ path: 'file', message: 'Chỉ một tệp' }]);
    }
    if (code?.startsWith('FST_')) {
      throw badRequest('Dữ liệu tải lên không hợp lệ; hãy chọn lại tệp.', [
        { path: 'file', message: 'Không đọc được' },
      ]);
    }
    throw error;
  }
  if (!file) throw noFile(what);
  return { ...file, fields };
}
