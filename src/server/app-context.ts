import type { Database } from './db/client';
import type { Env } from './env';
import type { Auth } from './modules/auth/better-auth';

/** What every module needs, built once at start-up and handed to the routes. */
export interface AppContext {
  env: Env;
  database: Database;
  auth: Auth;
}
