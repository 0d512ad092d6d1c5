import type { DocLine } from './normalize-lines';
import { collapseSpaces, isMottoLine, isUpperCaseLine, looseKey } from './text-utils';
import { isDocumentTypeLine } from './title';

export interface HeaderParts {
  issuer: string | null;
  parentIssuer: string | null;
  number: string | null;
  /** Subject printed under the number ("V/v …"), as in a công văn. */
  numberSubject: string | null;
  /** Index of the first line after the header block. */
  end: number;
}

// Words that begin the name of a body. A header line starting with one of them starts a new body name
// ("UBND TỈNH LAI CHÂU" / "SỞ NỘI VỤ"); any other line continues the one above ("ỦY BAN NHÂN DÂN" /
// "THÀNH PHỐ LAI CHÂU", or a word wrapped by a narrow cell: "THÀNH PHỐ LAI" / "CHÂU").
const BODY_WORDS = [
  'UBND',
  'HĐND',
  'UBMTTQ',
  'BCH',
  'BQL',
  'LĐLĐ',
  'TAND',
  'VKSND',
  'ỦY BAN',
  'UỶ BAN',
  'HỘI ĐỒNG',
  'SỞ',
  'BỘ',
  'BAN',
  'PHÒNG',
  'CỤC',
  'CHI CỤC',
  'TỔNG CỤC',
  'VỤ',
  'VIỆN',
  'TRƯỜNG',
  'TRUNG TÂM',
  'VĂN PHÒNG',
  'THANH TRA',
  'CÔNG AN',
  'ĐẢNG ỦY',
  'ĐẢNG UỶ',
  'ĐẢNG BỘ',
  'TỈNH ỦY',
  'TỈNH UỶ',
  'THÀNH ỦY',
  'THÀNH UỶ',
  'HUYỆN ỦY',
  'HUYỆN UỶ',
  'QUẬN ỦY',
  'THỊ ỦY',
  'CHI BỘ',
  'ĐOÀN',
  'HỘI',
  'LIÊN ĐOÀN',
  'CÔNG ĐOÀN',
  'MẶT TRẬN',
  'MTTQ',
  'BỆNH VIỆN',
  'CÔNG TY',
  'TỔNG CÔNG TY',
  'NGÂN HÀNG',
  'KHO BẠC',
  'TÒA ÁN',
  'TOÀ ÁN',
  'CHI NHÁNH',
  'HỌC VIỆN',
  'ĐẠI HỌC',
  'KHỐI THI ĐUA',
  'CHÍNH PHỦ',
  'QUỐC HỘI',
  'BỘ CHỈ HUY',
  'HẠT KIỂM LÂM',
  'ĐỒN BIÊN PHÒNG',
  'LỮ ĐOÀN',
  'SƯ ĐOÀN',
];
const BODY_KEYS = BODY_WORDS.map(looseKey);
// A line ending with one of these cannot be a whole name, so the next line continues it.
const OPEN_ENDINGS = /(?:^|\s)(ỦY|UỶ|VÀ|CỦA|-|–|,)$/u;
// Urgency and draft marks printed in the header are not part of any name.
const HEADER_MARKS = /^(KHẨN|THƯỢNG KHẨN|HỎA TỐC|HOẢ TỐC|MẬT|TỐI MẬT|TUYỆT MẬT|DỰ THẢO|BẢN SAO)\.?$/u;

function startsBodyName(line: string): boolean {
  const words = line.split(' ');
  return BODY_KEYS.some((key) => {
    for (let n = 1; n <= 3; n++) if (looseKey(words.slice(0, n).join(' ')) === key) return true;
    return false;
  });
}

/** "Số: 5834/PĐTĐ-UBND" → "5834/PĐTĐ-UBND"; spaces around "/" and "-" are typing noise. */
export function parseNumberLine(line: string): string | null {
  const match = /^Số\s*[:.]\s*(.*)$/u.exec(line) ?? /^Số\s+(\d.*)$/u.exec(line);
  if (!match) return null;
  let value = collapseSpaces(match[1]!).replace(/\s*([/-])\s*/gu, '$1');
  // The place-date of the other column may follow on the same line once a table is flattened.
  value = value.split(/\s+/u)[0] ?? '';
  value = value.replace(/[,;]$/u, '');
  return value === '' ? null : value;
}

function isVvLine(line: string): boolean {
  return /^(V\/v|V\/V|v\/v|Về việc)\s*[:.]?\s*\S/u.test(line);
}

function groupBodyNames(lines: string[]): string[] {
  const names: string[] = [];
  for (const line of lines) {
    const last = names[names.length - 1];
    if (last !== undefined && (!startsBodyName(line) || OPEN_ENDINGS.test(last))) {
      names[names.length - 1] = `${last} ${line}`;
    } else names.push(line);
  }
  return names.map(collapseSpaces);
}

/**
 * The header block (Decree 30/2020, Appendix I): parent body, issuing body, number and symbol, the
 * motto and the place-date. It ends after the last such line found before the body begins.
 */
export function parseHeader(lines: DocLine[], placeDateIndex: number | null): HeaderParts {
  // Where the header can no longer be: the first line that is plainly body text.
  let guard = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (/^(Căn cứ|Kính gửi|Nơi nhận)/iu.test(t) || t.split(' ').length > 40 || i > 40) {
      guard = i;
      break;
    }
  }
  let end = 0;
  let number: string | null = null;
  let numberSubject: string | null = null;
  const upperLines: { index: number; text: string }[] = [];
  for (let i = 0; i < guard; i++) {
    const t = lines[i]!.text;
    // The kind line ("QUYẾT ĐỊNH") closes the header; a "Về việc" below it is the title's subject.
    if (isDocumentTypeLine(t) && end > 0) break;
    if (isMottoLine(t)) {
      end = i + 1;
      continue;
    }
    if (number === null) {
      const value = parseNumberLine(t);
      if (value !== null) {
        number = value;
        end = i + 1;
        continue;
      }
    }
    if (numberSubject === null && isVvLine(t) && (number !== null || i < 12)) {
      const parts = [t];
      let j = i + 1;
      while (j < guard && !lines[j]!.breakBefore && !isHeaderMarker(lines[j]!.text))
        parts.push(lines[j++]!.text);
      numberSubject = collapseSpaces(parts.join(' '));
      end = Math.max(end, j);
      i = j - 1;
      continue;
    }
    if (placeDateIndex !== null && i === placeDateIndex) end = i + 1;
    if (isUpperCaseLine(t) && !HEADER_MARKS.test(t) && !isDocumentTypeLine(t)) {
      upperLines.push({ index: i, text: t });
    }
  }
  if (end === 0) end = headerWithoutMarkers(lines, guard);
  // Body names are the capitalised lines above the end of the header (the type line comes after it).
  const nameLines = upperLines.filter((u) => u.index < end).map((u) => u.text);
  const names = groupBodyNames(nameLines);
  return {
    issuer: names[names.length - 1] ?? null,
    parentIssuer: names.length >= 2 ? names[names.length - 2]! : null,
    number,
    numberSubject,
    end,
  };
}

/** Without motto, number or date the header is the leading run of capitalised lines before a type line. */
function headerWithoutMarkers(lines: DocLine[], guard: number): number {
  let i = 0;
  while (i < guard && isUpperCaseLine(lines[i]!.text) && !isDocumentTypeLine(lines[i]!.text)) i++;
  return i;
}

function isHeaderMarker(line: string): boolean {
  return isMottoLine(line) || parseNumberLine(line) !== null || /ngày\s+\S+\s+tháng/iu.test(line);
}
