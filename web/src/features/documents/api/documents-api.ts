import type {
  CertificateDecision,
  CertificateJob,
  TemplateKey,
  TemplateList,
  Verification,
} from '../../../../../src/shared/api/documents';
import { api, apiRequest, fileUrl } from '../../../lib/api';

export type { CertificateDecision, CertificateJob, TemplateKey, TemplateList, Verification };

export function fetchTemplates(signal?: AbortSignal) {
  return api.get<TemplateList>('/document-templates', undefined, signal);
}

export function uploadTemplate(key: TemplateKey, file: File, note: string) {
  const form = new FormData();
  form.set('note', note);
  form.set('file', file, file.name);
  return apiRequest<TemplateList>(`/document-templates/${key}`, { method: 'POST', body: form });
}

export function activateTemplate(key: TemplateKey, version: number) {
  return api.post<TemplateList>(`/document-templates/${key}/activate`, { version });
}

export function templateFileUrl(key: TemplateKey, version: number) {
  return fileUrl(`/document-templates/${key}/versions/${version}/file`);
}

export function templatePreviewUrl(key: TemplateKey, version: number, format: 'docx' | 'pdf') {
  return fileUrl(`/document-templates/${key}/versions/${version}/preview`, { format });
}

export function fetchCertificateDecisions(q: string, signal?: AbortSignal) {
  return api.get<{ items: CertificateDecision[] }>('/certificates/decisions', { q }, signal);
}

export function fetchCertificateJobs(signal?: AbortSignal) {
  return api.get<{ items: CertificateJob[] }>('/certificates/jobs', undefined, signal);
}

export function fetchCertificateJob(id: string, signal?: AbortSignal) {
  return api.get<CertificateJob>(`/certificates/jobs/${encodeURIComponent(id)}`, undefined, signal);
}

export function startCertificateJob(decisionNumber: string, issuer: string | null) {
  return api.post<CertificateJob>('/certificates/jobs', { decisionNumber, ...(issuer ? { issuer } : {}) });
}

export function certificateJobFileUrl(id: string) {
  return fileUrl(`/certificates/jobs/${encodeURIComponent(id)}/file`);
}

export function fetchVerification(code: string, signal?: AbortSignal) {
  return api.get<Verification>(`/public/verify/${encodeURIComponent(code)}`, undefined, signal);
}
