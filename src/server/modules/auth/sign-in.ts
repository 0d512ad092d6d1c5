import { eq, sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SignIn } from '../../../shared/api/auth';
import type { AppContext } from '../../app-context';
import { user } from '../../db/schema';
import { AppError } from '../../http/app-error';
import { writeAudit } from '../audit/write-audit';
import { anonymousAuditContext } from './actor';
import { headersOf } from './resolve-actor';

/** The same words for an unknown user, a wrong password, a locked or a disabled account (quality B1). */
export const SIGN_IN_FAILED =
  'Email hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa. Nếu nhập sai nhiều lần, vui lòng đợi 15 phút hoặc liên hệ quản trị.';

export function copyCookies(from: Response, reply: FastifyReply): void {
  const cookies = from.headers.getSetCookie();
  if (cookies.length > 0) reply.header('set-cookie', cookies);
}

/**
 * Check the lockout, let better-auth verify the password and open the session, then count the failure
 * or clear the counter; every outcome is audited.
 */
export async function signIn(
  app: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  input: SignIn,
): Promise<{ twoFactor: boolean; userId: string }> {
  const { db } = app.database;
  const audit = anonymousAuditContext(request, input.email);
  const [account] = await db.select().from(user).where(eq(user.email, input.email));
  const now = new Date();
  const refuse = async (reason: string) => {
    await db.transaction((tx) =>
      writeAudit(
        tx,
        { ...audit, actorUserId: account?.id ?? null },
        {
          action: 'auth.sign-in',
          objectType: 'user',
          objectId: account?.id ?? null,
          result: 'failed',
          after: { reason },
        },
      ),
    );
    return new AppError('UNAUTHENTICATED', SIGN_IN_FAILED);
  };
  if (account?.lockedUntil && account.lockedUntil > now) throw await refuse('locked');
  if (account?.disabled) throw await refuse('disabled');

  const response = await app.auth.api.signInEmail({
    body: { email: input.email, password: input.password, rememberMe: false },
    headers: headersOf(request),
    asResponse: true,
  });
  if (!response.ok) {
    if (account) {
      const threshold = app.env.TDKT_LOCKOUT_THRESHOLD;
      await db.transaction(async (tx) => {
        const [updated] = await tx
          .update(user)
          .set({ failedLogins: sql`${user.failedLogins} + 1` })
          .where(eq(user.id, account.id))
          .returning({ failedLogins: user.failedLogins });
        if (updated && updated.failedLogins >= threshold) {
          const lockedUntil = new Date(Date.now() + app.env.TDKT_LOCKOUT_MINUTES * 60_000);
          await tx.update(user).set({ failedLogins: 0, lockedUntil }).where(eq(user.id, account.id));
          await writeAudit(
            tx,
            { ...audit, actorUserId: account.id },
            {
              action: 'auth.lockout',
              objectType: 'user',
              objectId: account.id,
              result: 'denied',
              after: { lockedUntil: lockedUntil.toISOString() },
            },
          );
        }
      });
    }
    throw await refuse(account ? 'wrong-password' : 'unknown-user');
  }
  const body = (await response.json()) as { twoFactorRedirect?: boolean; user?: { id: string } };
  copyCookies(response, reply);
  const userId = body.user?.id ?? account!.id;
  await db.transaction(async (tx) => {
    await tx.update(user).set({ failedLogins: 0, lockedUntil: null }).where(eq(user.id, userId));
    await writeAudit(
      tx,
      { ...audit, actorUserId: userId },
      {
        action: body.twoFactorRedirect ? 'auth.sign-in.password-ok' : 'auth.sign-in',
        objectType: 'user',
        objectId: userId,
      },
    );
  });
  return { twoFactor: body.twoFactorRedirect === true, userId };
}
