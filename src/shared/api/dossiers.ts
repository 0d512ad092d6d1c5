import { z } from 'zod';
import {
  DEADLINE_STEPS,
  DOSSIER_ACTIONS,
  DOSSIER_STATES,
  DOSSIER_TRACKS,
  NOMINEE_KINDS,
  VERDICT_STATUSES,
} from '../dossier-codes';
import { IsoDateSchema, paginated, RequiredTextSchema, TextSchema, UuidSchema } from './common';

/*
 * Nomination dossiers (hồ sơ đề nghị khen thưởng): the unit drafts (track, award, nominees with their
 * achievement reports, minutes and vote), the unit head submits, the office receives, appraises with
 * the law engine, returns with a reason or sends to the council. Every move goes through one endpoint
 * checked against the transition table.
 */

const CountSchema = z.number().int().min(0).max(100_000);

export const NomineeInputSchema = z.object({
  /** An existing nominee of the dossier (keeps the appraiser's attestations); absent for a new one. */
  id: UuidSchema.optional(),
  kind: z.enum(NOMINEE_KINDS),
  personId: UuidSchema.nullish(),
  unitId: UuidSchema.nullish(),
  householdName: TextSchema(200).nullish(),
  achievementSummary: TextSchema(1000),
  /** Rich text; the server passes it through an allow-list sanitiser. */
  achievementReportHtml: TextSchema(200_000),
  initiativeIds: z.array(UuidSchema).max(20).default([]),
  basisGrantIds: z.array(UuidSchema).max(50).default([]),
});
export type NomineeInput = z.infer<typeof NomineeInputSchema>;

const dossierContent = {
  track: z.enum(DOSSIER_TRACKS),
  awardCode: z.string().regex(/^[a-z0-9-]{1,100}$/, 'Chọn danh hiệu trong danh mục'),
  year: z.number().int().min(2000).max(2100),
  movementId: UuidSchema.nullish(),
  title: RequiredTextSchema(300),
  coverLetter: TextSchema(20_000).default(''),
  meetingHeldOn: IsoDateSchema.nullish(),
  meetingMinutes: TextSchema(20_000).default(''),
  votersTotal: CountSchema.nullish(),
  votersPresent: CountSchema.nullish(),
  votersAgree: CountSchema.nullish(),
  nominees: z.array(NomineeInputSchema).max(500),
};

export const DossierCreateSchema = z.object({
  /** The proposing unit; defaults to the user's unit. */
  unitId: UuidSchema.nullish(),
  ...dossierContent,
});
export type DossierCreate = z.infer<typeof DossierCreateSchema>;

export const DossierUpdateSchema = z.object({ version: z.number().int().min(1), ...dossierContent });
export type DossierUpdate = z.infer<typeof DossierUpdateSchema>;

export const DossierTransitionSchema = z.object({
  action: z.enum(DOSSIER_ACTIONS),
  version: z.number().int().min(1),
  reason: TextSchema(2000).nullish(),
});
export type DossierTransitionInput = z.infer<typeof DossierTransitionSchema>;

export const NomineeAppraisalSchema = z.object({
  version: z.number().int().min(1),
  /** criterionId → confirmed (true) or not met (false), for criteria only a person can judge. */
  attestations: z
    .record(z.string().regex(/^[a-z0-9][a-z0-9.-]{0,99}$/, 'Mã tiêu chí không hợp lệ'), z.boolean())
    .default({}),
  overrideStatus: z.enum(['eligible', 'ineligible']).nullish(),
  overrideReason: TextSchema(2000).nullish(),
});
export type NomineeAppraisal = z.infer<typeof NomineeAppraisalSchema>;

export const DossierVersionSchema = z.object({ version: z.number().int().min(1) });

export const DossierListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  status: z.enum(DOSSIER_STATES).optional(),
  track: z.enum(DOSSIER_TRACKS).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  unitId: UuidSchema.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  q: TextSchema(200).optional(),
});
export type DossierListQuery = z.infer<typeof DossierListQuerySchema>;

export const DossierListItemSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  track: z.enum(DOSSIER_TRACKS),
  awardCode: z.string(),
  awardName: z.string(),
  year: z.number().int(),
  title: z.string(),
  status: z.enum(DOSSIER_STATES),
  nomineeCount: z.number().int(),
  submittedAt: z.string().nullable(),
  dueOn: z.string().nullable(),
  isOverdue: z.boolean(),
  /** Working days past the due date (0 when not overdue). */
  overdueDays: z.number().int(),
  processingDays: z.number().int().nullable(),
  updatedAt: z.string(),
});
export type DossierListItem = z.infer<typeof DossierListItemSchema>;
export const DossierListSchema = paginated(DossierListItemSchema);

export const CriterionVerdictSchema = z.object({
  id: z.string(),
  ok: z.boolean().nullable(),
  source: z.string(),
  message: z.string(),
  label: z.string(),
  isQualitative: z.boolean(),
  attested: z.boolean(),
});

export const NomineeFlagSchema = z.object({
  code: z.enum(['initiative-reused', 'initiative-already-rewarded', 'adhoc-basis', 'duplicate-proposal']),
  message: z.string(),
  otherDossierId: z.string().nullable(),
});
export type NomineeFlag = z.infer<typeof NomineeFlagSchema>;

