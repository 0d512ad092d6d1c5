import type { PeriodKind, TargetImportKind } from '../../shared/api/targets';
import { displayCell, foldKey, foldText, type RawCell } from '../people/validate-person-row';
import { isPeriodOf } from './periods';

/*
 * One row of a targets workbook (the export's layout): which indicator and unit it names, and the planned
 * value ('planned' import) or the period, value to date and evidence ('actual' import). Each problem is a
 * Vietnamese message naming the column to fix, as in the people import.
 */

export const TARGET_IMPORT_HEADERS = {
  indicatorCode: 'Mã chỉ tiêu',
  unitCode: 'Mã đơn vị',
  unitName: 'Đơn vị',
  planned: 'Kế hoạch',
  period: 'Kỳ báo cáo',
  actual: 'Thực hiện',
  evidence: 'Minh chứng',
} as const;
export type TargetImportColumn = keyof typeof TARGET_IMPORT_HEADERS;
export type RawTargetRow = Partial<Record<TargetImportColumn, RawCell>>;

const HEADER_KEYS = new Map<string, TargetImportColumn>(
  Object.entries(TARGET_IMPORT_HEADERS).map(([k, h]) => [foldKey(h), k as TargetImportColumn]),
);
HEADER_KEYS.set(foldKey('Tên đơn vị'), 'unitName');
HEADER_KEYS.set(foldKey('Kỳ'), 'period');
HEADER_KEYS.set(foldKey('Giá trị kế hoạch'), 'planned');
HEADER_KEYS.set(foldKey('Giá trị thực hiện'), 'actual');

export function matchTargetHeader(text: string): TargetImportColumn | undefined {
  return HEADER_KEYS.get(foldKey(text));
}

export interface IndicatorRef {
  id: string;
  code: string;
  periodKind: PeriodKind;
}
export interface UnitRef {
  id: string;
  name: string;
  code: string | null;
}

export interface TargetRowContext {
  kind: TargetImportKind;
  year: number;
  indicators: ReadonlyMap<string, IndicatorRef>;
  /** Units the user may import for, by folded name and by '#'+folded code. */
  units: ReadonlyMap<string, UnitRef>;
  /** 'indicatorId|unitId' of the targets already assigned (an actual needs one). */
  assigned: ReadonlySet<string>;
  /** Today, 'YYYY-MM-DD': a period that has not begun cannot be reported. */
  today: string;
}

export interface ValidTargetRow {
  indicator: IndicatorRef;
  unit: UnitRef;
  period: string | null;
  value: number;
  evidence: string | null;
}
export type TargetRowResult =
  | { ok: true; row: ValidTargetRow }
  | { ok: false; errors: { column: string; message: string }[] };

const text = (value: RawCell | undefined) =>
  value === null || value === undefined ? '' : displayCell(value).normalize('NFC').trim();
const fullText = (value: RawCell | undefined) =>
  typeof value === 'string' || typeof value === 'number'
    ? String(value).normalize('NFC').trim()
    : text(value);

/** "1.234,5", "1234.5", "1 234" or a number cell → a number; null when it is not one. */
export function parseNumberCell(value: RawCell | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  let s = value.replace(/[\s\u00a0]/g, '');
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replaceAll('.', '').replace(',', '.');
  else if (/^-?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replaceAll(',', '');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) && Math.abs(n) <= 1e15 ? n : null;
}

