import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { UuidSchema } from '../../../shared/api/common';
import {
  DisciplineCreateSchema,
  PersonCreateSchema,
  PersonDetailSchema,
  PersonListQuerySchema,
  PersonListSchema,
  PersonUpdateSchema,
  RatingUpsertSchema,
} from '../../../shared/api/people';
import type { AppContext } from '../../app-context';
import { actorOf, guard } from '../../http/guard';
import { getPerson } from './get-person';
import { queryPeople } from './people.queries';
import { registerPeopleImportExportRoutes } from './people-import-export.routes';
import { registerPersonalDataRoutes } from './personal-data.routes';
import { addDiscipline, upsertRating } from './record-history';
import { createPerson, updatePerson } from './save-person';

const IdParams = z.object({ id: UuidSchema });

export function registerPeopleRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<ZodTypeProvider>();
  const read = guard(app, { permission: 'person.read' });
  const write = guard(app, { permission: 'person.write' });
  const { db } = app.database;

  r.get(
    '/people',
    { preHandler: read, schema: { querystring: PersonListQuerySchema, response: { 200: PersonListSchema } } },
    async (request) => {
      const { page, pageSize, ...filters } = request.query;
      const result = await queryPeople(db, actorOf(request), filters, {
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return { ...result, page, pageSize };
    },
  );

  registerPeopleImportExportRoutes(fastify, app);
  registerPersonalDataRoutes(fastify, app);

  r.get(
    '/people/:id',
    { preHandler: read, schema: { params: IdParams, response: { 200: PersonDetailSchema } } },
    async (request) => db.transaction((tx) => getPerson(tx, actorOf(request), request.params.id)),
  );

  r.post(
    '/people',
    { preHandler: write, schema: { body: PersonCreateSchema, response: { 200: PersonDetailSchema } } },
    async (request) => {
      const actor = actorOf(request);
      return db.transaction(async (tx) =>
        getPerson(tx, actor, await createPerson(tx, actor, request.body), { auditRead: false }),
      );
    },
  );

  r.patch(
    '/people/:id',
    {
      preHandler: write,
      schema: { params: IdParams, body: PersonUpdateSchema, response: { 200: PersonDetailSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      return db.transaction(async (tx) => {
        await updatePerson(tx, actor, request.params.id, request.body);
        return getPerson(tx, actor, request.params.id, { auditRead: false });
      });
    },
  );

  r.put(
    '/people/:id/ratings',
    {
      preHandler: write,
      schema: { params: IdParams, body: RatingUpsertSchema, response: { 200: PersonDetailSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      return db.transaction(async (tx) => {
        await upsertRating(tx, actor, request.params.id, request.body);
        return getPerson(tx, actor, request.params.id, { auditRead: false });
      });
    },
  );

  r.post(
    '/people/:id/discipline',
    {
      preHandler: guard(app, { permission: 'discipline.write' }),
      schema: { params: IdParams, body: DisciplineCreateSchema, response: { 200: PersonDetailSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      return db.transaction(async (tx) => {
        await addDiscipline(tx, actor, request.params.id, request.body);
        return getPerson(tx, actor, request.params.id, { auditRead: false });
      });
    },
  );
}
