import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { RawCell } from '../../domain/people/validate-person-row';
import { AppError, badRequest } from '../http/app-error';

/** One non-empty data row read from an uploaded sheet, keyed by import column. */
export interface SheetRow<K extends string> {
  row: number;
  raw: Partial<Record<K, RawCell>>;
}

export interface HeaderedSheetOptions<K extends string> {
  /** How many top rows may hold the header row. */
  headerScanRows: number;
  /** The column map if this row is the header row, else null. */
  headerOf: (values: ExcelJS.CellValue[]) => Map<number, K> | null;
  /** Called once with the header found; throws if required columns are missing. */
  assertColumns: (columns: Map<number, K>) => void;
  /** A cell's value as the user sees it. */
  cellOf: (value: ExcelJS.CellValue | undefined) => RawCell;
  /** Whether a data row carries anything to import (others are skipped). */
  keep: (raw: Partial<Record<K, RawCell>>) => boolean;
  maxRows: number;
  tooManyRowsMessage: string;
  noHeaderMessage: string;
}

/**
 * Stream an .xlsx upload and return the non-empty rows under the first header row found,
 * with the shared Vietnamese errors for an unreadable file, too many rows or no header.
 */
export async function readHeaderedSheet<K extends string>(
  buffer: Buffer,
  options: HeaderedSheetOptions<K>,
): Promise<SheetRow<K>[]> {
  const input = Readable.from([buffer]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  try {
    for await (const worksheet of reader) {
      let columns: Map<number, K> | null = null;
      const rows: SheetRow<K>[] = [];
      for await (const row of worksheet) {
        const values = row.values as ExcelJS.CellValue[];
        if (!columns) {
          if (row.number <= options.headerScanRows) columns = options.headerOf(values);
          if (columns) options.assertColumns(columns);
          continue;
        }
        const raw: Partial<Record<K, RawCell>> = {};
        for (const [index, key] of columns) raw[key] = options.cellOf(values[index]);
        if (!options.keep(raw)) continue;
        if (rows.length >= options.maxRows) throw badRequest(options.tooManyRowsMessage);
        rows.push({ row: row.number, raw });
      }
      if (columns) return rows;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw badRequest(
      'Không đọc được tệp Excel: tệp bị hỏng hoặc không phải bảng tính .xlsx. Hãy mở bằng Excel, lưu lại rồi thử lại.',
      [{ path: 'file', message: 'Tệp không đọc được' }],
    );
  } finally {
    input.destroy();
  }
  throw badRequest(options.noHeaderMessage, [{ path: 'file', message: 'Thiếu dòng tiêu đề' }]);
}
