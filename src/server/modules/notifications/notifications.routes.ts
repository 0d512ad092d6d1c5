import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OkSchema, UuidSchema } from '../../../shared/api/common';
import { NotificationListSchema } from '../../../shared/api/movements';
import type { AppContext } from '../../app-context';
import { actorOf, guard } from '../../http/guard';
import { listNotifications } from './list-notifications';
import { markAllNotificationsRead, markNotificationRead } from './mark-notifications-read';

const IdParams = z.object({ id: UuidSchema });

/** The inbox of the user's unit: list, mark one read, mark all read. */
export function registerNotificationRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<ZodTypeProvider>();
  const read = guard(app, { permission: 'notification.read' });
  const { db } = app.database;

  r.get(
    '/notifications',
    { preHandler: read, schema: { response: { 200: NotificationListSchema } } },
    async (request) => listNotifications(db, actorOf(request)),
  );

  r.post(
    '/notifications/read-all',
    { preHandler: read, schema: { response: { 200: OkSchema } } },
    async (request) => {
      await markAllNotificationsRead(db, actorOf(request));
      return { ok: true as const };
    },
  );

  r.post(
    '/notifications/:id/read',
    { preHandler: read, schema: { params: IdParams, response: { 200: OkSchema } } },
    async (request) => {
      await markNotificationRead(db, actorOf(request), request.params.id);
      return { ok: true as const };
    },
  );
}
