import { z } from 'zod';
import { IsoDateSchema, UuidSchema } from './common';

export const AUTHORITY_LEVELS = ['commune', 'district', 'province', 'agency', 'enterprise'] as const;
export const AUTHORITY_LEVEL_LABELS: Record<(typeof AUTHORITY_LEVELS)[number], string> = {
  commune: 'Chủ tịch UBND cấp xã',
  district: 'Chủ tịch UBND cấp huyện (trước 01/07/2025)',
  province: 'Chủ tịch UBND cấp tỉnh',
  agency: 'Thủ trưởng cơ quan, đơn vị',
  enterprise: 'Giám đốc doanh nghiệp',
};

export const SuggestionQuerySchema = z.object({
  unitId: UuidSchema.optional(),
  year: z.coerce.number().int().min(2000).max(2100),
  authority: z.enum(AUTHORITY_LEVELS).default('commune'),
  decisionDate: IsoDateSchema.optional(),
});
export type SuggestionQuery = z.infer<typeof SuggestionQuerySchema>;

export const SuggestionSchema = z.object({
  kind: z.enum(['individual', 'collective']),
  personId: z.string().nullable(),
  unitId: z.string(),
  name: z.string(),
  unitName: z.string(),
  award: z.string(),
  awardName: z.string(),
  status: z.enum(['eligible', 'needs-attestation']),
  canConfer: z.boolean(),
  /** Criteria the data already satisfies, with their articles. */
  reasons: z.array(z.string()),
  /** Criteria only a person can judge, still to be attested. */
  pending: z.array(z.string()),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;
export const SuggestionListSchema = z.object({ year: z.number().int(), items: z.array(SuggestionSchema) });

export const PersonEvaluationQuerySchema = z.object({
  award: z.string().min(1).max(80),
  year: z.coerce.number().int().min(2000).max(2100),
  authority: z.enum(AUTHORITY_LEVELS).default('commune'),
  decisionDate: IsoDateSchema.optional(),
});
