import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

/*
 * "Any list → .xlsx": one sheet, Vietnamese headers, frozen header row, auto filter, widths that fit
 * the content, dates as real Excel dates shown dd/mm/yyyy, money as integer VND shown 1.234.000. Text is always written as a string cell,
 * so "=HYPERLINK(…)" typed by a user stays text and is never turned into a formula.
 */

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type XlsxValue = string | number | Date | null | undefined;

export interface XlsxColumn<T> {
  header: string;
  value: (row: T) => XlsxValue;
  /**
   * 'date' takes an ISO 'YYYY-MM-DD' string or a Date; 'money' an amount in VND, written as an integer
   * number cell with a thousands format; 'datetime' an instant (Date or ISO string), shown in Việt Nam
   * time (UTC+7, no daylight saving) as dd/mm/yyyy hh:mm:ss; default 'text'.
   */
  kind?: 'text' | 'number' | 'date' | 'datetime' | 'money';
  /** In characters; default: fitted to the header and the first rows. */
  width?: number;
}

export interface XlsxList<T> {
  sheetName: string;
  columns: readonly XlsxColumn<T>[];
  rows: Iterable<T>;
}

const DATE_FORMAT = 'dd/mm/yyyy';
const MONEY_FORMAT = '#,##0';
const DATETIME_FORMAT = 'dd/mm/yyyy hh:mm:ss';
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** An instant → the Việt Nam wall-clock time Excel shows (Excel cells carry no time zone). */
export function excelDateTimeOf(value: string | Date): Date | null {
  const instant = value instanceof Date ? value : new Date(value);
  return Number.isNaN(instant.getTime()) ? null : new Date(instant.getTime() + VIETNAM_OFFSET_MS);
}
const WIDTH_SAMPLE_ROWS = 2000;

const FORMATS: Record<NonNullable<XlsxColumn<unknown>['kind']>, string | undefined> = {
  text: undefined,
  number: undefined,
  date: DATE_FORMAT,
  datetime: DATETIME_FORMAT,
  money: MONEY_FORMAT,
};

/** 'YYYY-MM-DD' → the UTC midnight Excel stores for that day (no time-zone drift). */
export function excelDateOf(value: string | Date): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

function cellOf<T>(column: XlsxColumn<T>, row: T): string | number | Date | null {
  const value = column.value(row);
  if (value === null || value === undefined || value === '') return null;
  switch (column.kind ?? 'text') {
    case 'date':
      return typeof value === 'number' ? value : excelDateOf(value);
    case 'datetime':
      return typeof value === 'number' ? value : excelDateTimeOf(value);
    case 'number':
      return typeof value === 'number' ? value : String(value);
    case 'money': {
      const text = String(value).trim();
      // "2.340.000" (Vietnamese thousands dots) or a plain number.
      const amount =
        typeof value === 'number'
          ? value
          : Number(/^-?\d{1,3}(\.\d{3})+$/.test(text) ? text.replace(/\./g, '') : text);
      return Number.isFinite(amount) ? Math.round(amount) : String(value);
    }
    case 'text':
      return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  }
}

function widthsOf<T>(columns: readonly XlsxColumn<T>[], rows: readonly T[]): number[] {
  return columns.map((c) => {
    if (c.width) return c.width;
    if (c.kind === 'date') return Math.max(12, c.header.length + 2);
    if (c.kind === 'datetime') return Math.max(20, c.header.length + 2);
    if (c.kind === 'money') return Math.max(14, c.header.length + 2);
    let longest = c.header.length;
    for (let i = 0; i < rows.length && i < WIDTH_SAMPLE_ROWS; i++) {
      const v = c.value(rows[i]!);
      if (v !== null && v !== undefined) longest = Math.max(longest, String(v).length);
    }
    return Math.min(60, Math.max(8, longest + 2));
  });
}

/** Write a list as an .xlsx file in memory, streaming row by row (100,000 rows stay well under a second per 10k). */
export async function writeXlsxList<T>(list: XlsxList<T>): Promise<Buffer> {
  const rows = Array.isArray(list.rows) ? (list.rows as T[]) : [...list.rows];
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });

  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: true,
  });
  workbook.creator = 'TĐKT';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(list.sheetName.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const widths = widthsOf(list.columns, rows);
  sheet.columns = list.columns.map((c, i) => {
    const numFmt = FORMATS[c.kind ?? 'text'];
    return { width: widths[i], style: numFmt ? { numFmt } : {} };
  });
  const count = list.columns.length;
  if (count > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: count } };

  const header = sheet.addRow(list.columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.commit();
  for (const row of rows) {
    // New cells take the column's style, so date cells already carry the dd/mm/yyyy format.
    sheet.addRow(list.columns.map((c) => cellOf(c, row))).commit();
  }
  sheet.commit();
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}

/** `attachment` with an ASCII fallback name and the exact UTF-8 name (RFC 6266 / 5987). */
export function attachmentDisposition(fileName: string): string {
  const ascii =
    fileName
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
      .replace(/[^\x20-\x7e]/g, '_')
      .replace(/["\\]/g, '_') || 'tep.xlsx';
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
