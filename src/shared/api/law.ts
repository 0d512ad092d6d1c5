import { z } from 'zod';
import { IsoDateSchema, RequiredTextSchema, TextSchema } from './common';

export const LAW_OVERRIDE_KINDS = [
  'coefficient',
  'base-salary',
  'vote-threshold',
  'parameter',
  'authority',
] as const;
export const LAW_OVERRIDE_KIND_LABELS: Record<(typeof LAW_OVERRIDE_KINDS)[number], string> = {
  coefficient: 'Hệ số tiền thưởng',
  'base-salary': 'Mức lương cơ sở',
  'vote-threshold': 'Tỷ lệ phiếu bầu của Hội đồng',
  parameter: 'Tham số tiêu chuẩn (ví dụ: thời gian công tác tối thiểu, tỷ lệ CSTĐCS/LĐTT)',
  authority: 'Thẩm quyền khen thưởng',
};

/** A dated change to the catalogue; the engine checks the target exists and the value fits the kind. */
export const LawOverrideCreateSchema = z.object({
  kind: z.enum(LAW_OVERRIDE_KINDS, { message: 'Chọn loại điều chỉnh' }),
  target: RequiredTextSchema(200),
  value: z.union([z.number().finite(), z.boolean(), z.null()]),
  effectiveFrom: IsoDateSchema,
  effectiveTo: IsoDateSchema.optional(),
  source: RequiredTextSchema(500),
  note: TextSchema(1000).optional(),
});
export type LawOverrideCreate = z.infer<typeof LawOverrideCreateSchema>;

/** Responses carry plain strings (no transforms: a response is encoded, not parsed). */
export const LawOverrideSchema = z.object({
  id: z.string(),
  kind: z.enum(LAW_OVERRIDE_KINDS),
  target: z.string(),
  value: z.union([z.number(), z.boolean(), z.null()]),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  source: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type LawOverrideItem = z.infer<typeof LawOverrideSchema>;

export const LawOverrideEndSchema = z.object({ effectiveTo: IsoDateSchema });

export const CatalogueSchema = z.object({
  awards: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      awardClass: z.enum(['title', 'form']),
      kinds: z.array(z.string()),
      source: z.string(),
      effectiveFrom: z.string(),
      effectiveTo: z.string().nullable(),
      verified: z.boolean(),
      note: z.string().nullable(),
      criteria: z.array(z.object({ id: z.string(), label: z.string(), isQualitative: z.boolean() })),
    }),
  ),
  unverified: z.array(z.object({ ref: z.string(), source: z.string(), note: z.string() })),
  overrides: z.array(LawOverrideSchema),
  baseSalary: z.array(
    z.object({ value: z.number(), from: z.string(), to: z.string().nullable(), source: z.string() }),
  ),
});
export type CatalogueView = z.infer<typeof CatalogueSchema>;
