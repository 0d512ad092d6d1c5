import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AuditListSchema, AuditQuerySchema, AuditVerifySchema } from '../../../shared/api/audit';
import type { AppContext } from '../../app-context';
import { actorOf, guard } from '../../http/guard';
import { attachmentDisposition, XLSX_CONTENT_TYPE } from '../../lib/xlsx';
import { listAuditEvents } from './audit.queries';
import { exportAudit } from './export-audit';
import { verifyAuditChain } from './verify-audit-chain';

export function registerAuditRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<ZodTypeProvider>();
  const admin = guard(app, { permission: 'audit.read' });
  r.get(
    '/audit',
    { preHandler: admin, schema: { querystring: AuditQuerySchema, response: { 200: AuditListSchema } } },
    async (request) => listAuditEvents(app.database.pool, request.query),
  );
  r.get(
    '/audit/export.xlsx',
    { preHandler: admin, schema: { querystring: AuditQuerySchema } },
    async (request, reply) => {
      const file = await app.database.db.transaction((tx) =>
        exportAudit(app.database.pool, tx, actorOf(request), request.query),
      );
      return reply
        .header('content-type', XLSX_CONTENT_TYPE)
        .header('content-disposition', attachmentDisposition('nhat-ky-kiem-toan.xlsx'))
        .send(file);
    },
  );

  r.get('/audit/verify', { preHandler: admin, schema: { response: { 200: AuditVerifySchema } } }, async () =>
    verifyAuditChain(app.database.pool),
  );
}