/** '2025-Q3', 'Quý 3/2025', 'Q3/2025', 'Tháng 9/2025', '2025-09', 2025 → the period code; null otherwise. */
export function parsePeriodCell(value: RawCell | undefined): string | null {
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : null;
  if (typeof value !== 'string') return null;
  const s = foldText(value).replace(/\s+/g, '');
  let m = /^(\d{4})(?:-q([1-4]))?$/.exec(s);
  if (m) return m[2] ? `${m[1]}-Q${m[2]}` : m[1]!;
  m = /^(?:quy|q)([1-4])[/-](\d{4})$/.exec(s);
  if (m) return `${m[2]}-Q${m[1]}`;
  m = /^(?:thang)?(\d{1,2})[/-](\d{4})$/.exec(s);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${m[2]}-${m[1]!.padStart(2, '0')}`;
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return s;
  return null;
}

/** Whether the row carries the value this import reads (rows without one are left alone). */
export function hasImportValue(raw: RawTargetRow, kind: TargetImportKind): boolean {
  return text(kind === 'planned' ? raw.planned : raw.actual) !== '';
}

const periodStartOf = (period: string) => {
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) return `${q[1]}-${String((Number(q[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  return /^\d{4}$/.test(period) ? `${period}-01-01` : `${period}-01`;
};

const KIND_WORD: Record<PeriodKind, string> = { year: 'năm', quarter: 'quý', month: 'tháng' };
const H = TARGET_IMPORT_HEADERS;

/** Check one row; every problem of the row is reported, each naming its column. */
export function validateTargetRow(raw: RawTargetRow, ctx: TargetRowContext): TargetRowResult {
  const errors: { column: string; message: string }[] = [];
  const code = text(raw.indicatorCode);
  const indicator = ctx.indicators.get(foldText(code));
  if (!code) errors.push({ column: H.indicatorCode, message: 'Chưa ghi mã chỉ tiêu' });
  else if (!indicator)
    errors.push({ column: H.indicatorCode, message: `Phong trào không có chỉ tiêu mã “${code}”` });

  const unitCode = text(raw.unitCode);
  const unitName = text(raw.unitName);
  const unit = (unitCode && ctx.units.get(`#${foldText(unitCode)}`)) || ctx.units.get(foldText(unitName));
  if (!unitCode && !unitName) errors.push({ column: H.unitName, message: 'Chưa ghi đơn vị' });
  else if (!unit) {
    errors.push({
      column: unitCode ? H.unitCode : H.unitName,
      message: `Đơn vị “${unitCode || unitName}” không tham gia phong trào hoặc không thuộc phạm vi của bạn`,
    });
  }

  const valueColumn = ctx.kind === 'planned' ? H.planned : H.actual;
  const rawValue = ctx.kind === 'planned' ? raw.planned : raw.actual;
  const value = parseNumberCell(rawValue);
  if (value === null) errors.push({ column: valueColumn, message: `“${text(rawValue)}” không phải là số` });

  let period: string | null = null;
  let evidence: string | null = null;
  if (ctx.kind === 'actual') {
    period = parsePeriodCell(raw.period);
    if (!text(raw.period)) errors.push({ column: H.period, message: 'Chưa ghi kỳ báo cáo (ví dụ 2025-Q3)' });
    else if (!period)
      errors.push({
        column: H.period,
        message: `“${text(raw.period)}” không phải kỳ báo cáo (ví dụ 2025-Q3)`,
      });
    else if (indicator && !isPeriodOf(indicator.periodKind, period, ctx.year)) {
      errors.push({
        column: H.period,
        message: `Chỉ tiêu này báo cáo theo ${KIND_WORD[indicator.periodKind]} của năm ${ctx.year}`,
      });
    } else if (periodStartOf(period) > ctx.today) {
      errors.push({ column: H.period, message: 'Kỳ báo cáo chưa bắt đầu' });
    }
    if (indicator && unit && !ctx.assigned.has(`${indicator.id}|${unit.id}`)) {
      errors.push({ column: H.planned, message: 'Chỉ tiêu này chưa được giao cho đơn vị; chưa thể báo cáo' });
    }
    evidence = fullText(raw.evidence) || null;
    if (evidence && evidence.length > 2000) errors.push({ column: H.evidence, message: 'Tối đa 2000 ký tự' });
  }
  if (errors.length > 0 || !indicator || !unit || value === null) return { ok: false, errors };
  return { ok: true, row: { indicator, unit, period, value, evidence } };
}
