import { and, eq, isNull } from 'drizzle-orm';
import type { StoredFilePurpose } from '../../../shared/api/files';
import type { DbOrTx } from '../../db/client';
import { AppError } from '../../http/app-error';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import type { StoredFileOwner } from './files.queries';
import { storedFile } from './files.schema';
import { demotePurpose } from './store-upload';

/**
 * A file uploaded before its owner existed (e.g. the launching document a movement is drafted from) is
 * kept under a provisional owner kind; saving the owner moves it there. Only the uploader can claim it.
 */
export async function claimDraftFile(
  tx: DbOrTx,
  actor: Actor,
  input: {
    fileId: string;
    draftKind: string;
    owner: StoredFileOwner;
    unitId: string | null;
    purpose: StoredFilePurpose;
    field: string;
  },
): Promise<void> {
  const [draft] = await tx
    .select({ id: storedFile.id, name: storedFile.originalName })
    .from(storedFile)
    .where(
      and(
        eq(storedFile.id, input.fileId),
        eq(storedFile.ownerKind, input.draftKind),
        eq(storedFile.uploadedBy, actor.userId),
        isNull(storedFile.deletedAt),
      ),
    )
    .for('update');
  if (!draft) {
    throw new AppError(
      'NOT_FOUND',
      'Không tìm thấy tệp văn bản đã tải lên (có thể đã được lưu cùng phong trào khác). Hãy tải lại văn bản.',
      [{ path: input.field, message: 'Không tìm thấy tệp' }],
    );
  }
  if (input.purpose !== 'attachment') {
    await demotePurpose(tx, input.owner.ownerKind, input.owner.ownerId, input.purpose);
  }
  await tx
    .update(storedFile)
    .set({
      ownerKind: input.owner.ownerKind,
      ownerId: input.owner.ownerId,
      unitId: input.unitId,
      purpose: input.purpose,
      updatedAt: new Date(),
    })
    .where(eq(storedFile.id, input.fileId));
  await writeAudit(tx, auditContextOf(actor), {
    action: 'file.attach',
    objectType: 'stored_file',
    objectId: input.fileId,
    unitId: input.unitId ?? actor.unitId,
    before: { ownerKind: input.draftKind },
    after: { ...input.owner, purpose: input.purpose, name: draft.name },
  });
}
