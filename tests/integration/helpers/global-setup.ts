import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrateDatabase, openDatabase } from '../../../src/server/db/client';
import { type EmbeddedDatabase, startEmbeddedDatabase } from '../../../src/server/db/embedded';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser-ish URL of the test server's maintenance database ('postgres'). */
    pgAdminUrl: string;
    /** Name of the migrated template every test file clones. */
    pgTemplate: string;
  }
}

/**
 * One PostgreSQL for the whole run: the embedded one, or the server named by TDKT_TEST_DATABASE_URL
 * (CI runs the integration suite a second time against Debian's PostgreSQL 15).
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | null = null;
  let dataDir: string | null = null;
  let adminUrl = process.env.TDKT_TEST_DATABASE_URL;
  if (!adminUrl) {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'tdkt-test-'));
    const port = 56000 + Math.floor(Math.random() * 3000);
    embedded = await startEmbeddedDatabase({ dataDir, port });
    const url = new URL(embedded.url);
    url.pathname = '/postgres';
    adminUrl = url.toString();
  }
  const template = `tdkt_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${template}`;
  const database = openDatabase(templateUrl.toString(), { max: 2 });
  await migrateDatabase(database);
  await database.close();
  project.provide('pgAdminUrl', adminUrl);
  project.provide('pgTemplate', template);

  return async () => {
    const { rows } = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE 'tdkt_t%'`);
    for (const r of rows)
      await admin.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`).catch(() => {});
    await admin.end();
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
