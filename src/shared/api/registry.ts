import { z } from 'zod';
import {
  IsoDateSchema,
  PageQuerySchema,
  paginated,
  RequiredTextSchema,
  TextSchema,
  UuidSchema,
} from './common';

/** The award registry (sổ khen thưởng): every title and form granted, valid or revoked (Law Art 93). */
export const GRANT_STATUSES = ['valid', 'revoked'] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];
export const GRANT_STATUS_LABELS: Record<GrantStatus, string> = {
  valid: 'Còn hiệu lực',
  revoked: 'Đã thu hồi',
};

export const RECIPIENT_KINDS = ['individual', 'collective', 'household'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];
export const RECIPIENT_KIND_LABELS: Record<RecipientKind, string> = {
  individual: 'Cá nhân',
  collective: 'Tập thể',
  household: 'Hộ gia đình',
};

const YearSchema = z.coerce.number().int().min(1900).max(2100);

export const RegistryQuerySchema = PageQuerySchema.extend({
  /** Name of the person, unit or household, the award's name or the decision number (no accents needed). */
  q: TextSchema(200).optional(),
  /** Grants of this unit and its sub-units. */
  unitId: UuidSchema.optional(),
  personId: UuidSchema.optional(),
  awardCode: TextSchema(60).optional(),
  year: YearSchema.optional(),
  /** Part of the decision number, e.g. "123" or "123/QĐ-UBND". */
  decision: TextSchema(100).optional(),
  status: z.enum(GRANT_STATUSES).optional(),
  kind: z.enum(RECIPIENT_KINDS).optional(),
});
export type RegistryQuery = z.infer<typeof RegistryQuerySchema>;

export const RegistryEntrySchema = z.object({
  id: z.string(),
  awardCode: z.string(),
  awardName: z.string(),
  recipientKind: z.enum(RECIPIENT_KINDS),
  /** Person, collective or household name, as printed in the decision. */
  recipientName: z.string(),
  personId: z.string().nullable(),
  unitId: z.string(),
  unitName: z.string(),
  year: z.number().int(),
  track: z.string(),
  decisionId: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  issuer: z.string().nullable(),
  goldenBookNumber: z.string().nullable(),
  /** Integer VND from the decision's annex; null for grants recorded without a decision in the system. */
  prizeAmount: z.number().int().nullable(),
  status: z.enum(GRANT_STATUSES),
  revokedOn: z.string().nullable(),
  revokeReason: z.string().nullable(),
  version: z.number().int(),
});
export type RegistryEntry = z.infer<typeof RegistryEntrySchema>;
export const RegistryListSchema = paginated(RegistryEntrySchema);
export type RegistryList = z.infer<typeof RegistryListSchema>;

/** Every grant of one person, or of one unit (its collective awards and those of its people). */
export const AwardHistorySchema = z.object({
  subject: z.object({
    kind: z.enum(['person', 'unit']),
    id: z.string(),
    name: z.string(),
    /** The person's unit, or the unit's parent. */
    unitName: z.string().nullable(),
  }),
  items: z.array(RegistryEntrySchema),
});
export type AwardHistory = z.infer<typeof AwardHistorySchema>;

/** Revocation (Law Art 93): the grant stays in the registry, marked, and stops counting. */
export const GrantRevokeSchema = z.object({
  version: z.number().int().min(1),
  reason: RequiredTextSchema(2000),
  revokedOn: IsoDateSchema,
  /** The revoking document, if any ("45/QĐ-UBND"): kept in the reason line. */
  documentNumber: TextSchema(100).optional(),
});
export type GrantRevoke = z.infer<typeof GrantRevokeSchema>;
