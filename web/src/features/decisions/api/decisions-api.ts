import type {
  Decision,
  DecisionDefaults,
  DecisionIssue,
  DecisionList,
  DecisionSaveInput,
  DecisionStatus,
  ReadyDossier,
} from '../../../../../src/shared/api/decisions';
import { api, apiRequest, fileUrl } from '../../../lib/api';

export function fetchDecisions(status: DecisionStatus | undefined, page: number, pageSize: number) {
  return api.get<DecisionList>('/decisions', { status, page, pageSize });
}

export const fetchDecision = (id: string) => api.get<Decision>(`/decisions/${encodeURIComponent(id)}`);
export const fetchDefaults = () => api.get<DecisionDefaults>('/decisions/defaults');
export const fetchReadyDossiers = () => api.get<{ items: ReadyDossier[] }>('/decisions/ready-dossiers');
export const createDecision = (body: DecisionSaveInput) => api.post<Decision>('/decisions', body);
export const updateDecision = (id: string, body: DecisionSaveInput & { version: number }) =>
  api.put<Decision>(`/decisions/${encodeURIComponent(id)}`, body);
export const deleteDecision = (id: string, version: number) =>
  apiRequest<{ ok: true }>(`/decisions/${encodeURIComponent(id)}`, { method: 'DELETE', query: { version } });
export const issueDecision = (id: string, body: DecisionIssue) =>
  api.post<Decision>(`/decisions/${encodeURIComponent(id)}/issue`, body);
export const decisionDocxUrl = (id: string) => fileUrl(`/decisions/${encodeURIComponent(id)}/document.docx`);
