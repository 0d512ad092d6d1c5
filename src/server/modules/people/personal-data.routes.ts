import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { UuidSchema } from '../../../shared/api/common';
import { PersonAnonymisedSchema, PersonAnonymiseSchema } from '../../../shared/api/people';
import type { AppContext } from '../../app-context';
import { actorOf, guard } from '../../http/guard';
import { attachmentDisposition } from '../../lib/xlsx';
import { anonymisePerson } from './anonymise-person';
import { exportPersonData } from './export-person-data';

const IdParams = z.object({ id: UuidSchema });

/** Quality F3: a person's data exported on request (JSON download) and anonymised on request. */
export function registerPersonalDataRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.get(
    '/people/:id/data-export',
    { preHandler: guard(app, { permission: 'person.data.export' }), schema: { params: IdParams } },
    async (request, reply) => {
      const { document, fileName } = await db.transaction((tx) =>
        exportPersonData(tx, actorOf(request), request.params.id),
      );
      return reply
        .header('Content-Type', 'application/json; charset=utf-8')
        .header('Content-Disposition', attachmentDisposition(fileName))
        .header('Cache-Control', 'no-store')
        .send(JSON.stringify(document, null, 2));
    },
  );

  r.post(
    '/people/:id/anonymise',
    {
      preHandler: guard(app, { permission: 'person.anonymise' }),
      schema: { params: IdParams, body: PersonAnonymiseSchema, response: { 200: PersonAnonymisedSchema } },
    },
    async (request) =>
      db.transaction((tx) => anonymisePerson(tx, actorOf(request), request.params.id, request.body)),
  );
}
