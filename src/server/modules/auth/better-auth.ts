import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { twoFactor } from 'better-auth/plugins';
import type { Db } from '../../db/client';
import { account, session, twoFactor as twoFactorTable, user, verification } from '../../db/schema';
import { hashPassword, verifyPassword } from './password';

export interface AuthOptions {
  secret: string;
  baseURL: string;
  secureCookies: boolean;
  absoluteHours: number;
}

/**
 * better-auth does the security-critical parts (password check, sessions, TOTP); our own routes wrap it
 * for lockout, audit, unit scope and Vietnamese messages (docs/decisions/0003-auth.md).
 */
export function createAuth(db: Db, options: AuthOptions) {
  return betterAuth({
    appName: 'TĐKT',
    secret: options.secret,
    baseURL: options.baseURL,
    basePath: '/api/auth/internal',
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { user, session, account, verification, twoFactor: twoFactorTable },
    }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: 1,
      maxPasswordLength: 1024,
      password: { hash: hashPassword, verify: ({ hash, password }) => verifyPassword(hash, password) },
    },
    session: {
      expiresIn: options.absoluteHours * 3600,
      disableSessionRefresh: true,
      cookieCache: { enabled: false },
    },
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    // Our routes audit every outcome; better-auth's own warnings would only repeat them.
    logger: { level: 'error' },
    advanced: {
      cookiePrefix: 'tdkt',
      useSecureCookies: options.secureCookies,
      database: { generateId: () => crypto.randomUUID() },
      defaultCookieAttributes: { sameSite: 'lax', httpOnly: true },
    },
    plugins: [twoFactor({ issuer: 'TĐKT' })],
  });
}

export type Auth = ReturnType<typeof createAuth>;
