/**
 * Who may do what: roles are data, and `can` is the one authorization check (STYLE.md). Every
 * back-office route names the permission it needs; `can` decides, given the user and, for
 * member-scoped permissions, the member concerned. Feature-free, so that the web toolkit's route
 * guard and every feature share it; the accounts feature owns the people behind an `Actor`.
 */

export const ROLES = ['admin', 'editor', 'reader'] as const;
export type Role = (typeof ROLES)[number];

/** What a request acts for: a signed-in user, or nobody. */
export interface Actor {
  id: number;
  email: string;
  name: string;
  role: Role;
  memberId: number | null;
  /** That member's slug, for the back office's links (known for a signed-in session). */
  memberSlug?: string | null;
}

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrateur du réseau',
  editor: 'Rédacteur d’un adhérent',
  reader: 'Lecteur adhérent',
};

export type Permission =
  /** Any signed-in person: their dashboard, their account. */
  | 'account'
  /** Edit and submit the profile and news of one member (`memberId`). */
  | 'member.edit'
  /** Read the members-only content of the network. */
  | 'content.members'
  /** Network administration: moderation, members, users, outbox, audit log, settings. */
  | 'network.admin';

/** The one authorization check. `memberId` is required for member-scoped permissions. */
export function can(actor: Actor | null, permission: Permission, target: { memberId?: number } = {}): boolean {
  if (!actor) return false;
  if (actor.role === 'admin') return true;
  switch (permission) {
    case 'account':
      return true;
    case 'content.members':
      return actor.role === 'editor' || actor.role === 'reader';
    case 'member.edit':
      return actor.role === 'editor' && actor.memberId !== null && actor.memberId === target.memberId;
    case 'network.admin':
      return false;
  }
}
