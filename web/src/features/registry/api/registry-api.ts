import type {
  AwardHistory,
  GrantRevoke,
  GrantStatus,
  RecipientKind,
  RegistryEntry,
  RegistryList,
} from '../../../../../src/shared/api/registry';
import type { Query } from '../../../lib/api';
import { api, fileUrl } from '../../../lib/api';

export interface RegistryFilters {
  q?: string;
  unitId?: string;
  awardCode?: string;
  year?: number;
  decision?: string;
  status?: GrantStatus;
  kind?: RecipientKind;
}

function filterQuery(f: RegistryFilters): Query {
  return {
    q: f.q?.trim() || undefined,
    unitId: f.unitId,
    awardCode: f.awardCode,
    year: f.year,
    decision: f.decision?.trim() || undefined,
    status: f.status,
    kind: f.kind,
  };
}

export function fetchRegistry(
  filters: RegistryFilters,
  page: number,
  pageSize: number,
  signal?: AbortSignal,
) {
  return api.get<RegistryList>('/registry', { ...filterQuery(filters), page, pageSize }, signal);
}

export const registryExportUrl = (filters: RegistryFilters) =>
  fileUrl('/registry.xlsx', filterQuery(filters));

export function fetchHistory(kind: 'person' | 'unit', id: string) {
  return api.get<AwardHistory>(
    `/registry/${kind === 'person' ? 'people' : 'units'}/${encodeURIComponent(id)}`,
  );
}

export function revokeGrant(id: string, body: GrantRevoke) {
  return api.post<RegistryEntry>(`/registry/${encodeURIComponent(id)}/revoke`, body);
}

/** Award names for the filter, from the law catalogue in force. */
export function fetchAwardOptions() {
  return api.get<{ awards: { code: string; name: string }[] }>('/law/catalogue');
}
