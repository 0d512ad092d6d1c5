import { z } from 'zod';
import {
  IsoDateSchema,
  PageQuerySchema,
  paginated,
  RequiredTextSchema,
  TextSchema,
  UuidSchema,
} from './common';

/** The four fields of work of a launching document (5834/PĐTĐ-UBND, Part 3). */
export const MOVEMENT_FIELDS = [
  'economy',
  'culture-society',
  'defence-security',
  'political-system',
] as const;
export type MovementField = (typeof MOVEMENT_FIELDS)[number];
export const MOVEMENT_FIELD_LABELS: Record<MovementField, string> = {
  economy: 'Kinh tế',
  'culture-society': 'Văn hóa – xã hội',
  'defence-security': 'Quốc phòng – an ninh, thanh tra, tư pháp và đối ngoại',
  'political-system': 'Xây dựng hệ thống chính trị',
};

export const MOVEMENT_KINDS = ['regular', 'thematic'] as const;
export const MOVEMENT_KIND_LABELS: Record<(typeof MOVEMENT_KINDS)[number], string> = {
  regular: 'Thi đua thường xuyên',
  thematic: 'Thi đua theo đợt (chuyên đề)',
};

export const MOVEMENT_STATUSES = ['draft', 'launched', 'closed'] as const;
export const MOVEMENT_STATUS_LABELS: Record<(typeof MOVEMENT_STATUSES)[number], string> = {
  draft: 'Bản nháp',
  launched: 'Đã phát động',
  closed: 'Đã kết thúc',
};

export const MILESTONE_KINDS = ['pledge-deadline', 'interim-review', 'final-review', 'other'] as const;
export const MILESTONE_KIND_LABELS: Record<(typeof MILESTONE_KINDS)[number], string> = {
  'pledge-deadline': 'Hạn đăng ký thi đua',
  'interim-review': 'Sơ kết',
  'final-review': 'Tổng kết',
  other: 'Mốc khác',
};

const LaunchDocumentSchema = z.object({
  number: TextSchema(100).optional(),
  date: IsoDateSchema.optional(),
  place: TextSchema(200).optional(),
  issuer: TextSchema(300).optional(),
  parentIssuer: TextSchema(300).optional(),
  type: TextSchema(100).optional(),
  signerAuthority: TextSchema(200).optional(),
  signerPosition: TextSchema(200).optional(),
  signerName: TextSchema(200).optional(),
});

const TaskInputSchema = z.object({
  number: TextSchema(20).optional(),
  text: RequiredTextSchema(20_000),
  field: z.enum(MOVEMENT_FIELDS).optional(),
});

const MilestoneInputSchema = z.object({
  kind: z.enum(MILESTONE_KINDS),
  title: RequiredTextSchema(300),
  dueOn: IsoDateSchema,
});

/** Create or replace a draft: everything the launching document says, corrected by staff. */
export const MovementSaveSchema = z.object({
  title: RequiredTextSchema(1000),
  kind: z.enum(MOVEMENT_KINDS, { message: 'Chọn loại phong trào' }),
  year: z.number().int().min(2000).max(2100),
  startsOn: IsoDateSchema.optional(),
  endsOn: IsoDateSchema.optional(),
  parentMovementId: UuidSchema.optional(),
  /** External parent movements named by the document (e.g. provincial ones), kept as text. */
  relatedMovements: z.array(RequiredTextSchema(500)).max(50).default([]),
  fields: z.array(z.enum(MOVEMENT_FIELDS)).max(4).default([]),
  launchDocument: LaunchDocumentSchema.default({}),
  tasks: z.array(TaskInputSchema).max(100).default([]),
  /** Participating units, each one listed (the web app's tree picker adds a subtree unit by unit). */
  participantUnitIds: z.array(UuidSchema).max(5000).default([]),
  milestones: z.array(MilestoneInputSchema).max(50).default([]),
  /** The launching document uploaded for the draft (`documentFileId`): kept as the movement's file. */
  launchDocumentFileId: UuidSchema.optional(),
});
export type MovementSave = z.infer<typeof MovementSaveSchema>;
export const MovementUpdateSchema = MovementSaveSchema.extend({ version: z.number().int().min(1) });

export const MovementListQuerySchema = PageQuerySchema.extend({
  q: TextSchema(200).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(MOVEMENT_STATUSES).optional(),
});

export const MovementListItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(MOVEMENT_KINDS),
  status: z.enum(MOVEMENT_STATUSES),
  year: z.number().int(),
  unitId: z.string(),
  unitName: z.string(),
  docNumber: z.string().nullable(),
  docDate: z.string().nullable(),
  participantCount: z.number().int(),
  launchedAt: z.string().nullable(),
});
export const MovementListSchema = paginated(MovementListItemSchema);

export const MovementDetailSchema = MovementListItemSchema.extend({
  version: z.number().int(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  parentMovement: z.object({ id: z.string(), title: z.string() }).nullable(),
  subMovements: z.array(z.object({ id: z.string(), title: z.string(), status: z.enum(MOVEMENT_STATUSES) })),
  relatedMovements: z.array(z.string()),
  fields: z.array(z.enum(MOVEMENT_FIELDS)),
  launchDocument: z.object({
    number: z.string().nullable(),
    date: z.string().nullable(),
    place: z.string().nullable(),
    issuer: z.string().nullable(),
    parentIssuer: z.string().nullable(),
    type: z.string().nullable(),
    signerAuthority: z.string().nullable(),
    signerPosition: z.string().nullable(),
    signerName: z.string().nullable(),
  }),
  tasks: z.array(
    z.object({
      id: z.string(),
      number: z.string().nullable(),
      text: z.string(),
      field: z.enum(MOVEMENT_FIELDS).nullable(),
    }),
  ),
  participants: z.array(z.object({ unitId: z.string(), unitName: z.string() })),
  milestones: z.array(
    z.object({ id: z.string(), kind: z.enum(MILESTONE_KINDS), title: z.string(), dueOn: z.string() }),
  ),
  closedAt: z.string().nullable(),
});
export type MovementDetail = z.infer<typeof MovementDetailSchema>;

/**
 * What the parser read from an uploaded launching document, mapped to a draft for staff to correct:
 * recipients are matched to units by name where they can be (the rest are listed as unmatched text).
 */
export const MovementDraftSchema = z.object({
  draft: z.object({
    title: z.string().nullable(),
    kind: z.enum(MOVEMENT_KINDS),
    year: z.number().int().nullable(),
    launchDocument: MovementDetailSchema.shape.launchDocument,
    tasks: z.array(
      z.object({
        number: z.string().nullable(),
        text: z.string(),
        field: z.enum(MOVEMENT_FIELDS).nullable(),
      }),
    ),
    fields: z.array(z.enum(MOVEMENT_FIELDS)),
    relatedMovements: z.array(z.string()),
    participantUnitIds: z.array(z.string()),
  }),
  recipients: z.array(z.object({ text: z.string(), unitIds: z.array(z.string()) })),
  /** The uploaded document, kept until the movement is saved with it as `launchDocumentFileId`. */
  documentFileId: z.string().nullable(),
});
export type MovementDraft = z.infer<typeof MovementDraftSchema>;

export const NotificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string().nullable(),
  link: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});
export const NotificationListSchema = z.object({
  items: z.array(NotificationSchema),
  unread: z.number().int(),
});
