/**
 * Who may find what. Until accounts exist (back-office issue), every request is a visitor's;
 * the rule is already the one that search applies to every query, count, facet and snippet.
 */
import type { Visibility } from './search.table.ts';

export type Viewer = { role: 'visitor' } | { role: 'reader' | 'editor' } | { role: 'admin' };

/** The visibilities a viewer may search. */
export function visibleTo(viewer: Viewer): Visibility[] {
  if (viewer.role === 'admin') return ['public', 'members', 'staff'];
  if (viewer.role === 'reader' || viewer.role === 'editor') return ['public', 'members'];
  return ['public'];
}
