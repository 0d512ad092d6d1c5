/** Small text predicates shared by the parts of the administrative-document parser. */

/** Collapse every run of whitespace (including no-break and ideographic spaces) to one space. */
export function collapseSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u3000]+/gu, ' ').trim();
}

/**
 * A comparison key without diacritics, punctuation or spaces, so that "CỘNG HOÀ" and "CỘNG HÒA" (the two
 * tone-mark placements both found in real documents) or a hyphen/en-dash variant compare equal.
 */
export function looseKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

/** True when the line has letters and none of them is lower case ("SỞ NỘI VỤ", "KT. GIÁM ĐỐC"). */
export function isUpperCaseLine(line: string): boolean {
  const letters = line.match(/\p{L}/gu);
  if (!letters || letters.length < 2) return false;
  return line === line.toLocaleUpperCase('vi') && line !== line.toLocaleLowerCase('vi');
}

/** A line made only of rule characters: "---", "_____", "***", "* * *", "===". */
export function isRuleLine(line: string): boolean {
  return /^[\s\-_=*~.–—]{3,}$/u.test(line) && /[-_=*~–—]/u.test(line);
}

const NATIONAL_MOTTO = looseKey('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
const MOTTO_SUBTITLE = looseKey('Độc lập - Tự do - Hạnh phúc');
// Party documents print the Party's name where state documents print the national motto.
const PARTY_MOTTO = looseKey('ĐẢNG CỘNG SẢN VIỆT NAM');

/**
 * The national motto, its subtitle, or a fragment of either (narrow table cells wrap them: "CỘNG HÒA XÃ
 * HỘI CHỦ NGHĨA" / "VIỆT NAM"). A fragment counts only when it is at least two words of the motto.
 */
export function isMottoLine(line: string): boolean {
  const key = looseKey(line);
  if (key.length < 6) return false;
  return [NATIONAL_MOTTO, MOTTO_SUBTITLE, PARTY_MOTTO].some((motto) => motto.includes(key));
}

/** True when the whole line is one of the mottos, not a fragment. */
export function isMottoStart(line: string): boolean {
  const key = looseKey(line);
  return [NATIONAL_MOTTO, MOTTO_SUBTITLE, PARTY_MOTTO].some(
    (motto) => key.length >= 6 && motto.startsWith(key),
  );
}

/** Strip a list bullet ("- ", "– ", "+ ", "• ", "* ") from the start of a line. */
export function stripBullet(line: string): string {
  return line.replace(/^[-–—+•*·▪◦]\s*/u, '');
}

export function hasBullet(line: string): boolean {
  return /^[-–—+•*·▪◦]\s*\S/u.test(line);
}

/** Signature notes printed where the handwritten signature goes: "Đã ký", "(ký, đóng dấu)", "[Đã ký]". */
export function isSignatureNote(line: string): boolean {
  const inner = line
    .replace(/^[[(<{]\s*/u, '')
    .replace(/\s*[\])>}]\.?$/u, '')
    .trim()
    .toLocaleLowerCase('vi');
  if (inner === '') return true;
  if (/^!\[.*\]\(.*\)$/u.test(line)) return true;
  if (/^(ký bởi|email|cơ quan|thời gian ký|chức vụ)\s*:/u.test(inner)) return true;
  return /^(đã\s+)?(ký|đóng dấu|chữ ký)([\s,;và]+(số|tên|đóng dấu|ghi rõ họ( và)? tên|và đóng dấu|dấu))*\.?$/u.test(
    inner,
  );
}

/** Remove an inline signature note ("CHỦ TỊCH (Đã ký)", "(Đã ký) Nguyễn Văn A"). */
export function removeInlineSignatureNote(line: string): string {
  return collapseSpaces(
    line.replace(/[[(]\s*(đã\s+)?ký[^)\]]*[)\]]/giu, ' ').replace(/^(đã\s+ký)\s*[:\-–]?\s+/iu, ''),
  );
}
