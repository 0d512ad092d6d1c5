import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { UuidSchema } from '../../../shared/api/common';
import {
  InitiativeCreateSchema,
  InitiativeListQuerySchema,
  InitiativeListSchema,
  InitiativeSchema,
  InitiativeUpdateSchema,
  todayInVietnamIso,
} from '../../../shared/api/initiatives';
import type { AppContext } from '../../app-context';
import { actorOf, guard } from '../../http/guard';
import { attachmentDisposition, XLSX_CONTENT_TYPE } from '../../lib/xlsx';
import { createInitiative } from './create-initiative';
import { exportInitiatives } from './export-initiatives';
import { getInitiative } from './get-initiative';
import { queryInitiatives } from './initiatives.queries';
import { updateInitiative } from './update-initiative';

const IdParams = z.object({ id: UuidSchema });

export function registerInitiativeRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<ZodTypeProvider>();
  const read = guard(app, { permission: 'initiative.read' });
  const write = guard(app, { permission: 'initiative.write' });
  const { db } = app.database;

  r.get(
    '/initiatives',
    {
      preHandler: read,
      schema: { querystring: InitiativeListQuerySchema, response: { 200: InitiativeListSchema } },
    },
    async (request) => {
      const { page, pageSize, ...filters } = request.query;
      const result = await queryInitiatives(db, actorOf(request), filters, {
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return { ...result, page, pageSize };
    },
  );

  r.get(
    '/initiatives/export.xlsx',
    { preHandler: read, schema: { querystring: InitiativeListQuerySchema } },
    async (request, reply) => {
      const { page: _page, pageSize: _pageSize, ...filters } = request.query;
      const { buffer } = await exportInitiatives(db, actorOf(request), filters);
      return reply
        .header('content-type', XLSX_CONTENT_TYPE)
        .header('content-disposition', attachmentDisposition(`sáng-kiến-${todayInVietnamIso()}.xlsx`))
        .send(buffer);
    },
  );

  r.get(
    '/initiatives/:id',
    { preHandler: read, schema: { params: IdParams, response: { 200: InitiativeSchema } } },
    async (request) => getInitiative(db, actorOf(request), request.params.id),
  );

  r.post(
    '/initiatives',
    { preHandler: write, schema: { body: InitiativeCreateSchema, response: { 200: InitiativeSchema } } },
    async (request) => {
      const actor = actorOf(request);
      return db.transaction(async (tx) =>
        getInitiative(tx, actor, await createInitiative(tx, actor, request.body)),
      );
    },
  );

  r.patch(
    '/initiatives/:id',
    {
      preHandler: write,
      schema: { params: IdParams, body: InitiativeUpdateSchema, response: { 200: InitiativeSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      return db.transaction(async (tx) => {
        await updateInitiative(tx, actor, request.params.id, request.body);
        return getInitiative(tx, actor, request.params.id);
      });
    },
  );
}
