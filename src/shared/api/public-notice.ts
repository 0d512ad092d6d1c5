import { z } from 'zod';
import { IsoDateSchema, RequiredTextSchema, TextSchema, UuidSchema } from './common';

/*
 * Public notice (công khai, lấy ý kiến): the proposed list shown without sign-in for a period, and
 * citizens' comments (moderated). Public shapes carry only public fields: no birth date, no ID number,
 * no ethnicity, no discipline, never a commenter's contact.
 */

export const NOTICE_STATUSES = ['draft', 'published', 'withdrawn'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];
export const NOTICE_STATUS_LABELS: Record<NoticeStatus, string> = {
  draft: 'Chưa công khai',
  published: 'Đã công khai',
  withdrawn: 'Đã gỡ',
};

export const COMMENT_STATUSES = ['pending', 'approved', 'hidden'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];
export const COMMENT_STATUS_LABELS: Record<CommentStatus, string> = {
  pending: 'Chờ duyệt',
  approved: 'Đã duyệt (hiển thị công khai)',
  hidden: 'Đã ẩn',
};

export const COMMENT_MAX_LENGTH = 2000;

export const PublicNoticeItemSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  unitName: z.string(),
  position: z.string().nullable(),
  awardName: z.string(),
  achievementSummary: z.string(),
});

export const PublicCommentSchema = z.object({
  id: z.string(),
  itemId: z.string().nullable(),
  authorName: z.string().nullable(),
  body: z.string(),
  createdAt: z.string(),
});

/** What anyone may read: only public fields. */
export const PublicNoticeSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  unitName: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  isOpenForComments: z.boolean(),
  items: z.array(PublicNoticeItemSchema),
  comments: z.array(PublicCommentSchema),
});
export type PublicNotice = z.infer<typeof PublicNoticeSchema>;

export const PublicNoticeListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      unitName: z.string(),
      startsOn: z.string(),
      endsOn: z.string(),
      itemCount: z.number().int(),
    }),
  ),
});

/** A signed arithmetic question; the answer goes back with the token (minimum fill time enforced). */
export const CommentChallengeSchema = z.object({ token: z.string(), question: z.string() });

export const PublicCommentCreateSchema = z.object({
  itemId: UuidSchema.nullable().optional(),
  authorName: TextSchema(200).optional(),
  contact: TextSchema(200).optional(),
  body: RequiredTextSchema(COMMENT_MAX_LENGTH),
  challengeToken: z.string().min(1).max(500),
  challengeAnswer: z.coerce.number().int().min(-1000).max(1000),
});
export type PublicCommentCreate = z.infer<typeof PublicCommentCreateSchema>;
export const PublicCommentCreatedSchema = z.object({ status: z.literal('pending') });

// Staff side.

export const NoticeSaveSchema = z.object({
  version: z.number().int().min(1),
  title: RequiredTextSchema(300),
  description: TextSchema(4000),
  startsOn: IsoDateSchema,
  endsOn: IsoDateSchema,
});
export type NoticeSave = z.infer<typeof NoticeSaveSchema>;
export const NoticeVersionSchema = z.object({ version: z.number().int().min(1) });

export const StaffCommentSchema = PublicCommentSchema.extend({
  noticeId: z.string(),
  noticeTitle: z.string(),
  itemName: z.string().nullable(),
  dossierId: z.string().nullable(),
  /** Sensitive: shown to moderators only, never on a public page. */
  contact: z.string().nullable(),
  status: z.enum(COMMENT_STATUSES),
  moderatedBy: z.string().nullable(),
  moderatedAt: z.string().nullable(),
  moderationNote: z.string().nullable(),
  version: z.number().int(),
});
export type StaffComment = z.infer<typeof StaffCommentSchema>;
export const StaffCommentListSchema = z.object({ items: z.array(StaffCommentSchema) });

export const CommentQuerySchema = z.object({ status: z.enum(COMMENT_STATUSES).optional() });

export const CommentModerateSchema = z.object({
  version: z.number().int().min(1),
  status: z.enum(['approved', 'hidden']),
  note: TextSchema(1000).optional(),
});

export const StaffNoticeSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  sessionId: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  status: z.enum(NOTICE_STATUSES),
  publishedAt: z.string().nullable(),
  version: z.number().int(),
  items: z.array(PublicNoticeItemSchema.extend({ dossierId: z.string() })),
  pendingComments: z.number().int(),
});
export type StaffNotice = z.infer<typeof StaffNoticeSchema>;
export const StaffNoticeListSchema = z.object({
  items: z.array(StaffNoticeSchema.omit({ items: true }).extend({ itemCount: z.number().int() })),
});
