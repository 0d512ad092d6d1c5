import { eq, sql } from 'drizzle-orm';
import type { PasswordPolicy } from '../../../domain/access/password-policy';
import { type SecuritySettings, SecuritySettingsSchema } from '../../../shared/api/auth';
import type { Db, DbOrTx } from '../../db/client';
import { appSetting } from '../../db/schema';

const KEY = 'security';

export const DEFAULT_SECURITY_SETTINGS: SecuritySettings = {
  twoFactorRequiredRoles: [],
  passwordMinLength: 12,
  adminPasswordMinLength: 15,
  passwordRequireMixedCase: false,
  passwordRequireDigit: false,
  passwordMaxAgeDays: 0,
};

let cache: { at: number; value: SecuritySettings } | null = null;
// Short cache: settings change rarely; a few seconds of delay across app processes is acceptable.
const CACHE_MS = 3000;

export async function readSecuritySettings(db: DbOrTx, fresh = false): Promise<SecuritySettings> {
  if (!fresh && cache && Date.now() - cache.at < CACHE_MS) return cache.value;
  const rows = await db.select().from(appSetting).where(eq(appSetting.key, KEY));
  const parsed = SecuritySettingsSchema.safeParse({
    ...DEFAULT_SECURITY_SETTINGS,
    ...(rows[0]?.value as object),
  });
  const value = parsed.success ? parsed.data : DEFAULT_SECURITY_SETTINGS;
  cache = { at: Date.now(), value };
  return value;
}

export async function saveSecuritySettings(tx: DbOrTx, value: SecuritySettings): Promise<void> {
  await tx
    .insert(appSetting)
    .values({ key: KEY, value })
    .onConflictDoUpdate({ target: appSetting.key, set: { value, updatedAt: sql`now()` } });
  cache = null;
}

export function passwordPolicyOf(settings: SecuritySettings): PasswordPolicy {
  return {
    minLength: settings.passwordMinLength,
    adminMinLength: settings.adminPasswordMinLength,
    requireMixedCase: settings.passwordRequireMixedCase,
    requireDigit: settings.passwordRequireDigit,
  };
}

/** The secret that signs session cookies: from TDKT_SECRET, or generated once and kept in the database. */
export async function readOrCreateSecret(db: Db): Promise<string> {
  const secret = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
  await db.insert(appSetting).values({ key: 'auth.secret', value: secret }).onConflictDoNothing();
  const rows = await db.select().from(appSetting).where(eq(appSetting.key, 'auth.secret'));
  return rows[0]!.value as string;
}
