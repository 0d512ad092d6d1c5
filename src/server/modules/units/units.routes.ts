import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { UuidSchema } from '../../../shared/api/common';
import {
  UnitCreateSchema,
  UnitDetailSchema,
  UnitListQuerySchema,
  UnitListSchema,
  UnitMergeSchema,
  UnitSchema,
  UnitSplitSchema,
  UnitUpdateSchema,
} from '../../../shared/api/units';
import type { AppContext } from '../../app-context';
import { actorOf, guard } from '../../http/guard';
import { attachmentDisposition, XLSX_CONTENT_TYPE } from '../../lib/xlsx';
import { createUnit } from './create-unit';
import { exportUnits } from './export-units';
import { getUnitDetail } from './get-unit-detail';
import { mergeUnits } from './merge-units';
import { splitUnit } from './split-unit';
import { presentUnit } from './units.presenter';
import { listUnitsInScope } from './units.queries';
import { updateUnit } from './update-unit';

const IdParams = z.object({ id: UuidSchema });

export function registerUnitRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<ZodTypeProvider>();
  const read = guard(app, { permission: 'unit.read' });
  const write = guard(app, { permission: 'unit.write' });
  const { db } = app.database;

  r.get(
    '/units',
    { preHandler: read, schema: { querystring: UnitListQuerySchema, response: { 200: UnitListSchema } } },
    async (request) => {
      const rows = await listUnitsInScope(db, actorOf(request), {
        includeInactive: request.query.includeInactive === 'true',
        q: request.query.q || undefined,
      });
      return { items: rows.map(presentUnit) };
    },
  );

  r.get(
    '/units/export.xlsx',
    { preHandler: read, schema: { querystring: UnitListQuerySchema } },
    async (request, reply) => {
      const file = await db.transaction((tx) =>
        exportUnits(tx, actorOf(request), request.query.includeInactive === 'true'),
      );
      return reply
        .header('content-type', XLSX_CONTENT_TYPE)
        .header('content-disposition', attachmentDisposition('danh-sach-don-vi.xlsx'))
        .send(file);
    },
  );

  r.get(
    '/units/:id',
    { preHandler: read, schema: { params: IdParams, response: { 200: UnitDetailSchema } } },
    async (request) => getUnitDetail(db, actorOf(request), request.params.id),
  );

  r.post(
    '/units',
    { preHandler: write, schema: { body: UnitCreateSchema, response: { 200: UnitSchema } } },
    async (request) =>
      presentUnit(await db.transaction((tx) => createUnit(tx, actorOf(request), request.body))),
  );

  r.patch(
    '/units/:id',
    {
      preHandler: write,
      schema: { params: IdParams, body: UnitUpdateSchema, response: { 200: UnitSchema } },
    },
    async (request) =>
      presentUnit(
        await db.transaction((tx) => updateUnit(tx, actorOf(request), request.params.id, request.body)),
      ),
  );

  r.post(
    '/units/merge',
    { preHandler: write, schema: { body: UnitMergeSchema, response: { 200: UnitDetailSchema } } },
    async (request) => {
      const actor = actorOf(request);
      const target = await db.transaction((tx) => mergeUnits(tx, actor, request.body));
      return getUnitDetail(db, actor, target.id);
    },
  );

  r.post(
    '/units/split',
    {
      preHandler: write,
      schema: { body: UnitSplitSchema, response: { 200: z.object({ items: z.array(UnitSchema) }) } },
    },
    async (request) => {
      const created = await db.transaction((tx) => splitUnit(tx, actorOf(request), request.body));
      return { items: created.map(presentUnit) };
    },
  );
}
