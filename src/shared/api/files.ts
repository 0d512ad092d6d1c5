import { z } from 'zod';

/*
 * Uploaded files (attachments, launching documents): what the API says about a stored file. The bytes
 * are downloaded from the owner's own route (e.g. /api/movements/:id/attachments/:fileId), always as an
 * attachment.
 */

export const STORED_FILE_KINDS = ['pdf', 'docx', 'xlsx', 'jpg', 'png', 'txt', 'md'] as const;
export type StoredFileKind = (typeof STORED_FILE_KINDS)[number];

export const STORED_FILE_PURPOSES = ['attachment', 'launch-document'] as const;
export type StoredFilePurpose = (typeof STORED_FILE_PURPOSES)[number];
export const STORED_FILE_PURPOSE_LABELS: Record<StoredFilePurpose, string> = {
  attachment: 'Tài liệu đính kèm',
  'launch-document': 'Văn bản phát động',
};

export const StoredFileSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(STORED_FILE_KINDS),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  purpose: z.enum(STORED_FILE_PURPOSES),
  uploadedAt: z.string(),
  uploadedByName: z.string().nullable(),
});
export type StoredFile = z.infer<typeof StoredFileSchema>;

export const StoredFileListSchema = z.object({ items: z.array(StoredFileSchema) });
export type StoredFileList = z.infer<typeof StoredFileListSchema>;

/** Give an attachment a purpose, e.g. mark it as the launching document. */
export const StoredFilePurposeSaveSchema = z.object({ purpose: z.enum(STORED_FILE_PURPOSES) });
export type StoredFilePurposeSave = z.infer<typeof StoredFilePurposeSaveSchema>;

/** Movement attachments: 20 MB each; what a movement may carry. */
export const MOVEMENT_ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
export const MOVEMENT_ATTACHMENT_KINDS = ['pdf', 'docx', 'xlsx', 'jpg', 'png', 'txt', 'md'] as const;
