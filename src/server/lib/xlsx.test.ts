import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeXlsxList } from './xlsx';

/*
 * Quality C4 and issue 6 item 5: every list exported through writeXlsxList has Vietnamese headers in a
 * frozen first row, dates as real dates, money as integer VND, and user text that looks like a formula
 * stays text.
 */

interface Row {
  name: string;
  date: string | null;
  amount: number | string | null;
  at?: string;
}

const rows: Row[] = [
  {
    name: '=HYPERLINK("http://evil.example","bấm")',
    date: '2026-01-15',
    amount: 2_340_000.4,
    at: '2026-01-15T17:30:05Z',
  },
  { name: '+1+2', date: '2025-02-01', amount: '1.170.000' },
  { name: '-3', date: null, amount: null },
  { name: '@SUM(A1)', date: '2024-12-31', amount: 0 },
  { name: '{{fullName}}', date: '2024-12-31', amount: '150000' },
];

async function read(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb.worksheets[0]!;
}

describe('writeXlsxList', () => {
  it('writes dates as dates, money as integer VND, header frozen, formula-like text as text', async () => {
    const buffer = await writeXlsxList<Row>({
      sheetName: 'Danh sách',
      columns: [
        { header: 'Họ và tên', value: (r) => r.name },
        { header: 'Ngày quyết định', kind: 'date', value: (r) => r.date },
        { header: 'Tiền thưởng (đồng)', kind: 'money', value: (r) => r.amount },
        { header: 'Thời điểm', kind: 'datetime', value: (r) => r.at },
      ],
      rows,
    });
    const sheet = await read(buffer);
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Họ và tên',
      'Ngày quyết định',
      'Tiền thưởng (đồng)',
      'Thời điểm',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    for (let i = 0; i < rows.length; i++) {
      const cell = sheet.getRow(i + 2).getCell(1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(rows[i]!.name);
    }
    const date = sheet.getRow(2).getCell(2);
    expect(date.value).toEqual(new Date(Date.UTC(2026, 0, 15)));
    expect(date.numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getRow(4).getCell(2).value).toBeNull();
    const money = [2, 3, 4, 5, 6].map((r) => sheet.getRow(r).getCell(3));
    expect(money.map((c) => c.value)).toEqual([2_340_000, 1_170_000, null, 0, 150_000]);
    expect(money[0]!.type).toBe(ExcelJS.ValueType.Number);
    expect(money[0]!.numFmt).toBe('#,##0');
    // 17:30:05 UTC is 00:30:05 the next day in Việt Nam.
    const at = sheet.getRow(2).getCell(4);
    expect(at.value).toEqual(new Date(Date.UTC(2026, 0, 16, 0, 30, 5)));
    expect(at.numFmt).toBe('dd/mm/yyyy hh:mm:ss');
  });
});
