import type { DocLine } from './normalize-lines';
import { collapseSpaces, isMottoLine, isUpperCaseLine, looseKey } from './text-utils';

export interface TitleParts {
  type: string | null;
  subject: string | null;
  /** Index of the first body line. */
  bodyStart: number;
}

// Document kinds of Decree 30/2020 (Appendix III) and those of emulation work.
const DOCUMENT_TYPES = [
  'NGHỊ QUYẾT',
  'QUYẾT ĐỊNH',
  'CHỈ THỊ',
  'QUY CHẾ',
  'QUY ĐỊNH',
  'THÔNG CÁO',
  'THÔNG BÁO',
  'HƯỚNG DẪN',
  'CHƯƠNG TRÌNH',
  'KẾ HOẠCH',
  'PHƯƠNG ÁN',
  'ĐỀ ÁN',
  'DỰ ÁN',
  'BÁO CÁO',
  'BIÊN BẢN',
  'TỜ TRÌNH',
  'HỢP ĐỒNG',
  'CÔNG VĂN',
  'CÔNG ĐIỆN',
  'BẢN GHI NHỚ',
  'BẢN THỎA THUẬN',
  'BẢN THOẢ THUẬN',
  'GIẤY ỦY QUYỀN',
  'GIẤY UỶ QUYỀN',
  'GIẤY MỜI',
  'GIẤY GIỚI THIỆU',
  'GIẤY NGHỈ PHÉP',
  'PHIẾU GỬI',
  'PHIẾU CHUYỂN',
  'PHIẾU BÁO',
  'THƯ CÔNG',
  'PHÁT ĐỘNG THI ĐUA',
  'LỜI KÊU GỌI',
  'THƯ KHEN',
  'GIẤY KHEN',
  'BẰNG KHEN',
].map(looseKey);

/** A line that is exactly a document kind ("QUYẾT ĐỊNH", "KẾ HOẠCH", "PHÁT ĐỘNG THI ĐUA"). */
export function isDocumentTypeLine(line: string): boolean {
  return isUpperCaseLine(line) && DOCUMENT_TYPES.includes(looseKey(line));
}

// Capitalised lines that open the body rather than name the subject: the authority line of a decision
// ("CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG …"), or "QUYẾT ĐỊNH:" before the articles.
const AUTHORITY_START =
  /^(CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|THỦ TRƯỞNG|HIỆU TRƯỞNG|TRƯỞNG|CỤC TRƯỞNG|CHÁNH|VIỆN TRƯỞNG|ỦY BAN|UỶ BAN|HỘI ĐỒNG|BAN THƯỜNG VỤ|TỔNG GIÁM ĐỐC|THỦ TƯỚNG)\b/u;

const BODY_OPENING =
  /^(Căn cứ|Kính gửi|Thực hiện|Theo đề nghị|Xét đề nghị|Nơi nhận|Điều\s+\d|Phần\s+[IVX\d]|[IVX]+\s*[.)]\s|\d+\s*[.)]\s|[a-zđ]\)\s|(TM|KT|TL|TUQ|Q)\.\s)/u;

function wordCount(line: string): number {
  return line.split(' ').length;
}

function canStartSubject(line: string): boolean {
  if (BODY_OPENING.test(line) || isMottoLine(line) || wordCount(line) > 45) return false;
  if (/:$/u.test(line)) return false;
  return !(isUpperCaseLine(line) && AUTHORITY_START.test(line));
}

function canContinueSubject(line: DocLine, soFar: string[], blankLinesSeparate: boolean): boolean {
  if (BODY_OPENING.test(line.text) || isMottoLine(line.text)) return false;
  // A subject split into two paragraphs goes on in lower case; a body paragraph never starts so.
  if (line.breakBefore) {
    return (
      /^\p{Ll}/u.test(line.text) && wordCount(line.text) <= 20 && !/[.:]$/u.test(soFar[soFar.length - 1]!)
    );
  }
  if (wordCount(line.text) > 30 || soFar.length >= 5 || /:$/u.test(line.text)) return false;
  // Without blank lines between paragraphs (plain text, .docx) the first body paragraph sits right under
  // the subject; a wrapped subject line goes on mid-sentence, in lower case.
  if (!blankLinesSeparate && !/^[\p{Ll}\d(“"]/u.test(line.text)) return false;
  const firstIsUpper = isUpperCaseLine(soFar[0]!);
  return isUpperCaseLine(line.text) === firstIsUpper && !AUTHORITY_START.test(line.text);
}

/**
 * The document kind and its summary (trích yếu): the capitalised kind line right after the header, then
 * the subject line(s) under it. A công văn has no kind line; its subject ("V/v …") sits under the number.
 */
export function parseTitle(lines: DocLine[], headerEnd: number, numberSubject: string | null): TitleParts {
  let i = headerEnd;
  let type: string | null = null;
  const first = lines[i]?.text;
  if (
    first !== undefined &&
    isUpperCaseLine(first) &&
    !AUTHORITY_START.test(first) &&
    (isDocumentTypeLine(first) || wordCount(first) <= 6)
  ) {
    type = collapseSpaces(first.replace(/[:.]$/u, ''));
    i++;
  }
  let subject: string | null = null;
  if (type !== null && lines[i] && canStartSubject(lines[i]!.text)) {
    const parts = [lines[i]!.text];
    i++;
    const blankLinesSeparate = lines.filter((l) => l.breakBefore).length * 4 > lines.length;
    while (lines[i] && canContinueSubject(lines[i]!, parts, blankLinesSeparate)) parts.push(lines[i++]!.text);
    subject = collapseSpaces(parts.join(' '));
  }
  if (subject === null) subject = numberSubject;
  // A công văn is known by its layout: no kind line, and its subject under the number (Decree 30, App. I).
  if (type === null && numberSubject !== null) type = 'CÔNG VĂN';
  return { type, subject, bodyStart: i };
}
