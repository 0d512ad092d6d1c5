import { z } from 'zod';
import {
  IsoDateSchema,
  PageQuerySchema,
  paginated,
  RequiredTextSchema,
  TextSchema,
  UuidSchema,
} from './common';
import { RECIPIENT_KINDS } from './registry';

/** Award decisions (quyết định khen thưởng): drafted by the office, signed and issued by the chairman. */
export const DECISION_STATUSES = ['draft', 'issued'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];
export const DECISION_STATUS_LABELS: Record<DecisionStatus, string> = {
  draft: 'Dự thảo',
  issued: 'Đã ban hành',
};

/** The conferring level of the issuer (selects the authority matrix and the prize coefficient). */
export const AUTHORITY_LEVELS = ['commune', 'district', 'province', 'agency', 'enterprise'] as const;
export type AuthorityLevelCode = (typeof AUTHORITY_LEVELS)[number];
export const AUTHORITY_LEVEL_LABELS: Record<AuthorityLevelCode, string> = {
  commune: 'Cấp xã, phường',
  district: 'Cấp huyện (trước 01/7/2025)',
  province: 'Cấp tỉnh',
  agency: 'Thủ trưởng cơ quan, đơn vị',
  enterprise: 'Doanh nghiệp',
};

export const DecisionListQuerySchema = PageQuerySchema.extend({
  status: z.enum(DECISION_STATUSES).optional(),
  year: z.coerce.number().int().min(1900).max(2100).optional(),
});
export type DecisionListQuery = z.infer<typeof DecisionListQuerySchema>;

const LinesSchema = (max: number, maxItems: number) =>
  z
    .array(TextSchema(max))
    .max(maxItems, `Tối đa ${maxItems} dòng`)
    .transform((lines) => lines.filter((l) => l.length > 0));

/** A draft: the issuer, the dossiers it answers, the wording and the signer. */
export const DecisionSaveSchema = z.object({
  issuerUnitId: UuidSchema,
  issuerName: RequiredTextSchema(200),
  parentIssuer: TextSchema(200).optional(),
  symbol: RequiredTextSchema(30).refine(
    (s) => /^[\p{L}\d-]+$/u.test(s),
    'Ký hiệu chỉ gồm chữ, số và dấu "-", ví dụ QĐ-UBND',
  ),
  place: RequiredTextSchema(100),
  /** The planned signing date; replaced by the actual date when issued. */
  decisionDate: IsoDateSchema,
  subject: TextSchema(500).optional(),
  legalBases: LinesSchema(600, 20),
  proposedBy: TextSchema(300).optional(),
  signerAuthority: TextSchema(100).optional(),
  signerPosition: RequiredTextSchema(100),
  signerName: RequiredTextSchema(100),
  recipients: LinesSchema(200, 30),
  authorityLevel: z.enum(AUTHORITY_LEVELS),
  dossierIds: z
    .array(UuidSchema)
    .min(1, 'Chọn ít nhất một hồ sơ')
    .max(100, 'Tối đa 100 hồ sơ')
    .refine((ids) => new Set(ids).size === ids.length, 'Mỗi hồ sơ chỉ chọn một lần'),
});
export type DecisionSave = z.infer<typeof DecisionSaveSchema>;
export type DecisionSaveInput = z.input<typeof DecisionSaveSchema>;

export const DecisionUpdateSchema = DecisionSaveSchema.extend({ version: z.number().int().min(1) });
export type DecisionUpdate = z.infer<typeof DecisionUpdateSchema>;

export const DecisionIssueSchema = z.object({
  version: z.number().int().min(1),
  /** The signing date: today unless given (not in the future). */
  decisionDate: IsoDateSchema.optional(),
});
export type DecisionIssue = z.infer<typeof DecisionIssueSchema>;

export const DecisionEntrySchema = z.object({
  id: z.string(),
  dossierId: z.string(),
  recipientKind: z.enum(RECIPIENT_KINDS),
  personId: z.string().nullable(),
  unitId: z.string(),
  displayName: z.string(),
  positionUnit: z.string(),
  awardCode: z.string(),
  awardName: z.string(),
  coefficient: z.number(),
  baseSalary: z.number().int(),
  /** Integer VND. */
  prizeAmount: z.number().int(),
  goldenBookNumber: z.string().nullable(),
  awardGrantId: z.string().nullable(),
});
export type DecisionEntry = z.infer<typeof DecisionEntrySchema>;

export const DecisionDossierSchema = z.object({
  id: z.string(),
  title: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  status: z.string(),
});

export const DecisionSchema = z.object({
  id: z.string(),
  status: z.enum(DECISION_STATUSES),
  issuerUnitId: z.string(),
  issuerName: z.string(),
  parentIssuer: z.string().nullable(),
  symbol: z.string(),
  place: z.string(),
  year: z.number().int(),
  number: z.number().int().nullable(),
  numberText: z.string().nullable(),
  decisionDate: z.string(),
  subject: z.string(),
  legalBases: z.array(z.string()),
  proposedBy: z.string(),
  signerAuthority: z.string(),
  signerPosition: z.string(),
  signerName: z.string(),
  recipients: z.array(z.string()),
  authorityLevel: z.enum(AUTHORITY_LEVELS),
  awardCode: z.string().nullable(),
  awardName: z.string().nullable(),
  /** Whether the issuer's level may confer the award on the decision date (issuing is refused if not). */
  canConfer: z.boolean(),
  canConferSource: z.string().nullable(),
  dossiers: z.array(DecisionDossierSchema),
  entries: z.array(DecisionEntrySchema),
  totalAmount: z.number().int(),
  issuedAt: z.string().nullable(),
  issuedBy: z.string().nullable(),
  createdBy: z.string().nullable(),
  version: z.number().int(),
});
export type Decision = z.infer<typeof DecisionSchema>;

export const DecisionListItemSchema = z.object({
  id: z.string(),
  status: z.enum(DECISION_STATUSES),
  numberText: z.string().nullable(),
  decisionDate: z.string(),
  issuerName: z.string(),
  subject: z.string(),
  awardName: z.string().nullable(),
  entryCount: z.number().int(),
  totalAmount: z.number().int(),
});
export type DecisionListItem = z.infer<typeof DecisionListItemSchema>;
export const DecisionListSchema = paginated(DecisionListItemSchema);
export type DecisionList = z.infer<typeof DecisionListSchema>;

/** A dossier whose public notice has ended and that no decision answers yet. */
export const ReadyDossierSchema = z.object({
  id: z.string(),
  title: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  awardCode: z.string(),
  awardName: z.string(),
  year: z.number().int(),
  nomineeCount: z.number().int(),
  noticeEndsOn: z.string().nullable(),
});
export type ReadyDossier = z.infer<typeof ReadyDossierSchema>;
export const ReadyDossierListSchema = z.object({ items: z.array(ReadyDossierSchema) });

/** Defaults for a new draft, from the user's unit and the catalogue. */
export const DecisionDefaultsSchema = z.object({
  issuerUnitId: z.string().nullable(),
  issuerName: z.string(),
  parentIssuer: z.string(),
  symbol: z.string(),
  place: z.string(),
  legalBases: z.array(z.string()),
  proposedBy: z.string(),
  signerAuthority: z.string(),
  signerPosition: z.string(),
  signerName: z.string(),
  recipients: z.array(z.string()),
  authorityLevel: z.enum(AUTHORITY_LEVELS),
});
export type DecisionDefaults = z.infer<typeof DecisionDefaultsSchema>;
