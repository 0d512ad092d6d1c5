import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Database, migrateDatabase, openDatabase } from '../../../src/server/db/client';
import { type EmbeddedDatabase, startEmbeddedDatabase } from '../../../src/server/db/embedded';
import { unit } from '../../../src/server/db/schema';
import type { Actor } from '../../../src/server/modules/auth/actor';
import type { Role } from '../../../src/shared/codes';
import { FIXTURE_UNITS } from '../../fixtures/make-people-fixture';

export interface HarnessUnit {
  id: string;
  path: string;
  name: string;
}

export interface ImportHarness {
  database: Database;
  units: Record<keyof typeof FIXTURE_UNITS, HarnessUnit>;
  /** A signed-in user of `u` with `roles`, built directly (no session): what every use case receives. */
  actorOf: (u: HarnessUnit, roles?: Role[]) => Actor;
  stop: () => Promise<void>;
}

/**
 * An embedded PostgreSQL of its own, migrated, with a root unit, two child units and one grandchild
 * (root / Phòng Nội vụ / Tổ Một cửa, root / Xã Bình An).
 */
export async function startImportHarness(): Promise<ImportHarness> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tdkt-import-test-'));
  // mkdtemp makes a 0700 directory; run as root, initdb works as the postgres user and must get in.
  chmodSync(dataDir, 0o755);
  let embedded: EmbeddedDatabase | undefined;
  let database: Database | undefined;
  try {
    embedded = await startEmbeddedDatabase({ dataDir, port: 55000 + Math.floor(Math.random() * 5000) });
    database = openDatabase(embedded.url);
    await migrateDatabase(database);
    const db = database.db;
    const add = async (key: keyof typeof FIXTURE_UNITS, parent: HarnessUnit | null, kind: string) => {
      const id = crypto.randomUUID();
      const unitPath = `${parent?.path ?? '/'}${id}/`;
      const { name, code } = FIXTURE_UNITS[key];
      await db.insert(unit).values({ id, parentId: parent?.id ?? null, path: unitPath, name, code, kind });
      return { id, path: unitPath, name };
    };
    const root = await add('root', null, 'peoples-committee');
    const inScope = await add('inScope', root, 'agency');
    const inScopeChild = await add('inScopeChild', inScope, 'sub-unit');
    const outOfScope = await add('outOfScope', root, 'commune');
    const opened = database;
    const started = embedded;
    return {
      database: opened,
      units: { root, inScope, inScopeChild, outOfScope },
      actorOf: (u, roles = ['unitClerk']) => ({
        userId: `test-user-${u.id.slice(0, 8)}`,
        name: 'Người thử nghiệm',
        email: `clerk-${u.id.slice(0, 8)}@example.test`,
        unitId: u.id,
        unitName: u.name,
        scopePath: u.path,
        roles,
        sessionId: 'test-session',
        mustChangePassword: false,
        twoFactorEnabled: false,
        twoFactorRequired: false,
        ip: '127.0.0.1',
      }),
      stop: async () => {
        await opened.close();
        await started.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await database?.close();
    await embedded?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
