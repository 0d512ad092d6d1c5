import type { z } from 'zod';
import type {
  IndicatorCreate,
  IndicatorUpdate,
  PlannedSave,
  ReportSave,
  TargetBoard,
  TargetImportKind,
  TargetImportPreview,
  TargetImportResultSchema,
} from '../../../../../src/shared/api/targets';
import { api, apiRequest, fileUrl } from '../../../lib/api';

export type TargetImportResult = z.infer<typeof TargetImportResultSchema>;

const base = (movementId: string) => `/movements/${encodeURIComponent(movementId)}/targets`;

export function fetchTargetBoard(movementId: string, signal?: AbortSignal) {
  return api.get<TargetBoard>(base(movementId), undefined, signal);
}

export function createIndicator(movementId: string, body: IndicatorCreate) {
  return api.post<TargetBoard>(`${base(movementId)}/indicators`, body);
}

export function updateIndicator(movementId: string, indicatorId: string, body: IndicatorUpdate) {
  return api.put<TargetBoard>(`${base(movementId)}/indicators/${encodeURIComponent(indicatorId)}`, body);
}

export function deleteIndicator(movementId: string, indicatorId: string, version: number) {
  return apiRequest<{ ok: true }>(`${base(movementId)}/indicators/${encodeURIComponent(indicatorId)}`, {
    method: 'DELETE',
    query: { version },
  });
}

export function savePlanned(movementId: string, indicatorId: string, body: PlannedSave) {
  return api.put<TargetBoard>(
    `${base(movementId)}/indicators/${encodeURIComponent(indicatorId)}/planned`,
    body,
  );
}

export function saveReport(movementId: string, unitId: string, body: ReportSave) {
  return api.put<TargetBoard>(`${base(movementId)}/units/${encodeURIComponent(unitId)}/reports`, body);
}

function importForm(kind: TargetImportKind, file: File): FormData {
  const form = new FormData();
  form.set('kind', kind);
  form.set('file', file);
  return form;
}

export function previewTargetImport(movementId: string, kind: TargetImportKind, file: File) {
  return api.post<TargetImportPreview>(`${base(movementId)}/import/preview`, importForm(kind, file));
}

export function commitTargetImport(movementId: string, kind: TargetImportKind, file: File) {
  return api.post<TargetImportResult>(`${base(movementId)}/import/commit`, importForm(kind, file));
}

export function targetsExportUrl(movementId: string) {
  return fileUrl(`${base(movementId)}.xlsx`);
}

export function uploadEvidenceFile(movementId: string, reportId: string, file: File) {
  const form = new FormData();
  form.set('file', file);
  return api.post<TargetBoard>(
    `${base(movementId)}/reports/${encodeURIComponent(reportId)}/evidence-file`,
    form,
  );
}

export function evidenceFileUrl(movementId: string, reportId: string) {
  return fileUrl(`${base(movementId)}/reports/${encodeURIComponent(reportId)}/evidence-file`);
}
