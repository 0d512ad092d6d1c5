import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AuditListSchema, AuditQuerySchema, AuditVerifySchema } from '../../../shared/api/audit';
import type { AppContext } from '../../app-context';
import { guard } from '../../http/guard';
import { listAuditEvents } from './audit.queries';
import { verifyAuditChain } from './verify-audit-chain';

export function registerAuditRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<ZodTypeProvider>();
  const admin = guard(app, { permission: 'audit.read' });
  r.get(
    '/audit',
    { preHandler: admin, schema: { querystring: AuditQuerySchema, response: { 200: AuditListSchema } } },
    async (request) => listAuditEvents(app.database.pool, request.query),
  );
  r.get('/audit/verify', { preHandler: admin, schema: { response: { 200: AuditVerifySchema } } }, async () =>
    verifyAuditChain(app.database.pool),
  );
}
