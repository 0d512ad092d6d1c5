// The policy table is shared data (the web app hides what a role cannot do); the server enforces it.
export { hasPermission, PERMISSIONS, type Permission } from '../../shared/permissions';

/** A unit path '/a/b/' is inside the scope path '/a/' when it starts with it. */
export function isInScope(scopePath: string, unitPath: string): boolean {
  return unitPath.startsWith(scopePath);
}
