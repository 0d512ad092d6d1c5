import { z } from 'zod';
import { IsoDateSchema, TextSchema } from './common';
import { MOVEMENT_FIELDS } from './movements';
import { TargetCountsSchema } from './targets';

/*
 * Interim and final reviews (sơ kết / tổng kết) of a movement: one per review milestone, with figures
 * computed from the database as at the review date (frozen when finalised), the office's written
 * assessment, and a Word report from the editable 'review-report' template.
 */

export const REVIEW_KINDS = ['interim', 'final'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];
export const REVIEW_KIND_LABELS: Record<ReviewKind, string> = { interim: 'Sơ kết', final: 'Tổng kết' };

export const REVIEW_STATUSES = ['draft', 'finalised'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  draft: 'Đang soạn',
  finalised: 'Đã chốt số liệu',
};

const TitleCountSchema = z.object({ code: z.string(), label: z.string(), count: z.number().int() });

/** The figures of a review as at its date. */
export const ReviewFiguresSchema = z.object({
  asOf: z.string(),
  pledges: z.object({
    participants: z.number().int(),
    /** Units that had submitted a pledge by the review date. */
    pledged: z.number().int(),
    accepted: z.number().int(),
    /** Submitted after the pledge deadline. */
    late: z.number().int(),
    /** Participating units without a submitted pledge. */
    missing: z.number().int(),
    people: z.number().int(),
    collectiveTitles: z.array(TitleCountSchema),
    individualTitles: z.array(TitleCountSchema),
  }),
  targets: z.object({
    indicators: z.number().int(),
    overall: TargetCountsSchema,
    byField: z.array(
      z.object({ field: z.enum(MOVEMENT_FIELDS), indicators: z.number().int(), ...TargetCountsSchema.shape }),
    ),
    rows: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        field: z.enum(MOVEMENT_FIELDS),
        measureUnit: z.string(),
        direction: z.string(),
        units: z.number().int(),
        planned: z.number().nullable(),
        actual: z.number().nullable(),
        completion: z.number().nullable(),
        exceeded: z.number().int(),
        met: z.number().int(),
        notMet: z.number().int(),
        notReported: z.number().int(),
      }),
    ),
  }),
  proposals: z.object({
    dossiers: z.number().int(),
    submitted: z.number().int(),
    decided: z.number().int(),
    nominees: z.number().int(),
  }),
});
export type ReviewFigures = z.infer<typeof ReviewFiguresSchema>;

export const ReviewSchema = z.object({
  id: z.string(),
  movementId: z.string(),
  movementTitle: z.string(),
  milestoneId: z.string().nullable(),
  kind: z.enum(REVIEW_KINDS),
  title: z.string(),
  reviewDate: z.string(),
  status: z.enum(REVIEW_STATUSES),
  achievements: z.string(),
  shortcomings: z.string(),
  lessons: z.string(),
  nextTasks: z.string(),
  figures: ReviewFiguresSchema,
  finalisedAt: z.string().nullable(),
  finalisedByName: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
  /** The user may edit and finalise it (organising side, review.write). */
  canEdit: z.boolean(),
});
export type Review = z.infer<typeof ReviewSchema>;

/** The review milestones of a movement, each with its review once started. */
export const ReviewListSchema = z.object({
  items: z.array(
    z.object({
      milestone: z
        .object({
          id: z.string(),
          kind: z.enum(['interim-review', 'final-review']),
          title: z.string(),
          dueOn: z.string(),
        })
        .nullable(),
      review: z
        .object({
          id: z.string(),
          kind: z.enum(REVIEW_KINDS),
          title: z.string(),
          reviewDate: z.string(),
          status: z.enum(REVIEW_STATUSES),
          version: z.number().int(),
        })
        .nullable(),
    }),
  ),
  canEdit: z.boolean(),
});
export type ReviewList = z.infer<typeof ReviewListSchema>;

export const ReviewCreateSchema = z.object({ milestoneId: z.string().uuid('Mã không hợp lệ') });
export type ReviewCreate = z.infer<typeof ReviewCreateSchema>;

export const ReviewUpdateSchema = z.object({
  version: z.number().int().min(1),
  reviewDate: IsoDateSchema,
  achievements: TextSchema(20_000),
  shortcomings: TextSchema(20_000),
  lessons: TextSchema(20_000),
  nextTasks: TextSchema(20_000),
});
export type ReviewUpdate = z.infer<typeof ReviewUpdateSchema>;

export const ReviewFinaliseSchema = z.object({ version: z.number().int().min(1) });
