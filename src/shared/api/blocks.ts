import { z } from 'zod';
import { IsoDateSchema, RequiredTextSchema, TextSchema, UuidSchema } from './common';

/*
 * Emulation blocks and clusters (khối, cụm thi đua): members, rotating head and deputy, the covenant,
 * the scoring sheet, the assessment round (self-assessment → block review → explanation → final review →
 * locked), the ranking and the emulation-flag proposal, and the reports.
 */

export const BLOCK_KINDS = ['block', 'cluster'] as const;
export const BLOCK_KIND_LABELS: Record<(typeof BLOCK_KINDS)[number], string> = {
  block: 'Khối thi đua',
  cluster: 'Cụm thi đua',
};
export const CRITERION_KINDS = ['group', 'manual', 'achieved', 'per-occurrence', 'target'] as const;
export const CRITERION_KIND_LABELS: Record<(typeof CRITERION_KINDS)[number], string> = {
  group: 'Nhóm tiêu chí',
  manual: 'Chấm điểm trực tiếp',
  achieved: 'Đạt / không đạt',
  'per-occurrence': 'Điểm theo số lần (có mức trần)',
  target: 'Chỉ tiêu: kế hoạch và thực hiện',
};
export const CRITERION_ROLES = ['regular', 'bonus', 'penalty'] as const;
export const CRITERION_ROLE_LABELS: Record<(typeof CRITERION_ROLES)[number], string> = {
  regular: 'Tiêu chí chấm',
  bonus: 'Điểm thưởng',
  penalty: 'Điểm trừ',
};
export const NO_TARGET_RULES = ['exclude', 'zero'] as const;
export const ASSESSMENT_STATUSES = [
  'self-assessment',
  'block-review',
  'explanation',
  'final-review',
  'locked',
] as const;
export type AssessmentStatusCode = (typeof ASSESSMENT_STATUSES)[number];
export const ASSESSMENT_STATUS_LABELS: Record<AssessmentStatusCode, string> = {
  'self-assessment': 'Đơn vị tự chấm',
  'block-review': 'Trưởng khối chấm',
  explanation: 'Đơn vị giải trình',
  'final-review': 'Thẩm định cuối',
  locked: 'Đã khóa',
};
export const ASSESSMENT_STEPS = ['self', 'review', 'explanation', 'final'] as const;
export const ASSESSMENT_MOVES = ['submit', 'review', 'return', 'explain', 'finalize'] as const;
export type AssessmentMove = (typeof ASSESSMENT_MOVES)[number];

const Points = z.number().min(0).max(100_000);

// ---------- requests ----------

export const BlockSaveSchema = z.object({
  kind: z.enum(BLOCK_KINDS),
  name: RequiredTextSchema(300),
  year: z.number().int().min(2000).max(2100),
  headUnitId: UuidSchema.nullable(),
  deputyUnitId: UuidSchema.nullable(),
  rotationNote: TextSchema(1000).nullable().optional(),
  movementId: UuidSchema.nullable().optional(),
  showDetailsToMembers: z.boolean().default(false),
  covenantSignedOn: IsoDateSchema.nullable().optional(),
  covenantNote: TextSchema(2000).nullable().optional(),
  memberUnitIds: z.array(UuidSchema).min(1, 'Chọn ít nhất một đơn vị thành viên').max(500),
});
export type BlockSave = z.infer<typeof BlockSaveSchema>;
export const BlockCreateSchema = BlockSaveSchema.extend({ organiserUnitId: UuidSchema.optional() });
export type BlockCreate = z.infer<typeof BlockCreateSchema>;
export const BlockUpdateSchema = BlockSaveSchema.extend({ version: z.number().int().min(1) });
export type BlockUpdate = z.infer<typeof BlockUpdateSchema>;

export const BlockListQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const CriterionInputSchema = z.object({
  key: z.string().min(1).max(64),
  parentKey: z.string().min(1).max(64).nullable(),
  code: RequiredTextSchema(20),
  name: RequiredTextSchema(500),
  kind: z.enum(CRITERION_KINDS),
  role: z.enum(CRITERION_ROLES).default('regular'),
  maxPoints: Points,
  pointsPerOccurrence: Points.nullable().optional(),
  noTargetRule: z.enum(NO_TARGET_RULES).default('exclude'),
  indicatorId: UuidSchema.nullable().optional(),
  guidance: TextSchema(2000).nullable().optional(),
});
export type CriterionInput = z.infer<typeof CriterionInputSchema>;

export const SheetSaveSchema = z.object({
  version: z.number().int().min(0),
  title: RequiredTextSchema(300),
  maxPoints: Points,
  criteria: z.array(CriterionInputSchema).max(500),
});
export type SheetSave = z.infer<typeof SheetSaveSchema>;

export const SheetCopySchema = z.object({ sourceBlockId: UuidSchema.optional() });

