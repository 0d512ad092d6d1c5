import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AssessmentMoveSchema,
  AssessmentSaveSchema,
  AssessmentSchema,
  BlockCreateSchema,
  BlockDetailSchema,
  BlockHistorySchema,
  BlockListQuerySchema,
  BlockListSchema,
  BlockUpdateSchema,
  FlagProposalResultSchema,
  FlagProposalSchema,
  MatrixSchema,
  RankingSchema,
  RoundSaveSchema,
  RoundVersionSchema,
  SheetCopySchema,
  SheetSaveSchema,
  SheetSchema,
} from '../../../shared/api/blocks';
import { UuidSchema } from '../../../shared/api/common';
import { MOVEMENT_ATTACHMENT_MAX_BYTES, StoredFileSchema } from '../../../shared/api/files';
import type { AppContext } from '../../app-context';
import { actorOf, guard } from '../../http/guard';
import { attachmentDisposition, XLSX_CONTENT_TYPE } from '../../lib/xlsx';
import { readUploadForm } from '../files/read-upload-form';
import { sendStoredFile } from '../files/send-stored-file';
import { assessmentOf, historyOf, matrixOf } from './assessments.queries';
import { blockDetail, listBlocks, sheetOf } from './blocks.queries';
import { loadCovenantFile, storeCovenantFile } from './covenant-file';
import { loadEvidenceFile, storeEvidenceFile } from './evidence-file';
import { exportMatrix } from './export-matrix';
import { lockRound } from './lock-round';
import { moveAssessment } from './move-assessment';
import { remindRound, saveRound } from './open-round';
import { proposeFlag } from './propose-flag';
import { rankingOf } from './ranking.queries';
import { saveAssessment } from './save-assessment';
import { createBlock, updateBlock } from './save-block';
import { copySheet, saveSheet } from './save-sheet';

const IdParams = z.object({ id: UuidSchema });
const UnitParams = z.object({ id: UuidSchema, unitId: UuidSchema });
const CriterionParams = z.object({ id: UuidSchema, unitId: UuidSchema, criterionId: UuidSchema });
const CountSchema = z.object({ notified: z.number().int() });

