import { z } from 'zod';
import { UNIT_KINDS, UNIT_STATUSES } from '../codes';
import { IsoDateSchema, RequiredTextSchema, TextSchema, UuidSchema } from './common';

export const UnitSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  code: z.string().nullable(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(UNIT_KINDS),
  status: z.enum(UNIT_STATUSES),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  successorId: z.string().nullable(),
  depth: z.number().int(),
  version: z.number().int(),
});
export type Unit = z.infer<typeof UnitSchema>;

export const UnitListQuerySchema = z.object({
  includeInactive: z.enum(['true', 'false']).default('false'),
  q: TextSchema(200).optional(),
});
export const UnitListSchema = z.object({ items: z.array(UnitSchema) });

export const UnitChangeSchema = z.object({
  id: z.string(),
  kind: z.enum(['merge', 'split']),
  effectiveOn: z.string(),
  decisionNumber: z.string().nullable(),
  note: z.string().nullable(),
  sources: z.array(z.object({ id: z.string(), name: z.string() })),
  targets: z.array(z.object({ id: z.string(), name: z.string() })),
});

export const UnitDetailSchema = UnitSchema.extend({
  parentName: z.string().nullable(),
  successorName: z.string().nullable(),
  peopleCount: z.number().int(),
  childCount: z.number().int(),
  changes: z.array(UnitChangeSchema),
});
export type UnitDetail = z.infer<typeof UnitDetailSchema>;

export const UnitCreateSchema = z.object({
  parentId: UuidSchema,
  name: RequiredTextSchema(300),
  shortName: TextSchema(100).optional(),
  code: TextSchema(50).optional(),
  kind: z.enum(UNIT_KINDS, { message: 'Chọn loại đơn vị' }),
  validFrom: IsoDateSchema.optional(),
});
export type UnitCreate = z.infer<typeof UnitCreateSchema>;

export const UnitUpdateSchema = z.object({
  version: z.number().int().min(1),
  name: RequiredTextSchema(300).optional(),
  shortName: TextSchema(100).nullable().optional(),
  code: TextSchema(50).nullable().optional(),
  kind: z.enum(UNIT_KINDS).optional(),
});
export type UnitUpdate = z.infer<typeof UnitUpdateSchema>;

export const UnitMergeSchema = z.object({
  sourceUnitIds: z.array(UuidSchema).min(1, 'Chọn ít nhất một đơn vị được sáp nhập').max(50),
  /** Merge into an existing unit, or create the new unit the sources become. */
  targetUnitId: UuidSchema.optional(),
  newUnit: z
    .object({ parentId: UuidSchema, name: RequiredTextSchema(300), kind: z.enum(UNIT_KINDS) })
    .optional(),
  effectiveOn: IsoDateSchema,
  decisionNumber: TextSchema(100).optional(),
  note: TextSchema(1000).optional(),
});
export type UnitMerge = z.infer<typeof UnitMergeSchema>;

export const UnitSplitSchema = z.object({
  sourceUnitId: UuidSchema,
  targets: z
    .array(z.object({ name: RequiredTextSchema(300), kind: z.enum(UNIT_KINDS) }))
    .min(2, 'Chia tách cần ít nhất hai đơn vị mới')
    .max(20),
  effectiveOn: IsoDateSchema,
  decisionNumber: TextSchema(100).optional(),
  note: TextSchema(1000).optional(),
});
export type UnitSplit = z.infer<typeof UnitSplitSchema>;
