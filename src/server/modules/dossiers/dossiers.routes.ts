import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OkSchema, UuidSchema } from '../../../shared/api/common';
import {
  DossierCreateSchema,
  DossierDashboardQuerySchema,
  DossierDashboardSchema,
  DossierDetailSchema,
  DossierListQuerySchema,
  DossierListSchema,
  DossierSettingsSchema,
  DossierTransitionSchema,
  DossierUpdateSchema,
  HolidayListSchema,
  HolidayQuerySchema,
  HolidaySaveSchema,
  HolidaySchema,
  NomineeAppraisalSchema,
} from '../../../shared/api/dossiers';
import type { AppContext } from '../../app-context';
import { forbidden } from '../../http/app-error';
import { actorOf, guard } from '../../http/guard';
import type { Actor } from '../auth/actor';
import { readUploadForm } from '../files/read-upload-form';
import { sendStoredFile } from '../files/send-stored-file';
import { appraiseNominee } from './appraise-nominee';
import { createDossierInTx } from './create-dossier';
import {
  ATTACHMENT_MAX_BYTES,
  addDossierAttachment,
  downloadDossierAttachment,
  removeDossierAttachment,
} from './dossier-attachments';
import { readDossierSettings, saveDossierSettings } from './dossier-settings';
import { listDossiers } from './dossiers.queries';
import { getDossier } from './get-dossier';
import { deleteHoliday, listHolidays, saveHoliday } from './holidays';
import { processingDashboard } from './processing-dashboard';
import { applyDossierTransition } from './transition-dossier';
import { updateDossier } from './update-dossier';

const IdParams = z.object({ id: UuidSchema });

/** Deadlines, the baseline and the calendar hold for the whole deployment: its top unit's administrator. */
function assertTopUnitAdmin(actor: Actor) {
  if (actor.scopePath.split('/').filter(Boolean).length !== 1) {
    throw forbidden('Chỉ quản trị viên của đơn vị cấp cao nhất được thay đổi thiết lập này.');
  }
}
const NomineeParams = z.object({ id: UuidSchema, nomineeId: UuidSchema });
const AttachmentParams = z.object({ id: UuidSchema, attachmentId: UuidSchema });

