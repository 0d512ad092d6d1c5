import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import type { DbOrTx } from '../db/client';
import type { TemplateDataMap, TemplateKey } from './template-data';
import { loadActiveTemplate } from './template-store';

/*
 * Fills a .docx template with docxtemplater. Values are inserted as text: docxtemplater escapes them
 * for XML and never parses them again, so "{x}", "{{x}}", a Word field code typed as text or a
 * leading "=" print literally (quality C4). Characters XML cannot hold are dropped instead of
 * producing a file Word refuses. A missing value prints as nothing, never "undefined".
 */

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const DOCXTEMPLATER_OPTIONS = {
  paragraphLoop: true,
  linebreaks: true,
  stripInvalidXMLChars: true,
  errorLogging: false,
  nullGetter: () => '',
} as const;

/** The fields every template may use besides its data: {day}, {month}, {year} from `date`. */
export function derivedFields(date: unknown): { day: string; month: string; year: string } {
  const match = typeof date === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(date) : null;
  if (!match) return { day: '', month: '', year: '' };
  const [, year, month, day] = match;
  // Decree 30/2020: days below 10 and the months 1 and 2 take a leading zero; other months do not.
  const monthNumber = Number(month);
  return { day: day!, month: monthNumber <= 2 ? month! : String(monthNumber), year: year! };
}

/** Fill a template file with data (no database): the bytes of the finished .docx. */
export function renderTemplateFile(file: Buffer, data: object): Buffer {
  const doc = new Docxtemplater(new PizZip(file), { ...DOCXTEMPLATER_OPTIONS });
  const date = (data as { date?: unknown }).date;
  doc.render({ ...derivedFields(date), ...data });
  return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Render the active template for `key` (an administrator's upload, or the built-in file). */
export async function renderTemplate<K extends TemplateKey>(
  db: DbOrTx,
  key: K,
  data: TemplateDataMap[K],
): Promise<{ buffer: Buffer; templateVersion: number }> {
  const template = await loadActiveTemplate(db, key);
  return { buffer: renderTemplateFile(template.file, data), templateVersion: template.version };
}
