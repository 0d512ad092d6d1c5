import { createHash } from 'node:crypto';
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { StoredFile, StoredFilePurpose } from '../../../shared/api/files';
import type { DbOrTx } from '../../db/client';
import { badRequest } from '../../http/app-error';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { checkFileContent, type FileKind } from './check-file-content';
import { sanitizeFileName } from './file-name';
import { presentStoredFile } from './files.queries';
import { storedFile } from './files.schema';

export interface UploadInput {
  /** The name the browser sent; only shown and offered back, never used as a path. */
  filename: string;
  buffer: Buffer;
  allowed: readonly FileKind[];
  maxBytes: number;
  ownerKind: string;
  ownerId: string;
  /** The unit of the owner (scope, distribution key). */
  unitId?: string | null;
  purpose?: StoredFilePurpose;
}

export const formatMegabytes = (bytes: number) =>
  `${(bytes / (1024 * 1024)).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;

export const fileTooLarge = (maxBytes: number) =>
  badRequest(`Tệp lớn hơn ${formatMegabytes(maxBytes)}. Hãy nén hoặc chia nhỏ tệp rồi tải lên.`, [
    { path: 'file', message: `Tối đa ${formatMegabytes(maxBytes)}` },
  ]);

/**
 * Check an upload by its content (type, size, macros, encryption…) and keep it in `stored_file` under a
 * generated id, with its audit row, in the caller's transaction. A file with a purpose other than
 * 'attachment' (e.g. the launching document) replaces the owner's previous one, which stays as an attachment.
 */
export async function storeUpload(tx: DbOrTx, actor: Actor, input: UploadInput): Promise<StoredFile> {
  if (input.buffer.length > input.maxBytes) throw fileTooLarge(input.maxBytes);
  const name = sanitizeFileName(input.filename);
  if (name === '') {
    throw badRequest('Tệp không có tên hợp lệ. Hãy đổi tên tệp rồi tải lên lại.', [
      { path: 'file', message: 'Tên tệp không hợp lệ' },
    ]);
  }
  const checked = await checkFileContent(input.buffer, name, input.allowed);
  const purpose = input.purpose ?? 'attachment';
  if (purpose !== 'attachment') await demotePurpose(tx, input.ownerKind, input.ownerId, purpose);
  const sha256 = createHash('sha256').update(input.buffer).digest('hex');
  const [row] = await tx
    .insert(storedFile)
    .values({
      ownerKind: input.ownerKind,
      ownerId: input.ownerId,
      unitId: input.unitId ?? null,
      purpose,
      originalName: name,
      extension: checked.kind,
      mimeType: checked.mimeType,
      sizeBytes: input.buffer.length,
      sha256,
      content: input.buffer,
      uploadedBy: actor.userId,
    })
    .returning({ id: storedFile.id, uploadedAt: storedFile.uploadedAt });
  await writeAudit(tx, auditContextOf(actor), {
    action: 'file.upload',
    objectType: 'stored_file',
    objectId: row!.id,
    unitId: input.unitId ?? actor.unitId,
    after: {
      ownerKind: input.ownerKind,
      ownerId: input.ownerId,
      purpose,
      name,
      kind: checked.kind,
      sizeBytes: input.buffer.length,
      sha256,
    },
  });
  return presentStoredFile({
    id: row!.id,
    originalName: name,
    extension: checked.kind,
    mimeType: checked.mimeType,
    sizeBytes: input.buffer.length,
    sha256,
    purpose,
    uploadedAt: row!.uploadedAt,
    uploadedByName: actor.name,
  });
}

/** The owner's live file with this purpose (if any) becomes a plain attachment. */
export async function demotePurpose(
  tx: DbOrTx,
  ownerKind: string,
  ownerId: string,
  purpose: StoredFilePurpose,
  exceptId?: string,
): Promise<void> {
  await tx
    .update(storedFile)
    .set({ purpose: 'attachment', updatedAt: sql`now()` })
    .where(
      and(
        eq(storedFile.ownerKind, ownerKind),
        eq(storedFile.ownerId, ownerId),
        eq(storedFile.purpose, purpose),
        isNull(storedFile.deletedAt),
        exceptId ? ne(storedFile.id, exceptId) : undefined,
      ),
    );
}
