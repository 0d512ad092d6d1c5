import type { FastifyReply } from 'fastify';
import { attachmentDisposition } from '../../lib/xlsx';
import type { StoredFileContent } from './files.queries';

/**
 * Serve stored bytes as a download, never as a page: attachment disposition with an ASCII fallback and
 * the UTF-8 name, the type we detected (not the uploader's), nosniff, and a CSP sandbox in case a
 * browser renders it anyway.
 */
export function sendStoredFile(
  reply: FastifyReply,
  file: Pick<StoredFileContent, 'name' | 'kind' | 'mimeType' | 'content'>,
) {
  const type = file.kind === 'txt' || file.kind === 'md' ? `${file.mimeType}; charset=utf-8` : file.mimeType;
  return reply
    .header('content-type', type)
    .header('content-disposition', attachmentDisposition(file.name))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'private, no-store')
    .header('content-length', file.content.length)
    .send(file.content);
}
