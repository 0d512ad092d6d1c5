import type { z } from 'zod';
import type { AuditEventSchema, AuditVerify } from '../../../../../src/shared/api/audit';
import { api } from '../../../lib/api';

export type AuditEvent = z.infer<typeof AuditEventSchema>;

export interface AuditFilters {
  action?: string;
  actor?: string;
  objectType?: string;
  objectId?: string;
  result?: AuditEvent['result'];
  from?: string;
  to?: string;
}

export function fetchAuditEvents(filters: AuditFilters, page: number, pageSize: number) {
  return api.get<{ items: AuditEvent[]; total: number; page: number; pageSize: number }>('/audit', {
    ...filters,
    page,
    pageSize,
  });
}

export function verifyAuditChain() {
  return api.get<AuditVerify>('/audit/verify');
}
