import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { UuidSchema } from '../../../shared/api/common';
import {
  ImportCommitResultSchema,
  ImportPreviewSchema,
  PersonListQuerySchema,
} from '../../../shared/api/people';
import type { AppContext } from '../../app-context';
import { badRequest } from '../../http/app-error';
import { actorOf, guard } from '../../http/guard';
import { attachmentDisposition, XLSX_CONTENT_TYPE } from '../../lib/xlsx';
import { exportPeople } from './export-people';
import {
  buildPeopleImportTemplate,
  commitPeopleImport,
  type ImportInput,
  MAX_IMPORT_BYTES,
  previewPeopleImport,
} from './import-people';

const ExportQuerySchema = PersonListQuerySchema.omit({ page: true, pageSize: true });

const tooLarge = () =>
  badRequest('Tệp lớn hơn 10 MB. Hãy chia danh sách thành nhiều tệp nhỏ hơn.', [
    { path: 'file', message: 'Tối đa 10 MB' },
  ]);

/** The multipart form of an import: one file in `file`, an optional default `unitId`, in any order. */
async function readImportForm(request: FastifyRequest): Promise<ImportInput> {
  if (!request.isMultipart()) {
    throw badRequest('Hãy chọn tệp Excel (.xlsx) để tải lên.', [{ path: 'file', message: 'Chưa có tệp' }]);
  }
  let file: { buffer: Buffer; fileName: string } | undefined;
  let unitId: string | undefined;
  try {
    for await (const part of request.parts({ limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } })) {
      if (part.type === 'file') {
        const buffer = await part.toBuffer();
        if (part.fieldname === 'file') file = { buffer, fileName: part.filename ?? '' };
      } else if (part.fieldname === 'unitId' && typeof part.value === 'string' && part.value.trim() !== '') {
        unitId = part.value.trim();
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
      throw badRequest('Mỗi lần chỉ tải lên một tệp Excel (.xlsx).', [
        { path: 'file', message: 'Chỉ một tệp' },
      ]);
    }
    throw error;
  }
  if (!file)
    throw badRequest('Hãy chọn tệp Excel (.xlsx) để tải lên.', [{ path: 'file', message: 'Chưa có tệp' }]);
  if (unitId !== undefined && !UuidSchema.safeParse(unitId).success) {
    throw badRequest('Đơn vị mặc định không hợp lệ; hãy chọn lại đơn vị.', [
      { path: 'unitId', message: 'Mã không hợp lệ' },
    ]);
  }
  return { buffer: file.buffer, fileName: file.fileName, defaultUnitId: unitId ?? null };
}

function sendXlsx(reply: FastifyReply, buffer: Buffer, fileName: string) {
  return reply
    .header('content-type', XLSX_CONTENT_TYPE)
    .header('content-disposition', attachmentDisposition(fileName))
    .send(buffer);
}

/** Excel import (preview, commit), template and export of people. */
export function registerPeopleImportExportRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<ZodTypeProvider>();
  const canImport = guard(app, { permission: 'person.import' });
  const { db } = app.database;

  r.get('/people/import-template.xlsx', { preHandler: canImport }, async (request, reply) =>
    sendXlsx(reply, await buildPeopleImportTemplate(db, actorOf(request)), 'mẫu-nhập-danh-sách-cán-bộ.xlsx'),
  );

  r.post(
    '/people/import/preview',
    { preHandler: canImport, schema: { response: { 200: ImportPreviewSchema } } },
    async (request) => previewPeopleImport(db, actorOf(request), await readImportForm(request)),
  );

  r.post(
    '/people/import/commit',
    { preHandler: canImport, schema: { response: { 200: ImportCommitResultSchema } } },
    async (request) => commitPeopleImport(db, actorOf(request), await readImportForm(request)),
  );

  r.get(
    '/people/export.xlsx',
    { preHandler: guard(app, { permission: 'person.export' }), schema: { querystring: ExportQuerySchema } },
    async (request, reply) => {
      const { buffer, fileName } = await exportPeople(db, actorOf(request), request.query);
      return sendXlsx(reply, buffer, fileName);
    },
  );
}
