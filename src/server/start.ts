import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { AppContext } from './app-context';
import { type Database, migrateDatabase, openDatabase } from './db/client';
import { type EmbeddedDatabase, startEmbeddedDatabase } from './db/embedded';
import type { Env } from './env';
import { insertAccount } from './modules/accounts/manage-accounts';
import { systemAuditContext, writeAudit } from './modules/audit/write-audit';
import { createAuth } from './modules/auth/better-auth';
import { remindBlockDeadlines } from './modules/blocks/remind-deadlines';
import { purgeUnclaimedDraftFiles } from './modules/files/purge-draft-files';
import { readOrCreateSecret } from './modules/settings/security-settings';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, loadDemoData } from './seed/demo';
import { loadDemoAttachments } from './seed/demo-attachments';
import { loadDemoAwards } from './seed/demo-awards';
import { loadDemoBlocks } from './seed/demo-blocks';
import { loadDemoCouncil } from './seed/demo-council';
import { loadDemoDecisions } from './seed/demo-decisions';
import { loadDemoDossiers } from './seed/demo-dossiers';
import { loadDemoMovement } from './seed/demo-movement';
import { loadDemoPledges } from './seed/demo-pledges';
import { loadDemoReviews } from './seed/demo-reviews';
import { loadDemoTargets } from './seed/demo-targets';

export interface Running {
  app: FastifyInstance;
  context: AppContext;
  address: string;
  demoLoaded: boolean;
  stop: () => Promise<void>;
}

/** Load the demo data set and one account per role, in one transaction, into an empty database. */
export async function loadDemo(database: Database): Promise<boolean> {
  return database.db.transaction(async (tx) => {
    const { rows } = await tx.execute('SELECT count(*)::int AS n FROM unit');
    if ((rows[0] as { n: number }).n > 0) return false;
    const units = await loadDemoData(tx);
    await loadDemoAwards(tx, units);
    await loadDemoMovement(tx, units);
    await loadDemoPledges(tx);
    await loadDemoDossiers(tx, units);
    await loadDemoTargets(tx);
    await loadDemoReviews(tx);
    await loadDemoAttachments(tx);
    await loadDemoDecisions(tx, units);
    for (const spec of DEMO_ACCOUNTS) {
      const unitId = units[spec.unitCode];
      if (!unitId) throw new Error(`demo account ${spec.email}: unknown unit ${spec.unitCode}`);
      await insertAccount(tx, {
        name: spec.name,
        email: spec.email,
        unitId,
        roles: spec.roles,
        password: DEMO_PASSWORD,
        mustChangePassword: false,
        grantedBy: null,
      });
    }
    await loadDemoCouncil(tx, units);
    await loadDemoBlocks(tx, units);
    await writeAudit(tx, systemAuditContext, {
      action: 'demo.load',
      after: { units: Object.keys(units).length, accounts: DEMO_ACCOUNTS.length },
    });
    return true;
  });
}

/** Database (embedded or external), migrations, demo data, HTTP: everything `npm start` does. */
export async function startServer(
  env: Env,
  options: { logger?: boolean; log?: (line: string) => void } = {},
): Promise<Running> {
  const log = options.log ?? ((line: string) => console.log(line));
  let embedded: EmbeddedDatabase | null = null;
  let url = env.DATABASE_URL;
  if (!url) {
    log(`Khởi động PostgreSQL nhúng trong ${env.TDKT_DATA_DIR} …`);
    embedded = await startEmbeddedDatabase({ dataDir: env.TDKT_DATA_DIR, port: env.TDKT_DB_PORT });
    url = embedded.url;
  }
  const database = openDatabase(url, { max: 20 });
  try {
    await migrateDatabase(database);
    const demoLoaded = env.TDKT_DEMO === '1' ? await loadDemo(database) : false;
    const secret = env.TDKT_SECRET ?? (await readOrCreateSecret(database.db));
    const baseURL = env.TDKT_PUBLIC_URL ?? `http://localhost:${env.PORT}`;
    const auth = createAuth(database.db, {
      secret,
      baseURL,
      secureCookies: baseURL.startsWith('https:'),
      absoluteHours: env.TDKT_SESSION_ABSOLUTE_HOURS,
    });
    const context: AppContext = { env, database, auth };
    const app = await buildApp(context, { logger: options.logger });
    const address = await app.listen({ port: env.PORT, host: env.HOST });
    // Expired sessions are refused on use; this sweep keeps the table from growing with abandoned ones.
    const sweep = setInterval(() => {
      database.pool
        .query(
          `DELETE FROM session WHERE expires_at < now() OR last_seen_at < now() - make_interval(mins => $1)`,
          [env.TDKT_SESSION_IDLE_MINUTES],
        )
        .catch(() => {});
      // Launching documents read for a draft that was never saved.
      purgeUnclaimedDraftFiles(database.db).catch(() => {});
      // Emulation-block steps due within three days or overdue: one reminder a day to the unit that must act.
      remindBlockDeadlines(database.db).catch(() => {});
    }, 3_600_000);
    sweep.unref();
    let stopping: Promise<void> | null = null;
    const stop = () => {
      stopping ??= (async () => {
        clearInterval(sweep);
        await app.close();
        await database.close();
        await embedded?.stop();
      })();
      return stopping;
    };
    return { app, context, address, demoLoaded, stop };
  } catch (error) {
    await database.close().catch(() => {});
    await embedded?.stop().catch(() => {});
    throw error;
  }
}
