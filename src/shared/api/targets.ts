import { z } from 'zod';
import { RequiredTextSchema, TextSchema, UuidSchema } from './common';
import { MOVEMENT_FIELDS, MOVEMENT_STATUSES } from './movements';

/*
 * Targets (chỉ tiêu) of a movement: the organiser defines indicators and assigns each participating unit
 * its planned value; units report their value to date per period with evidence; completion % and
 * status (vượt / đạt / chưa đạt) are computed on the server (src/domain/targets).
 */

export const TARGET_DIRECTIONS = ['higher-better', 'lower-better'] as const;
export type TargetDirection = (typeof TARGET_DIRECTIONS)[number];
export const TARGET_DIRECTION_LABELS: Record<TargetDirection, string> = {
  'higher-better': 'Càng cao càng tốt',
  'lower-better': 'Càng thấp càng tốt',
};

export const TARGET_STATUSES = ['exceeded', 'met', 'not-met', 'not-reported'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];
export const TARGET_STATUS_LABELS: Record<TargetStatus, string> = {
  exceeded: 'Vượt',
  met: 'Đạt',
  'not-met': 'Chưa đạt',
  'not-reported': 'Chưa báo cáo',
};

export const PERIOD_KINDS = ['year', 'quarter', 'month'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  year: 'Năm',
  quarter: 'Quý',
  month: 'Tháng',
};