/** Nomination dossiers, their workflow and appraisal, the processing-time dashboard, the holiday calendar. */
export function registerDossierRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;
  const read = guard(app, { permission: 'dossier.read' });
  const write = guard(app, { permission: 'dossier.write' });
  const transition = guard(app, { permission: 'dossier.transition' });
  const appraise = guard(app, { permission: 'dossier.appraise' });
  const dashboard = guard(app, { permission: 'dossier.dashboard' });
  const settings = guard(app, { permission: 'settings.manage' });
  const holidays = guard(app, { permission: 'holiday.manage' });
  const detail = { 200: DossierDetailSchema };

  r.get(
    '/dossiers',
    {
      preHandler: read,
      schema: { querystring: DossierListQuerySchema, response: { 200: DossierListSchema } },
    },
    async (request) => listDossiers(db, actorOf(request), request.query),
  );

  r.get(
    '/dossiers/dashboard',
    {
      preHandler: dashboard,
      schema: { querystring: DossierDashboardQuerySchema, response: { 200: DossierDashboardSchema } },
    },
    async (request) => processingDashboard(db, actorOf(request), request.query.year),
  );

  r.post(
    '/dossiers',
    { preHandler: write, schema: { body: DossierCreateSchema, response: { 201: DossierDetailSchema } } },
    async (request, reply) => {
      const actor = actorOf(request);
      const id = await db.transaction((tx) => createDossierInTx(tx, actor, request.body));
      return reply.code(201).send(await getDossier(db, actor, id));
    },
  );

  r.get(
    '/dossiers/:id',
    { preHandler: read, schema: { params: IdParams, response: detail } },
    async (request) => getDossier(db, actorOf(request), request.params.id),
  );

  r.put(
    '/dossiers/:id',
    { preHandler: write, schema: { params: IdParams, body: DossierUpdateSchema, response: detail } },
    async (request) => {
      const actor = actorOf(request);
      await db.transaction((tx) => updateDossier(tx, actor, request.params.id, request.body));
      return getDossier(db, actor, request.params.id);
    },
  );

  r.post(
    '/dossiers/:id/transitions',
    { preHandler: transition, schema: { params: IdParams, body: DossierTransitionSchema, response: detail } },
    async (request) => {
      const actor = actorOf(request);
      const { action, version, reason } = request.body;
      await db.transaction((tx) =>
        applyDossierTransition(tx, actor, {
          dossierId: request.params.id,
          action,
          expectedVersion: version,
          reason,
        }),
      );
      return getDossier(db, actor, request.params.id);
    },
  );

  r.put(
    '/dossiers/:id/nominees/:nomineeId/appraisal',
    {
      preHandler: appraise,
      schema: { params: NomineeParams, body: NomineeAppraisalSchema, response: detail },
    },
    async (request) => {
      const actor = actorOf(request);
      const { id, nomineeId } = request.params;
      await db.transaction((tx) => appraiseNominee(tx, actor, id, nomineeId, request.body));
      return getDossier(db, actor, id);
    },
  );

  r.post(
    '/dossiers/:id/attachments',
    { preHandler: write, schema: { params: IdParams, response: { 201: DossierDetailSchema } } },
    async (request, reply) => {
      const actor = actorOf(request);
      const form = await readUploadForm(request, {
        maxBytes: ATTACHMENT_MAX_BYTES,
        fields: ['kind', 'label', 'nomineeId'],
        what: 'tệp đính kèm (PDF, DOCX, JPG hoặc PNG)',
      });
      const nomineeId = UuidSchema.safeParse(form.fields.nomineeId).success ? form.fields.nomineeId! : null;
      await db.transaction((tx) =>
        addDossierAttachment(tx, actor, request.params.id, {
          filename: form.filename,
          buffer: form.buffer,
          kind: form.fields.kind ?? 'other',
          label: form.fields.label ?? '',
          nomineeId,
        }),
      );
      return reply.code(201).send(await getDossier(db, actor, request.params.id));
    },
  );

  r.get(
    '/dossiers/:id/attachments/:attachmentId',
    { preHandler: read, schema: { params: AttachmentParams } },
    async (request, reply) => {
      const actor = actorOf(request);
      const { id, attachmentId } = request.params;
      const file = await db.transaction((tx) => downloadDossierAttachment(tx, actor, id, attachmentId));
      return sendStoredFile(reply, file);
    },
  );

  r.delete(
    '/dossiers/:id/attachments/:attachmentId',
    { preHandler: write, schema: { params: AttachmentParams, response: detail } },
    async (request) => {
      const actor = actorOf(request);
      const { id, attachmentId } = request.params;
      await db.transaction((tx) => removeDossierAttachment(tx, actor, id, attachmentId));
      return getDossier(db, actor, id);
    },
  );

  r.get(
    '/dossier-settings',
    { preHandler: settings, schema: { response: { 200: DossierSettingsSchema } } },
    async () => readDossierSettings(db),
  );

  r.put(
    '/dossier-settings',
    {
      preHandler: settings,
      schema: { body: DossierSettingsSchema, response: { 200: DossierSettingsSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      assertTopUnitAdmin(actor);
      return db.transaction((tx) => saveDossierSettings(tx, actor, request.body));
    },
  );

  r.get(
    '/holidays',
    { preHandler: read, schema: { querystring: HolidayQuerySchema, response: { 200: HolidayListSchema } } },
    async (request) => ({ items: await listHolidays(db, request.query.year) }),
  );

  r.post(
    '/holidays',
    { preHandler: holidays, schema: { body: HolidaySaveSchema, response: { 201: HolidaySchema } } },
    async (request, reply) => {
      const actor = actorOf(request);
      assertTopUnitAdmin(actor);
      return reply.code(201).send(await db.transaction((tx) => saveHoliday(tx, actor, null, request.body)));
    },
  );

  r.put(
    '/holidays/:id',
    {
      preHandler: holidays,
      schema: { params: IdParams, body: HolidaySaveSchema, response: { 200: HolidaySchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      assertTopUnitAdmin(actor);
      return db.transaction((tx) => saveHoliday(tx, actor, request.params.id, request.body));
    },
  );

  r.delete(
    '/holidays/:id',
    { preHandler: holidays, schema: { params: IdParams, response: { 200: OkSchema } } },
    async (request) => {
      const actor = actorOf(request);
      assertTopUnitAdmin(actor);
      await db.transaction((tx) => deleteHoliday(tx, actor, request.params.id));
      return { ok: true as const };
    },
  );
}
