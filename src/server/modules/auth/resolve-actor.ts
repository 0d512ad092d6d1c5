import type { FastifyRequest } from 'fastify';
import type { Role } from '../../../shared/codes';
import type { AppContext } from '../../app-context';
import { isDatabaseDown, isDiskFull } from '../../http/errors';
import { readSecuritySettings } from '../settings/security-settings';
import type { Actor } from './actor';

export function headersOf(request: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(key, value);
    else if (Array.isArray(value)) headers.set(key, value.join(', '));
  }
  return headers;
}

// last_seen_at is written at most this often, to keep reads from becoming writes.
const TOUCH_MS = 30_000;

/**
 * Resolve the session cookie to an Actor, reading account, roles and unit from the database on every
 * request, so a disabled account or a revoked role stops working on the next request (quality A6, B8).
 */
export async function resolveActor(app: AppContext, request: FastifyRequest): Promise<Actor | null> {
  // A database outage is not a signed-out user: it answers 503 and the browser keeps its session.
  const found = await app.auth.api.getSession({ headers: headersOf(request) }).catch((error: unknown) => {
    if (isDatabaseDown(error) || isDiskFull(error)) throw error;
    return null;
  });
  if (!found) {
    // better-auth also answers "no session" when the database fails; a browser holding cookies must then
    // get the database's error (503), not a 401 that sends the user to the sign-in page.
    if (request.headers.cookie) await app.database.pool.query('SELECT 1');
    return null;
  }
  const { rows } = await app.database.pool.query(
    `SELECT u.id, u.name, u.email, u.unit_id, u.disabled, u.must_change_password, u.password_changed_at,
            u.two_factor_enabled, un.path AS unit_path, un.name AS unit_name,
            s.last_seen_at, s.created_at AS session_created_at,
            ARRAY(SELECT role FROM user_role r WHERE r.user_id = u.id ORDER BY role) AS roles
       FROM session s JOIN "user" u ON u.id = s.user_id LEFT JOIN unit un ON un.id = u.unit_id
      WHERE s.id = $1`,
    [found.session.id],
  );
  const row = rows[0];
  const now = Date.now();
  const idleMs = app.env.TDKT_SESSION_IDLE_MINUTES * 60_000;
  const absoluteMs = app.env.TDKT_SESSION_ABSOLUTE_HOURS * 3_600_000;
  if (
    !row ||
    row.disabled ||
    !row.unit_path ||
    now - new Date(row.last_seen_at).getTime() > idleMs ||
    now - new Date(row.session_created_at).getTime() > absoluteMs
  ) {
    await app.database.pool.query('DELETE FROM session WHERE id = $1', [found.session.id]);
    return null;
  }
  if (now - new Date(row.last_seen_at).getTime() > TOUCH_MS) {
    // Best effort: on a full disk (quality I5) the touch may fail, and reading must still work.
    await app.database.pool
      .query('UPDATE session SET last_seen_at = now() WHERE id = $1', [found.session.id])
      .catch((error: unknown) => {
        if (!isDiskFull(error)) throw error;
      });
  }
  const settings = await readSecuritySettings(app.database.db);
  const roles = row.roles as Role[];
  const passwordExpired =
    settings.passwordMaxAgeDays > 0 &&
    row.password_changed_at !== null &&
    now - new Date(row.password_changed_at).getTime() > settings.passwordMaxAgeDays * 86_400_000;
  return {
    userId: row.id,
    name: row.name,
    email: row.email,
    unitId: row.unit_id,
    unitName: row.unit_name,
    scopePath: row.unit_path,
    roles,
    sessionId: found.session.id,
    mustChangePassword: row.must_change_password || passwordExpired,
    twoFactorEnabled: row.two_factor_enabled,
    twoFactorRequired: roles.some((r) => settings.twoFactorRequiredRoles.includes(r)),
    ip: request.ip,
  };
}
