import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OkSchema, UuidSchema } from '../../../shared/api/common';
import {
  MOVEMENT_ATTACHMENT_MAX_BYTES,
  STORED_FILE_PURPOSES,
  StoredFileListSchema,
  type StoredFilePurpose,
  StoredFilePurposeSaveSchema,
  StoredFileSchema,
} from '../../../shared/api/files';
import type { AppContext } from '../../app-context';
import { badRequest } from '../../http/app-error';
import { actorOf, guard } from '../../http/guard';
import { readUploadForm } from '../files/read-upload-form';
import { sendStoredFile } from '../files/send-stored-file';
import {
  addMovementAttachment,
  listMovementAttachments,
  loadMovementAttachment,
  removeMovementAttachment,
  setMovementAttachmentPurpose,
} from './movement-attachments';

const MovementParams = z.object({ id: UuidSchema });
const FileParams = z.object({ id: UuidSchema, fileId: UuidSchema });

function purposeOf(value: string): StoredFilePurpose {
  if (value === '') return 'attachment';
  if ((STORED_FILE_PURPOSES as readonly string[]).includes(value)) return value as StoredFilePurpose;
  throw badRequest('Loại tài liệu không hợp lệ.', [{ path: 'purpose', message: 'Không hợp lệ' }]);
}

/** Attachments of a movement: list, upload (multipart `file`, optional `purpose`), download, mark, remove. */
export function registerMovementAttachmentRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<ZodTypeProvider>();
  const read = guard(app, { permission: 'movement.read' });
  const write = guard(app, { permission: 'movement.write' });
  const { db } = app.database;

  r.get(
    '/movements/:id/attachments',
    { preHandler: read, schema: { params: MovementParams, response: { 200: StoredFileListSchema } } },
    async (request) => listMovementAttachments(db, actorOf(request), request.params.id),
  );

  r.post(
    '/movements/:id/attachments',
    { preHandler: write, schema: { params: MovementParams, response: { 200: StoredFileSchema } } },
    async (request) => {
      const form = await readUploadForm(request, {
        maxBytes: MOVEMENT_ATTACHMENT_MAX_BYTES,
        fields: ['purpose'],
        what: 'tệp đính kèm',
      });
      const purpose = purposeOf(form.fields.purpose ?? '');
      const actor = actorOf(request);
      return db.transaction((tx) =>
        addMovementAttachment(tx, actor, request.params.id, {
          filename: form.filename,
          buffer: form.buffer,
          purpose,
        }),
      );
    },
  );

  r.get(
    '/movements/:id/attachments/:fileId',
    { preHandler: read, schema: { params: FileParams } },
    async (request, reply) =>
      sendStoredFile(
        reply,
        await loadMovementAttachment(db, actorOf(request), request.params.id, request.params.fileId),
      ),
  );

  r.put(
    '/movements/:id/attachments/:fileId/purpose',
    {
      preHandler: write,
      schema: { params: FileParams, body: StoredFilePurposeSaveSchema, response: { 200: StoredFileSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      const { id, fileId } = request.params;
      return db.transaction((tx) =>
        setMovementAttachmentPurpose(tx, actor, id, fileId, request.body.purpose),
      );
    },
  );

  r.delete(
    '/movements/:id/attachments/:fileId',
    { preHandler: write, schema: { params: FileParams, response: { 200: OkSchema } } },
    async (request) => {
      const actor = actorOf(request);
      await db.transaction((tx) =>
        removeMovementAttachment(tx, actor, request.params.id, request.params.fileId),
      );
      return { ok: true as const };
    },
  );
}
