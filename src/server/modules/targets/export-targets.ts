import { evaluateTargets } from '../../../domain/targets/summarise-targets';
import { MOVEMENT_FIELD_LABELS, type MovementField } from '../../../shared/api/movements';
import {
  periodLabel,
  TARGET_DIRECTION_LABELS,
  TARGET_STATUS_LABELS,
  type TargetDirection,
} from '../../../shared/api/targets';
import type { DbOrTx } from '../../db/client';
import { writeXlsxList, type XlsxColumn } from '../../lib/xlsx';
import type { Actor } from '../auth/actor';
import { loadTargetData } from './targets.queries';

/** The export's headers; the import reads the same names, so an export is also the template. */
export const TARGET_SHEET_HEADERS = {
  indicatorCode: 'Mã chỉ tiêu',
  indicatorName: 'Tên chỉ tiêu',
  field: 'Lĩnh vực',
  measureUnit: 'Đơn vị tính',
  direction: 'Chiều đánh giá',
  unitCode: 'Mã đơn vị',
  unitName: 'Đơn vị',
  planned: 'Kế hoạch',
  period: 'Kỳ báo cáo',
  actual: 'Thực hiện',
  completion: 'Hoàn thành (%)',
  status: 'Kết quả',
  evidence: 'Minh chứng',
} as const;

interface ExportRow {
  indicatorCode: string;
  indicatorName: string;
  field: string;
  measureUnit: string;
  direction: string;
  unitCode: string | null;
  unitName: string;
  planned: number | null;
  period: string | null;
  actual: number | null;
  completion: number | null;
  status: string | null;
  evidence: string | null;
}

const H = TARGET_SHEET_HEADERS;
const COLUMNS: XlsxColumn<ExportRow>[] = [
  { header: H.indicatorCode, value: (r) => r.indicatorCode },
  { header: H.indicatorName, value: (r) => r.indicatorName, width: 48 },
  { header: H.field, value: (r) => r.field, width: 24 },
  { header: H.measureUnit, value: (r) => r.measureUnit },
  { header: H.direction, value: (r) => r.direction, width: 20 },
  { header: H.unitCode, value: (r) => r.unitCode },
  { header: H.unitName, value: (r) => r.unitName, width: 40 },
  { header: H.planned, value: (r) => r.planned, kind: 'number' },
  { header: H.period, value: (r) => r.period },
  { header: H.actual, value: (r) => r.actual, kind: 'number' },
  { header: H.completion, value: (r) => r.completion, kind: 'number' },
  { header: H.status, value: (r) => r.status },
  { header: H.evidence, value: (r) => r.evidence, width: 48 },
];

/**
 * Every indicator × participating unit of the actor's scope with its planned value and latest value to
 * date (period, completion %, status, evidence). Rows without a plan or a report are kept, empty, so the
 * file can be filled in and imported back.
 */
export async function exportTargets(db: DbOrTx, actor: Actor, movementId: string) {
  const data = await loadTargetData(db, actor, movementId);
  const outcomes = evaluateTargets(
    data.indicators.map((i) => ({
      id: i.id,
      field: i.field as MovementField,
      direction: i.direction as TargetDirection,
    })),
    data.targets,
    data.reports,
  );
  const outcomeOf = new Map(outcomes.map((o) => [`${o.indicatorId}|${o.unitId}`, o]));
  const evidenceOf = new Map(
    data.reports.map((r) => [`${r.indicatorId}|${r.unitId}|${r.period}`, r.evidence]),
  );
  const rows: ExportRow[] = [];
  for (const i of data.indicators) {
    for (const u of data.units) {
      const o = outcomeOf.get(`${i.id}|${u.unitId}`);
      rows.push({
        indicatorCode: i.code,
        indicatorName: i.name,
        field: MOVEMENT_FIELD_LABELS[i.field as MovementField] ?? i.field,
        measureUnit: i.measureUnit,
        direction: TARGET_DIRECTION_LABELS[i.direction as TargetDirection] ?? i.direction,
        unitCode: data.unitCodes.get(u.unitId) ?? null,
        unitName: u.unitName,
        planned: o?.planned ?? null,
        period: o?.latestPeriod ?? null,
        actual: o?.latestActual ?? null,
        completion: o?.completion ?? null,
        status: o ? TARGET_STATUS_LABELS[o.status] : null,
        evidence: o?.latestPeriod ? (evidenceOf.get(`${i.id}|${u.unitId}|${o.latestPeriod}`) ?? null) : null,
      });
    }
  }
  const buffer = await writeXlsxList({ sheetName: 'Chỉ tiêu', columns: COLUMNS, rows });
  const latest = outcomes.map((o) => o.latestPeriod).filter((p): p is string => p !== null);
  const upTo = latest.length > 0 ? ` đến ${periodLabel(latest.sort().at(-1)!).replace('/', '-')}` : '';
  return { buffer, fileName: `chỉ-tiêu-${data.movement.year}${upTo.replaceAll(' ', '-')}.xlsx` };
}
