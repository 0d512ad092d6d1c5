import { createHash } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { movement, movementTask } from '../db/schema';
import { systemAuditContext, writeAudit } from '../modules/audit/write-audit';
import { storedFile } from '../modules/files/files.schema';

/*
 * The demo movement 5834/PĐTĐ-UBND carries its launching document as an attachment: a Markdown copy of
 * the document as the demo data holds it (issuer, number, date, subject, key tasks, signature), so the
 * attachments list and the download can be tried without uploading anything.
 */

const dmy = (iso: string | null) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '…');

/** The launching document of the demo movement, kept as its 'launch-document' file. */
export async function loadDemoAttachments(tx: Tx): Promise<void> {
  const [m] = await tx.select().from(movement).where(eq(movement.docNumber, '5834/PĐTĐ-UBND'));
  if (!m) return;
  const tasks = await tx
    .select({ number: movementTask.number, text: movementTask.text })
    .from(movementTask)
    .where(eq(movementTask.movementId, m.id))
    .orderBy(asc(movementTask.sortOrder));
  const text = [
    `**${m.docIssuer ?? ''}**`,
    '',
    `Số: ${m.docNumber}  `,
    `*${m.docPlace ?? ''}, ngày ${dmy(m.docDate)}*`,
    '',
    `# ${m.docType ?? 'PHÁT ĐỘNG THI ĐUA'}`,
    '',
    `**${m.title}**`,
    '',
    '## Nhiệm vụ trọng tâm',
    '',
    ...tasks.map((t) => `${t.number ?? '-'}. ${t.text}`),
    '',
    `**${m.signerAuthority ?? ''}**  `,
    `**${m.signerPosition ?? ''}**  `,
    `(Đã ký)  `,
    `**${m.signerName ?? ''}**`,
    '',
  ].join('\n');
  const content = Buffer.from(text, 'utf8');
  const sha256 = createHash('sha256').update(content).digest('hex');
  const [row] = await tx
    .insert(storedFile)
    .values({
      ownerKind: 'movement',
      ownerId: m.id,
      unitId: m.unitId,
      purpose: 'launch-document',
      originalName: '5834-PĐTĐ-UBND phát động thi đua năm 2025.md',
      extension: 'md',
      mimeType: 'text/markdown',
      sizeBytes: content.length,
      sha256,
      content,
      uploadedAt: m.launchedAt ?? new Date(),
    })
    .returning({ id: storedFile.id });
  await writeAudit(tx, systemAuditContext, {
    action: 'file.upload',
    objectType: 'stored_file',
    objectId: row!.id,
    unitId: m.unitId,
    after: { ownerKind: 'movement', ownerId: m.id, purpose: 'launch-document', sha256, demo: true },
  });
}
