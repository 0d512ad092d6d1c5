import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { UuidSchema } from '../../../shared/api/common';
import {
  MovementDetailSchema,
  MovementDraftSchema,
  MovementListQuerySchema,
  MovementListSchema,
  MovementSaveSchema,
  MovementUpdateSchema,
} from '../../../shared/api/movements';
import type { AppContext } from '../../app-context';
import { badRequest } from '../../http/app-error';
import { actorOf, guard } from '../../http/guard';
import { closeMovement } from './close-movement';
import { createMovement } from './create-movement';
import { draftMovementFromDocument, type UploadedDocument } from './draft-movement-from-document';
import { getMovement } from './get-movement';
import { launchMovement } from './launch-movement';
import { registerMovementAttachmentRoutes } from './movement-attachments.routes';
import { listMovements } from './movements.queries';
import { updateMovement } from './update-movement';

const IdParams = z.object({ id: UuidSchema });

/** A launching document is a few pages; 10 MB leaves room for a .docx with a scanned signature. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

const noFile = () =>
  badRequest('Hãy chọn văn bản phát động (.docx, .txt hoặc .md) để tải lên.', [
    { path: 'file', message: 'Chưa có tệp' },
  ]);

/** The one file of the multipart form, in field `file`. */
async function readDocumentUpload(request: FastifyRequest): Promise<UploadedDocument> {
  if (!request.isMultipart()) throw noFile();
  let file: UploadedDocument | undefined;
  try {
    for await (const part of request.parts({ limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1 } })) {
      if (part.type !== 'file') continue;
      const buffer = await part.toBuffer();
      if (part.fieldname === 'file') file = { buffer, fileName: part.filename ?? '' };
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') {
      throw badRequest('Tệp lớn hơn 10 MB; văn bản phát động thường chỉ vài trang.', [
        { path: 'file', message: 'Tối đa 10 MB' },
      ]);
    }
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
      throw badRequest('Mỗi lần chỉ tải lên một văn bản.', [{ path: 'file', message: 'Chỉ một tệp' }]);
    }
    throw error;
  }
  if (!file) throw noFile();
  return file;
}

/** Emulation movements: list, detail, draft from a launching document, save, launch, close. */
export function registerMovementRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<ZodTypeProvider>();
  const read = guard(app, { permission: 'movement.read' });
  const write = guard(app, { permission: 'movement.write' });
  const { db } = app.database;

  r.get(
    '/movements',
    {
      preHandler: read,
      schema: { querystring: MovementListQuerySchema, response: { 200: MovementListSchema } },
    },
    async (request) => {
      const { page, pageSize, ...filters } = request.query;
      const result = await listMovements(db, actorOf(request), filters, {
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return { ...result, page, pageSize };
    },
  );

  r.get(
    '/movements/:id',
    { preHandler: read, schema: { params: IdParams, response: { 200: MovementDetailSchema } } },
    async (request) => getMovement(db, actorOf(request), request.params.id),
  );

  r.post(
    '/movements/draft-from-document',
    { preHandler: write, schema: { response: { 200: MovementDraftSchema } } },
    async (request) =>
      draftMovementFromDocument(db, actorOf(request), await readDocumentUpload(request), MAX_DOCUMENT_BYTES),
  );

  r.post(
    '/movements',
    { preHandler: write, schema: { body: MovementSaveSchema, response: { 200: MovementDetailSchema } } },
    async (request) => {
      const actor = actorOf(request);
      return db.transaction(async (tx) =>
        getMovement(tx, actor, await createMovement(tx, actor, request.body)),
      );
    },
  );

  r.put(
    '/movements/:id',
    {
      preHandler: write,
      schema: { params: IdParams, body: MovementUpdateSchema, response: { 200: MovementDetailSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      return db.transaction(async (tx) => {
        await updateMovement(tx, actor, request.params.id, request.body);
        return getMovement(tx, actor, request.params.id);
      });
    },
  );

  for (const [action, run] of [
    ['launch', launchMovement],
    ['close', closeMovement],
  ] as const) {
    r.post(
      `/movements/:id/${action}`,
      { preHandler: write, schema: { params: IdParams, response: { 200: MovementDetailSchema } } },
      async (request) => {
        const actor = actorOf(request);
        return db.transaction(async (tx) => {
          await run(tx, actor, request.params.id);
          return getMovement(tx, actor, request.params.id);
        });
      },
    );
  }
  registerMovementAttachmentRoutes(fastify, app);
}
