import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { UuidSchema } from '../../../shared/api/common';
import {
  REVIEW_KIND_LABELS,
  ReviewCreateSchema,
  ReviewFinaliseSchema,
  ReviewListSchema,
  ReviewSchema,
  ReviewUpdateSchema,
} from '../../../shared/api/reviews';
import type { AppContext } from '../../app-context';
import { DOCX_CONTENT_TYPE, renderTemplate } from '../../documents/render-template';
import { actorOf, guard } from '../../http/guard';
import { attachmentDisposition } from '../../lib/xlsx';
import { buildReviewReportData } from './build-review-report';
import { createReview } from './create-review';
import { finaliseReview } from './finalise-review';
import { loadVisibleReview } from './reviews.policy';
import { listReviews, presentReview } from './reviews.queries';
import { updateReview } from './update-review';

const MovementParams = z.object({ id: UuidSchema });
const ReviewParams = z.object({ id: UuidSchema });

/** Interim and final reviews: list per movement, start, write, finalise, Word report. */
export function registerReviewRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<ZodTypeProvider>();
  const read = guard(app, { permission: 'review.read' });
  const write = guard(app, { permission: 'review.write' });
  const { db } = app.database;

  r.get(
    '/movements/:id/reviews',
    { preHandler: read, schema: { params: MovementParams, response: { 200: ReviewListSchema } } },
    async (request) => listReviews(db, actorOf(request), request.params.id),
  );

  r.post(
    '/movements/:id/reviews',
    {
      preHandler: write,
      schema: { params: MovementParams, body: ReviewCreateSchema, response: { 200: ReviewSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      return db.transaction(async (tx) => {
        const id = await createReview(tx, actor, request.params.id, request.body.milestoneId);
        return presentReview(tx, actor, await loadVisibleReview(tx, actor, id));
      });
    },
  );

  r.get(
    '/reviews/:id',
    { preHandler: read, schema: { params: ReviewParams, response: { 200: ReviewSchema } } },
    async (request) => {
      const actor = actorOf(request);
      return presentReview(db, actor, await loadVisibleReview(db, actor, request.params.id));
    },
  );

  r.put(
    '/reviews/:id',
    {
      preHandler: write,
      schema: { params: ReviewParams, body: ReviewUpdateSchema, response: { 200: ReviewSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      return db.transaction(async (tx) => {
        await updateReview(tx, actor, request.params.id, request.body);
        return presentReview(tx, actor, await loadVisibleReview(tx, actor, request.params.id));
      });
    },
  );

  r.post(
    '/reviews/:id/finalise',
    {
      preHandler: write,
      schema: { params: ReviewParams, body: ReviewFinaliseSchema, response: { 200: ReviewSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      return db.transaction(async (tx) => {
        await finaliseReview(tx, actor, request.params.id, request.body.version);
        return presentReview(tx, actor, await loadVisibleReview(tx, actor, request.params.id));
      });
    },
  );

  r.get(
    '/reviews/:id/report.docx',
    { preHandler: read, schema: { params: ReviewParams } },
    async (request, reply) => {
      const actor = actorOf(request);
      const review = await presentReview(db, actor, await loadVisibleReview(db, actor, request.params.id));
      const { buffer } = await renderTemplate(db, 'review-report', await buildReviewReportData(db, review));
      const name = `Báo cáo ${REVIEW_KIND_LABELS[review.kind].toLowerCase()} - ${review.title}.docx`;
      return reply
        .header('content-type', DOCX_CONTENT_TYPE)
        .header('content-disposition', attachmentDisposition(name.replace(/[\\/:*?"<>|]/g, '_')))
        .header('x-content-type-options', 'nosniff')
        .send(buffer);
    },
  );
}
