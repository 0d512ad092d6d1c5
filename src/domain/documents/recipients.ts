import type { DocLine } from './normalize-lines';
import { collapseSpaces, hasBullet, isUpperCaseLine, stripBullet } from './text-utils';

export interface RecipientsPart {
  recipients: string[];
  /** Lines [start, end) taken by "Nơi nhận:" and its list; null when the document has none. */
  start: number | null;
  end: number | null;
}

const HEADING = /^Nơi\s+nhận\s*:?\s*(.*)$/iu;
const AUTHORITY = /^(TM|KT|TL|TUQ|Q)\.\s*\p{Lu}/u;

/** "- Sở Nội vụ;" → "Sở Nội vụ"; "- Lưu: VT." → "Lưu: VT". */
export function cleanRecipient(line: string): string {
  return collapseSpaces(stripBullet(line).replace(/[\s;.,]+$/u, ''));
}

function endsItem(text: string): boolean {
  return /[;.]$/u.test(text);
}

/**
 * The "Nơi nhận:" list (Decree 30/2020, Appendix I): one recipient a line, each "- …;" and the last
 * "- Lưu: VT, …". A docx list numbered by Word loses its bullets, so unbulleted lines count too, until a
 * blank line, a capitalised signature line or the archive line "Lưu".
 */
export function parseRecipients(lines: DocLine[], from: number): RecipientsPart {
  const start = lines.findIndex((l, i) => i >= from && HEADING.test(l.text));
  if (start < 0) return { recipients: [], start: null, end: null };
  const items: string[] = [];
  const inline = HEADING.exec(lines[start]!.text)![1]!.trim();
  if (inline !== '') items.push(inline);
  let bulleted: boolean | null = inline === '' ? null : hasBullet(inline);
  let j = start + 1;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    const text = line.text;
    const last = items[items.length - 1];
    // "Lưu: VT, …" (the archive copy) closes the list.
    if (last !== undefined && /^[-–+•*]?\s*Lưu\b/iu.test(last)) break;
    if (AUTHORITY.test(text) || (isUpperCaseLine(text) && !hasBullet(text))) break;
    if (hasBullet(text)) {
      if (bulleted === false) break;
      bulleted = true;
      items.push(text);
      continue;
    }
    if (last === undefined) {
      bulleted = false;
      items.push(text);
      continue;
    }
    // A long recipient wrapped onto the next line carries no bullet and its line above has no ";".
    if (!line.breakBefore && !endsItem(last)) {
      items[items.length - 1] = `${last} ${text}`;
      continue;
    }
    if (bulleted || line.breakBefore) break;
    items.push(text);
  }
  return { recipients: items.map(cleanRecipient).filter((r) => r !== ''), start, end: j };
}
