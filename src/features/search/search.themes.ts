/**
 * Themes in the search index. `search_documents.themes` holds space-separated tokens: `<theme id>`
 * when whoever may see the document may see the link, `<theme id>:members` / `<theme id>:staff` when
 * the link comes only from members-only or staff-only content. News and resources carry their own
 * themes (plain tokens); a member carries the themes of its published news and resources, each
 * with the most open visibility among them (as the theme pages list members, themes.repository.ts),
 * so that a visitor never learns of a staff-only resource through a member's themes.
 */
import type { Db } from '../../db/database.ts';
import * as repo from './search.repository.ts';
import type { Visibility } from './search.table.ts';

const RANK: Record<Visibility, number> = { public: 0, members: 1, staff: 2 };
const SUFFIX = ['', ':members', ':staff'] as const;
const VISIBILITY_OF: Record<string, Visibility> = { '': 'public', members: 'members', staff: 'staff' };

/** Tokens of theme links (theme id → visibility of the link), in theme id order. */
export function themeTokens(links: Map<number, Visibility>): string {
  return [...links]
    .sort(([a], [b]) => a - b)
    .map(([theme, visibility]) => `${theme}${SUFFIX[RANK[visibility]]}`)
    .join(' ');
}

/** The theme ids of a document's tokens that these visibilities allow. */
export function visibleThemes(tokens: string, visibilities: Visibility[]): number[] {
  if (!tokens) return [];
  const ids: number[] = [];
  for (const token of tokens.split(' ')) {
    const [id, suffix = ''] = token.split(':');
    const visibility = VISIBILITY_OF[suffix];
    if (visibility && visibilities.includes(visibility)) ids.push(Number(id));
  }
  return ids;
}

/** A news item's or a resource's own themes, as tokens. */
export async function ownThemeTokens(db: Db, docType: 'news' | 'resource', docId: number): Promise<string> {
  const ids = await repo.listOwnThemeIds(db, docType, docId);
  return themeTokens(new Map(ids.map((id) => [id, 'public' as const])));
}

/** Members' themes from their published news and resources, as tokens (members without any: empty). */
export async function memberThemeTokens(db: Db, memberIds: number[]): Promise<Map<number, string>> {
  const result = new Map(memberIds.map((id) => [id, '']));
  if (memberIds.length === 0) return result;
  const rows = await repo.listMemberThemeLinks(db, memberIds, new Date().toISOString());
  const links = new Map<number, Map<number, Visibility>>();
  for (const row of rows) {
    const map = links.get(row.member_id) ?? new Map<number, Visibility>();
    const known = map.get(row.theme_id);
    if (!known || RANK[row.visibility] < RANK[known]) map.set(row.theme_id, row.visibility);
    links.set(row.member_id, map);
  }
  for (const [id, map] of links) result.set(id, themeTokens(map));
  return result;
}

/**
 * After a news item or a resource changed (links, status, visibility), brings the themes of the
 * members it may have given or taken themes to up to date: those linked to it now, and those
 * holding one of the themes it had (`previousTokens`, its tokens before the change). Only rows
 * whose themes change are written.
 */
export async function refreshMemberThemes(db: Db, docType: 'news' | 'resource', docId: number, previousTokens: string): Promise<void> {
  const ids = new Set(await repo.listLinkedMemberIds(db, docType, docId));
  for (const id of await repo.listMembersHoldingThemes(db, visibleThemes(previousTokens, ['public', 'members', 'staff']))) ids.add(id);
  if (ids.size === 0) return;
  const fresh = await memberThemeTokens(db, [...ids]);
  const current = await repo.listMemberDocumentThemes(db, [...ids]);
  for (const row of current) {
    const tokens = fresh.get(row.doc_id) ?? '';
    if (tokens !== row.themes) await repo.setMemberDocumentThemes(db, row.doc_id, tokens);
  }
}
