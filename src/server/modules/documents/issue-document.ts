import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { renderTemplate } from '../../documents/render-template';
import type { TemplateDataMap, TemplateKey } from '../../documents/template-data';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { issuedDocument } from './documents.schema';

export interface DocumentOwner {
  /** The owning record's type, e.g. 'decision', 'council-session', 'movement'. */
  kind: string;
  id: string;
}

export interface IssuedDocument {
  id: string;
  key: TemplateKey;
  templateVersion: number;
  fileName: string;
  sha256: string;
  buffer: Buffer;
}

/**
 * Render `key` with the active template and keep the bytes as issued (with the template version), in
 * the caller's transaction, audited. A later template upload never changes a document already issued.
 */
export async function issueDocument<K extends TemplateKey>(
  tx: DbOrTx,
  actor: Actor,
  key: K,
  data: TemplateDataMap[K],
  owner: DocumentOwner,
  fileName = `${key}.docx`,
): Promise<IssuedDocument> {
  const { buffer, templateVersion } = await renderTemplate(tx, key, data);
  const sha256 = createHash('sha256').update(buffer).digest('hex');
  const [row] = await tx
    .insert(issuedDocument)
    .values({
      key,
      templateVersion,
      ownerKind: owner.kind,
      ownerId: owner.id,
      fileName,
      file: buffer,
      sha256,
      createdBy: actor.email,
    })
    .returning({ id: issuedDocument.id });
  await writeAudit(tx, auditContextOf(actor), {
    action: 'document.issue',
    objectType: owner.kind,
    objectId: owner.id,
    after: { documentId: row!.id, key, templateVersion, sha256 },
  });
  return { id: row!.id, key, templateVersion, fileName, sha256, buffer };
}

/** An issued document's bytes as they were issued (the owner's module checks access first). */
export async function loadIssuedDocument(
  db: DbOrTx,
  id: string,
): Promise<{
  fileName: string;
  file: Buffer;
  templateVersion: number;
  ownerKind: string;
  ownerId: string;
} | null> {
  const rows = await db
    .select({
      fileName: issuedDocument.fileName,
      file: issuedDocument.file,
      templateVersion: issuedDocument.templateVersion,
      ownerKind: issuedDocument.ownerKind,
      ownerId: issuedDocument.ownerId,
    })
    .from(issuedDocument)
    .where(eq(issuedDocument.id, id))
    .limit(1);
  return rows[0] ?? null;
}
