import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { evaluateEligibility } from '../../../domain/eligibility/evaluate-eligibility';
import { EligibilityInputError } from '../../../domain/eligibility/input-schema';
import { LawOverrideError } from '../../../domain/law/catalogue';
import { UuidSchema } from '../../../shared/api/common';
import {
  PersonEvaluationQuerySchema,
  SuggestionListSchema,
  SuggestionQuerySchema,
} from '../../../shared/api/eligibility';
import type { AppContext } from '../../app-context';
import { badRequest } from '../../http/app-error';
import { actorOf, guard } from '../../http/guard';
import { attachmentDisposition, XLSX_CONTENT_TYPE } from '../../lib/xlsx';
import { writeAudit } from '../audit/write-audit';
import { auditContextOf } from '../auth/actor';
import { catalogueOf } from '../law/law-overrides';
import { loadPersonInScope } from '../people/people.queries';
import { buildPersonHistories } from './build-eligibility-input';
import { exportSuggestions } from './export-suggestions';
import { suggestCandidates } from './suggest-candidates';

/** The engine's own input errors, as our 400 naming each field. */
function evaluateOr400(input: unknown, catalogue: Awaited<ReturnType<typeof catalogueOf>>) {
  try {
    return evaluateEligibility(input, catalogue);
  } catch (error) {
    if (error instanceof EligibilityInputError) {
      const first = error.issues[0];
      throw badRequest(`Dữ liệu không hợp lệ ở trường «${first?.path}»: ${first?.message}`, [
        ...error.issues,
      ]);
    }
    if (error instanceof LawOverrideError || (error as Error).name === 'EligibilityRuleError')
      throw badRequest((error as Error).message);
    throw error;
  }
}

export function registerEligibilityRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;
  const evaluate = guard(app, { permission: 'eligibility.evaluate' });
  const suggest = guard(app, { permission: 'eligibility.suggest' });

  // Same JSON as `tdkt eligibility` (contracts.md §2.1): the engine validates it and names bad fields.
  r.post('/eligibility/evaluate', { preHandler: evaluate, schema: { body: z.unknown() } }, async (request) =>
    evaluateOr400(request.body, await catalogueOf(db)),
  );

  r.get(
    '/eligibility/people/:id',
    {
      preHandler: evaluate,
      schema: { params: z.object({ id: UuidSchema }), querystring: PersonEvaluationQuerySchema },
    },
    async (request) => {
      const actor = actorOf(request);
      await loadPersonInScope(db, actor, request.params.id);
      const { award, year, authority, decisionDate } = request.query;
      const histories = await buildPersonHistories(db, [request.params.id], year);
      const input = {
        award,
        year,
        authority: { level: authority },
        ...(decisionDate ? { decisionDate } : {}),
        candidate: histories.get(request.params.id)!,
      };
      return { input, output: evaluateOr400(input, await catalogueOf(db)) };
    },
  );

  r.get(
    '/eligibility/suggestions',
    {
      preHandler: suggest,
      schema: { querystring: SuggestionQuerySchema, response: { 200: SuggestionListSchema } },
    },
    async (request) => ({
      year: request.query.year,
      items: await suggestCandidates(db, actorOf(request), await catalogueOf(db), request.query),
    }),
  );

  r.get(
    '/eligibility/suggestions.xlsx',
    { preHandler: suggest, schema: { querystring: SuggestionQuerySchema } },
    async (request, reply) => {
      const actor = actorOf(request);
      const items = await suggestCandidates(db, actor, await catalogueOf(db), request.query);
      await db.transaction((tx) =>
        writeAudit(tx, auditContextOf(actor), {
          action: 'eligibility.suggestions.export',
          after: { count: items.length, query: request.query },
        }),
      );
      const file = await exportSuggestions(items, request.query.year);
      return reply
        .header('content-type', XLSX_CONTENT_TYPE)
        .header('content-disposition', attachmentDisposition(`goi-y-khen-thuong-${request.query.year}.xlsx`))
        .send(file);
    },
  );
}
