import path from 'node:path';
import type ExcelJS from 'exceljs';
import type { RawCell } from '../../../domain/people/validate-person-row';
import { foldText } from '../../../domain/people/validate-person-row';
import {
  hasImportValue,
  type IndicatorRef,
  matchTargetHeader,
  type TargetImportColumn,
  type UnitRef,
  type ValidTargetRow,
  validateTargetRow,
} from '../../../domain/targets/validate-target-row';
import { todayInVietnamIso } from '../../../shared/api/initiatives';
import type { PeriodKind, TargetImportKind, TargetImportPreview } from '../../../shared/api/targets';
import type { DbOrTx } from '../../db/client';
import { badRequest, forbidden } from '../../http/app-error';
import { readHeaderedSheet, type SheetRow as XlsxSheetRow } from '../../lib/xlsx-import';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf, can } from '../auth/actor';
import { loadMovementForChange } from '../movements/movements.policy';
import { assertXlsxUpload } from '../people/import-people';
import { applyPlanned } from './save-planned';
import { writeReport } from './save-report';
import { assertMovementOpen, assertReportingOpen, type IndicatorRow } from './targets.policy';
import { loadTargetData } from './targets.queries';

const MAX_ROWS = 20_000;
const HEADER_SCAN_ROWS = 20;
const SAMPLE_SIZE = 20;

export interface TargetImportInput {
  kind: TargetImportKind;
  buffer: Buffer;
  fileName: string;
}

type SheetRow = XlsxSheetRow<TargetImportColumn>;

function rawOf(value: ExcelJS.CellValue | undefined): RawCell {
  if (value === null || value === undefined) return null;
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof Date
  )
    return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return rawOf((value as { result?: ExcelJS.CellValue }).result);
  if ('hyperlink' in value) return rawOf((value as { text: ExcelJS.CellValue }).text);
  return null;
}

function headerOf(values: ExcelJS.CellValue[]): Map<number, TargetImportColumn> | null {
  const columns = new Map<number, TargetImportColumn>();
  values.forEach((v, i) => {
    const t = rawOf(v);
    const key = typeof t === 'string' ? matchTargetHeader(t) : undefined;
    if (key && ![...columns.values()].includes(key)) columns.set(i, key);
  });
  return [...columns.values()].includes('indicatorCode') ? columns : null;
}

function assertColumns(columns: Map<number, TargetImportColumn>, kind: TargetImportKind) {
  const present = new Set(columns.values());
  const missing: string[] = [];
  if (!present.has('unitName') && !present.has('unitCode')) missing.push('"Đơn vị"');
  if (kind === 'planned' && !present.has('planned')) missing.push('"Kế hoạch"');
  if (kind === 'actual' && !present.has('period')) missing.push('"Kỳ báo cáo"');
  if (kind === 'actual' && !present.has('actual')) missing.push('"Thực hiện"');
  if (missing.length > 0) {
    const names = missing.join(', ');
    throw badRequest(
      `Tệp thiếu cột ${names}. Hãy dùng tệp xuất từ trang Chỉ tiêu và giữ nguyên dòng tiêu đề.`,
      [{ path: 'file', message: `Thiếu cột ${names}` }],
    );
  }
}

/** The non-empty rows under the first header row with "Mã chỉ tiêu" (the export's layout). */
export async function readTargetSheet(buffer: Buffer, kind: TargetImportKind): Promise<SheetRow[]> {
  return readHeaderedSheet(buffer, {
    headerScanRows: HEADER_SCAN_ROWS,
    headerOf,
    assertColumns: (columns) => assertColumns(columns, kind),
    cellOf: rawOf,
    keep: (raw) => hasImportValue(raw, kind),
    maxRows: MAX_ROWS,
    tooManyRowsMessage: `Tệp có hơn ${MAX_ROWS.toLocaleString('vi-VN')} dòng có số liệu. Hãy chia thành nhiều tệp.`,
    noHeaderMessage:
      'Không tìm thấy dòng tiêu đề có cột "Mã chỉ tiêu". Hãy dùng tệp xuất từ trang Chỉ tiêu và giữ nguyên dòng tiêu đề.',
  });
}

interface Analysis {
  totalRows: number;
  valid: { row: number; data: ValidTargetRow }[];
  errors: { row: number; column: string; message: string }[];
  skippedRows: number[];
  indicators: Map<string, IndicatorRow>;
  unitNames: Map<string, string>;
  movement: { id: string; status: string; year: number; unitId: string };
}

/** Who may import what: planned values are the organiser's; actuals are each unit's (or staff's). */
async function assertMayImport(db: DbOrTx, actor: Actor, movementId: string, kind: TargetImportKind) {
  if (kind === 'planned') {
    if (!can(actor, 'target.plan'))
      throw forbidden('Chỉ Phòng Nội vụ (đơn vị tổ chức) mới được nhập kế hoạch chỉ tiêu.');
    const m = await loadMovementForChange(db, actor, movementId);
    assertMovementOpen(m.status);
  }
}