/** 'Quý 3/2025', 'Tháng 09/2025', 'Năm 2025'. */
export function periodLabel(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return `Quý ${quarter[2]}/${quarter[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return `Tháng ${month[2]}/${month[1]}`;
  return /^\d{4}$/.test(period) ? `Năm ${period}` : period;
}

/** A figure a person types: finite, within numeric(20,4). */
export const TargetValueSchema = z
  .number('Hãy nhập một số')
  .finite('Hãy nhập một số')
  .min(-1e15, 'Giá trị quá nhỏ')
  .max(1e15, 'Giá trị quá lớn');

export const PeriodSchema = z
  .string()
  .regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, 'Kỳ báo cáo có dạng 2025, 2025-Q3 hoặc 2025-09');

export const IndicatorCreateSchema = z.object({
  code: RequiredTextSchema(20).refine(
    (s) => /^[\p{L}\p{N}._-]+$/u.test(s),
    'Mã chỉ tiêu chỉ gồm chữ, số, dấu chấm, gạch ngang (không có khoảng trắng)',
  ),
  name: RequiredTextSchema(300),
  measureUnit: RequiredTextSchema(50),
  direction: z.enum(TARGET_DIRECTIONS),
  field: z.enum(MOVEMENT_FIELDS),
  taskId: UuidSchema.nullable().optional(),
  periodKind: z.enum(PERIOD_KINDS).default('quarter'),
  baseline: TargetValueSchema.nullable().optional(),
  description: TextSchema(2000).optional(),
});
export type IndicatorCreate = z.infer<typeof IndicatorCreateSchema>;

export const IndicatorUpdateSchema = IndicatorCreateSchema.extend({ version: z.number().int().min(1) });
export type IndicatorUpdate = z.infer<typeof IndicatorUpdateSchema>;

export const IndicatorDeleteQuerySchema = z.object({ version: z.coerce.number().int().min(1) });

/** Planned values of one indicator for several units at once; `planned: null` withdraws the target. */
export const PlannedSaveSchema = z.object({
  targets: z
    .array(
      z.object({
        unitId: UuidSchema,
        planned: TargetValueSchema.nullable(),
        /** 0 when the unit has no planned value yet. */
        version: z.number().int().min(0),
      }),
    )
    .min(1, 'Chưa có đơn vị nào')
    .max(1000),
});
export type PlannedSave = z.infer<typeof PlannedSaveSchema>;

/** A unit's value to date for a period; `version: 0` for a first report of that period. */
export const ReportSaveSchema = z.object({
  indicatorId: UuidSchema,
  period: PeriodSchema,
  actual: TargetValueSchema,
  evidence: TextSchema(2000).optional(),
  version: z.number().int().min(0),
});
export type ReportSave = z.infer<typeof ReportSaveSchema>;

export const IndicatorSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  measureUnit: z.string(),
  direction: z.enum(TARGET_DIRECTIONS),
  field: z.enum(MOVEMENT_FIELDS),
  taskId: z.string().nullable(),
  periodKind: z.enum(PERIOD_KINDS),
  baseline: z.number().nullable(),
  description: z.string().nullable(),
  version: z.number().int(),
  periods: z.array(z.string()),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

const ResultShape = {
  completion: z.number().nullable(),
  status: z.enum(TARGET_STATUSES),
};

export const UnitTargetSchema = z.object({
  id: z.string(),
  indicatorId: z.string(),
  unitId: z.string(),
  planned: z.number(),
  version: z.number().int(),
  latestPeriod: z.string().nullable(),
  latestActual: z.number().nullable(),
  ...ResultShape,
});
export type UnitTarget = z.infer<typeof UnitTargetSchema>;

export const TargetReportSchema = z.object({
  id: z.string(),
  indicatorId: z.string(),
  unitId: z.string(),
  period: z.string(),
  actual: z.number(),
  evidence: z.string().nullable(),
  evidenceFileId: z.string().nullable(),
  evidenceFileName: z.string().nullable(),
  reportedBy: z.string().nullable(),
  reportedAt: z.string(),
  version: z.number().int(),
  ...ResultShape,
});
export type TargetReport = z.infer<typeof TargetReportSchema>;

const CountsShape = {
  exceeded: z.number().int(),
  met: z.number().int(),
  notMet: z.number().int(),
  notReported: z.number().int(),
  /** Mean completion % of the reported targets (one decimal), null when none has a ratio. */
  averageCompletion: z.number().nullable(),
};
export const TargetCountsSchema = z.object(CountsShape);
export type TargetCounts = z.infer<typeof TargetCountsSchema>;

/** Everything the targets page needs: indicators, units in the user's scope, targets, reports, summaries. */
export const TargetBoardSchema = z.object({
  movement: z.object({
    id: z.string(),
    title: z.string(),
    year: z.number().int(),
    status: z.enum(MOVEMENT_STATUSES),
    fields: z.array(z.enum(MOVEMENT_FIELDS)),
    /** The user belongs to the organising side: may define indicators and assign planned values. */
    isOrganiser: z.boolean(),
  }),
  tasks: z.array(z.object({ id: z.string(), number: z.string().nullable(), text: z.string() })),
  units: z.array(z.object({ unitId: z.string(), unitName: z.string() })),
  indicators: z.array(IndicatorSchema),
  targets: z.array(UnitTargetSchema),
  reports: z.array(TargetReportSchema),
  summary: z.object({
    overall: TargetCountsSchema,
    byField: z.array(z.object({ field: z.enum(MOVEMENT_FIELDS), ...CountsShape })),
    byUnit: z.array(z.object({ unitId: z.string(), unitName: z.string(), ...CountsShape })),
    /** Per quarter of the movement's year: each target's latest value reported within the quarter. */
    byPeriod: z.array(
      z.object({
        period: z.string(),
        ...CountsShape,
        byField: z.array(
          z.object({ field: z.enum(MOVEMENT_FIELDS), averageCompletion: z.number().nullable() }),
        ),
      }),
    ),
  }),
});
export type TargetBoard = z.infer<typeof TargetBoardSchema>;

export const TARGET_IMPORT_KINDS = ['planned', 'actual'] as const;
export type TargetImportKind = (typeof TARGET_IMPORT_KINDS)[number];

export const TargetImportPreviewSchema = z.object({
  kind: z.enum(TARGET_IMPORT_KINDS),
  totalRows: z.number().int(),
  validRows: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
  sample: z.array(
    z.object({
      row: z.number().int(),
      indicatorCode: z.string(),
      unitName: z.string(),
      period: z.string().nullable(),
      value: z.number(),
    }),
  ),
});
export type TargetImportPreview = z.infer<typeof TargetImportPreviewSchema>;

export const TargetImportResultSchema = z.object({
  imported: z.number().int(),
  skippedRows: z.array(z.number().int()),
});
