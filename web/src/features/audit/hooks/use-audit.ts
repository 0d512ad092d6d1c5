import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { AuditFilters } from '../api/audit-api';
import { fetchAuditEvents, verifyAuditChain } from '../api/audit-api';

export function useAuditEvents(filters: AuditFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['audit', 'list', filters, page, pageSize],
    queryFn: () => fetchAuditEvents(filters, page, pageSize),
    placeholderData: keepPreviousData,
  });
}

/** A read, but run on demand: walking the whole chain is not free. */
export function useVerifyAuditChain() {
  return useMutation({ mutationFn: verifyAuditChain });
}
