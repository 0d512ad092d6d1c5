import type { Role } from '../../../src/shared/codes';
import { hasPermission, type Permission } from '../../../src/shared/permissions';

/* The server decides (src/shared/permissions.ts is its policy table); screens only hide what a role cannot use. */
export type { Permission };

export function can(roles: readonly Role[], permission: Permission): boolean {
  return hasPermission(roles, permission);
}
