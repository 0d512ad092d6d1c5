import { eq, sql } from 'drizzle-orm';
import {
  MOVEMENT_ATTACHMENT_KINDS,
  MOVEMENT_ATTACHMENT_MAX_BYTES,
  type StoredFile,
} from '../../../shared/api/files';
import type { DbOrTx } from '../../db/client';
import { notFound } from '../../http/app-error';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { loadStoredFileContent, type StoredFileContent } from '../files/files.queries';
import { storeUpload } from '../files/store-upload';
import { loadBlockAccess, loadBlockForManage } from './blocks.policy';
import { emulationBlock } from './blocks.schema';

const ownerOf = (blockId: string) => ({ ownerKind: 'emulation-block', ownerId: blockId });

/** Keep the signed covenant (giao ước thi đua) of the block; a new upload replaces the link to the old one. */
export async function storeCovenantFile(
  tx: DbOrTx,
  actor: Actor,
  blockId: string,
  upload: { filename: string; buffer: Buffer },
): Promise<StoredFile> {
  const { block } = await loadBlockForManage(tx, actor, blockId);
  const stored = await storeUpload(tx, actor, {
    filename: upload.filename,
    buffer: upload.buffer,
    allowed: MOVEMENT_ATTACHMENT_KINDS,
    maxBytes: MOVEMENT_ATTACHMENT_MAX_BYTES,
    ...ownerOf(blockId),
    unitId: block.organiserUnitId,
  });
  await tx
    .update(emulationBlock)
    .set({
      covenantFileId: stored.id,
      updatedBy: actor.email,
      version: sql`${emulationBlock.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(emulationBlock.id, blockId));
  await writeAudit(tx, auditContextOf(actor), {
    action: 'block.covenant.upload',
    objectType: 'emulation_block',
    objectId: blockId,
    unitId: block.organiserUnitId,
    before: { covenantFileId: block.covenantFileId },
    after: { covenantFileId: stored.id, name: stored.name },
  });
  return stored;
}

/** The covenant document for download, for anyone who sees the block. */
export async function loadCovenantFile(
  db: DbOrTx,
  actor: Actor,
  blockId: string,
): Promise<StoredFileContent> {
  const { block } = await loadBlockAccess(db, actor, blockId);
  if (!block.covenantFileId) throw notFound('Văn bản giao ước thi đua');
  return loadStoredFileContent(db, ownerOf(blockId), block.covenantFileId);
}
