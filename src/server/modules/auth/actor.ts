import type { FastifyRequest } from 'fastify';
import { hasPermission, type Permission } from '../../../domain/access/permissions';
import type { Role } from '../../../shared/codes';
import { AppError, forbidden } from '../../http/app-error';
import type { AuditContext } from '../audit/write-audit';

/** The signed-in user as every policy and use case sees them. */
export interface Actor {
  userId: string;
  name: string;
  email: string;
  unitId: string | null;
  unitName: string | null;
  /** Materialised path of the user's unit: the scope of every record they may touch. */
  scopePath: string;
  roles: Role[];
  sessionId: string;
  mustChangePassword: boolean;
  twoFactorEnabled: boolean;
  twoFactorRequired: boolean;
  ip: string;
}

export function auditContextOf(actor: Actor): AuditContext {
  return { actorUserId: actor.userId, actorLabel: actor.email, unitId: actor.unitId, ip: actor.ip };
}

export function anonymousAuditContext(request: FastifyRequest, label: string | null = null): AuditContext {
  return { actorUserId: null, actorLabel: label, unitId: null, ip: request.ip };
}

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!hasPermission(actor.roles, permission)) throw forbidden();
}

export function can(actor: Actor, permission: Permission): boolean {
  return hasPermission(actor.roles, permission);
}

export const unauthenticated = () =>
  new AppError(
    'UNAUTHENTICATED',
    'Phiên làm việc đã hết hạn hoặc bạn chưa đăng nhập. Vui lòng đăng nhập lại.',
  );
