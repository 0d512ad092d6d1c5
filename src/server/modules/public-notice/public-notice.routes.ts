import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { UuidSchema } from '../../../shared/api/common';
import {
  COMMENT_STATUSES,
  CommentChallengeSchema,
  CommentModerateSchema,
  NoticeSaveSchema,
  NoticeVersionSchema,
  PublicCommentCreatedSchema,
  PublicCommentCreateSchema,
  PublicNoticeListSchema,
  PublicNoticeSchema,
  StaffCommentListSchema,
  StaffNoticeListSchema,
  StaffNoticeSchema,
} from '../../../shared/api/public-notice';
import type { AppContext } from '../../app-context';
import { actorOf, guard } from '../../http/guard';
import { issueChallenge } from './comment-challenge';
import { moveNotice, saveNotice } from './manage-notice';
import { moderateComment } from './moderate-comment';
import { postPublicComment } from './post-comment';
import {
  listPublicNotices,
  listStaffComments,
  listStaffNotices,
  publicNoticeOf,
  staffNotice,
} from './public-notice.queries';

const IdParams = z.object({ id: UuidSchema });
const StaffCommentQuerySchema = z.object({
  status: z.enum(COMMENT_STATUSES).optional(),
  dossierId: UuidSchema.optional(),
  noticeId: UuidSchema.optional(),
});

/** Comments per address: a handful per 10 minutes is plenty for a person, and stops a flood. */
export const COMMENT_RATE = { max: 5, timeWindow: 10 * 60_000 };

/** The public notice: public pages without sign-in, and the staff side (notices, moderation). */
export function registerPublicNoticeRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<ZodTypeProvider>();
  const manage = guard(app, { permission: 'publicNotice.manage' });
  const { db } = app.database;
  const byAddress = (request: FastifyRequest) => request.ip;

  // Public, no sign-in. Only the notice snapshot tables and approved comments are read; the reads are
  // cheap bounded queries and stay unthrottled (quality H3); the challenge and the comment are limited.
  r.get(
    '/public/notices',
    {
      schema: { response: { 200: PublicNoticeListSchema } },
    },
    async () => listPublicNotices(db),
  );
  r.get(
    '/public/notices/:id',
    {
      schema: { params: IdParams, response: { 200: PublicNoticeSchema } },
    },
    async (request) => publicNoticeOf(db, request.params.id),
  );
  r.get(
    '/public/notices/:id/challenge',
    {
      config: { rateLimit: { max: 30, timeWindow: 60_000, keyGenerator: byAddress } },
      schema: { params: IdParams, response: { 200: CommentChallengeSchema } },
    },
    async (request) => {
      await publicNoticeOf(db, request.params.id);
      return issueChallenge(app, request.params.id);
    },
  );
  r.post(
    '/public/notices/:id/comments',
    {
      config: { rateLimit: { ...COMMENT_RATE, keyGenerator: byAddress } },
      schema: {
        params: IdParams,
        body: PublicCommentCreateSchema,
        response: { 201: PublicCommentCreatedSchema },
      },
    },
    async (request, reply) => {
      await postPublicComment(app, request, request.params.id, request.body);
      return reply.status(201).send({ status: 'pending' as const });
    },
  );

  // Staff.
  r.get(
    '/public-notices',
    { preHandler: manage, schema: { response: { 200: StaffNoticeListSchema } } },
    async (request) => listStaffNotices(db, actorOf(request)),
  );
  r.get(
    '/public-notices/:id',
    { preHandler: manage, schema: { params: IdParams, response: { 200: StaffNoticeSchema } } },
    async (request) => staffNotice(db, actorOf(request), request.params.id),
  );
  r.put(
    '/public-notices/:id',
    {
      preHandler: manage,
      schema: { params: IdParams, body: NoticeSaveSchema, response: { 200: StaffNoticeSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      const { id } = request.params;
      return db.transaction(async (tx) => {
        await saveNotice(tx, actor, id, request.body);
        return staffNotice(tx, actor, id);
      });
    },
  );
  for (const action of ['publish', 'withdraw'] as const) {
    r.post(
      `/public-notices/:id/${action}`,
      {
        preHandler: manage,
        schema: { params: IdParams, body: NoticeVersionSchema, response: { 200: StaffNoticeSchema } },
      },
      async (request) => {
        const actor = actorOf(request);
        const { id } = request.params;
        return db.transaction(async (tx) => {
          await moveNotice(tx, actor, id, action, request.body.version);
          return staffNotice(tx, actor, id);
        });
      },
    );
  }
  r.get(
    '/public-comments',
    {
      preHandler: manage,
      schema: { querystring: StaffCommentQuerySchema, response: { 200: StaffCommentListSchema } },
    },
    async (request) => listStaffComments(db, actorOf(request), request.query),
  );
  r.post(
    '/public-comments/:id/moderate',
    {
      preHandler: manage,
      schema: { params: IdParams, body: CommentModerateSchema, response: { 200: StaffCommentListSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      const { id } = request.params;
      return db.transaction(async (tx) => {
        await moderateComment(tx, actor, id, request.body);
        return listStaffComments(tx, actor, { commentId: id });
      });
    },
  );
}
