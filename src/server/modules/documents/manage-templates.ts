import { createHash } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import {
  TEMPLATE_KEYS,
  TEMPLATE_LABELS,
  type TemplateKey,
  type TemplateList,
} from '../../../shared/api/documents';
import type { DbOrTx } from '../../db/client';
import { findLibreOffice } from '../../documents/convert-to-pdf';
import { SAMPLE_DATA } from '../../documents/sample-data';
import { builtInFileName, builtInTemplate } from '../../documents/template-store';
import { validateTemplate } from '../../documents/validate-template';
import { AppError, forbidden } from '../../http/app-error';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { checkFileContent } from '../files/check-file-content';
import { documentTemplate } from './documents.schema';

/** Every template key with its versions (version 1 = built-in) and the fields it may use. */
export async function listTemplates(db: DbOrTx): Promise<TemplateList> {
  const rows = await db
    .select({
      key: documentTemplate.key,
      version: documentTemplate.version,
      fileName: documentTemplate.fileName,
      uploadedBy: documentTemplate.uploadedBy,
      createdAt: documentTemplate.createdAt,
      note: documentTemplate.note,
      sha256: documentTemplate.sha256,
      active: documentTemplate.active,
    })
    .from(documentTemplate)
    .orderBy(desc(documentTemplate.version));
  const items = TEMPLATE_KEYS.map((key) => {
    const uploads = rows.filter((r) => r.key === key);
    const anyActive = uploads.some((u) => u.active);
    const versions = [
      ...uploads.map((u) => ({
        version: u.version,
        fileName: u.fileName,
        builtIn: false,
        uploadedBy: u.uploadedBy,
        uploadedAt: u.createdAt.toISOString(),
        note: u.note,
        sha256: u.sha256,
        active: u.active,
      })),
      {
        version: 1,
        fileName: builtInFileName(key),
        builtIn: true,
        uploadedBy: null,
        uploadedAt: null,
        note: 'Mẫu có sẵn của phần mềm',
        sha256: createHash('sha256').update(builtInTemplate(key)).digest('hex'),
        active: !anyActive,
      },
    ];
    return {
      key,
      label: TEMPLATE_LABELS[key],
      activeVersion: versions.find((v) => v.active)!.version,
      versions,
      fields: fieldsOf(key),
    };
  });
  return { items, pdfPreview: (await findLibreOffice()) !== null };
}

/** The placeholders of the template's data, as an administrator types them in Word. */
function fieldsOf(key: TemplateKey): string[] {
  const out: string[] = ['{day}', '{month}', '{year}'];
  for (const [name, value] of Object.entries(SAMPLE_DATA[key])) {
    if (Array.isArray(value)) {
      const inner = Object.keys((value[0] ?? {}) as object).map((f) => `{${f}}`);
      out.push(`{#${name}} ${inner.join(' ')} {/${name}}`);
    } else out.push(`{${name}}`);
  }
  return out;
}

/** Templates serve the whole deployment: only an administrator of the top unit may change them. */
function assertTopUnit(actor: Actor): void {
  if (actor.scopePath.split('/').filter(Boolean).length !== 1) {
    throw forbidden('Chỉ quản trị viên của đơn vị cấp cao nhất được thay mẫu văn bản.');
  }
}

/** Upload a replacement template: checked, stored as the next version and made active (audited). */
export async function uploadTemplate(
  tx: DbOrTx,
  actor: Actor,
  key: TemplateKey,
  input: { fileName: string; buffer: Buffer; note: string },
): Promise<number> {
  assertTopUnit(actor);
  await checkFileContent(input.buffer, input.fileName, ['docx']);
  validateTemplate(key, input.buffer);
  // One upload at a time per key: the advisory lock serialises version numbers.
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`document_template:${key}`}))`);
  const [last] = await tx
    .select({ version: sql<number>`coalesce(max(${documentTemplate.version}), 1)::int` })
    .from(documentTemplate)
    .where(eq(documentTemplate.key, key));
  const version = (last?.version ?? 1) + 1;
  await tx
    .update(documentTemplate)
    .set({ active: false, updatedAt: new Date() })
    .where(eq(documentTemplate.key, key));
  const sha256 = createHash('sha256').update(input.buffer).digest('hex');
  await tx.insert(documentTemplate).values({
    key,
    version,
    fileName: input.fileName.slice(0, 200),
    file: input.buffer,
    sha256,
    note: input.note || null,
    uploadedBy: actor.email,
    active: true,
  });
  await writeAudit(tx, auditContextOf(actor), {
    action: 'document-template.upload',
    objectType: 'document_template',
    objectId: key,
    after: { key, version, sha256, fileName: input.fileName },
  });
  return version;
}

/** Make an earlier version the one in use again (1 = the built-in file). Audited. */
export async function activateTemplate(
  tx: DbOrTx,
  actor: Actor,
  key: TemplateKey,
  version: number,
): Promise<void> {
  assertTopUnit(actor);
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`document_template:${key}`}))`);
  if (version !== 1) {
    const found = await tx
      .select({ id: documentTemplate.id })
      .from(documentTemplate)
      .where(and(eq(documentTemplate.key, key), eq(documentTemplate.version, version)));
    if (found.length === 0) {
      throw new AppError('NOT_FOUND', `Mẫu "${TEMPLATE_LABELS[key]}" không có phiên bản ${version}.`);
    }
  }
  const before = await tx
    .select({ version: documentTemplate.version })
    .from(documentTemplate)
    .where(and(eq(documentTemplate.key, key), eq(documentTemplate.active, true)));
  await tx
    .update(documentTemplate)
    .set({ active: false, updatedAt: new Date() })
    .where(eq(documentTemplate.key, key));
  if (version !== 1) {
    await tx
      .update(documentTemplate)
      .set({ active: true, updatedAt: new Date() })
      .where(and(eq(documentTemplate.key, key), eq(documentTemplate.version, version)));
  }
  await writeAudit(tx, auditContextOf(actor), {
    action: 'document-template.activate',
    objectType: 'document_template',
    objectId: key,
    before: { version: before[0]?.version ?? 1 },
    after: { version },
  });
}
