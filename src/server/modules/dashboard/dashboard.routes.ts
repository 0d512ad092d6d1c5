import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DashboardSchema } from '../../../shared/api/dashboard';
import type { AppContext } from '../../app-context';
import { actorOf, guard } from '../../http/guard';
import { can } from '../auth/actor';
import { dashboardHeadline, dashboardTasks } from './dashboard-tasks';

export function registerDashboardRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/dashboard',
    { preHandler: guard(app), schema: { response: { 200: DashboardSchema } } },
    async (request) => {
      const actor = actorOf(request);
      const scope = `${actor.scopePath}%`;
      const { db } = app.database;
      const { rows: counts } = await db.execute<{ units: number; people: number; accounts: number }>(sql`
      SELECT (SELECT count(*)::int FROM unit WHERE path LIKE ${scope} AND status = 'active') AS units,
             (SELECT count(*)::int FROM person p JOIN unit u ON u.id = p.unit_id WHERE u.path LIKE ${scope} AND p.anonymised_at IS NULL) AS people,
             (SELECT count(*)::int FROM "user" a JOIN unit u ON u.id = a.unit_id WHERE u.path LIKE ${scope}) AS accounts`);
      const { rows: ratings } = await db.execute<{
        year: number;
        excellent: number;
        good: number;
        complete: number;
        incomplete: number;
      }>(sql`
      SELECT r.year,
             count(*) FILTER (WHERE r.rating = 'excellent')::int AS excellent,
             count(*) FILTER (WHERE r.rating = 'good')::int AS good,
             count(*) FILTER (WHERE r.rating = 'complete')::int AS complete,
             count(*) FILTER (WHERE r.rating = 'incomplete')::int AS incomplete
        FROM person_rating r JOIN person p ON p.id = r.person_id JOIN unit u ON u.id = p.unit_id
       WHERE u.path LIKE ${scope} GROUP BY r.year ORDER BY r.year DESC LIMIT 5`);
      const isAdmin = can(actor, 'audit.read');
      const recent = isAdmin
        ? (
            await db.execute<{ occurred_at: Date; actor_label: string | null; action: string }>(
              sql`SELECT occurred_at, actor_label, action FROM audit_event ORDER BY id DESC LIMIT 8`,
            )
          ).rows.map((e) => ({
            occurredAt: new Date(e.occurred_at).toISOString(),
            actorLabel: e.actor_label,
            action: e.action,
          }))
        : null;
      const [tasks, headline] = await Promise.all([dashboardTasks(db, actor), dashboardHeadline(db, actor)]);
      const c = counts[0]!;
      return {
        unitCount: c.units,
        peopleCount: c.people,
        accountCount: can(actor, 'account.manage') ? c.accounts : null,
        ratingsByYear: ratings,
        recentActivity: recent,
        tasks,
        headline,
      };
    },
  );
}
