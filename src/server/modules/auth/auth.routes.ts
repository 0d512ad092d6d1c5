import { and, eq, ne } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkPassword } from '../../../domain/access/password-policy';
import {
  ChangePasswordSchema,
  type Me,
  MeSchema,
  PasswordOnlySchema,
  SignInResultSchema,
  SignInSchema,
  TwoFactorCodeSchema,
  TwoFactorEnableResultSchema,
} from '../../../shared/api/auth';
import { OkSchema } from '../../../shared/api/common';
import type { Role } from '../../../shared/codes';
import type { AppContext } from '../../app-context';
import { account, session, user } from '../../db/schema';
import { AppError, badRequest } from '../../http/app-error';
import { CSRF_COOKIE, newCsrfToken, setCsrfCookie } from '../../http/csrf';
import { actorOf, guard } from '../../http/guard';
import { writeAudit } from '../audit/write-audit';
import { passwordPolicyOf, readSecuritySettings } from '../settings/security-settings';
import { type Actor, anonymousAuditContext, auditContextOf } from './actor';
import { hashPassword, verifyPassword } from './password';
import { headersOf, resolveActor } from './resolve-actor';
import { copyCookies, SIGN_IN_FAILED, signIn } from './sign-in';

function meOf(actor: Actor, csrfToken: string): Me {
  return {
    id: actor.userId,
    name: actor.name,
    email: actor.email,
    unit: actor.unitId ? { id: actor.unitId, name: actor.unitName ?? '' } : null,
    roles: actor.roles as Role[],
    mustChangePassword: actor.mustChangePassword,
    twoFactorEnabled: actor.twoFactorEnabled,
    twoFactorRequired: actor.twoFactorRequired,
    csrfToken,
  };
}

/** After sign-in the session cookie is on the reply, not yet the request: resolve it from there. */
async function actorFromReply(app: AppContext, request: FastifyRequest, reply: FastifyReply): Promise<Actor> {
  const setCookies = ([] as string[]).concat(
    (reply.getHeader('set-cookie') as string[] | string | undefined) ?? [],
  );
  const pairs = setCookies.map((c) => c.split(';')[0]).filter((c) => !c.endsWith('='));
  const fake = Object.create(request, {
    headers: { value: { ...request.headers, cookie: pairs.join('; ') } },
  }) as FastifyRequest;
  const actor = await resolveActor(app, fake);
  if (!actor) throw new AppError('UNAUTHENTICATED', SIGN_IN_FAILED);
  return actor;
}

/** A fresh anti-forgery token at every sign-in, like the session id (quality B7). */
function rotateCsrf(request: FastifyRequest, reply: FastifyReply): string {
  const token = newCsrfToken();
  setCsrfCookie(reply, token, request.protocol === 'https');
  return token;
}

