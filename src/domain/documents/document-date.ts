import type { DocLine } from './normalize-lines';
import { collapseSpaces } from './text-utils';

export interface PlaceDate {
  place: string | null;
  date: string | null;
}

/** ISO date for a day, month and year, or null when the calendar has no such day. */
export function toIsoDate(day: number, month: number, year: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// "ngày 31 tháng 12 năm 2024", "ngày  5  tháng 1 năm 2025", "ngày 05 tháng 01, năm 2025".
const WORDED = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s+năm\s+(\d{4})/iu;
// "31/12/2024", "31-12-2024", "31.12.2024", optionally after "ngày".
const NUMERIC = /(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/iu;
// A place-date line whose day and month were left blank for the signer to fill in.
const BLANK_DATE = /ngày\s*[.…_\s]*tháng\s*[.…_\s]*năm\s*[\d.…_\s]*$/iu;

function cleanPlace(raw: string): string | null {
  const place = collapseSpaces(raw.replace(/^[\s,.:;–-]+|[\s,.:;–-]+$/gu, ''));
  return place === '' ? null : place;
}

/**
 * Read "Thành phố Lai Châu, ngày 31 tháng 12 năm 2024" (or "…, 31/12/2024"). Only a line that is a
 * place-date line as a whole counts, so a date quoted in the body ("Chỉ thị số 34-CT/TW ngày 7/4/2014")
 * is never taken for the document's date.
 */
export function parsePlaceDateLine(line: string): PlaceDate | null {
  const text = collapseSpaces(line).replace(/[.;]$/u, '');
  for (const pattern of [WORDED, NUMERIC]) {
    const match = pattern.exec(text);
    if (!match) continue;
    const before = text.slice(0, match.index);
    const after = text.slice(match.index + match[0].length).trim();
    if (after !== '') continue;
    if (before.trim() !== '' && !/,\s*$/u.test(before)) continue;
    if (pattern === NUMERIC && before.trim() === '' && !/^ngày/iu.test(match[0])) continue;
    const date = toIsoDate(Number(match[1]), Number(match[2]), Number(match[3]));
    return { place: cleanPlace(before), date };
  }
  const blank = BLANK_DATE.exec(text);
  if (blank && text.slice(blank.index + blank[0].length).trim() === '') {
    const before = text.slice(0, blank.index);
    if (before.trim() === '' || /,\s*$/u.test(before)) return { place: cleanPlace(before), date: null };
  }
  return null;
}

/** The first place-date line of the document (header first, then anywhere, e.g. above a signature). */
export function findPlaceDate(lines: DocLine[]): { value: PlaceDate; index: number } | null {
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    // A flattened header may run the number and the place-date together on one line.
    const value = parsePlaceDateLine(text.replace(/^Số\s*[:.]?\s*\S+\s+(?=\S)/u, ''));
    if (value) return { value, index: i };
    // A narrow cell may wrap the line: "Tân Phong, ngày 05 tháng 01" / "năm 2025".
    const next = lines[i + 1];
    if (next && !next.breakBefore && /ngày/iu.test(text) && /^năm\s+\d{4}/iu.test(next.text)) {
      const joined = parsePlaceDateLine(`${text} ${next.text}`);
      if (joined) return { value: joined, index: i + 1 };
    }
  }
  return null;
}
