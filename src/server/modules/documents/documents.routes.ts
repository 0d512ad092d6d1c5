import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { UuidSchema } from '../../../shared/api/common';
import {
  CertificateDecisionListSchema,
  CertificateDecisionQuerySchema,
  CertificateJobCreateSchema,
  CertificateJobSchema,
  TEMPLATE_LABELS,
  TemplateActivateSchema,
  TemplateKeySchema,
  TemplateListSchema,
  TemplatePreviewQuerySchema,
  VerificationSchema,
} from '../../../shared/api/documents';
import type { AppContext } from '../../app-context';
import { convertDocxToPdf } from '../../documents/convert-to-pdf';
import { DOCX_CONTENT_TYPE, renderTemplateFile } from '../../documents/render-template';
import { SAMPLE_DATA } from '../../documents/sample-data';
import { loadTemplateVersion } from '../../documents/template-store';
import { AppError, notFound } from '../../http/app-error';
import { actorOf, guard } from '../../http/guard';
import { attachmentDisposition } from '../../lib/xlsx';
import { readUploadForm } from '../files/read-upload-form';
import {
  getCertificateJob,
  listCertificateDecisions,
  listCertificateJobs,
  loadCertificateJobFile,
  startCertificateJob,
} from './certificate-jobs';
import { activateTemplate, listTemplates, uploadTemplate } from './manage-templates';
import { printCertificate } from './print-certificate';
import { verifyCertificate } from './verify-certificate';

const KeyParams = z.object({ key: TemplateKeySchema });
const VersionParams = z.object({
  key: TemplateKeySchema,
  version: z.coerce.number().int().min(1).max(100_000),
});
const IdParams = z.object({ id: UuidSchema });
// Any text: a malformed code answers "unverifiable" like a forged one.
const CodeParams = z.object({ code: z.string().max(200) });
const JobListSchema = z.object({ items: z.array(CertificateJobSchema) });

export const TEMPLATE_MAX_BYTES = 10 * 1024 * 1024;
const PDF = 'application/pdf';

function send(reply: FastifyReply, file: Buffer, contentType: string, name: string) {
  return reply
    .header('content-type', contentType)
    .header('content-disposition', attachmentDisposition(name))
    .header('x-content-type-options', 'nosniff')
    .send(file);
}

/** Templates (admin), certificates (office), and the public verification of a certificate. */
export function registerDocumentRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<ZodTypeProvider>();
  const readTemplates = guard(app, { permission: 'documentTemplate.read' });
  const manageTemplates = guard(app, { permission: 'documentTemplate.manage' });
  const print = guard(app, { permission: 'certificate.print' });
  const { db } = app.database;
  const baseUrlOf = (request: FastifyRequest) =>
    app.env.TDKT_PUBLIC_URL ?? `${request.protocol}://${request.host}`;

  r.get(
    '/document-templates',
    { preHandler: readTemplates, schema: { response: { 200: TemplateListSchema } } },
    async () => listTemplates(db),
  );

  r.post(
    '/document-templates/:key',
    { preHandler: manageTemplates, schema: { params: KeyParams, response: { 200: TemplateListSchema } } },
    async (request) => {
      const form = await readUploadForm(request, {
        maxBytes: TEMPLATE_MAX_BYTES,
        fields: ['note'],
        what: 'tệp mẫu Word (.docx)',
      });
      const actor = actorOf(request);
      await db.transaction((tx) =>
        uploadTemplate(tx, actor, request.params.key, {
          fileName: form.filename,
          buffer: form.buffer,
          note: (form.fields.note ?? '').slice(0, 500),
        }),
      );
      return listTemplates(db);
    },
  );

  r.post(
    '/document-templates/:key/activate',
    {
      preHandler: manageTemplates,
      schema: { params: KeyParams, body: TemplateActivateSchema, response: { 200: TemplateListSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      await db.transaction((tx) => activateTemplate(tx, actor, request.params.key, request.body.version));
      return listTemplates(db);
    },
  );

  r.get(
    '/document-templates/:key/versions/:version/file',
    { preHandler: readTemplates, schema: { params: VersionParams } },
    async (request, reply) => {
      const { key, version } = request.params;
      const template = await loadTemplateVersion(db, key, version);
      if (!template) throw notFound(`Phiên bản ${version} của mẫu`);
      return send(reply, template.file, DOCX_CONTENT_TYPE, `mẫu-${key}-v${version}.docx`);
    },
  );

  r.get(
    '/document-templates/:key/versions/:version/preview',
    { preHandler: readTemplates, schema: { params: VersionParams, querystring: TemplatePreviewQuerySchema } },
    async (request, reply) => {
      const { key, version } = request.params;
      const template = await loadTemplateVersion(db, key, version);
      if (!template) throw notFound(`Phiên bản ${version} của mẫu`);
      const docx = renderTemplateFile(template.file, SAMPLE_DATA[key]);
      const name = `xem-trước-${TEMPLATE_LABELS[key]}-v${version}`;
      if (request.query.format === 'docx') return send(reply, docx, DOCX_CONTENT_TYPE, `${name}.docx`);
      const pdf = await convertDocxToPdf(docx);
      if (!pdf) {
        throw new AppError(
          'UNAVAILABLE',
          'Máy chủ chưa cài LibreOffice nên chưa xem trước dạng PDF được; hãy tải bản xem trước dạng Word.',
        );
      }
      return send(reply, pdf, PDF, `${name}.pdf`);
    },
  );

  r.get(
    '/certificates/decisions',
    {
      preHandler: print,
      schema: {
        querystring: CertificateDecisionQuerySchema,
        response: { 200: CertificateDecisionListSchema },
      },
    },
    async (request) => listCertificateDecisions(db, actorOf(request), request.query.q),
  );

  r.get(
    '/certificates/jobs',
    { preHandler: print, schema: { response: { 200: JobListSchema } } },
    async (request) => listCertificateJobs(db, actorOf(request)),
  );

  r.post(
    '/certificates/jobs',
    {
      preHandler: print,
      schema: { body: CertificateJobCreateSchema, response: { 200: CertificateJobSchema } },
    },
    async (request) => startCertificateJob(app, actorOf(request), request.body, baseUrlOf(request)),
  );

  r.get(
    '/certificates/jobs/:id',
    { preHandler: print, schema: { params: IdParams, response: { 200: CertificateJobSchema } } },
    async (request) => getCertificateJob(db, actorOf(request), request.params.id),
  );

  r.get(
    '/certificates/jobs/:id/file',
    { preHandler: print, schema: { params: IdParams } },
    async (request, reply) => {
      const { file, decisionNumber } = await loadCertificateJobFile(db, actorOf(request), request.params.id);
      return send(reply, file, PDF, `giấy-chứng-nhận-${decisionNumber.replace(/\//g, '-')}.pdf`);
    },
  );

  r.get(
    '/certificates/grants/:id',
    { preHandler: print, schema: { params: IdParams } },
    async (request, reply) => {
      const { file, recipientName } = await printCertificate(
        app,
        actorOf(request),
        request.params.id,
        baseUrlOf(request),
      );
      return send(reply, file, PDF, `giấy-chứng-nhận-${recipientName}.pdf`);
    },
  );

  // Public, no sign-in: what a phone sees after scanning a certificate's QR code.
  r.get(
    '/public/verify/:code',
    {
      config: {
        rateLimit: { max: 60, timeWindow: 60_000, keyGenerator: (request: FastifyRequest) => request.ip },
      },
      schema: { params: CodeParams, response: { 200: VerificationSchema } },
    },
    async (request) => verifyCertificate(app, request.params.code),
  );
}
