import type {
  Assessment,
  AssessmentMove,
  AssessmentSave,
  BlockCreate,
  BlockDetail,
  BlockHistory,
  BlockList,
  BlockUpdate,
  Matrix,
  Ranking,
  RoundSave,
  Sheet,
  SheetSave,
} from '../../../../../src/shared/api/blocks';
import { api, apiRequest, fileUrl } from '../../../lib/api';

const one = (id: string) => `/blocks/${encodeURIComponent(id)}`;
const sheetOf = (id: string, unitId: string) => `${one(id)}/assessments/${encodeURIComponent(unitId)}`;

export const fetchBlocks = (year: number | undefined, signal?: AbortSignal) =>
  api.get<BlockList>('/blocks', { year }, signal);
export const fetchBlock = (id: string, signal?: AbortSignal) =>
  api.get<BlockDetail>(one(id), undefined, signal);
export const createBlock = (body: BlockCreate) => api.post<BlockDetail>('/blocks', body);
export const updateBlock = (id: string, body: BlockUpdate) => api.put<BlockDetail>(one(id), body);
export function uploadCovenant(id: string, file: File) {
  const form = new FormData();
  form.set('file', file);
  return apiRequest<unknown>(`${one(id)}/covenant`, { method: 'POST', body: form });
}
export const covenantUrl = (id: string) => fileUrl(`${one(id)}/covenant`);

export const fetchSheet = (id: string, signal?: AbortSignal) =>
  api.get<Sheet>(`${one(id)}/sheet`, undefined, signal);
export const saveSheet = (id: string, body: SheetSave) => api.put<Sheet>(`${one(id)}/sheet`, body);
export const copySheet = (id: string, sourceBlockId?: string) =>
  api.post<Sheet>(`${one(id)}/sheet/copy`, { sourceBlockId });

export const saveRound = (id: string, body: RoundSave) => api.put<BlockDetail>(`${one(id)}/round`, body);
export const remindRound = (id: string) => api.post<{ notified: number }>(`${one(id)}/round/remind`);
export const lockRound = (id: string, version: number) =>
  api.post<BlockDetail>(`${one(id)}/round/lock`, { version });

export const fetchAssessment = (id: string, unitId: string, signal?: AbortSignal) =>
  api.get<Assessment>(sheetOf(id, unitId), undefined, signal);
export const saveAssessment = (id: string, unitId: string, body: AssessmentSave) =>
  api.put<Assessment>(sheetOf(id, unitId), body);
export const moveAssessment = (
  id: string,
  unitId: string,
  body: { action: AssessmentMove; version: number; reason?: string | null },
) => api.post<Assessment>(`${sheetOf(id, unitId)}/move`, body);

export const fetchRanking = (id: string, signal?: AbortSignal) =>
  api.get<Ranking>(`${one(id)}/ranking`, undefined, signal);
export const proposeFlag = (id: string, version: number, unitId?: string) =>
  api.post<{ dossierId: string; unitId: string }>(`${one(id)}/flag-proposal`, { version, unitId });

export const fetchMatrix = (id: string, signal?: AbortSignal) =>
  api.get<Matrix>(`${one(id)}/matrix`, undefined, signal);
export const matrixExcelUrl = (id: string) => fileUrl(`${one(id)}/matrix.xlsx`);
export const fetchHistory = (id: string, signal?: AbortSignal) =>
  api.get<BlockHistory>(`${one(id)}/history`, undefined, signal);

/** Launched movements the user sees, to link a block's target criteria to (first 100, newest first). */
export const fetchMovementOptions = (signal?: AbortSignal) =>
  api.get<{ items: { id: string; title: string; year: number; status: string }[] }>(
    '/movements',
    { pageSize: 100 },
    signal,
  );

const evidencePath = (id: string, unitId: string, criterionId: string) =>
  `${sheetOf(id, unitId)}/evidence/${encodeURIComponent(criterionId)}`;
export function uploadEvidence(id: string, unitId: string, criterionId: string, file: File) {
  const form = new FormData();
  form.set('file', file);
  return apiRequest<{ id: string; name: string }>(evidencePath(id, unitId, criterionId), {
    method: 'POST',
    body: form,
  });
}
export const evidenceUrl = (id: string, unitId: string, criterionId: string) =>
  fileUrl(evidencePath(id, unitId, criterionId));
