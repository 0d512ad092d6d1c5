import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  activateTemplate,
  type CertificateJob,
  fetchCertificateDecisions,
  fetchCertificateJob,
  fetchCertificateJobs,
  fetchTemplates,
  fetchVerification,
  startCertificateJob,
  type TemplateKey,
  type TemplateList,
  uploadTemplate,
} from '../api/documents-api';

const templatesKey = ['documents', 'templates'] as const;
const jobsKey = ['documents', 'certificate-jobs'] as const;

export function useTemplates() {
  return useQuery({ queryKey: templatesKey, queryFn: ({ signal }) => fetchTemplates(signal) });
}

export function useUploadTemplate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { key: TemplateKey; file: File; note: string }) =>
      uploadTemplate(input.key, input.file, input.note),
    onSuccess: (list: TemplateList) => client.setQueryData(templatesKey, list),
  });
}

export function useActivateTemplate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { key: TemplateKey; version: number }) => activateTemplate(input.key, input.version),
    onSuccess: (list: TemplateList) => client.setQueryData(templatesKey, list),
  });
}

export function useCertificateDecisions(q: string) {
  return useQuery({
    queryKey: ['documents', 'certificate-decisions', q],
    queryFn: ({ signal }) => fetchCertificateDecisions(q, signal),
  });
}

export function useCertificateJobs() {
  return useQuery({ queryKey: jobsKey, queryFn: ({ signal }) => fetchCertificateJobs(signal) });
}

/** A job's progress, polled every second while it runs. */
export function useCertificateJob(id: string | null) {
  const client = useQueryClient();
  return useQuery({
    queryKey: ['documents', 'certificate-job', id],
    queryFn: async ({ signal }) => {
      const job = await fetchCertificateJob(id!, signal);
      if (job.status !== 'running') await client.invalidateQueries({ queryKey: jobsKey });
      return job;
    },
    enabled: Boolean(id),
    refetchInterval: (query) =>
      (query.state.data as CertificateJob | undefined)?.status === 'running' ? 1000 : false,
  });
}

export function useStartCertificateJob() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { decisionNumber: string; issuer: string | null }) =>
      startCertificateJob(input.decisionNumber, input.issuer),
    onSuccess: () => client.invalidateQueries({ queryKey: jobsKey }),
  });
}

export function useVerification(code: string) {
  return useQuery({
    queryKey: ['documents', 'verify', code],
    queryFn: ({ signal }) => fetchVerification(code, signal),
    retry: false,
  });
}