export const RoundSaveSchema = z.object({
  version: z.number().int().min(0),
  selfDueOn: IsoDateSchema.nullable(),
  reviewDueOn: IsoDateSchema.nullable(),
  explanationDueOn: IsoDateSchema.nullable(),
  finalDueOn: IsoDateSchema.nullable(),
});
export type RoundSave = z.infer<typeof RoundSaveSchema>;
export const RoundVersionSchema = z.object({ version: z.number().int().min(1) });

export const AssessmentSaveSchema = z.object({
  step: z.enum(ASSESSMENT_STEPS),
  version: z.number().int().min(1),
  items: z
    .array(
      z.object({
        criterionId: UuidSchema,
        value: z.number().min(0).max(100_000).nullable().optional(),
        evidence: TextSchema(4000).nullable().optional(),
        reason: TextSchema(2000).nullable().optional(),
        explanation: TextSchema(4000).nullable().optional(),
      }),
    )
    .max(500),
});
export type AssessmentSave = z.infer<typeof AssessmentSaveSchema>;

export const AssessmentMoveSchema = z.object({
  action: z.enum(ASSESSMENT_MOVES),
  version: z.number().int().min(1),
  reason: TextSchema(2000).nullable().optional(),
});
export type AssessmentMoveInput = z.infer<typeof AssessmentMoveSchema>;

export const FlagProposalSchema = z.object({
  version: z.number().int().min(1),
  unitId: UuidSchema.optional(),
});

// ---------- responses ----------

export const BlockSummarySchema = z.object({
  id: z.string(),
  kind: z.enum(BLOCK_KINDS),
  name: z.string(),
  year: z.number().int(),
  headUnitName: z.string().nullable(),
  deputyUnitName: z.string().nullable(),
  memberCount: z.number().int(),
  roundStatus: z.enum(['none', 'open', 'locked']),
  covenantSignedOn: z.string().nullable(),
  /** The status of the signed-in user's own unit's sheet, when it is a member and a round is open. */
  ownStatus: z.enum(ASSESSMENT_STATUSES).nullable(),
  /** Sheets waiting for the signed-in user's unit as reviewer. */
  toReview: z.number().int(),
});
export const BlockListSchema = z.object({
  items: z.array(BlockSummarySchema),
  years: z.array(z.number().int()),
});
export type BlockList = z.infer<typeof BlockListSchema>;

export const UnitAssessmentSummarySchema = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  status: z.enum(ASSESSMENT_STATUSES),
  reviewerUnitId: z.string().nullable(),
  reviewerUnitName: z.string().nullable(),
  selfTotal: z.number().nullable(),
  reviewedTotal: z.number().nullable(),
  finalTotal: z.number().nullable(),
  rank: z.number().int().nullable(),
  version: z.number().int(),
  /** Whether the signed-in user may open this unit's breakdown. */
  canOpen: z.boolean(),
});

export const BlockDetailSchema = z.object({
  id: z.string(),
  kind: z.enum(BLOCK_KINDS),
  name: z.string(),
  year: z.number().int(),
  organiserUnitId: z.string(),
  organiserUnitName: z.string(),
  headUnitId: z.string().nullable(),
  headUnitName: z.string().nullable(),
  deputyUnitId: z.string().nullable(),
  deputyUnitName: z.string().nullable(),
  rotationNote: z.string().nullable(),
  movementId: z.string().nullable(),
  movementTitle: z.string().nullable(),
  showDetailsToMembers: z.boolean(),
  covenantSignedOn: z.string().nullable(),
  covenantNote: z.string().nullable(),
  covenantFileId: z.string().nullable(),
  version: z.number().int(),
  members: z.array(z.object({ unitId: z.string(), unitName: z.string() })),
  sheet: z
    .object({
      id: z.string(),
      title: z.string(),
      maxPoints: z.number(),
      criteriaCount: z.number().int(),
      issues: z.array(z.string()),
    })
    .nullable(),
  round: z
    .object({
      id: z.string(),
      status: z.enum(['open', 'locked']),
      selfDueOn: z.string().nullable(),
      reviewDueOn: z.string().nullable(),
      explanationDueOn: z.string().nullable(),
      finalDueOn: z.string().nullable(),
      lockedAt: z.string().nullable(),
      flagDossierId: z.string().nullable(),
      flagUnitId: z.string().nullable(),
      flagUnitName: z.string().nullable(),
      version: z.number().int(),
      assessments: z.array(UnitAssessmentSummarySchema),
    })
    .nullable(),
  can: z.object({
    manage: z.boolean(),
    finalize: z.boolean(),
    /** The signed-in user's unit when it is a member and may self-assess. */
    assessUnitId: z.string().nullable(),
    reviewUnitIds: z.array(z.string()),
  }),
});
export type BlockDetail = z.infer<typeof BlockDetailSchema>;

