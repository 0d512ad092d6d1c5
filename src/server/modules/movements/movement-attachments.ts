import {
  MOVEMENT_ATTACHMENT_KINDS,
  MOVEMENT_ATTACHMENT_MAX_BYTES,
  type StoredFile,
  type StoredFileList,
  type StoredFilePurpose,
} from '../../../shared/api/files';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../auth/actor';
import {
  findStoredFile,
  listStoredFiles,
  loadStoredFileContent,
  type StoredFileContent,
  type StoredFileOwner,
} from '../files/files.queries';
import { removeStoredFile, setStoredFilePurpose } from '../files/remove-stored-file';
import { storeUpload } from '../files/store-upload';
import { assertMovementVisible, loadMovementForChange, nextStatus } from './movements.policy';

/*
 * Attachments of a movement (the signed launching document, plans, minutes…): whoever can read the
 * movement can list and download them; its organiser (movement.write) adds, marks and removes them
 * while the movement is not closed. Removal is a soft delete with its audit row.
 */

const ownerOf = (movementId: string): StoredFileOwner => ({ ownerKind: 'movement', ownerId: movementId });

export async function listMovementAttachments(
  db: DbOrTx,
  actor: Actor,
  movementId: string,
): Promise<StoredFileList> {
  await assertMovementVisible(db, actor, movementId);
  return { items: await listStoredFiles(db, ownerOf(movementId)) };
}

export async function loadMovementAttachment(
  db: DbOrTx,
  actor: Actor,
  movementId: string,
  fileId: string,
): Promise<StoredFileContent> {
  await assertMovementVisible(db, actor, movementId);
  return loadStoredFileContent(db, ownerOf(movementId), fileId);
}

/** Add a file to the movement (optionally as its launching document, which replaces the previous one). */
export async function addMovementAttachment(
  tx: DbOrTx,
  actor: Actor,
  movementId: string,
  upload: { filename: string; buffer: Buffer; purpose: StoredFilePurpose },
): Promise<StoredFile> {
  const movement = await loadMovementForChange(tx, actor, movementId);
  nextStatus(movement.status, 'update');
  return storeUpload(tx, actor, {
    filename: upload.filename,
    buffer: upload.buffer,
    allowed: MOVEMENT_ATTACHMENT_KINDS,
    maxBytes: MOVEMENT_ATTACHMENT_MAX_BYTES,
    ownerKind: 'movement',
    ownerId: movementId,
    unitId: movement.unitId,
    purpose: upload.purpose,
  });
}

/** Mark an attachment as the launching document (or back to a plain attachment). */
export async function setMovementAttachmentPurpose(
  tx: DbOrTx,
  actor: Actor,
  movementId: string,
  fileId: string,
  purpose: StoredFilePurpose,
): Promise<StoredFile> {
  const movement = await loadMovementForChange(tx, actor, movementId);
  nextStatus(movement.status, 'update');
  await setStoredFilePurpose(tx, actor, ownerOf(movementId), fileId, purpose);
  return findStoredFile(tx, ownerOf(movementId), fileId);
}

/** Remove an attachment (soft delete, audited). */
export async function removeMovementAttachment(
  tx: DbOrTx,
  actor: Actor,
  movementId: string,
  fileId: string,
): Promise<void> {
  const movement = await loadMovementForChange(tx, actor, movementId);
  nextStatus(movement.status, 'update');
  await removeStoredFile(tx, actor, ownerOf(movementId), fileId);
}
