import { readFileSync } from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { documentTemplate } from '../modules/documents/documents.schema';
import type { TemplateKey } from './template-data';

/** Where the built-in templates live (version 1 of every key). */
export const BUILT_IN_TEMPLATE_DIR = path.resolve(import.meta.dirname, '../../../templates');

export const builtInFileName = (key: TemplateKey): string => `${key}.docx`;

const builtInCache = new Map<TemplateKey, Buffer>();

/** The built-in .docx shipped in templates/ (read once). */
export function builtInTemplate(key: TemplateKey): Buffer {
  let file = builtInCache.get(key);
  if (!file) {
    file = readFileSync(path.join(BUILT_IN_TEMPLATE_DIR, builtInFileName(key)));
    builtInCache.set(key, file);
  }
  return file;
}

export interface StoredTemplate {
  file: Buffer;
  version: number;
}

/** The template in use for `key`: the active upload, or the built-in file as version 1. */
export async function loadActiveTemplate(db: DbOrTx, key: TemplateKey): Promise<StoredTemplate> {
  const rows = await db
    .select({ file: documentTemplate.file, version: documentTemplate.version })
    .from(documentTemplate)
    .where(and(eq(documentTemplate.key, key), eq(documentTemplate.active, true)))
    .limit(1);
  return rows[0] ?? { file: builtInTemplate(key), version: 1 };
}

/** A given version of a template (1 is the built-in file unless an upload took that number). */
export async function loadTemplateVersion(
  db: DbOrTx,
  key: TemplateKey,
  version: number,
): Promise<StoredTemplate | null> {
  const rows = await db
    .select({ file: documentTemplate.file, version: documentTemplate.version })
    .from(documentTemplate)
    .where(and(eq(documentTemplate.key, key), eq(documentTemplate.version, version)))
    .limit(1);
  if (rows[0]) return rows[0];
  return version === 1 ? { file: builtInTemplate(key), version: 1 } : null;
}
