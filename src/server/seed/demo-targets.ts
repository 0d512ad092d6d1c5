import { and, eq } from 'drizzle-orm';
import { periodLabel, type TargetDirection } from '../../shared/api/targets';
import type { Tx } from '../db/client';
import { movement, movementTask, unit } from '../db/schema';
import { movementIndicator, targetReport, unitTarget } from '../modules/targets/targets.schema';

/*
 * 2025 targets of the demo movement 5834/PĐTĐ-UBND, one or two per field of its task 3, with values
 * reported by the participating units for the first three quarters: a mix of vượt / đạt / chưa đạt, and
 * a few units that have not reported the third quarter yet. The headline one is the document's "cắt giảm
 * tối thiểu 30% thời gian giải quyết thủ tục hành chính": average processing time in days, lower is
 * better, planned at 70 % of the 2024 average (10 → 7 days).
 */

const LOCALITIES = [
  'P-TANPHONG',
  'P-DOANKET',
  'P-QUYETTHANG',
  'P-QUYETTIEN',
  'P-DONGPHONG',
  'X-SANTHANG',
  'X-NAMLOONG',
];
/** Offices that settle administrative procedures themselves (the city one-stop desk sits in VP). */
const PROCEDURE_OFFICES = ['VP', 'PTNMT', 'PQLDT', 'PTP', 'PLDTBXH', 'PKT'];

interface DemoIndicator {
  code: string;
  name: string;
  measureUnit: string;
  direction: TargetDirection;
  field: 'economy' | 'culture-society' | 'defence-security' | 'political-system';
  baseline: number | null;
  description?: string;
  units: readonly string[];
  /** Planned value of the unit at position i. */
  planned: (i: number) => number;
  /** The value to date at the end of Q3 of the unit at position i. */
  q3: (i: number, planned: number) => number;
  /** 'cumulative' sums up over the year (Q1 ≈ 30 %, Q2 ≈ 62 % of Q3); 'level' moves from the baseline. */
  shape: 'cumulative' | 'level';
  decimals: number;
}

/** How well each unit does, by position: 1 is exactly on plan, above is better. */
const FORM = [1.05, 1, 0.94, 1.08, 0.97, 1, 0.9, 1.12, 1, 0.95, 1.03, 0.92, 1.06];
const form = (i: number) => FORM[i % FORM.length]!;
const better = (direction: TargetDirection, planned: number, factor: number) =>
  direction === 'higher-better' ? planned * factor : planned / factor;

const INDICATORS: readonly DemoIndicator[] = [
  {
    code: 'KT-THUNS',
    name: 'Thu ngân sách nhà nước trên địa bàn',
    measureUnit: 'triệu đồng',
    direction: 'higher-better',
    field: 'economy',
    baseline: null,
    description: 'Số thu lũy kế từ đầu năm theo dự toán được giao.',
    units: LOCALITIES,
    planned: (i) => [18_500, 16_200, 15_800, 14_000, 12_500, 6_800, 5_400][i]!,
    // Nine months in: most are at 75–95 % of the year's plan, two have already passed it.
    q3: (i, planned) => planned * [1.04, 0.82, 0.91, 0.76, 1.01, 0.88, 0.79][i]!,
    shape: 'cumulative',
    decimals: 0,
  },
  {
    code: 'VH-HONGHEO',
    name: 'Tỷ lệ hộ nghèo',
    measureUnit: '%',
    direction: 'lower-better',
    field: 'culture-society',
    baseline: 3.4,
    description: 'Thực hiện hiệu quả chương trình giảm nghèo bền vững; tỷ lệ tại thời điểm cuối kỳ.',
    units: LOCALITIES,
    planned: (i) => [1.8, 2, 2.2, 2.5, 2.4, 4.5, 5.2][i]!,
    q3: (i, planned) => better('lower-better', planned, form(i + 2)),
    shape: 'level',
    decimals: 2,
  },
  {
    code: 'VH-GDVH',
    name: 'Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình văn hóa”',
    measureUnit: '%',
    direction: 'higher-better',
    field: 'culture-society',
    baseline: 88,
    units: LOCALITIES,
    planned: () => 92,
    q3: (i, planned) => Math.min(100, better('higher-better', planned, 1 + (form(i + 4) - 1) / 3)),
    shape: 'level',
    decimals: 1,
  },
  {
    code: 'QP-DONTHU',
    name: 'Tỷ lệ đơn thư khiếu nại, tố cáo được giải quyết đúng hạn',
    measureUnit: '%',
    direction: 'higher-better',
    field: 'defence-security',
    baseline: 90,
    units: [...LOCALITIES, 'TTR'],
    planned: () => 95,
    q3: (i, planned) => Math.min(100, better('higher-better', planned, 1 + (form(i + 1) - 1) / 2)),
    shape: 'level',
    decimals: 1,
  },
  {
    code: 'HTCT-TTHC',
    name: 'Thời gian giải quyết thủ tục hành chính bình quân (cắt giảm tối thiểu 30%)',
    measureUnit: 'ngày',
    direction: 'lower-better',
    field: 'political-system',
    baseline: 10,
    description:
      'Cắt giảm tối thiểu 30% thời gian giải quyết thủ tục hành chính so với năm 2024 (bình quân 10 ngày), ' +
      'tức không quá 7 ngày (5834/PĐTĐ-UBND, mục 3, lĩnh vực xây dựng hệ thống chính trị).',
    units: [...LOCALITIES, ...PROCEDURE_OFFICES],
    planned: () => 7,
    q3: (i, planned) => better('lower-better', planned, form(i + 5)),
    shape: 'level',
    decimals: 1,
  },
  {
    code: 'HTCT-DVCTT',
    name: 'Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến',
    measureUnit: '%',
    direction: 'higher-better',
    field: 'political-system',
    baseline: 42,
    units: [...LOCALITIES, ...PROCEDURE_OFFICES],
    planned: () => 60,
    q3: (i, planned) => better('higher-better', planned, form(i + 3)),
    shape: 'level',
    decimals: 1,
  },
];

