/**
 * Who may find what: the rule search applies to every query, count, facet, snippet and suggestion.
 * A signed-in person's viewer comes from the one authorization check (`can`, accounts.policy.ts).
 */
import { can, type Actor } from '../accounts/accounts.public.ts';
import type { Visibility } from './search.table.ts';

export type Viewer = { role: 'visitor' } | { role: 'reader' | 'editor' } | { role: 'admin' };

/** The viewer a request searches as: staff see everything, members' people members-only content. */
export function viewerOf(actor: Actor | null): Viewer {
  if (can(actor, 'network.admin')) return { role: 'admin' };
  if (can(actor, 'content.members')) return { role: 'reader' };
  return { role: 'visitor' };
}

/** The visibilities a viewer may search. */
export function visibleTo(viewer: Viewer): Visibility[] {
  if (viewer.role === 'admin') return ['public', 'members', 'staff'];
  if (viewer.role === 'reader' || viewer.role === 'editor') return ['public', 'members'];
  return ['public'];
}
