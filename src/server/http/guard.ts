import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Permission } from '../../domain/access/permissions';
import type { AppContext } from '../app-context';
import { type Actor, requirePermission, unauthenticated } from '../modules/auth/actor';
import { resolveActor } from '../modules/auth/resolve-actor';
import { AppError } from './app-error';

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
  }
}

export interface GuardOptions {
  /** Routes a user may reach before changing an issued password or setting up required 2FA. */
  allowPending?: boolean;
  permission?: Permission;
}

/** preHandler: resolve the session, refuse pending accounts, check the role permission. */
export function guard(app: AppContext, options: GuardOptions = {}) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const actor = await resolveActor(app, request);
    if (!actor) throw unauthenticated();
    request.actor = actor;
    if (!options.allowPending) {
      if (actor.mustChangePassword) {
        throw new AppError('PASSWORD_CHANGE_REQUIRED', 'Bạn cần đổi mật khẩu trước khi tiếp tục làm việc.');
      }
      if (actor.twoFactorRequired && !actor.twoFactorEnabled) {
        throw new AppError(
          'TWO_FACTOR_REQUIRED',
          'Vai trò của bạn bắt buộc xác thực hai lớp. Vui lòng bật xác thực hai lớp trong "Tài khoản của tôi".',
        );
      }
    }
    if (options.permission) requirePermission(actor, options.permission);
  };
}

export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}