export const SheetCriterionSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(CRITERION_KINDS),
  role: z.enum(CRITERION_ROLES),
  maxPoints: z.number(),
  pointsPerOccurrence: z.number().nullable(),
  noTargetRule: z.enum(NO_TARGET_RULES),
  indicatorId: z.string().nullable(),
  indicatorName: z.string().nullable(),
  guidance: z.string().nullable(),
});
export type SheetCriterion = z.infer<typeof SheetCriterionSchema>;

export const SheetSchema = z.object({
  id: z.string().nullable(),
  blockId: z.string(),
  title: z.string(),
  maxPoints: z.number(),
  version: z.number().int(),
  /** The sheet is in use by a round and can no longer change. */
  isLocked: z.boolean(),
  criteria: z.array(SheetCriterionSchema),
  issues: z.array(z.object({ criterionId: z.string().nullable(), message: z.string() })),
  indicators: z.array(
    z.object({ id: z.string(), code: z.string(), name: z.string(), direction: z.string() }),
  ),
});
export type Sheet = z.infer<typeof SheetSchema>;

export const AssessmentRowSchema = z.object({
  criterionId: z.string(),
  parentId: z.string().nullable(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(CRITERION_KINDS),
  role: z.enum(CRITERION_ROLES),
  maxPoints: z.number(),
  pointsPerOccurrence: z.number().nullable(),
  guidance: z.string().nullable(),
  target: z
    .object({ planned: z.number().nullable(), actual: z.number().nullable(), outcome: z.string() })
    .nullable(),
  selfValue: z.number().nullable(),
  selfScore: z.number().nullable(),
  evidence: z.string().nullable(),
  /** A document attached as evidence (download: …/evidence/:criterionId). */
  evidenceFileId: z.string().nullable(),
  reviewedValue: z.number().nullable(),
  reviewedScore: z.number().nullable(),
  reviewReason: z.string().nullable(),
  explanation: z.string().nullable(),
  finalValue: z.number().nullable(),
  finalScore: z.number().nullable(),
  finalReason: z.string().nullable(),
});
export type AssessmentRow = z.infer<typeof AssessmentRowSchema>;

export const AssessmentSchema = z.object({
  id: z.string(),
  blockId: z.string(),
  blockName: z.string(),
  year: z.number().int(),
  unitId: z.string(),
  unitName: z.string(),
  status: z.enum(ASSESSMENT_STATUSES),
  reviewerUnitId: z.string().nullable(),
  reviewerUnitName: z.string().nullable(),
  version: z.number().int(),
  sheetMaxPoints: z.number(),
  selfTotal: z.number().nullable(),
  reviewedTotal: z.number().nullable(),
  finalTotal: z.number().nullable(),
  rank: z.number().int().nullable(),
  selfSubmittedAt: z.string().nullable(),
  selfSubmittedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  explainedAt: z.string().nullable(),
  finalizedAt: z.string().nullable(),
  finalizedBy: z.string().nullable(),
  dueOn: z.string().nullable(),
  rows: z.array(AssessmentRowSchema),
  can: z.object({
    saveSelf: z.boolean(),
    submit: z.boolean(),
    saveReview: z.boolean(),
    review: z.boolean(),
    return: z.boolean(),
    explain: z.boolean(),
    finalize: z.boolean(),
  }),
});
export type Assessment = z.infer<typeof AssessmentSchema>;

export const RankingSchema = z.object({
  blockId: z.string(),
  isFinal: z.boolean(),
  items: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      rank: z.number().int(),
      finalTotal: z.number(),
      selfTotal: z.number(),
      criteriaAtMax: z.number().int(),
      penalty: z.number(),
      decidedBy: z.string().nullable(),
      decidedByLabel: z.string().nullable(),
    }),
  ),
  leaderUnitId: z.string().nullable(),
  tiedUnitIds: z.array(z.string()),
  flagDossierId: z.string().nullable(),
  flagAwardCode: z.string(),
});
export type Ranking = z.infer<typeof RankingSchema>;

export const MatrixSchema = z.object({
  blockId: z.string(),
  blockName: z.string(),
  year: z.number().int(),
  maxPoints: z.number(),
  criteria: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      role: z.enum(CRITERION_ROLES),
      maxPoints: z.number(),
    }),
  ),
  units: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      rank: z.number().int().nullable(),
      selfTotal: z.number().nullable(),
      reviewedTotal: z.number().nullable(),
      finalTotal: z.number().nullable(),
      cells: z.array(
        z.object({
          self: z.number().nullable(),
          reviewed: z.number().nullable(),
          final: z.number().nullable(),
        }),
      ),
    }),
  ),
});
export type Matrix = z.infer<typeof MatrixSchema>;

export const BlockHistorySchema = z.object({
  years: z.array(z.number().int()),
  series: z.array(
    z.object({ unitId: z.string(), unitName: z.string(), totals: z.array(z.number().nullable()) }),
  ),
});
export type BlockHistory = z.infer<typeof BlockHistorySchema>;

export const FlagProposalResultSchema = z.object({ dossierId: z.string(), unitId: z.string() });
