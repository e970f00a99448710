/**
 * Accounts' rules: the French names of roles and which roles belong to a member. The vocabulary
 * (roles, permissions, `can`) lives in shared/access.ts and is re-exported here for the features.
 */
import type { Role } from '../../shared/access.ts';

export { can, ROLE_LABELS, ROLES, type Actor, type Permission, type Role } from '../../shared/access.ts';

/** Roles that belong to a member (an admin belongs to the network). */
export function roleNeedsMember(role: Role): boolean {
  return role !== 'admin';
}
