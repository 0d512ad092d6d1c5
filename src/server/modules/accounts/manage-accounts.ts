import { and, eq, notInArray } from 'drizzle-orm';
import type { AccountCreate, AccountUpdate } from '../../../shared/api/accounts';
import type { Role } from '../../../shared/codes';
import type { DbOrTx } from '../../db/client';
import { account, session, user, userRole } from '../../db/schema';
import { AppError, badRequest } from '../../http/app-error';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { hashPassword, issuePassword } from '../auth/password';
import { loadUnitInScope } from '../units/units.policy';
import { loadAccountInScope } from './accounts.queries';

/** Insert a user with a credential; the password is issued (forced change at first sign-in) unless given. */
export async function insertAccount(
  tx: DbOrTx,
  input: {
    name: string;
    email: string;
    unitId: string;
    roles: readonly Role[];
    password: string;
    mustChangePassword: boolean;
    grantedBy: string | null;
  },
): Promise<string> {
  const id = crypto.randomUUID();
  const existing = await tx.select({ id: user.id }).from(user).where(eq(user.email, input.email));
  if (existing.length > 0)
    throw new AppError('CONFLICT', `Email ${input.email} đã được dùng cho một tài khoản khác.`, [
      { path: 'email', message: 'Email đã được dùng' },
    ]);
  await tx.insert(user).values({
    id,
    name: input.name,
    email: input.email,
    emailVerified: true,
    unitId: input.unitId,
    mustChangePassword: input.mustChangePassword,
    passwordChangedAt: new Date(),
  });
  await tx.insert(account).values({
    id: crypto.randomUUID(),
    accountId: id,
    providerId: 'credential',
    userId: id,
    password: await hashPassword(input.password),
  });
  await tx
    .insert(userRole)
    .values(input.roles.map((role) => ({ userId: id, role, grantedBy: input.grantedBy })));
  return id;
}

/** An administrator creates an account in their subtree and hands over the issued password once. */
export async function createAccount(
  tx: DbOrTx,
  actor: Actor,
  input: AccountCreate,
): Promise<{ id: string; issuedPassword: string }> {
  await loadUnitInScope(tx, actor, input.unitId);
  const issuedPassword = issuePassword();
  const roles = [...new Set(input.roles)];
  const id = await insertAccount(tx, {
    ...input,
    roles,
    password: issuedPassword,
    mustChangePassword: true,
    grantedBy: actor.userId,
  });
  await writeAudit(tx, auditContextOf(actor), {
    action: 'account.create',
    objectType: 'user',
    objectId: id,
    unitId: input.unitId,
    after: { name: input.name, email: input.email, unitId: input.unitId, roles },
  });
  return { id, issuedPassword };
}

/** Re-role, move, rename, disable or enable an account; the change applies on the user's next request. */
export async function updateAccount(
  tx: DbOrTx,
  actor: Actor,
  id: string,
  input: AccountUpdate,
): Promise<void> {
  const before = await loadAccountInScope(tx, actor, id);
  if (id === actor.userId) {
    if (input.disabled)
      throw badRequest('Bạn không thể tự khóa tài khoản của mình.', [
        { path: 'disabled', message: 'Không thể tự khóa' },
      ]);
    if (input.roles && !input.roles.includes('admin'))
      throw badRequest('Bạn không thể tự bỏ vai trò quản trị của mình.', [
        { path: 'roles', message: 'Không thể tự bỏ quyền quản trị' },
      ]);
  }
  if (input.unitId) await loadUnitInScope(tx, actor, input.unitId);
  await tx
    .update(user)
    .set({
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.unitId !== undefined ? { unitId: input.unitId } : {}),
      ...(input.disabled !== undefined ? { disabled: input.disabled } : {}),
      updatedAt: new Date(),
    })
    .where(eq(user.id, id));
  if (input.roles) {
    const roles = [...new Set(input.roles)];
    await tx.delete(userRole).where(and(eq(userRole.userId, id), notInArray(userRole.role, roles)));
    await tx
      .insert(userRole)
      .values(roles.map((role) => ({ userId: id, role, grantedBy: actor.userId })))
      .onConflictDoNothing();
  }
  // Disabling or moving an account ends its sessions at once (quality B8).
  if (input.disabled || (input.unitId && input.unitId !== before.unit_id))
    await tx.delete(session).where(eq(session.userId, id));
  await writeAudit(tx, auditContextOf(actor), {
    action:
      input.roles && input.roles.join() !== before.roles.join() ? 'account.role-change' : 'account.update',
    objectType: 'user',
    objectId: id,
    unitId: input.unitId ?? before.unit_id,
    before: { name: before.name, unitId: before.unit_id, roles: before.roles, disabled: before.disabled },
    after: input,
  });
}

/** Issue a new password (forced change at next sign-in) and end the account's sessions. */
export async function resetPassword(tx: DbOrTx, actor: Actor, id: string): Promise<string> {
  await loadAccountInScope(tx, actor, id);
  const issuedPassword = issuePassword();
  await tx
    .update(account)
    .set({ password: await hashPassword(issuedPassword), updatedAt: new Date() })
    .where(and(eq(account.userId, id), eq(account.providerId, 'credential')));
  await tx
    .update(user)
    .set({ mustChangePassword: true, failedLogins: 0, lockedUntil: null, updatedAt: new Date() })
    .where(eq(user.id, id));
  await tx.delete(session).where(eq(session.userId, id));
  await writeAudit(tx, auditContextOf(actor), {
    action: 'account.password-reset',
    objectType: 'user',
    objectId: id,
  });
  return issuedPassword;
}

export async function unlockAccount(tx: DbOrTx, actor: Actor, id: string): Promise<void> {
  await loadAccountInScope(tx, actor, id);
  await tx
    .update(user)
    .set({ failedLogins: 0, lockedUntil: null, updatedAt: new Date() })
    .where(eq(user.id, id));
  await writeAudit(tx, auditContextOf(actor), { action: 'account.unlock', objectType: 'user', objectId: id });
}
