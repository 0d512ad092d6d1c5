import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OkSchema, UuidSchema } from '../../../shared/api/common';
import {
  IndicatorCreateSchema,
  IndicatorDeleteQuerySchema,
  IndicatorUpdateSchema,
  PlannedSaveSchema,
  ReportSaveSchema,
  TARGET_IMPORT_KINDS,
  TargetBoardSchema,
  type TargetImportKind,
  TargetImportPreviewSchema,
  TargetImportResultSchema,
} from '../../../shared/api/targets';
import type { AppContext } from '../../app-context';
import { badRequest } from '../../http/app-error';
import { actorOf, guard } from '../../http/guard';
import { attachmentDisposition, XLSX_CONTENT_TYPE } from '../../lib/xlsx';
import { readUploadForm } from '../files/read-upload-form';
import { sendStoredFile } from '../files/send-stored-file';
import { MAX_IMPORT_BYTES } from '../people/import-people';
import { exportTargets } from './export-targets';
import { commitTargetImport, previewTargetImport, type TargetImportInput } from './import-targets';
import { attachReportEvidence, EVIDENCE_MAX_BYTES, loadReportEvidence } from './report-evidence-file';
import { createIndicator, deleteIndicator, updateIndicator } from './save-indicator';
import { savePlanned } from './save-planned';
import { saveReport } from './save-report';
import { targetBoard } from './targets.queries';

const IdParams = z.object({ id: UuidSchema });
const IndicatorParams = z.object({ id: UuidSchema, indicatorId: UuidSchema });
const UnitParams = z.object({ id: UuidSchema, unitId: UuidSchema });
const ReportParams = z.object({ id: UuidSchema, reportId: UuidSchema });

const noFile = () =>
  badRequest('Hãy chọn tệp Excel (.xlsx) để tải lên.', [{ path: 'file', message: 'Chưa có tệp' }]);

/** The multipart form of an import: `kind` ('planned' | 'actual') and one file in `file`. */
async function readImportForm(request: FastifyRequest): Promise<TargetImportInput> {
  if (!request.isMultipart()) throw noFile();
  let file: { buffer: Buffer; fileName: string } | undefined;
  let kind: string | undefined;
  try {
    for await (const part of request.parts({ limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } })) {
      if (part.type === 'file') {
        const buffer = await part.toBuffer();
        if (part.fieldname === 'file') file = { buffer, fileName: part.filename ?? '' };
      } else if (part.fieldname === 'kind' && typeof part.value === 'string') {
        kind = part.value.trim();
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') {
      throw badRequest('Tệp lớn hơn 10 MB. Hãy chia thành nhiều tệp nhỏ hơn.', [
        { path: 'file', message: 'Tối đa 10 MB' },
      ]);
    }
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
      throw badRequest('Mỗi lần chỉ tải lên một tệp Excel (.xlsx).', [
        { path: 'file', message: 'Chỉ một tệp' },
      ]);
    }
    throw error;
  }
  if (!TARGET_IMPORT_KINDS.includes(kind as TargetImportKind)) {
    throw badRequest('Hãy chọn nhập kế hoạch hay nhập kết quả thực hiện.', [
      { path: 'kind', message: 'Chọn "planned" hoặc "actual"' },
    ]);
  }
  if (!file) throw noFile();
  return { kind: kind as TargetImportKind, ...file };
}

function sendXlsx(reply: FastifyReply, buffer: Buffer, fileName: string) {
  return reply
    .header('content-type', XLSX_CONTENT_TYPE)
    .header('content-disposition', attachmentDisposition(fileName))
    .send(buffer);
}

