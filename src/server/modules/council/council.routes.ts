import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OkSchema, UuidSchema } from '../../../shared/api/common';
import {
  CouncilCandidateListSchema,
  CouncilCloseResultSchema,
  CouncilMemberCreateSchema,
  CouncilMemberListSchema,
  CouncilReadyDossierListSchema,
  CouncilSessionCreateSchema,
  CouncilSessionListSchema,
  CouncilSessionOpenSchema,
  CouncilSessionSchema,
  CouncilVersionSchema,
  CouncilVotedSchema,
  CouncilVoteSchema,
  CouncilWrittenVoteSchema,
  CouncilYearQuerySchema,
} from '../../../shared/api/council';
import type { AppContext } from '../../app-context';
import { DOCX_CONTENT_TYPE } from '../../documents/render-template';
import { actorOf, guard } from '../../http/guard';
import { attachmentDisposition } from '../../lib/xlsx';
import { castVote } from './cast-vote';
import { closeCouncilSession } from './close-session';
import { loadSession } from './council.policy';
import {
  councilSessionDetail,
  listCouncilCandidates,
  listCouncilMembers,
  listCouncilSessions,
  listReadyDossiers,
} from './council.queries';
import { renderCouncilDocument } from './council-documents';
import { createCouncilSession } from './create-session';
import { addCouncilMember, removeCouncilMember } from './manage-members';
import { openCouncilSession } from './open-session';
import { tallyCouncilSession } from './tally-session';

const IdParams = z.object({ id: UuidSchema });
const CreatedSchema = z.object({ id: z.string() });

function currentYear(): number {
  return new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
}

/** The council: members per year, sessions, the secret ballot, the tally. */
export function registerCouncilRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<ZodTypeProvider>();
  const read = guard(app, { permission: 'council.read' });
  const manage = guard(app, { permission: 'council.manage' });
  const vote = guard(app, { permission: 'council.vote' });
  const written = guard(app, { permission: 'council.writtenVote' });
  const close = guard(app, { permission: 'council.close' });
  const { db } = app.database;

  r.get(
    '/council/members',
    {
      preHandler: read,
      schema: { querystring: CouncilYearQuerySchema, response: { 200: CouncilMemberListSchema } },
    },
    async (request) => listCouncilMembers(db, actorOf(request), request.query.year ?? currentYear()),
  );

  r.get(
    '/council/candidates',
    { preHandler: manage, schema: { response: { 200: CouncilCandidateListSchema } } },
    async (request) => listCouncilCandidates(db, actorOf(request)),
  );

  r.post(
    '/council/members',
    { preHandler: manage, schema: { body: CouncilMemberCreateSchema, response: { 200: CreatedSchema } } },
    async (request) => {
      const actor = actorOf(request);
      return { id: await db.transaction((tx) => addCouncilMember(tx, actor, request.body)) };
    },
  );

  r.delete(
    '/council/members/:id',
    { preHandler: manage, schema: { params: IdParams, response: { 200: OkSchema } } },
    async (request) => {
      const actor = actorOf(request);
      await db.transaction((tx) => removeCouncilMember(tx, actor, request.params.id));
      return { ok: true as const };
    },
  );

  r.get(
    '/council/ready-dossiers',
    { preHandler: manage, schema: { response: { 200: CouncilReadyDossierListSchema } } },
    async (request) => listReadyDossiers(db, actorOf(request)),
  );

  r.get(
    '/council/sessions',
    {
      preHandler: read,
      schema: { querystring: CouncilYearQuerySchema, response: { 200: CouncilSessionListSchema } },
    },
    async (request) => listCouncilSessions(db, actorOf(request), request.query.year),
  );

  r.post(
    '/council/sessions',
    { preHandler: manage, schema: { body: CouncilSessionCreateSchema, response: { 200: CreatedSchema } } },
    async (request) => {
      const actor = actorOf(request);
      return { id: await db.transaction((tx) => createCouncilSession(tx, actor, request.body)) };
    },
  );

  r.get(
    '/council/sessions/:id',
    { preHandler: read, schema: { params: IdParams, response: { 200: CouncilSessionSchema } } },
    async (request) => {
      const actor = actorOf(request);
      return councilSessionDetail(db, actor, await loadSession(db, actor, request.params.id));
    },
  );

  r.post(
    '/council/sessions/:id/open',
    {
      preHandler: manage,
      schema: { params: IdParams, body: CouncilSessionOpenSchema, response: { 200: CouncilSessionSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      const { id } = request.params;
      return db.transaction(async (tx) => {
        await openCouncilSession(tx, actor, id, request.body);
        return councilSessionDetail(tx, actor, await loadSession(tx, actor, id));
      });
    },
  );

  r.post(
    '/council/sessions/:id/votes',
    {
      preHandler: vote,
      schema: { params: IdParams, body: CouncilVoteSchema, response: { 200: CouncilVotedSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      await db.transaction((tx) => castVote(tx, actor, request.params.id, request.body));
      return { voted: true as const };
    },
  );

  r.post(
    '/council/sessions/:id/written-votes',
    {
      preHandler: written,
      schema: { params: IdParams, body: CouncilWrittenVoteSchema, response: { 200: CouncilVotedSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      const { userId, ...ballot } = request.body;
      await db.transaction((tx) => castVote(tx, actor, request.params.id, ballot, userId));
      return { voted: true as const };
    },
  );

  r.post(
    '/council/sessions/:id/tally',
    {
      preHandler: manage,
      schema: { params: IdParams, body: CouncilVersionSchema, response: { 200: CouncilSessionSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      const { id } = request.params;
      return db.transaction(async (tx) => {
        await tallyCouncilSession(tx, actor, id, request.body);
        return councilSessionDetail(tx, actor, await loadSession(tx, actor, id));
      });
    },
  );

  r.post(
    '/council/sessions/:id/close',
    {
      preHandler: close,
      schema: { params: IdParams, body: CouncilVersionSchema, response: { 200: CouncilCloseResultSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      return db.transaction((tx) => closeCouncilSession(tx, actor, request.params.id, request.body));
    },
  );

  for (const [path, kind] of [
    ['minutes.docx', 'minutes'],
    ['tally-report.docx', 'tally'],
  ] as const) {
    r.get(
      `/council/sessions/:id/${path}`,
      { preHandler: read, schema: { params: IdParams } },
      async (request, reply) => {
        const { buffer, fileName } = await renderCouncilDocument(
          db,
          actorOf(request),
          request.params.id,
          kind,
        );
        return reply
          .header('content-type', DOCX_CONTENT_TYPE)
          .header('content-disposition', attachmentDisposition(fileName))
          .send(buffer);
      },
    );
  }
}
