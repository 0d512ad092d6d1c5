import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { badRequest, notFound } from '../../http/app-error';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { loadStoredFileContent, type StoredFileContent } from '../files/files.queries';
import { removeStoredFile } from '../files/remove-stored-file';
import { storeUpload } from '../files/store-upload';
import { assertEditable, loadDossierInScope } from './dossiers.policy';
import { dossierAttachment, dossierNominee } from './dossiers.schema';

/** Law Art 84 dossier papers: scans and Word files only, checked by content, at most 20 MB each. */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
const ALLOWED = ['pdf', 'docx', 'jpg', 'png'] as const;
export const ATTACHMENT_KINDS = [
  'cover-letter',
  'minutes',
  'report',
  'initiative-certificate',
  'photo',
  'other',
] as const;

/** A label typed by a person: no control characters, NFC, at most 200 characters. */
const cleanLabel = (label: string) =>
  [...label]
    .filter((c) => c.charCodeAt(0) >= 32 && c.charCodeAt(0) !== 127)
    .join('')
    .normalize('NFC')
    .trim()
    .slice(0, 200);

const owner = (dossierId: string) => ({ ownerKind: 'dossier', ownerId: dossierId });

/** Attach an uploaded file to a draft or returned dossier (optionally to one nominee), audited. */
export async function addDossierAttachment(
  tx: DbOrTx,
  actor: Actor,
  dossierId: string,
  input: { filename: string; buffer: Buffer; kind: string; label: string; nomineeId: string | null },
): Promise<string> {
  const { row } = await loadDossierInScope(tx, actor, dossierId, { lock: true });
  assertEditable(row);
  const kind = (ATTACHMENT_KINDS as readonly string[]).includes(input.kind) ? input.kind : 'other';
  if (input.nomineeId) {
    const [n] = await tx
      .select({ id: dossierNominee.id })
      .from(dossierNominee)
      .where(and(eq(dossierNominee.id, input.nomineeId), eq(dossierNominee.dossierId, dossierId)));
    if (!n)
      throw badRequest('Người được đề nghị không thuộc hồ sơ này.', [
        { path: 'nomineeId', message: 'Không thuộc hồ sơ' },
      ]);
  }
  const file = await storeUpload(tx, actor, {
    filename: input.filename,
    buffer: input.buffer,
    allowed: ALLOWED,
    maxBytes: ATTACHMENT_MAX_BYTES,
    ...owner(dossierId),
    unitId: row.unitId,
  });
  const [created] = await tx
    .insert(dossierAttachment)
    .values({
      dossierId,
      nomineeId: input.nomineeId,
      fileId: file.id,
      kind,
      label: cleanLabel(input.label) || file.name,
      uploadedBy: actor.email,
    })
    .returning({ id: dossierAttachment.id });
  await writeAudit(tx, auditContextOf(actor), {
    action: 'dossier.attach',
    objectType: 'dossier',
    objectId: dossierId,
    unitId: row.unitId,
    after: { attachmentId: created!.id, fileId: file.id, kind, name: file.name },
  });
  return created!.id;
}

async function findAttachment(db: DbOrTx, dossierId: string, attachmentId: string) {
  const [a] = await db
    .select()
    .from(dossierAttachment)
    .where(and(eq(dossierAttachment.id, attachmentId), eq(dossierAttachment.dossierId, dossierId)));
  if (!a) throw notFound('Tệp đính kèm');
  return a;
}

/** The bytes of an attachment of a dossier the actor may see; the download is audited. */
export async function downloadDossierAttachment(
  tx: DbOrTx,
  actor: Actor,
  dossierId: string,
  attachmentId: string,
): Promise<StoredFileContent> {
  const { row } = await loadDossierInScope(tx, actor, dossierId);
  const a = await findAttachment(tx, dossierId, attachmentId);
  const file = await loadStoredFileContent(tx, owner(dossierId), a.fileId);
  await writeAudit(tx, auditContextOf(actor), {
    action: 'dossier.attachment.download',
    objectType: 'dossier',
    objectId: dossierId,
    unitId: row.unitId,
    after: { attachmentId, fileId: a.fileId },
  });
  return file;
}

/** Remove an attachment of a draft or returned dossier (the file is kept, soft-deleted), audited. */
export async function removeDossierAttachment(
  tx: DbOrTx,
  actor: Actor,
  dossierId: string,
  attachmentId: string,
) {
  const { row } = await loadDossierInScope(tx, actor, dossierId, { lock: true });
  assertEditable(row);
  const a = await findAttachment(tx, dossierId, attachmentId);
  await tx.delete(dossierAttachment).where(eq(dossierAttachment.id, attachmentId));
  await removeStoredFile(tx, actor, owner(dossierId), a.fileId);
  await writeAudit(tx, auditContextOf(actor), {
    action: 'dossier.detach',
    objectType: 'dossier',
    objectId: dossierId,
    unitId: row.unitId,
    before: { attachmentId, fileId: a.fileId, label: a.label },
  });
}
