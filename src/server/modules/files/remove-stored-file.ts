import { and, eq, isNull } from 'drizzle-orm';
import type { StoredFilePurpose } from '../../../shared/api/files';
import type { DbOrTx } from '../../db/client';
import { notFound } from '../../http/app-error';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import type { StoredFileOwner } from './files.queries';
import { storedFile } from './files.schema';
import { demotePurpose } from './store-upload';

async function lockLiveFile(tx: DbOrTx, owner: StoredFileOwner, id: string) {
  const [row] = await tx
    .select({
      id: storedFile.id,
      name: storedFile.originalName,
      purpose: storedFile.purpose,
      unitId: storedFile.unitId,
      sha256: storedFile.sha256,
    })
    .from(storedFile)
    .where(
      and(
        eq(storedFile.id, id),
        eq(storedFile.ownerKind, owner.ownerKind),
        eq(storedFile.ownerId, owner.ownerId),
        isNull(storedFile.deletedAt),
      ),
    )
    .for('update');
  if (!row) throw notFound('Tệp');
  return row;
}

/** Remove a file from its owner: the row and bytes stay (soft delete) and the removal is audited. */
export async function removeStoredFile(
  tx: DbOrTx,
  actor: Actor,
  owner: StoredFileOwner,
  id: string,
): Promise<void> {
  const before = await lockLiveFile(tx, owner, id);
  const now = new Date();
  await tx
    .update(storedFile)
    .set({ deletedAt: now, deletedBy: actor.userId, updatedAt: now })
    .where(eq(storedFile.id, id));
  await writeAudit(tx, auditContextOf(actor), {
    action: 'file.delete',
    objectType: 'stored_file',
    objectId: id,
    unitId: before.unitId ?? actor.unitId,
    before: { ...owner, name: before.name, purpose: before.purpose, sha256: before.sha256 },
    after: { deletedAt: now.toISOString() },
  });
}

/** Give a file a purpose (e.g. mark it as the launching document); the previous holder becomes an attachment. */
export async function setStoredFilePurpose(
  tx: DbOrTx,
  actor: Actor,
  owner: StoredFileOwner,
  id: string,
  purpose: StoredFilePurpose,
): Promise<void> {
  const before = await lockLiveFile(tx, owner, id);
  if (before.purpose === purpose) return;
  if (purpose !== 'attachment') await demotePurpose(tx, owner.ownerKind, owner.ownerId, purpose, id);
  await tx.update(storedFile).set({ purpose, updatedAt: new Date() }).where(eq(storedFile.id, id));
  await writeAudit(tx, auditContextOf(actor), {
    action: 'file.purpose',
    objectType: 'stored_file',
    objectId: id,
    unitId: before.unitId ?? actor.unitId,
    before: { ...owner, name: before.name, purpose: before.purpose },
    after: { purpose },
  });
}
