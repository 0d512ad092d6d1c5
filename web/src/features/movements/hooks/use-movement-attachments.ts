import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { StoredFilePurpose } from '../../../../../src/shared/api/files';
import {
  fetchAttachments,
  removeAttachment,
  setAttachmentPurpose,
  uploadAttachment,
} from '../api/movement-attachments-api';

const key = (movementId: string) => ['movements', 'attachments', movementId] as const;

export function useAttachments(movementId: string) {
  return useQuery({ queryKey: key(movementId), queryFn: () => fetchAttachments(movementId) });
}

function useRefresh(movementId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: key(movementId) });
}

export function useUploadAttachment(movementId: string) {
  const refresh = useRefresh(movementId);
  return useMutation({
    mutationFn: ({ file, purpose }: { file: File; purpose?: StoredFilePurpose }) =>
      uploadAttachment(movementId, file, purpose),
    onSuccess: refresh,
  });
}

export function useSetAttachmentPurpose(movementId: string) {
  const refresh = useRefresh(movementId);
  return useMutation({
    mutationFn: ({ fileId, purpose }: { fileId: string; purpose: StoredFilePurpose }) =>
      setAttachmentPurpose(movementId, fileId, purpose),
    onSuccess: refresh,
  });
}

export function useRemoveAttachment(movementId: string) {
  const refresh = useRefresh(movementId);
  return useMutation({
    mutationFn: (fileId: string) => removeAttachment(movementId, fileId),
    onSuccess: refresh,
  });
}