export function registerAuthRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<ZodTypeProvider>();
  const loginLimit = {
    rateLimit: {
      max: app.env.TDKT_LOGIN_RATE_PER_MINUTE,
      timeWindow: 60_000,
      keyGenerator: (request: FastifyRequest) => request.ip,
    },
  };

  r.post(
    '/auth/sign-in',
    { config: loginLimit, schema: { body: SignInSchema, response: { 200: SignInResultSchema } } },
    async (request, reply) => {
      const result = await signIn(app, request, reply, request.body);
      if (result.twoFactor) return { status: 'two-factor' as const };
      const actor = await actorFromReply(app, request, reply);
      return { status: 'signed-in' as const, me: meOf(actor, rotateCsrf(request, reply)) };
    },
  );

  r.post(
    '/auth/two-factor',
    { config: loginLimit, schema: { body: TwoFactorCodeSchema, response: { 200: SignInResultSchema } } },
    async (request, reply) => {
      const code = request.body.code;
      const isTotp = /^\d{6}$/.test(code);
      const response = isTotp
        ? await app.auth.api.verifyTOTP({ body: { code }, headers: headersOf(request), asResponse: true })
        : await app.auth.api.verifyBackupCode({
            body: { code },
            headers: headersOf(request),
            asResponse: true,
          });
      if (!response.ok) {
        await app.database.db.transaction((tx) =>
          writeAudit(tx, anonymousAuditContext(request), { action: 'auth.two-factor', result: 'failed' }),
        );
        throw new AppError(
          'UNAUTHENTICATED',
          'Mã xác thực không đúng hoặc đã hết hạn. Vui lòng nhập mã mới trên ứng dụng.',
        );
      }
      copyCookies(response, reply);
      const actor = await actorFromReply(app, request, reply);
      await app.database.db.transaction((tx) =>
        writeAudit(tx, auditContextOf(actor), {
          action: 'auth.sign-in',
          objectType: 'user',
          objectId: actor.userId,
          after: { twoFactor: true },
        }),
      );
      return { status: 'signed-in' as const, me: meOf(actor, rotateCsrf(request, reply)) };
    },
  );

  r.post('/auth/sign-out', { schema: { response: { 200: OkSchema } } }, async (request, reply) => {
    const actor = await resolveActor(app, request);
    const response = await app.auth.api.signOut({ headers: headersOf(request), asResponse: true });
    copyCookies(response, reply);
    if (actor) {
      await app.database.db.transaction(async (tx) => {
        await tx.delete(session).where(eq(session.id, actor.sessionId));
        await writeAudit(tx, auditContextOf(actor), {
          action: 'auth.sign-out',
          objectType: 'user',
          objectId: actor.userId,
        });
      });
    }
    return { ok: true as const };
  });

  r.get(
    '/auth/me',
    { preHandler: guard(app, { allowPending: true }), schema: { response: { 200: MeSchema } } },
    async (request) => meOf(actorOf(request), request.cookies[CSRF_COOKIE] ?? ''),
  );

  r.post(
    '/auth/change-password',
    {
      preHandler: guard(app, { allowPending: true }),
      config: loginLimit,
      schema: { body: ChangePasswordSchema, response: { 200: OkSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      const { currentPassword, newPassword } = request.body;
      const [credential] = await app.database.db
        .select()
        .from(account)
        .where(and(eq(account.userId, actor.userId), eq(account.providerId, 'credential')));
      if (!credential?.password || !(await verifyPassword(credential.password, currentPassword))) {
        throw badRequest('Mật khẩu hiện tại không đúng.', [
          { path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng' },
        ]);
      }
      const settings = await readSecuritySettings(app.database.db, true);
      const problem = checkPassword(newPassword, passwordPolicyOf(settings), {
        isAdmin: actor.roles.includes('admin'),
        email: actor.email,
      });
      if (problem) throw badRequest(problem, [{ path: 'newPassword', message: problem }]);
      if (newPassword === currentPassword) {
        throw badRequest('Mật khẩu mới phải khác mật khẩu hiện tại.', [
          { path: 'newPassword', message: 'Trùng mật khẩu hiện tại' },
        ]);
      }
      const hashed = await hashPassword(newPassword);
      await app.database.db.transaction(async (tx) => {
        await tx
          .update(account)
          .set({ password: hashed, updatedAt: new Date() })
          .where(eq(account.id, credential.id));
        await tx
          .update(user)
          .set({ mustChangePassword: false, passwordChangedAt: new Date(), updatedAt: new Date() })
          .where(eq(user.id, actor.userId));
        // Every other session of this account ends now (quality B8).
        await tx
          .delete(session)
          .where(and(eq(session.userId, actor.userId), ne(session.id, actor.sessionId)));
        await writeAudit(tx, auditContextOf(actor), {
          action: 'auth.password-change',
          objectType: 'user',
          objectId: actor.userId,
        });
      });
      return { ok: true as const };
    },
  );

  r.post(
    '/auth/two-factor/enable',
    {
      preHandler: guard(app, { allowPending: true }),
      config: loginLimit,
      schema: { body: PasswordOnlySchema, response: { 200: TwoFactorEnableResultSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      const result = await app.auth.api
        .enableTwoFactor({ body: { password: request.body.password }, headers: headersOf(request) })
        .catch(() => {
          throw badRequest('Mật khẩu không đúng.', [{ path: 'password', message: 'Mật khẩu không đúng' }]);
        });
      await app.database.db.transaction((tx) =>
        writeAudit(tx, auditContextOf(actor), {
          action: 'auth.two-factor.setup',
          objectType: 'user',
          objectId: actor.userId,
        }),
      );
      if (!('totpURI' in result)) throw badRequest('Không tạo được mã xác thực hai lớp.');
      return { totpURI: result.totpURI, backupCodes: result.backupCodes };
    },
  );

  r.post(
    '/auth/two-factor/confirm',
    {
      preHandler: guard(app, { allowPending: true }),
      config: loginLimit,
      schema: { body: TwoFactorCodeSchema, response: { 200: OkSchema } },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const response = await app.auth.api.verifyTOTP({
        body: { code: request.body.code },
        headers: headersOf(request),
        asResponse: true,
      });
      if (!response.ok)
        throw badRequest('Mã xác thực không đúng. Hãy nhập mã 6 chữ số đang hiện trên ứng dụng.', [
          { path: 'code', message: 'Mã không đúng' },
        ]);
      // better-auth opens a fresh session once 2FA is on; hand its cookie to the browser.
      copyCookies(response, reply);
      await app.database.db.transaction(async (tx) => {
        await tx.update(user).set({ twoFactorEnabled: true }).where(eq(user.id, actor.userId));
        await writeAudit(tx, auditContextOf(actor), {
          action: 'auth.two-factor.enable',
          objectType: 'user',
          objectId: actor.userId,
        });
      });
      return { ok: true as const };
    },
  );

  r.post(
    '/auth/two-factor/disable',
    {
      preHandler: guard(app, { allowPending: true }),
      config: loginLimit,
      schema: { body: PasswordOnlySchema, response: { 200: OkSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      if (actor.twoFactorRequired) {
        throw badRequest('Vai trò của bạn bắt buộc xác thực hai lớp; không thể tắt.');
      }
      await app.auth.api
        .disableTwoFactor({ body: { password: request.body.password }, headers: headersOf(request) })
        .catch(() => {
          throw badRequest('Mật khẩu không đúng.', [{ path: 'password', message: 'Mật khẩu không đúng' }]);
        });
      await app.database.db.transaction((tx) =>
        writeAudit(tx, auditContextOf(actor), {
          action: 'auth.two-factor.disable',
          objectType: 'user',
          objectId: actor.userId,
        }),
      );
      return { ok: true as const };
    },
  );

  r.get(
    '/auth/csrf',
    { schema: { response: { 200: z.object({ csrfToken: z.string() }) } } },
    async (request) => ({
      csrfToken: request.cookies[CSRF_COOKIE] ?? '',
    }),
  );
}
