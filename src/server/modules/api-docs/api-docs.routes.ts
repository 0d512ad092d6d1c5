import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context';
import { guard } from '../../http/guard';

/** The OpenAPI description, generated from the same zod schemas that validate requests. */
export function registerApiDocsRoutes(fastify: FastifyInstance, app: AppContext): void {
  fastify.get(
    '/openapi.json',
    { preHandler: guard(app, { permission: 'apiDocs.read' }), schema: { hide: true } },
    async () => fastify.swagger(),
  );
}
