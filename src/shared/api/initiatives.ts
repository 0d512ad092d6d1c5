import { z } from 'zod';
import {
  IsoDateSchema,
  PageQuerySchema,
  paginated,
  RequiredTextSchema,
  TextSchema,
  UuidSchema,
} from './common';

/** Scope of recognised influence of an initiative (glossary: `initiative.scope`). */
export const INITIATIVE_SCOPES = ['grassroots', 'province', 'national'] as const;
export type InitiativeScope = (typeof INITIATIVE_SCOPES)[number];
export const INITIATIVE_SCOPE_LABELS: Record<InitiativeScope, string> = {
  grassroots: 'Cơ sở',
  province: 'Cấp tỉnh',
  national: 'Toàn quốc',
};

/*
 * Display names of the award codes of shared/domain/glossary.md, for the "used for" tags and the export.
 * An unknown code is shown as it is.
 */
const AWARD_LABELS: Record<string, string> = {
  'lao-dong-tien-tien': 'Lao động tiên tiến',
  'chien-si-thi-dua-co-so': 'Chiến sĩ thi đua cơ sở',
  'chien-si-thi-dua-cap-tinh': 'Chiến sĩ thi đua cấp tỉnh',
  'chien-si-thi-dua-toan-quoc': 'Chiến sĩ thi đua toàn quốc',
  'tap-the-lao-dong-tien-tien': 'Tập thể lao động tiên tiến',
  'tap-the-lao-dong-xuat-sac': 'Tập thể lao động xuất sắc',
  'co-thi-dua-ubnd-tinh': 'Cờ thi đua của UBND tỉnh',
  'giay-khen': 'Giấy khen',
  'bang-khen-chu-tich-ubnd-tinh': 'Bằng khen của Chủ tịch UBND tỉnh',
  'bang-khen-thu-tuong': 'Bằng khen của Thủ tướng Chính phủ',
};
export const awardLabelOf = (code: string): string => AWARD_LABELS[code] ?? code;

/** Today in Việt Nam ('YYYY-MM-DD'): a recognition date may not be later than this. */
export function todayInVietnamIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}

const RecognizedOnSchema = IsoDateSchema.refine(
  (value) => value <= todayInVietnamIso(),
  'Ngày công nhận không được sau ngày hôm nay',
);

export const InitiativeListQuerySchema = PageQuerySchema.extend({
  q: TextSchema(200).optional(),
  unitId: UuidSchema.optional(),
  scope: z.enum(INITIATIVE_SCOPES).optional(),
  /** Year of recognition. */
  year: z.coerce.number().int().min(1900).max(2100).optional(),
});
export type InitiativeListQuery = z.infer<typeof InitiativeListQuerySchema>;

export const InitiativeAuthorSchema = z.object({ id: z.string(), fullName: z.string() });
/** A granted award the initiative supported (from the registry). */
export const InitiativeUseSchema = z.object({
  awardCode: z.string(),
  year: z.number().int(),
  decisionNumber: z.string().nullable(),
});

export const InitiativeSchema = z.object({
  id: z.string(),
  title: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  scope: z.enum(INITIATIVE_SCOPES),
  decisionNumber: z.string().nullable(),
  recognizedOn: z.string(),
  summary: z.string().nullable(),
  authors: z.array(InitiativeAuthorSchema),
  usedFor: z.array(InitiativeUseSchema),
  version: z.number().int(),
});
export type Initiative = z.infer<typeof InitiativeSchema>;
export const InitiativeListSchema = paginated(InitiativeSchema);
export type InitiativeList = z.infer<typeof InitiativeListSchema>;

const AuthorIdsSchema = z
  .array(UuidSchema)
  .min(1, 'Chọn ít nhất một tác giả')
  .max(50, 'Tối đa 50 tác giả')
  .refine((ids) => new Set(ids).size === ids.length, 'Mỗi tác giả chỉ chọn một lần');

export const InitiativeCreateSchema = z.object({
  title: RequiredTextSchema(500),
  unitId: UuidSchema,
  scope: z.enum(INITIATIVE_SCOPES, { message: 'Chọn phạm vi ảnh hưởng' }),
  decisionNumber: TextSchema(100).optional(),
  recognizedOn: RecognizedOnSchema,
  summary: TextSchema(4000).optional(),
  authorIds: AuthorIdsSchema,
});
export type InitiativeCreate = z.infer<typeof InitiativeCreateSchema>;

export const InitiativeUpdateSchema = z.object({
  version: z.number().int().min(1),
  title: RequiredTextSchema(500).optional(),
  unitId: UuidSchema.optional(),
  scope: z.enum(INITIATIVE_SCOPES, { message: 'Chọn phạm vi ảnh hưởng' }).optional(),
  decisionNumber: TextSchema(100).nullable().optional(),
  recognizedOn: RecognizedOnSchema.optional(),
  summary: TextSchema(4000).nullable().optional(),
  /** The complete list of authors: it replaces the previous one. */
  authorIds: AuthorIdsSchema.optional(),
});
export type InitiativeUpdate = z.infer<typeof InitiativeUpdateSchema>;
