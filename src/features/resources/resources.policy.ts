/**
 * Who sees what of a resource — the one rule, applied by every surface (pages, files, lists,
 * counts, feed, API, sitemap, search): a public resource is whole for everyone; a members-only
 * one is whole for members' accounts (`content.members`) and a teaser (title, summary) for the
 * others; a staff-only one is whole for the network's staff (`network.admin`) and does not exist
 * for anyone else.
 */
import { can, type Actor } from '../accounts/accounts.public.ts';
import { RESOURCE_VISIBILITIES, type ResourceVisibility } from './resources.table.ts';

export type ResourceAccess = 'full' | 'teaser' | 'none';

/** What `actor` may see of a resource of this visibility. */
export function resourceAccess(actor: Actor | null, visibility: ResourceVisibility): ResourceAccess {
  if (visibility === 'public') return 'full';
  if (visibility === 'members') return can(actor, 'content.members') ? 'full' : 'teaser';
  return can(actor, 'network.admin') ? 'full' : 'none';
}

/** The visibilities whose resources `actor` may find listed (at least as a teaser). */
export function listableVisibilities(actor: Actor | null): ResourceVisibility[] {
  return RESOURCE_VISIBILITIES.filter((v) => resourceAccess(actor, v) !== 'none');
}
