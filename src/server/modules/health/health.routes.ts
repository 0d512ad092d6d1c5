import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context';

/** Contract §1: 200 {"status":"ok","db":"ok"} when the database answers, 503 otherwise. */
export function registerHealthRoutes(fastify: FastifyInstance, app: AppContext): void {
  fastify.get('/health', async (_request, reply) => {
    try {
      await Promise.race([
        app.database.pool.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 3000)),
      ]);
      return reply.send({ status: 'ok', db: 'ok' });
    } catch {
      return reply.status(503).send({ status: 'error', db: 'unavailable' });
    }
  });
}
