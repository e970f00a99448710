/**
 * What other features may use of accounts/: the one door into it (scripts/layers.test.ts checks
 * that no feature imports another's files directly).
 */
export { audit, type AuditActor } from './accounts.audit.ts';
export { ROLES, ROLE_LABELS, can, type Actor, type Role } from './accounts.policy.ts';
export {
  countEditorsByMember,
  deleteSessionsOfUser,
  findActiveRecipient,
  findUserById,
  listActiveAdmins,
  listAudit,
  listAuditActions,
  listEditorsOfMember,
  listSessionsOfUser,
  listUsers,
} from './accounts.repository.ts';
export { changeUser, inviteUser, isEmail, normalizeEmail, sendInvitation } from './accounts.service.ts';
export { type AuditRow } from './accounts.table.ts';