/** Targets (chỉ tiêu) of a movement: indicators, planned values, reports, dashboards, Excel. */
export function registerTargetRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<ZodTypeProvider>();
  const read = guard(app, { permission: 'movement.read' });
  const plan = guard(app, { permission: 'target.plan' });
  const report = guard(app, { permission: 'target.report' });
  const { db } = app.database;
  const board = (request: FastifyRequest, id: string) => targetBoard(db, actorOf(request), id);

  r.get(
    '/movements/:id/targets',
    { preHandler: read, schema: { params: IdParams, response: { 200: TargetBoardSchema } } },
    async (request) => board(request, request.params.id),
  );

  r.get(
    '/movements/:id/targets.xlsx',
    { preHandler: read, schema: { params: IdParams } },
    async (request, reply) => {
      const { buffer, fileName } = await exportTargets(db, actorOf(request), request.params.id);
      return sendXlsx(reply, buffer, fileName);
    },
  );

  r.post(
    '/movements/:id/targets/indicators',
    {
      preHandler: plan,
      schema: { params: IdParams, body: IndicatorCreateSchema, response: { 200: TargetBoardSchema } },
    },
    async (request) => {
      const { id } = request.params;
      await db.transaction((tx) => createIndicator(tx, actorOf(request), id, request.body));
      return board(request, id);
    },
  );

  r.put(
    '/movements/:id/targets/indicators/:indicatorId',
    {
      preHandler: plan,
      schema: { params: IndicatorParams, body: IndicatorUpdateSchema, response: { 200: TargetBoardSchema } },
    },
    async (request) => {
      const { id, indicatorId } = request.params;
      await db.transaction((tx) => updateIndicator(tx, actorOf(request), id, indicatorId, request.body));
      return board(request, id);
    },
  );

  r.delete(
    '/movements/:id/targets/indicators/:indicatorId',
    {
      preHandler: plan,
      schema: {
        params: IndicatorParams,
        querystring: IndicatorDeleteQuerySchema,
        response: { 200: OkSchema },
      },
    },
    async (request) => {
      const { id, indicatorId } = request.params;
      await db.transaction((tx) =>
        deleteIndicator(tx, actorOf(request), id, indicatorId, request.query.version),
      );
      return { ok: true as const };
    },
  );

  r.put(
    '/movements/:id/targets/indicators/:indicatorId/planned',
    {
      preHandler: plan,
      schema: { params: IndicatorParams, body: PlannedSaveSchema, response: { 200: TargetBoardSchema } },
    },
    async (request) => {
      const { id, indicatorId } = request.params;
      await db.transaction((tx) => savePlanned(tx, actorOf(request), id, indicatorId, request.body));
      return board(request, id);
    },
  );

  r.put(
    '/movements/:id/targets/units/:unitId/reports',
    {
      preHandler: report,
      schema: { params: UnitParams, body: ReportSaveSchema, response: { 200: TargetBoardSchema } },
    },
    async (request) => {
      const { id, unitId } = request.params;
      await db.transaction((tx) => saveReport(tx, actorOf(request), id, unitId, request.body));
      return board(request, id);
    },
  );

  r.post(
    '/movements/:id/targets/reports/:reportId/evidence-file',
    { preHandler: report, schema: { params: ReportParams, response: { 200: TargetBoardSchema } } },
    async (request) => {
      const { id, reportId } = request.params;
      const form = await readUploadForm(request, { maxBytes: EVIDENCE_MAX_BYTES, what: 'tệp minh chứng' });
      await db.transaction((tx) =>
        attachReportEvidence(tx, actorOf(request), id, reportId, {
          filename: form.filename,
          buffer: form.buffer,
        }),
      );
      return board(request, id);
    },
  );

  r.get(
    '/movements/:id/targets/reports/:reportId/evidence-file',
    { preHandler: read, schema: { params: ReportParams } },
    async (request, reply) => {
      const { id, reportId } = request.params;
      return sendStoredFile(reply, await loadReportEvidence(db, actorOf(request), id, reportId));
    },
  );

  r.post(
    '/movements/:id/targets/import/preview',
    { preHandler: report, schema: { params: IdParams, response: { 200: TargetImportPreviewSchema } } },
    async (request) =>
      previewTargetImport(db, actorOf(request), request.params.id, await readImportForm(request)),
  );

  r.post(
    '/movements/:id/targets/import/commit',
    { preHandler: report, schema: { params: IdParams, response: { 200: TargetImportResultSchema } } },
    async (request) =>
      commitTargetImport(db, actorOf(request), request.params.id, await readImportForm(request)),
  );
}
