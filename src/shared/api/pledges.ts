import { z } from 'zod';
import { RequiredTextSchema, UuidSchema } from './common';

/*
 * Pledges (đăng ký thi đua): for a launched movement, each participating unit registers the collective
 * titles it aims for and its people with the titles they aim for; the unit head submits; the
 * home-affairs office accepts or returns it with a reason.
 */

export const PLEDGE_STATUSES = ['draft', 'submitted', 'accepted', 'returned'] as const;
export type PledgeStatus = (typeof PLEDGE_STATUSES)[number];
export const PLEDGE_STATUS_LABELS: Record<PledgeStatus, string> = {
  draft: 'Đang soạn',
  submitted: 'Đã gửi',
  accepted: 'Đã tiếp nhận',
  returned: 'Bị trả lại',
};

/** Titles a unit or a person may pledge for (award codes of the glossary). */
export const PLEDGE_COLLECTIVE_TITLES = [
  'tap-the-lao-dong-tien-tien',
  'tap-the-lao-dong-xuat-sac',
  'co-thi-dua-ubnd-tinh',
] as const;
export const PLEDGE_INDIVIDUAL_TITLES = [
  'lao-dong-tien-tien',
  'chien-si-thi-dua-co-so',
  'chien-si-thi-dua-cap-tinh',
] as const;

export const PledgeSaveSchema = z.object({
  version: z.number().int().min(0),
  collectiveTitles: z.array(z.enum(PLEDGE_COLLECTIVE_TITLES)).max(3),
  people: z
    .array(
      z.object({
        personId: UuidSchema,
        titles: z.array(z.enum(PLEDGE_INDIVIDUAL_TITLES)).min(1, 'Chọn ít nhất một danh hiệu').max(3),
      }),
    )
    .max(5000),
});
export type PledgeSave = z.infer<typeof PledgeSaveSchema>;

export const PledgeReturnSchema = z.object({
  version: z.number().int().min(1),
  reason: RequiredTextSchema(2000),
});
export const PledgeVersionSchema = z.object({ version: z.number().int().min(1) });

export const PledgeSchema = z.object({
  id: z.string().nullable(),
  movementId: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  status: z.enum(PLEDGE_STATUSES).nullable(),
  version: z.number().int(),
  collectiveTitles: z.array(z.string()),
  people: z.array(
    z.object({
      personId: z.string(),
      fullName: z.string(),
      position: z.string().nullable(),
      titles: z.array(z.string()),
    }),
  ),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
  isLate: z.boolean(),
});
export type Pledge = z.infer<typeof PledgeSchema>;

/** The board: every participating unit with where its pledge stands (status null = not started). */
export const PledgeBoardSchema = z.object({
  deadline: z.string().nullable(),
  items: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      pledgeId: z.string().nullable(),
      status: z.enum(PLEDGE_STATUSES).nullable(),
      submittedAt: z.string().nullable(),
      isLate: z.boolean(),
      peopleCount: z.number().int(),
      collectiveTitles: z.array(z.string()),
    }),
  ),
  counts: z.object({
    notStarted: z.number().int(),
    draft: z.number().int(),
    submitted: z.number().int(),
    accepted: z.number().int(),
    returned: z.number().int(),
    late: z.number().int(),
  }),
});