export const NomineeSchema = z.object({
  id: z.string(),
  kind: z.enum(NOMINEE_KINDS),
  personId: z.string().nullable(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  householdName: z.string().nullable(),
  /** The person's, the collective's or the household's name. */
  displayName: z.string(),
  position: z.string().nullable(),
  achievementSummary: z.string(),
  achievementReportHtml: z.string(),
  initiativeIds: z.array(z.string()),
  basisGrantIds: z.array(z.string()),
  /** Which engine run the criteria come from. */
  verdictStage: z.enum(['submission', 'appraisal']).nullable(),
  verdictAt: z.string().nullable(),
  submissionStatus: z.enum(VERDICT_STATUSES).nullable(),
  engineStatus: z.enum(VERDICT_STATUSES).nullable(),
  verdictStatus: z.enum(VERDICT_STATUSES).nullable(),
  canConfer: z.boolean().nullable(),
  criteria: z.array(CriterionVerdictSchema),
  attestations: z.record(z.string(), z.boolean()),
  overrideStatus: z.enum(['eligible', 'ineligible']).nullable(),
  overrideReason: z.string().nullable(),
  overrideBy: z.string().nullable(),
  overrideAt: z.string().nullable(),
  flags: z.array(NomineeFlagSchema),
  sortOrder: z.number().int(),
});
export type Nominee = z.infer<typeof NomineeSchema>;

export const DossierEventSchema = z.object({
  id: z.number().int(),
  fromStatus: z.enum(DOSSIER_STATES).nullable(),
  toStatus: z.enum(DOSSIER_STATES),
  action: z.string(),
  actorLabel: z.string().nullable(),
  reason: z.string().nullable(),
  at: z.string(),
});

export const DossierAttachmentSchema = z.object({
  id: z.string(),
  nomineeId: z.string().nullable(),
  kind: z.string(),
  label: z.string(),
  fileName: z.string(),
  extension: z.string(),
  sizeBytes: z.number().int(),
  uploadedBy: z.string().nullable(),
  createdAt: z.string(),
});
export type DossierAttachment = z.infer<typeof DossierAttachmentSchema>;

export const DossierDetailSchema = DossierListItemSchema.extend({
  movementId: z.string().nullable(),
  movementTitle: z.string().nullable(),
  coverLetter: z.string(),
  meetingHeldOn: z.string().nullable(),
  meetingMinutes: z.string(),
  votersTotal: z.number().int().nullable(),
  votersPresent: z.number().int().nullable(),
  votersAgree: z.number().int().nullable(),
  lastReason: z.string().nullable(),
  receivedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  processingRunning: z.boolean(),
  returnCount: z.number().int(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
  /** What the current user may do now, from the transition table (the server re-checks every move). */
  allowedActions: z.array(z.enum(DOSSIER_ACTIONS)),
  canEdit: z.boolean(),
  canAppraise: z.boolean(),
  nominees: z.array(NomineeSchema),
  events: z.array(DossierEventSchema),
  attachments: z.array(DossierAttachmentSchema),
});
export type DossierDetail = z.infer<typeof DossierDetailSchema>;

export const DossierDashboardQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const DossierDashboardSchema = z.object({
  year: z.number().int().nullable(),
  baselineDays: z.number(),
  reductionPercent: z.number(),
  targetDays: z.number(),
  averageDays: z.number().nullable(),
  /** How much shorter than the baseline the average is, in percent (negative when longer). */
  reductionAchieved: z.number().nullable(),
  decidedCount: z.number().int(),
  openCount: z.number().int(),
  overdueCount: z.number().int(),
  byMonth: z.array(z.object({ month: z.string(), averageDays: z.number(), count: z.number().int() })),
  byUnit: z.array(
    z.object({ unitId: z.string(), unitName: z.string(), averageDays: z.number(), count: z.number().int() }),
  ),
  byStatus: z.array(z.object({ status: z.enum(DOSSIER_STATES), count: z.number().int() })),
});
export type DossierDashboard = z.infer<typeof DossierDashboardSchema>;

export const DossierSettingsSchema = z.object({
  /** Working days allowed in each step (configurable defaults: the law fixes none at this level). */
  deadlines: z.object(
    Object.fromEntries(DEADLINE_STEPS.map((s) => [s, z.number().int().min(0).max(365)])) as Record<
      (typeof DEADLINE_STEPS)[number],
      z.ZodNumber
    >,
  ),
  /** Average processing time before the reform, in working days (the baseline of the 30% target). */
  baselineDays: z.number().min(1).max(365),
  reductionPercent: z.number().min(0).max(100),
  /** The level of the deciding body, for the engine's "may confer" check. */
  authorityLevel: z.enum(['commune', 'district', 'province', 'agency', 'enterprise']),
});
export type DossierSettings = z.infer<typeof DossierSettingsSchema>;

export const HolidaySchema = z.object({
  id: z.string(),
  date: z.string(),
  year: z.number().int(),
  name: z.string(),
  kind: z.enum(['holiday', 'working-day']),
  isDefault: z.boolean(),
  note: z.string().nullable(),
  version: z.number().int(),
});
export type Holiday = z.infer<typeof HolidaySchema>;
export const HolidayListSchema = z.object({ items: z.array(HolidaySchema) });
export const HolidayQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const HolidaySaveSchema = z.object({
  version: z.number().int().min(0),
  date: IsoDateSchema,
  name: RequiredTextSchema(200),
  kind: z.enum(['holiday', 'working-day']),
  note: TextSchema(500).nullish(),
});
export type HolidaySave = z.infer<typeof HolidaySaveSchema>;
