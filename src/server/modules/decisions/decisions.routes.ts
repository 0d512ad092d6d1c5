import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OkSchema, UuidSchema } from '../../../shared/api/common';
import {
  DecisionDefaultsSchema,
  DecisionIssueSchema,
  DecisionListQuerySchema,
  DecisionListSchema,
  DecisionSaveSchema,
  DecisionSchema,
  DecisionUpdateSchema,
  ReadyDossierListSchema,
} from '../../../shared/api/decisions';
import { todayInVietnamIso } from '../../../shared/api/initiatives';
import type { AppContext } from '../../app-context';
import type { DbOrTx } from '../../db/client';
import { DOCX_CONTENT_TYPE } from '../../documents/render-template';
import { actorOf, guard } from '../../http/guard';
import { attachmentDisposition } from '../../lib/xlsx';
import type { Actor } from '../auth/actor';
import { catalogueOf } from '../law/law-overrides';
import { decisionDefaults } from './decision-defaults';
import { listDecisions, loadDecisionInScope, presentDecision, readyDossiers } from './decisions.queries';
import { issueDecision } from './issue-decision';
import { decisionFileName, issuedDecisionFile, renderDecision } from './render-decision';
import { createDecision, deleteDecision, updateDecision } from './save-decision';

const IdParams = z.object({ id: UuidSchema });
const VersionQuery = z.object({ version: z.coerce.number().int().min(1) });

async function decisionOf(db: DbOrTx, actor: Actor, id: string) {
  return presentDecision(db, await loadDecisionInScope(db, actor, id), await catalogueOf(db));
}

/** Award decisions: drafted by the office from dossiers in public notice, issued by the chairman. */
export function registerDecisionRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<ZodTypeProvider>();
  const read = guard(app, { permission: 'decision.read' });
  const write = guard(app, { permission: 'decision.write' });
  const issue = guard(app, { permission: 'decision.issue' });
  const { db } = app.database;

  r.get(
    '/decisions',
    {
      preHandler: read,
      schema: { querystring: DecisionListQuerySchema, response: { 200: DecisionListSchema } },
    },
    async (request) => ({
      ...(await listDecisions(db, actorOf(request), request.query)),
      page: request.query.page,
      pageSize: request.query.pageSize,
    }),
  );

  r.get(
    '/decisions/defaults',
    { preHandler: write, schema: { response: { 200: DecisionDefaultsSchema } } },
    async (request) => decisionDefaults(db, actorOf(request)),
  );

  r.get(
    '/decisions/ready-dossiers',
    { preHandler: write, schema: { response: { 200: ReadyDossierListSchema } } },
    async (request) => ({ items: await readyDossiers(db, actorOf(request), todayInVietnamIso()) }),
  );

  r.post(
    '/decisions',
    { preHandler: write, schema: { body: DecisionSaveSchema, response: { 200: DecisionSchema } } },
    async (request) => {
      const actor = actorOf(request);
      return db.transaction(async (tx) =>
        decisionOf(tx, actor, await createDecision(tx, actor, request.body)),
      );
    },
  );

  r.get(
    '/decisions/:id',
    { preHandler: read, schema: { params: IdParams, response: { 200: DecisionSchema } } },
    async (request) => decisionOf(db, actorOf(request), request.params.id),
  );

  r.put(
    '/decisions/:id',
    {
      preHandler: write,
      schema: { params: IdParams, body: DecisionUpdateSchema, response: { 200: DecisionSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      return db.transaction(async (tx) => {
        await updateDecision(tx, actor, request.params.id, request.body);
        return decisionOf(tx, actor, request.params.id);
      });
    },
  );

  r.delete(
    '/decisions/:id',
    {
      preHandler: write,
      schema: { params: IdParams, querystring: VersionQuery, response: { 200: OkSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      await db.transaction((tx) => deleteDecision(tx, actor, request.params.id, request.query.version));
      return { ok: true as const };
    },
  );

  r.post(
    '/decisions/:id/issue',
    {
      preHandler: issue,
      schema: { params: IdParams, body: DecisionIssueSchema, response: { 200: DecisionSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      return db.transaction(async (tx) => {
        await issueDecision(tx, actor, request.params.id, request.body);
        return decisionOf(tx, actor, request.params.id);
      });
    },
  );

  // The issued .docx exactly as kept at signing; a draft is rendered on the fly as a preview.
  r.get(
    '/decisions/:id/document.docx',
    { preHandler: read, schema: { params: IdParams } },
    async (request, reply) => {
      const decision = await decisionOf(db, actorOf(request), request.params.id);
      const kept = decision.status === 'issued' ? await issuedDecisionFile(db, decision.id) : null;
      const file = kept
        ? { buffer: kept.file, name: kept.fileName }
        : {
            buffer: (await renderDecision(db, decision)).buffer,
            name: decisionFileName(decision),
          };
      return reply
        .header('content-type', DOCX_CONTENT_TYPE)
        .header('content-disposition', attachmentDisposition(file.name))
        .send(file.buffer);
    },
  );
}
