import type { StoredFile, StoredFileList, StoredFilePurpose } from '../../../../../src/shared/api/files';
import { api, apiRequest, fileUrl } from '../../../lib/api';

const base = (movementId: string) => `/movements/${encodeURIComponent(movementId)}/attachments`;

export function fetchAttachments(movementId: string) {
  return api.get<StoredFileList>(base(movementId));
}

export function uploadAttachment(movementId: string, file: File, purpose: StoredFilePurpose = 'attachment') {
  const form = new FormData();
  form.append('purpose', purpose);
  form.append('file', file);
  return apiRequest<StoredFile>(base(movementId), { method: 'POST', body: form });
}

export function setAttachmentPurpose(movementId: string, fileId: string, purpose: StoredFilePurpose) {
  return api.put<StoredFile>(`${base(movementId)}/${encodeURIComponent(fileId)}/purpose`, { purpose });
}

export function removeAttachment(movementId: string, fileId: string) {
  return apiRequest<{ ok: true }>(`${base(movementId)}/${encodeURIComponent(fileId)}`, { method: 'DELETE' });
}

/** The download link (served as an attachment; the session cookie goes along). */
export function attachmentUrl(movementId: string, fileId: string) {
  return fileUrl(`${base(movementId)}/${encodeURIComponent(fileId)}`);
}
