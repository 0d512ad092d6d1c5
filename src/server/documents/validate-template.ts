import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { AppError } from '../http/app-error';
import { DOCXTEMPLATER_OPTIONS, derivedFields, renderTemplateFile } from './render-template';
import { SAMPLE_DATA } from './sample-data';
import type { TemplateKey } from './template-data';

/*
 * Checks an uploaded replacement template before it is stored: it opens as a Word document, its tags
 * are well formed, every placeholder is a field of that template's data (TemplateDataMap) or a derived
 * date field, no tag inserts raw Word XML, and it renders with the demo data.
 */

interface Part {
  type: string;
  value: string;
  module?: string;
  subparsed?: Part[];
}

const unprocessable = (message: string) =>
  new AppError('UNPROCESSABLE', message, [{ path: 'file', message }]);

const DOCX_ERROR_MESSAGES: Record<string, (tag: string) => string> = {
  unclosed_tag: (t) => `Thẻ "{${t}" thiếu dấu đóng "}".`,
  unopened_tag: (t) => `Thẻ "${t}}" thiếu dấu mở "{".`,
  duplicate_open_tag: (t) => `Thẻ "${t}" có hai dấu mở "{" liền nhau.`,
  duplicate_close_tag: (t) => `Thẻ "${t}" có hai dấu đóng "}" liền nhau.`,
  unclosed_loop: (t) => `Vòng lặp "{#${t}}" chưa có thẻ đóng "{/${t}}".`,
  unopened_loop: (t) => `Thẻ đóng "{/${t}}" không có thẻ mở "{#${t}}" tương ứng.`,
  closing_tag_does_not_match_opening_tag: (t) => `Thẻ đóng "{/${t}}" không khớp với thẻ mở.`,
  raw_xml_tag_should_be_only_text_in_paragraph: (t) => `Thẻ "{@${t}}" không được phép.`,
};

function describeDocxError(error: unknown): string {
  const errors = (error as { properties?: { errors?: { properties?: { id?: string; xtag?: string } }[] } })
    .properties?.errors ?? [error as { properties?: { id?: string; xtag?: string } }];
  const lines = errors.slice(0, 5).map((e) => {
    const id = e.properties?.id ?? '';
    const tag = e.properties?.xtag ?? '';
    return DOCX_ERROR_MESSAGES[id]?.(tag) ?? `Thẻ "${tag}" viết sai cú pháp.`;
  });
  return `Mẫu có thẻ viết sai: ${lines.join(' ')}`;
}

function hasField(scopes: readonly object[], name: string): unknown {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const scope = scopes[i] as Record<string, unknown>;
    if (Object.hasOwn(scope, name)) return scope[name] ?? '';
  }
  return undefined;
}

function checkParts(
  parts: readonly Part[],
  scopes: readonly object[],
  unknown: Set<string>,
  tags: Set<string>,
): void {
  for (const part of parts) {
    if (part.type !== 'placeholder') continue;
    tags.add(part.value);
    if (part.module === 'rawxml') {
      unknown.add(`@${part.value}`);
      continue;
    }
    const value = hasField(scopes, part.value);
    if (value === undefined) unknown.add(part.value);
    if (part.subparsed) {
      const inner = Array.isArray(value) ? value[0] : value;
      const next = inner && typeof inner === 'object' ? [...scopes, inner] : scopes;
      checkParts(part.subparsed, next, unknown, tags);
    }
  }
}

/** Throws a Vietnamese 422 naming what is wrong; returns the placeholder names used. */
export function validateTemplate(key: TemplateKey, file: Buffer): { tags: string[] } {
  let zip: PizZip;
  try {
    zip = new PizZip(file);
  } catch {
    throw unprocessable(
      'Tệp tải lên không mở được như một văn bản Word (.docx). Hãy lưu lại bằng Word dạng .docx.',
    );
  }
  if (!zip.file('word/document.xml')) {
    throw unprocessable('Tệp tải lên không phải văn bản Word (.docx): thiếu nội dung văn bản.');
  }
  let compiled: Record<string, { postparsed: Part[] }>;
  try {
    // docxtemplater's own parse tree (its InspectModule needs lodash, which we do not ship).
    const doc = new Docxtemplater(zip, { ...DOCXTEMPLATER_OPTIONS });
    compiled = (doc as unknown as { compiled: typeof compiled }).compiled;
  } catch (error) {
    throw unprocessable(describeDocxError(error));
  }
  const sample = SAMPLE_DATA[key];
  const unknown = new Set<string>();
  const tags = new Set<string>();
  for (const part of Object.values(compiled)) {
    checkParts(part.postparsed, [derivedFields(sample.date), sample], unknown, tags);
  }
  if (unknown.size > 0) {
    const names = [...unknown].map((t) => `{${t}}`).join(', ');
    throw unprocessable(
      `Mẫu dùng trường không có trong dữ liệu của loại văn bản này: ${names}. Hãy sửa hoặc xóa các thẻ đó.`,
    );
  }
  try {
    renderTemplateFile(file, sample);
  } catch (error) {
    throw unprocessable(describeDocxError(error));
  }
  return { tags: [...tags] };
}
