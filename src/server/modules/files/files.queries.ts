import { and, asc, eq, isNull } from 'drizzle-orm';
import type { StoredFile, StoredFileKind, StoredFilePurpose } from '../../../shared/api/files';
import type { DbOrTx } from '../../db/client';
import { user } from '../../db/schema';
import { notFound } from '../../http/app-error';
import { storedFile } from './files.schema';

export interface StoredFileOwner {
  ownerKind: string;
  ownerId: string;
}

interface StoredFileRow {
  id: string;
  originalName: string;
  extension: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  purpose: string;
  uploadedAt: Date | string;
  uploadedByName: string | null;
}

/** A stored file in the API shape (never its bytes). */
export function presentStoredFile(row: StoredFileRow): StoredFile {
  return {
    id: row.id,
    name: row.originalName,
    kind: row.extension as StoredFileKind,
    mimeType: row.mimeType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    purpose: row.purpose as StoredFilePurpose,
    uploadedAt: new Date(row.uploadedAt).toISOString(),
    uploadedByName: row.uploadedByName,
  };
}

const listColumns = {
  id: storedFile.id,
  originalName: storedFile.originalName,
  extension: storedFile.extension,
  mimeType: storedFile.mimeType,
  sizeBytes: storedFile.sizeBytes,
  sha256: storedFile.sha256,
  purpose: storedFile.purpose,
  uploadedAt: storedFile.uploadedAt,
  uploadedByName: user.name,
};

/** The owner's live files, oldest first (the bytes are not read). */
export async function listStoredFiles(db: DbOrTx, owner: StoredFileOwner): Promise<StoredFile[]> {
  const rows = await db
    .select(listColumns)
    .from(storedFile)
    .leftJoin(user, eq(user.id, storedFile.uploadedBy))
    .where(
      and(
        eq(storedFile.ownerKind, owner.ownerKind),
        eq(storedFile.ownerId, owner.ownerId),
        isNull(storedFile.deletedAt),
      ),
    )
    .orderBy(asc(storedFile.uploadedAt), asc(storedFile.id));
  return rows.map(presentStoredFile);
}

/** One live file of the owner (metadata only), or 404. */
export async function findStoredFile(db: DbOrTx, owner: StoredFileOwner, id: string): Promise<StoredFile> {
  const [row] = await db
    .select(listColumns)
    .from(storedFile)
    .leftJoin(user, eq(user.id, storedFile.uploadedBy))
    .where(
      and(
        eq(storedFile.id, id),
        eq(storedFile.ownerKind, owner.ownerKind),
        eq(storedFile.ownerId, owner.ownerId),
        isNull(storedFile.deletedAt),
      ),
    );
  if (!row) throw notFound('Tệp');
  return presentStoredFile(row);
}

export interface StoredFileContent {
  id: string;
  name: string;
  kind: StoredFileKind;
  mimeType: string;
  content: Buffer;
}

/** A live file of the owner with its bytes, for download; 404 when missing, removed or another owner's. */
export async function loadStoredFileContent(
  db: DbOrTx,
  owner: StoredFileOwner,
  id: string,
): Promise<StoredFileContent> {
  const [row] = await db
    .select({
      id: storedFile.id,
      name: storedFile.originalName,
      kind: storedFile.extension,
      mimeType: storedFile.mimeType,
      content: storedFile.content,
    })
    .from(storedFile)
    .where(
      and(
        eq(storedFile.id, id),
        eq(storedFile.ownerKind, owner.ownerKind),
        eq(storedFile.ownerId, owner.ownerId),
        isNull(storedFile.deletedAt),
      ),
    );
  if (!row) throw notFound('Tệp');
  return { ...row, kind: row.kind as StoredFileKind };
}
