import { z } from 'zod';
import { IsoDateSchema, PageQuerySchema, paginated, TextSchema } from './common';

export const AuditQuerySchema = PageQuerySchema.extend({
  action: TextSchema(100).optional(),
  actor: TextSchema(200).optional(),
  objectType: TextSchema(50).optional(),
  objectId: TextSchema(100).optional(),
  result: z.enum(['ok', 'denied', 'failed']).optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

export const AuditEventSchema = z.object({
  id: z.number().int(),
  occurredAt: z.string(),
  actorUserId: z.string().nullable(),
  actorLabel: z.string().nullable(),
  unitId: z.string().nullable(),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  result: z.enum(['ok', 'denied', 'failed']),
  ip: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export const AuditListSchema = paginated(AuditEventSchema);

export const AuditVerifySchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBadId: z.number().int().nullable(),
  problem: z.string().nullable(),
});
export type AuditVerify = z.infer<typeof AuditVerifySchema>;