async function analyse(
  db: DbOrTx,
  actor: Actor,
  movementId: string,
  kind: TargetImportKind,
  rows: SheetRow[],
) {
  const data = await loadTargetData(db, actor, movementId);
  if (kind === 'actual') assertReportingOpen(data.movement.status);
  const indicators = new Map<string, IndicatorRef>(
    data.indicators.map((i) => [
      foldText(i.code),
      { id: i.id, code: i.code, periodKind: i.periodKind as PeriodKind },
    ]),
  );
  const units = new Map<string, UnitRef>();
  for (const u of data.units) {
    const ref = { id: u.unitId, name: u.unitName, code: data.unitCodes.get(u.unitId) ?? null };
    units.set(foldText(u.unitName), ref);
    if (ref.code) units.set(`#${foldText(ref.code)}`, ref);
  }
  const ctx = {
    kind,
    year: data.movement.year,
    indicators,
    units,
    assigned: new Set(data.targets.map((t) => `${t.indicatorId}|${t.unitId}`)),
    today: todayInVietnamIso(),
  };
  const errors: Analysis['errors'] = [];
  const valid: Analysis['valid'] = [];
  const firstRowOf = new Map<string, number>();
  for (const { row, raw } of rows) {
    const result = validateTargetRow(raw, ctx);
    if (!result.ok) {
      for (const e of result.errors) errors.push({ row, ...e });
      continue;
    }
    const r = result.row;
    const key = `${r.indicator.id}|${r.unit.id}|${r.period ?? ''}`;
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      errors.push({
        row,
        column: 'Mã chỉ tiêu',
        message: `Trùng với dòng ${first} (cùng chỉ tiêu, đơn vị${r.period ? ', kỳ báo cáo' : ''}); xoá một trong hai dòng`,
      });
      continue;
    }
    firstRowOf.set(key, row);
    valid.push({ row, data: r });
  }
  errors.sort((a, b) => a.row - b.row);
  return {
    totalRows: rows.length,
    valid,
    errors,
    skippedRows: [...new Set(errors.map((e) => e.row))],
    indicators: new Map(data.indicators.map((i) => [i.id, i])),
    unitNames: new Map(data.units.map((u) => [u.unitId, u.unitName])),
    movement: {
      id: data.movement.id,
      status: data.movement.status,
      year: data.movement.year,
      unitId: data.movement.unitId,
    },
  } satisfies Analysis;
}

/** Check an uploaded targets workbook without writing anything: counts, every error, a sample. */
export async function previewTargetImport(
  db: DbOrTx,
  actor: Actor,
  movementId: string,
  input: TargetImportInput,
): Promise<TargetImportPreview> {
  assertXlsxUpload(input.buffer, input.fileName);
  await assertMayImport(db, actor, movementId, input.kind);
  const rows = await readTargetSheet(input.buffer, input.kind);
  const a = await analyse(db, actor, movementId, input.kind, rows);
  return {
    kind: input.kind,
    totalRows: a.totalRows,
    validRows: a.valid.length,
    errors: a.errors,
    sample: a.valid.slice(0, SAMPLE_SIZE).map(({ row, data }) => ({
      row,
      indicatorCode: data.indicator.code,
      unitName: data.unit.name,
      period: data.period,
      value: data.value,
    })),
  };
}

/** Write every valid row in one transaction (one audit row per value written and one for the import). */
export async function commitTargetImport(
  db: DbOrTx,
  actor: Actor,
  movementId: string,
  input: TargetImportInput,
): Promise<{ imported: number; skippedRows: number[] }> {
  assertXlsxUpload(input.buffer, input.fileName);
  const rows = await readTargetSheet(input.buffer, input.kind);
  return db.transaction(async (tx) => {
    await assertMayImport(tx, actor, movementId, input.kind);
    const a = await analyse(tx, actor, movementId, input.kind, rows);
    if (a.valid.length === 0) {
      throw badRequest(
        'Tệp không có dòng hợp lệ nào để nhập. Hãy xem trước, sửa các lỗi được chỉ ra rồi tải lên lại.',
      );
    }
    if (input.kind === 'planned') {
      const byIndicator = new Map<string, { unitId: string; planned: number; version: null }[]>();
      for (const { data } of a.valid) {
        const list = byIndicator.get(data.indicator.id) ?? [];
        list.push({ unitId: data.unit.id, planned: data.value, version: null });
        byIndicator.set(data.indicator.id, list);
      }
      for (const [indicatorId, changes] of byIndicator)
        await applyPlanned(tx, actor, movementId, indicatorId, changes, 'import');
    } else {
      for (const { data } of a.valid) {
        const place = {
          movementId,
          movementStatus: a.movement.status,
          year: a.movement.year,
          unitId: data.unit.id,
          unitName: data.unit.name,
        };
        await writeReport(
          tx,
          actor,
          place,
          a.indicators.get(data.indicator.id)!,
          {
            indicatorId: data.indicator.id,
            period: data.period!,
            actual: data.value,
            evidence: data.evidence,
            version: null,
          },
          'import',
        );
      }
    }
    const fileName = path
      .basename(input.fileName)
      .replace(/\p{Cc}/gu, '')
      .slice(0, 200);
    await writeAudit(tx, auditContextOf(actor), {
      action: `target.import.${input.kind}`,
      objectType: 'movement',
      objectId: movementId,
      unitId: actor.unitId,
      after: { imported: a.valid.length, skippedRows: a.skippedRows, fileName },
    });
    return { imported: a.valid.length, skippedRows: a.skippedRows };
  });
}
