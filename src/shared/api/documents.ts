import { z } from 'zod';
import { RequiredTextSchema, TextSchema, UuidSchema } from './common';

/*
 * Word templates an administrator can replace (versioned), certificate batches for a decision, and
 * the public verification of a certificate's QR code.
 */

export const TEMPLATE_KEYS = [
  'decision',
  'cover-letter',
  'achievement-individual',
  'achievement-collective',
  'council-minutes',
  'vote-tally',
  'review-report',
  'pledge-list',
] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];
export const TemplateKeySchema = z.enum(TEMPLATE_KEYS);

export const TEMPLATE_LABELS: Record<TemplateKey, string> = {
  decision: 'Quyết định khen thưởng (kèm danh sách)',
  'cover-letter': 'Tờ trình đề nghị khen thưởng (Mẫu 01)',
  'achievement-individual': 'Báo cáo thành tích cá nhân (Mẫu 05)',
  'achievement-collective': 'Báo cáo thành tích tập thể',
  'council-minutes': 'Biên bản họp Hội đồng Thi đua - Khen thưởng',
  'vote-tally': 'Biên bản kiểm phiếu',
  'review-report': 'Báo cáo sơ kết, tổng kết phong trào',
  'pledge-list': 'Bản đăng ký thi đua',
};

export const TemplateVersionSchema = z.object({
  version: z.number().int(),
  fileName: z.string(),
  /** true for version 1 shipped with the software. */
  builtIn: z.boolean(),
  uploadedBy: z.string().nullable(),
  uploadedAt: z.string().nullable(),
  note: z.string().nullable(),
  sha256: z.string().nullable(),
  active: z.boolean(),
});
export type TemplateVersion = z.infer<typeof TemplateVersionSchema>;

export const TemplateSummarySchema = z.object({
  key: TemplateKeySchema,
  label: z.string(),
  activeVersion: z.number().int(),
  /** Newest first. */
  versions: z.array(TemplateVersionSchema),
  /** The placeholders the template may use (for the administrator editing it in Word). */
  fields: z.array(z.string()),
});
export type TemplateSummary = z.infer<typeof TemplateSummarySchema>;

export const TemplateListSchema = z.object({
  items: z.array(TemplateSummarySchema),
  /** Whether the server can make a PDF preview (LibreOffice installed). */
  pdfPreview: z.boolean(),
});
export type TemplateList = z.infer<typeof TemplateListSchema>;

export const TemplateActivateSchema = z.object({ version: z.number().int().min(1).max(100_000) });

export const TemplatePreviewQuerySchema = z.object({ format: z.enum(['docx', 'pdf']).default('docx') });

/** A decision in the award registry whose certificates can be printed. */
export const CertificateDecisionSchema = z.object({
  decisionNumber: z.string(),
  decisionDate: z.string().nullable(),
  issuer: z.string().nullable(),
  awardCodes: z.array(z.string()),
  count: z.number().int(),
});
export const CertificateDecisionListSchema = z.object({ items: z.array(CertificateDecisionSchema) });
export type CertificateDecision = z.infer<typeof CertificateDecisionSchema>;

export const CertificateDecisionQuerySchema = z.object({ q: TextSchema(100).optional() });

export const CertificateJobCreateSchema = z.object({
  decisionNumber: RequiredTextSchema(100),
  /** Narrows to one issuer when two bodies used the same number. */
  issuer: TextSchema(300).optional(),
});
export type CertificateJobCreate = z.infer<typeof CertificateJobCreateSchema>;

export const CERTIFICATE_JOB_STATUSES = ['running', 'done', 'failed'] as const;

export const CertificateJobSchema = z.object({
  id: UuidSchema,
  decisionNumber: z.string(),
  issuer: z.string().nullable(),
  status: z.enum(CERTIFICATE_JOB_STATUSES),
  total: z.number().int(),
  done: z.number().int(),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type CertificateJob = z.infer<typeof CertificateJobSchema>;

/** What anyone scanning a certificate's QR code sees: never a sensitive field. */
export const VerificationSchema = z.object({
  status: z.enum(['valid', 'revoked', 'unverifiable']),
  awardName: z.string().nullable(),
  recipientName: z.string().nullable(),
  unitName: z.string().nullable(),
  year: z.number().int().nullable(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  issuer: z.string().nullable(),
  revokedOn: z.string().nullable(),
});
export type Verification = z.infer<typeof VerificationSchema>;
