import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { UuidSchema } from '../../../shared/api/common';
import { todayInVietnamIso } from '../../../shared/api/initiatives';
import {
  PledgeBoardSchema,
  PledgeReturnSchema,
  PledgeSaveSchema,
  PledgeSchema,
  PledgeVersionSchema,
} from '../../../shared/api/pledges';
import type { AppContext } from '../../app-context';
import { actorOf, guard } from '../../http/guard';
import { attachmentDisposition, XLSX_CONTENT_TYPE } from '../../lib/xlsx';
import { movePledge } from './decide-pledge';
import { exportPledges } from './export-pledges';
import { loadPledgeTarget } from './pledges.policy';
import { findPledge, pledgeBoard } from './pledges.queries';
import { remindPledges } from './remind-pledges';
import { savePledge } from './save-pledge';

const IdParams = z.object({ id: UuidSchema });
const PledgeParams = z.object({ id: UuidSchema, unitId: UuidSchema });
const RemindResultSchema = z.object({ notified: z.number().int() });

/** Pledges (đăng ký thi đua) of the participating units of a launched movement. */
export function registerPledgeRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<ZodTypeProvider>();
  const read = guard(app, { permission: 'pledge.read' });
  const write = guard(app, { permission: 'pledge.write' });
  const submit = guard(app, { permission: 'pledge.submit' });
  const decide = guard(app, { permission: 'pledge.decide' });
  const { db } = app.database;

  r.get(
    '/movements/:id/pledges',
    { preHandler: read, schema: { params: IdParams, response: { 200: PledgeBoardSchema } } },
    async (request) => pledgeBoard(db, actorOf(request), request.params.id),
  );

  r.get(
    '/movements/:id/pledges.xlsx',
    { preHandler: decide, schema: { params: IdParams } },
    async (request, reply) => {
      const { buffer } = await exportPledges(db, actorOf(request), request.params.id);
      return reply
        .header('content-type', XLSX_CONTENT_TYPE)
        .header('content-disposition', attachmentDisposition(`đăng-ký-thi-đua-${todayInVietnamIso()}.xlsx`))
        .send(buffer);
    },
  );

  r.post(
    '/movements/:id/pledges/remind',
    { preHandler: decide, schema: { params: IdParams, response: { 200: RemindResultSchema } } },
    async (request) => {
      const actor = actorOf(request);
      const notified = await db.transaction((tx) => remindPledges(tx, actor, request.params.id));
      return { notified };
    },
  );

  r.get(
    '/movements/:id/pledges/:unitId',
    { preHandler: read, schema: { params: PledgeParams, response: { 200: PledgeSchema } } },
    async (request) => {
      const { id, unitId } = request.params;
      return findPledge(db, await loadPledgeTarget(db, actorOf(request), id, unitId));
    },
  );

  r.put(
    '/movements/:id/pledges/:unitId',
    {
      preHandler: write,
      schema: { params: PledgeParams, body: PledgeSaveSchema, response: { 200: PledgeSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      const { id, unitId } = request.params;
      return db.transaction(async (tx) =>
        findPledge(tx, await savePledge(tx, actor, id, unitId, request.body)),
      );
    },
  );

  for (const [action, preHandler, body] of [
    ['submit', submit, PledgeVersionSchema],
    ['accept', decide, PledgeVersionSchema],
    ['return', decide, PledgeReturnSchema],
  ] as const) {
    r.post(
      `/movements/:id/pledges/:unitId/${action}`,
      { preHandler, schema: { params: PledgeParams, body, response: { 200: PledgeSchema } } },
      async (request) => {
        const actor = actorOf(request);
        const { id, unitId } = request.params;
        return db.transaction(async (tx) =>
          findPledge(tx, await movePledge(tx, actor, id, unitId, action, request.body)),
        );
      },
    );
  }
}
