import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { SecuritySettingsResponseSchema, SecuritySettingsSchema } from '../../../shared/api/auth';
import type { AppContext } from '../../app-context';
import { actorOf, guard } from '../../http/guard';
import { writeAudit } from '../audit/write-audit';
import { auditContextOf } from '../auth/actor';
import { readSecuritySettings, saveSecuritySettings } from './security-settings';

export function registerSettingsRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<ZodTypeProvider>();
  const admin = guard(app, { permission: 'settings.manage' });

  r.get(
    '/settings/security',
    { preHandler: admin, schema: { response: { 200: SecuritySettingsResponseSchema } } },
    async () => readSecuritySettings(app.database.db, true),
  );

  r.put(
    '/settings/security',
    {
      preHandler: admin,
      schema: { body: SecuritySettingsSchema, response: { 200: SecuritySettingsResponseSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.database.db.transaction(async (tx) => {
        const before = await readSecuritySettings(tx, true);
        await saveSecuritySettings(tx, request.body);
        await writeAudit(tx, auditContextOf(actor), {
          action: 'settings.security.update',
          objectType: 'setting',
          objectId: 'security',
          before,
          after: request.body,
        });
      });
      return readSecuritySettings(app.database.db, true);
    },
  );
}
