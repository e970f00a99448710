/** Administration of accounts: changes of role, member and status, the network keeping an active admin. */
import type { Db } from '../../db/database.ts';
import { AppError, InvalidInput } from '../../errors.ts';
import { audit } from './accounts.audit.ts';
import { ROLE_LABELS, roleNeedsMember, type Actor, type Role } from './accounts.policy.ts';
import * as repo from './accounts.repository.ts';

export interface UserChange {
  role: Role;
  memberId: number | null;
  status: 'active' | 'disabled';
}

/**
 * Changes a user's role, member or status. Refuses to leave the network without an active admin.
 * A change of role or status signs the user out everywhere.
 */
export async function changeUser(db: Db, actor: Actor, userId: number, change: UserChange): Promise<void> {
  const user = await repo.findUserById(db, userId);
  if (!user) throw new AppError('not_found', 'Ce compte n’existe pas.');
  const problems: string[] = [];
  if (roleNeedsMember(change.role) && change.memberId === null)
    problems.push(`Adhérent : un ${ROLE_LABELS[change.role].toLowerCase()} doit être rattaché à un adhérent.`);
  if (!roleNeedsMember(change.role) && change.memberId !== null)
    problems.push('Adhérent : un administrateur du réseau n’est rattaché à aucun adhérent.');
  const losesAdmin = user.role === 'admin' && user.status === 'active' && (change.role !== 'admin' || change.status !== 'active');
  if (losesAdmin && (await repo.countAdmins(db)) <= 1) problems.push('Le réseau doit garder au moins un administrateur actif.');
  if (problems.length) throw new InvalidInput(problems);
  const changed = user.role !== change.role || user.member_id !== change.memberId || user.status !== change.status;
  if (!changed) return;
  await repo.updateUser(db, userId, { role: change.role, member_id: change.memberId, status: change.status });
  if (user.role !== change.role || user.status !== change.status || user.member_id !== change.memberId)
    await repo.deleteSessionsOfUser(db, userId);
  const parts: string[] = [];
  if (user.role !== change.role) parts.push(`rôle ${ROLE_LABELS[user.role]} → ${ROLE_LABELS[change.role]}`);
  if (user.member_id !== change.memberId) parts.push('adhérent modifié');
  if (user.status !== change.status) parts.push(change.status === 'active' ? 'compte réactivé' : 'compte désactivé');
  await audit(db, actor, { action: 'user.changed', target: { type: 'user', id: userId }, summary: `${user.email} : ${parts.join(', ')}.` });
}
