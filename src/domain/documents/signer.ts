import type { DocLine } from './normalize-lines';
import { collapseSpaces, isSignatureNote, isUpperCaseLine, removeInlineSignatureNote } from './text-utils';

export interface Signer {
  authority: string | null;
  position: string | null;
  name: string | null;
}

export interface SignerPart {
  signer: Signer | null;
  /** First line of the signature block, or null. */
  start: number | null;
}

/** Signing on behalf of (Decree 30/2020 Art. 13 and Appendix I): TM., KT., TL., TUQ., Q. */
const AUTHORITY = /^(TM|KT|TL|TUQ|Q)\s*\.\s*(\p{Lu}.*)$/u;
const POSITION_WORDS =
  /(CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|PHÓ|CHÁNH|BÍ THƯ|ỦY VIÊN|UỶ VIÊN|THƯ KÝ|KẾ TOÁN|CHỈ HUY|TỔNG|ĐẠI DIỆN|THỦ QUỸ|NGƯỜI|CÁN BỘ|CHUYÊN VIÊN|HIỆU|QUYỀN|CHỦ NHIỆM|THỦ TƯỚNG)/u;

/** "TM.ỦY BAN NHÂN DÂN" and "TM . ỦY BAN" are typing variants of "TM. ỦY BAN NHÂN DÂN". */
export function normalizeAuthority(line: string): string | null {
  const match = AUTHORITY.exec(collapseSpaces(removeInlineSignatureNote(line)));
  return match ? `${match[1]}. ${match[2]!.trim()}` : null;
}

function isPositionLine(text: string): boolean {
  return isUpperCaseLine(text) && AUTHORITY.exec(text) === null && POSITION_WORDS.test(text);
}

/**
 * A person's name: 2–7 words of letters ("Nguyễn Văn Nghiệp", "Giàng A Páo"), possibly after a rank or
 * title printed in lower case ("Thượng tá Lý Văn Páo", "TS. Lê Minh").
 */
function isNameLine(text: string): boolean {
  const words = text.split(' ');
  if (words.length < 2 || words.length > 7) return false;
  if (!/^[\p{L}.'’ -]+$/u.test(text) || /[:;]$/u.test(text) || /[^.]\.$/u.test(text)) return false;
  if (isUpperCaseLine(text)) return !POSITION_WORDS.test(text);
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return /^\p{Lu}/u.test(words[0]!) && capitalised >= 2 && words.length - capitalised <= 2;
}

/** The next line at or after `from` that is not a signature note, within a few lines. */
function nextMeaningful(lines: DocLine[], from: number, stop: (i: number) => boolean): number | null {
  for (let i = from; i < lines.length && i < from + 6; i++) {
    if (stop(i)) return null;
    const text = removeInlineSignatureNote(lines[i]!.text);
    if (text === '' || isSignatureNote(lines[i]!.text)) continue;
    return i;
  }
  return null;
}

/**
 * The signature block: the authority line ("TM. ỦY BAN NHÂN DÂN"), the position ("CHỦ TỊCH") and the
 * signer's name, skipping "Đã ký", "(ký, đóng dấu)" and similar notes in between. Searched from the end so
 * that an authority quoted in the body is never taken; lines of the recipient list are skipped.
 */
export function parseSigner(lines: DocLine[], from: number, skip: (i: number) => boolean): SignerPart {
  const text = (i: number) => removeInlineSignatureNote(lines[i]!.text);
  let last = -1;
  for (let i = lines.length - 1; i >= from; i--) {
    if (!skip(i) && normalizeAuthority(lines[i]!.text) !== null) {
      last = i;
      break;
    }
  }
  let authorities: string[] = [];
  let start: number | null = null;
  let position: string | null = null;
  let cursor: number;
  if (last >= 0) {
    let first = last;
    while (first - 1 >= from && !skip(first - 1) && normalizeAuthority(lines[first - 1]!.text) !== null)
      first--;
    for (let i = first; i <= last; i++) authorities.push(normalizeAuthority(lines[i]!.text)!);
    start = first;
    cursor = last + 1;
    const next = nextMeaningful(lines, cursor, skip);
    if (next !== null && isUpperCaseLine(text(next)) && !isNameLine(text(next))) {
      position = collapseSpaces(text(next));
      cursor = next + 1;
    } else if (authorities.length >= 2 && authorities[authorities.length - 1]!.startsWith('Q.')) {
      // "TL. BỘ TRƯỞNG" / "Q. VỤ TRƯỞNG VỤ TỔ CHỨC CÁN BỘ": the acting head's line is the position.
      position = authorities.pop()!;
    }
  } else {
    const found = findPlainPosition(lines, from, skip);
    if (found === null) return { signer: null, start: null };
    position = collapseSpaces(text(found));
    start = found;
    cursor = found + 1;
  }
  const nameIndex = nextMeaningful(lines, cursor, skip);
  const name = nameIndex !== null && isNameLine(text(nameIndex)) ? collapseSpaces(text(nameIndex)) : null;
  authorities = authorities.map(collapseSpaces);
  const authority = authorities.length > 0 ? authorities.join(' ') : null;
  if (authority === null && position === null && name === null) return { signer: null, start: null };
  return { signer: { authority, position, name }, start };
}

/** Without TM./KT./…, the head signs in his own name: a capitalised position line above a name. */
function findPlainPosition(lines: DocLine[], from: number, skip: (i: number) => boolean): number | null {
  for (let i = lines.length - 1; i >= from; i--) {
    if (skip(i)) continue;
    const t = removeInlineSignatureNote(lines[i]!.text);
    if (!isPositionLine(t)) continue;
    const next = nextMeaningful(lines, i + 1, skip);
    if (next !== null && isNameLine(removeInlineSignatureNote(lines[next]!.text))) return i;
  }
  return null;
}
