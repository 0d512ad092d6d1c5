import { z } from 'zod';
import { DISCIPLINE_LEVELS, ETHNICITY_CODES, RATINGS, SEXES, STAFF_TYPES } from '../codes';
import {
  IsoDateSchema,
  PageQuerySchema,
  paginated,
  RequiredTextSchema,
  TextSchema,
  UuidSchema,
} from './common';

export const PersonListQuerySchema = PageQuerySchema.extend({
  q: TextSchema(200).optional(),
  unitId: UuidSchema.optional(),
  /** With unitId: include the people of the unit's sub-units (default true). */
  includeSubunits: z.enum(['true', 'false']).default('true'),
  sex: z.enum(SEXES).optional(),
  staffType: z.enum(STAFF_TYPES).optional(),
  sort: z.enum(['name', '-name', 'unit', 'recruitedOn', '-recruitedOn']).default('name'),
});
export type PersonListQuery = z.infer<typeof PersonListQuerySchema>;

/** A row of the people list: no sensitive field ever (quality A7, F2). */
export const PersonListItemSchema = z.object({
  id: z.string(),
  fullName: z.string(),
  sex: z.enum(SEXES),
  birthDate: z.string().nullable(),
  position: z.string().nullable(),
  staffType: z.enum(STAFF_TYPES),
  unitId: z.string(),
  unitName: z.string(),
  recruitedOn: z.string().nullable(),
  latestRating: z.object({ year: z.number().int(), rating: z.enum(RATINGS) }).nullable(),
});
export type PersonListItem = z.infer<typeof PersonListItemSchema>;
export const PersonListSchema = paginated(PersonListItemSchema);

export const RatingRecordSchema = z.object({
  year: z.number().int(),
  rating: z.enum(RATINGS),
  decidedOn: z.string().nullable(),
});
export const DisciplineRecordSchema = z.object({
  id: z.string(),
  level: z.enum(DISCIPLINE_LEVELS),
  from: z.string(),
  to: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  reason: z.string().nullable(),
});

/** Sensitive fields are `null` with `sensitiveMasked: true` unless the role needs them. */
export const PersonDetailSchema = PersonListItemSchema.extend({
  version: z.number().int(),
  ethnicityCode: z.string().nullable(),
  nationalId: z.string().nullable(),
  sensitiveMasked: z.boolean(),
  ratings: z.array(RatingRecordSchema),
  discipline: z.array(DisciplineRecordSchema).nullable(),
});
export type PersonDetail = z.infer<typeof PersonDetailSchema>;

export const PersonCreateSchema = z.object({
  unitId: UuidSchema,
  fullName: RequiredTextSchema(200),
  sex: z.enum(SEXES, { message: 'Chọn giới tính' }),
  birthDate: IsoDateSchema.optional(),
  ethnicityCode: z.enum(ETHNICITY_CODES, { message: 'Chọn dân tộc trong danh mục 54 dân tộc' }).optional(),
  nationalId: z
    .string()
    .regex(/^\d{12}$/, 'Số định danh cá nhân gồm 12 chữ số')
    .optional(),
  position: TextSchema(200).optional(),
  staffType: z.enum(STAFF_TYPES, { message: 'Chọn loại cán bộ' }),
  recruitedOn: IsoDateSchema.optional(),
});
export type PersonCreate = z.infer<typeof PersonCreateSchema>;

export const PersonUpdateSchema = PersonCreateSchema.partial().extend({ version: z.number().int().min(1) });
export type PersonUpdate = z.infer<typeof PersonUpdateSchema>;

export const RatingUpsertSchema = z.object({
  year: z.number().int().min(1990).max(2100),
  rating: z.enum(RATINGS, { message: 'Chọn mức độ hoàn thành nhiệm vụ' }),
  decidedOn: IsoDateSchema.optional(),
});
export const DisciplineCreateSchema = z.object({
  level: z.enum(DISCIPLINE_LEVELS, { message: 'Chọn hình thức kỷ luật' }),
  from: IsoDateSchema,
  to: IsoDateSchema.optional(),
  decisionNumber: TextSchema(100).optional(),
  reason: TextSchema(1000).optional(),
});

export const ImportErrorSchema = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export const ImportPreviewSchema = z.object({
  totalRows: z.number().int(),
  validRows: z.number().int(),
  errors: z.array(ImportErrorSchema),
  sample: z.array(z.object({ row: z.number().int(), fullName: z.string(), unitName: z.string() })),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;
export const ImportCommitResultSchema = z.object({
  imported: z.number().int(),
  skippedRows: z.array(z.number().int()),
});

/** Anonymise a person on request (quality F3): the written reason is kept in the audit. */
export const PersonAnonymiseSchema = z.object({
  reason: TextSchema(2000).refine((s) => s.length >= 10, 'Hãy ghi lý do (ít nhất 10 ký tự)'),
});
export type PersonAnonymise = z.infer<typeof PersonAnonymiseSchema>;

/** What anonymisation did: counts only, never the old values. */
export const PersonAnonymisedSchema = z.object({
  id: z.string(),
  placeholderName: z.string(),
  anonymisedAt: z.string(),
  clearedFields: z.array(z.string()),
  counts: z.record(z.string(), z.number()),
});
export type PersonAnonymised = z.infer<typeof PersonAnonymisedSchema>;