/** Units that have not sent their third-quarter report yet. */
const LATE_Q3 = new Set(['P-QUYETTIEN', 'X-NAMLOONG', 'PTP']);
/** A unit that has reported nothing on online processing. */
const SILENT: Record<string, string> = { 'HTCT-DVCTT': 'PKT' };

const REPORT_DAYS = { 1: '2025-04-08', 2: '2025-07-07', 3: '2025-10-08' } as const;

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

function valueAt(ind: DemoIndicator, quarter: 1 | 2 | 3, q3: number): number {
  if (ind.shape === 'cumulative') return round(q3 * { 1: 0.3, 2: 0.62, 3: 1 }[quarter], ind.decimals);
  const start = ind.baseline ?? q3;
  return round(start + (q3 - start) * { 1: 0.45, 2: 0.8, 3: 1 }[quarter], ind.decimals);
}

/** The demo movement's targets and the units' reports; call after loadDemoMovement. */
export async function loadDemoTargets(tx: Tx): Promise<void> {
  const [m] = await tx.select().from(movement).where(eq(movement.docNumber, '5834/PĐTĐ-UBND'));
  if (!m) throw new Error('demo targets: the demo movement is missing');
  const [task3] = await tx
    .select({ id: movementTask.id })
    .from(movementTask)
    .where(and(eq(movementTask.movementId, m.id), eq(movementTask.number, '3')));
  const units = await tx
    .select({ id: unit.id, code: unit.code, name: unit.name, shortName: unit.shortName })
    .from(unit);
  const byCode = new Map(units.map((u) => [u.code, u]));

  for (const [sortOrder, ind] of INDICATORS.entries()) {
    const [row] = await tx
      .insert(movementIndicator)
      .values({
        movementId: m.id,
        code: ind.code,
        name: ind.name,
        measureUnit: ind.measureUnit,
        direction: ind.direction,
        field: ind.field,
        taskId: task3?.id ?? null,
        periodKind: 'quarter',
        baseline: ind.baseline,
        description: ind.description ?? null,
        sortOrder,
        createdBy: 'noivu@tdkt.local',
        updatedBy: 'noivu@tdkt.local',
        createdAt: new Date('2025-01-10T09:00:00+07:00'),
        updatedAt: new Date('2025-01-10T09:00:00+07:00'),
      })
      .returning({ id: movementIndicator.id });
    const indicatorId = row!.id;
    const targets: (typeof unitTarget.$inferInsert)[] = [];
    const reports: (typeof targetReport.$inferInsert)[] = [];
    for (const [i, code] of ind.units.entries()) {
      const u = byCode.get(code);
      if (!u) throw new Error(`demo targets: unknown unit ${code}`);
      const planned = ind.planned(i);
      targets.push({
        movementId: m.id,
        indicatorId,
        unitId: u.id,
        planned,
        updatedBy: 'noivu@tdkt.local',
        createdAt: new Date('2025-01-15T09:00:00+07:00'),
        updatedAt: new Date('2025-01-15T09:00:00+07:00'),
      });
      if (SILENT[ind.code] === code) continue;
      const q3 = round(ind.q3(i, planned), ind.decimals);
      for (const quarter of [1, 2, 3] as const) {
        if (quarter === 3 && LATE_Q3.has(code)) continue;
        const period = `2025-Q${quarter}`;
        const at = new Date(`${REPORT_DAYS[quarter]}T${String(8 + (i % 8)).padStart(2, '0')}:30:00+07:00`);
        reports.push({
          movementId: m.id,
          indicatorId,
          unitId: u.id,
          period,
          actual: valueAt(ind, quarter, q3),
          evidence: `Báo cáo số ${20 + quarter * 10 + i}/BC-${code} về kết quả thực hiện ${periodLabel(period)}`,
          reportedBy: `Văn thư ${u.shortName ?? u.name}`,
          reportedAt: at,
          createdAt: at,
          updatedAt: at,
        });
      }
    }
    await tx.insert(unitTarget).values(targets);
    if (reports.length > 0) await tx.insert(targetReport).values(reports);
  }
}
