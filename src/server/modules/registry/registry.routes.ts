import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { UuidSchema } from '../../../shared/api/common';
import { todayInVietnamIso } from '../../../shared/api/initiatives';
import {
  AwardHistorySchema,
  GrantRevokeSchema,
  RegistryEntrySchema,
  RegistryListSchema,
  RegistryQuerySchema,
} from '../../../shared/api/registry';
import type { AppContext } from '../../app-context';
import { notFound } from '../../http/app-error';
import { actorOf, guard } from '../../http/guard';
import { attachmentDisposition, XLSX_CONTENT_TYPE } from '../../lib/xlsx';
import { personAwardHistory, unitAwardHistory } from './award-history';
import { exportRegistry } from './export-registry';
import { findGrant, presentGrant, queryRegistry } from './registry.queries';
import { revokeGrant } from './revoke-grant';

const IdParams = z.object({ id: UuidSchema });

/** The award registry (sổ khen thưởng): search, award histories, Excel export, revocation (Law Art 93). */
export function registerRegistryRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<ZodTypeProvider>();
  const read = guard(app, { permission: 'registry.read' });
  const exportGuard = guard(app, { permission: 'registry.export' });
  const revoke = guard(app, { permission: 'registry.revoke' });
  const { db } = app.database;

  r.get(
    '/registry',
    { preHandler: read, schema: { querystring: RegistryQuerySchema, response: { 200: RegistryListSchema } } },
    async (request) => {
      const { page, pageSize, ...filters } = request.query;
      const { items, total } = await queryRegistry(db, actorOf(request), filters, {
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return { items, total, page, pageSize };
    },
  );

  r.get(
    '/registry.xlsx',
    { preHandler: exportGuard, schema: { querystring: RegistryQuerySchema } },
    async (request, reply) => {
      const { page: _page, pageSize: _size, ...filters } = request.query;
      const { buffer } = await exportRegistry(db, actorOf(request), filters);
      return reply
        .header('content-type', XLSX_CONTENT_TYPE)
        .header('content-disposition', attachmentDisposition(`sổ-khen-thưởng-${todayInVietnamIso()}.xlsx`))
        .send(buffer);
    },
  );

  r.get(
    '/registry/people/:id',
    { preHandler: read, schema: { params: IdParams, response: { 200: AwardHistorySchema } } },
    async (request) => personAwardHistory(db, actorOf(request), request.params.id),
  );

  r.get(
    '/registry/units/:id',
    { preHandler: read, schema: { params: IdParams, response: { 200: AwardHistorySchema } } },
    async (request) => unitAwardHistory(db, actorOf(request), request.params.id),
  );

  r.post(
    '/registry/:id/revoke',
    {
      preHandler: revoke,
      schema: { params: IdParams, body: GrantRevokeSchema, response: { 200: RegistryEntrySchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      return db.transaction(async (tx) => {
        await revokeGrant(tx, actor, request.params.id, request.body);
        const row = await findGrant(tx, request.params.id);
        if (!row) throw notFound('Khen thưởng');
        return presentGrant(row);
      });
    },
  );
}