/** Emulation blocks and clusters: settings, sheet, round, review chain, ranking, flag proposal, reports. */
export function registerBlockRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<ZodTypeProvider>();
  const read = guard(app, { permission: 'block.read' });
  const manage = guard(app, { permission: 'block.manage' });
  // Saving and moving a sheet: the use case checks the step's own permission (assess, review, finalize).
  const assess = guard(app, { permission: 'block.assess' });
  const finalize = guard(app, { permission: 'block.finalize' });
  const { db } = app.database;

  r.get(
    '/blocks',
    { preHandler: read, schema: { querystring: BlockListQuerySchema, response: { 200: BlockListSchema } } },
    async (request) => listBlocks(db, actorOf(request), request.query.year),
  );

  r.post(
    '/blocks',
    { preHandler: manage, schema: { body: BlockCreateSchema, response: { 200: BlockDetailSchema } } },
    async (request) => {
      const actor = actorOf(request);
      const id = await db.transaction((tx) => createBlock(tx, actor, request.body));
      return blockDetail(db, actor, id);
    },
  );

  r.get(
    '/blocks/:id',
    { preHandler: read, schema: { params: IdParams, response: { 200: BlockDetailSchema } } },
    async (request) => blockDetail(db, actorOf(request), request.params.id),
  );

  r.put(
    '/blocks/:id',
    {
      preHandler: manage,
      schema: { params: IdParams, body: BlockUpdateSchema, response: { 200: BlockDetailSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      await db.transaction((tx) => updateBlock(tx, actor, request.params.id, request.body));
      return blockDetail(db, actor, request.params.id);
    },
  );

  r.post(
    '/blocks/:id/covenant',
    { preHandler: manage, schema: { params: IdParams, response: { 200: StoredFileSchema } } },
    async (request) => {
      const form = await readUploadForm(request, {
        maxBytes: MOVEMENT_ATTACHMENT_MAX_BYTES,
        what: 'văn bản giao ước thi đua',
      });
      const actor = actorOf(request);
      return db.transaction((tx) =>
        storeCovenantFile(tx, actor, request.params.id, { filename: form.filename, buffer: form.buffer }),
      );
    },
  );

  r.get('/blocks/:id/covenant', { preHandler: read, schema: { params: IdParams } }, async (request, reply) =>
    sendStoredFile(reply, await loadCovenantFile(db, actorOf(request), request.params.id)),
  );

  r.get(
    '/blocks/:id/sheet',
    { preHandler: read, schema: { params: IdParams, response: { 200: SheetSchema } } },
    async (request) => sheetOf(db, actorOf(request), request.params.id),
  );

  r.put(
    '/blocks/:id/sheet',
    {
      preHandler: manage,
      schema: { params: IdParams, body: SheetSaveSchema, response: { 200: SheetSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      await db.transaction((tx) => saveSheet(tx, actor, request.params.id, request.body));
      return sheetOf(db, actor, request.params.id);
    },
  );

  r.post(
    '/blocks/:id/sheet/copy',
    {
      preHandler: manage,
      schema: { params: IdParams, body: SheetCopySchema, response: { 200: SheetSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      await db.transaction((tx) => copySheet(tx, actor, request.params.id, request.body.sourceBlockId));
      return sheetOf(db, actor, request.params.id);
    },
  );

  r.put(
    '/blocks/:id/round',
    {
      preHandler: manage,
      schema: { params: IdParams, body: RoundSaveSchema, response: { 200: BlockDetailSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      await db.transaction((tx) => saveRound(tx, actor, request.params.id, request.body));
      return blockDetail(db, actor, request.params.id);
    },
  );

  r.post(
    '/blocks/:id/round/remind',
    { preHandler: manage, schema: { params: IdParams, response: { 200: CountSchema } } },
    async (request) => {
      const actor = actorOf(request);
      const notified = await db.transaction((tx) => remindRound(tx, actor, request.params.id));
      return { notified };
    },
  );

  r.post(
    '/blocks/:id/round/lock',
    {
      preHandler: finalize,
      schema: { params: IdParams, body: RoundVersionSchema, response: { 200: BlockDetailSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      await db.transaction((tx) => lockRound(tx, actor, request.params.id, request.body.version));
      return blockDetail(db, actor, request.params.id);
    },
  );

  r.get(
    '/blocks/:id/assessments/:unitId',
    { preHandler: read, schema: { params: UnitParams, response: { 200: AssessmentSchema } } },
    async (request) => assessmentOf(db, actorOf(request), request.params.id, request.params.unitId),
  );

  r.put(
    '/blocks/:id/assessments/:unitId',
    {
      preHandler: assess,
      schema: { params: UnitParams, body: AssessmentSaveSchema, response: { 200: AssessmentSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      const { id, unitId } = request.params;
      await db.transaction((tx) => saveAssessment(tx, actor, id, unitId, request.body));
      return assessmentOf(db, actor, id, unitId);
    },
  );

  r.post(
    '/blocks/:id/assessments/:unitId/move',
    {
      preHandler: assess,
      schema: { params: UnitParams, body: AssessmentMoveSchema, response: { 200: AssessmentSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      const { id, unitId } = request.params;
      await db.transaction((tx) => moveAssessment(tx, actor, id, unitId, request.body));
      return assessmentOf(db, actor, id, unitId);
    },
  );

  r.post(
    '/blocks/:id/assessments/:unitId/evidence/:criterionId',
    { preHandler: assess, schema: { params: CriterionParams, response: { 200: StoredFileSchema } } },
    async (request) => {
      const form = await readUploadForm(request, {
        maxBytes: MOVEMENT_ATTACHMENT_MAX_BYTES,
        what: 'tệp minh chứng',
      });
      const actor = actorOf(request);
      const { id, unitId, criterionId } = request.params;
      return db.transaction((tx) =>
        storeEvidenceFile(
          tx,
          actor,
          { blockId: id, unitId, criterionId },
          { filename: form.filename, buffer: form.buffer },
        ),
      );
    },
  );

  r.get(
    '/blocks/:id/assessments/:unitId/evidence/:criterionId',
    { preHandler: read, schema: { params: CriterionParams } },
    async (request, reply) => {
      const { id, unitId, criterionId } = request.params;
      return sendStoredFile(
        reply,
        await loadEvidenceFile(db, actorOf(request), { blockId: id, unitId, criterionId }),
      );
    },
  );

  r.get(
    '/blocks/:id/ranking',
    { preHandler: read, schema: { params: IdParams, response: { 200: RankingSchema } } },
    async (request) => rankingOf(db, actorOf(request), request.params.id),
  );

  r.post(
    '/blocks/:id/flag-proposal',
    {
      preHandler: finalize,
      schema: { params: IdParams, body: FlagProposalSchema, response: { 200: FlagProposalResultSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      return db.transaction((tx) => proposeFlag(tx, actor, request.params.id, request.body));
    },
  );

  r.get(
    '/blocks/:id/matrix',
    { preHandler: read, schema: { params: IdParams, response: { 200: MatrixSchema } } },
    async (request) => matrixOf(db, actorOf(request), request.params.id),
  );

  r.get(
    '/blocks/:id/matrix.xlsx',
    { preHandler: read, schema: { params: IdParams } },
    async (request, reply) => {
      const { buffer, name, year } = await exportMatrix(db, actorOf(request), request.params.id);
      return reply
        .header('content-type', XLSX_CONTENT_TYPE)
        .header('content-disposition', attachmentDisposition(`bảng-điểm-${name}-${year}.xlsx`))
        .send(buffer);
    },
  );

  r.get(
    '/blocks/:id/history',
    { preHandler: read, schema: { params: IdParams, response: { 200: BlockHistorySchema } } },
    async (request) => historyOf(db, actorOf(request), request.params.id),
  );
}
