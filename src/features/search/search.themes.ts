/**
 * Themes in the search index. `search_documents.themes` holds space-separated tokens: `<theme id>`
 * when whoever may see the document may see the link, `<theme id>:members` / `<theme id>:staff` when
 * the link comes only from members-only or staff-only content. News and resources carry their own
 * themes (plain tokens); a member carries the themes of its published news and resources, each
 * with the most open visibility among them (as the theme pages list members, themes.repository.ts),
 * so that a visitor never learns of a staff-only resource through a member's themes.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
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

/** Whether a document (aliased `d`) is linked to a theme in a way these visibilities allow (same SQL on both databases). */
export function themeFilterSql(themeId: number, visibilities: Visibility[]): RawBuilder<boolean> {
  const tokens = [String(themeId), ...visibilities.filter((v) => v !== 'public').map((v) => `${themeId}:${v}`)];
  return sql<boolean>`(${sql.join(
    tokens.map((t) => sql`(' ' || d.themes || ' ') LIKE ${`% ${t} %`}`),
    sql` OR `,
  )})`;
}

/** A news item's or a resource's own themes, as tokens. */
export async function ownThemeTokens(db: Db, docType: 'news' | 'resource', docId: number): Promise<string> {
  const rows =
    docType === 'news'
      ? await db.selectFrom('news_themes').select('theme_id').where('news_id', '=', docId).execute()
      : await db.selectFrom('resource_themes').select('theme_id').where('resource_id', '=', docId).execute();
  return themeTokens(new Map(rows.map((r) => [r.theme_id, 'public' as const])));
}

/** Members' themes from their published news and resources, as tokens (members without any: empty). */
export async function memberThemeTokens(db: Db, memberIds: number[]): Promise<Map<number, string>> {
  const result = new Map(memberIds.map((id) => [id, '']));
  if (memberIds.length === 0) return result;
  const now = new Date().toISOString();
  const news = await db
    .selectFrom('news_members as nm')
    .innerJoin('news as n', 'n.id', 'nm.news_id')
    .innerJoin('news_themes as nt', 'nt.news_id', 'nm.news_id')
    .select(['nm.member_id', 'nt.theme_id'])
    .where('nm.member_id', 'in', memberIds)
    .where('n.status', '=', 'published')
    .where('n.published_at', '<=', now)
    .execute();
  const resources = await db
    .selectFrom('resource_members as rm')
    .innerJoin('resources as r', 'r.id', 'rm.resource_id')
    .innerJoin('resource_themes as rt', 'rt.resource_id', 'rm.resource_id')
    .select(['rm.member_id', 'rt.theme_id', 'r.visibility'])
    .where('rm.member_id', 'in', memberIds)
    .where('r.status', '=', 'published')
    .where('r.published_at', '<=', now)
    .execute();
  const links = new Map<number, Map<number, Visibility>>();
  for (const row of [...news.map((n) => ({ ...n, visibility: 'public' as Visibility })), ...resources]) {
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
  const linked =
    docType === 'news'
      ? await db.selectFrom('news_members').select('member_id').where('news_id', '=', docId).execute()
      : await db.selectFrom('resource_members').select('member_id').where('resource_id', '=', docId).execute();
  const ids = new Set(linked.map((r) => r.member_id));
  const previous = visibleThemes(previousTokens, ['public', 'members', 'staff']);
  if (previous.length) {
    const patterns = previous.flatMap((id) => [`% ${id} %`, `% ${id}:%`]);
    const holders = await db
      .selectFrom('search_documents as d')
      .select('d.doc_id')
      .where('d.doc_type', '=', 'member')
      .where((eb) => eb.or(patterns.map((p) => eb(sql`' ' || d.themes || ' '`, 'like', p))))
      .execute();
    for (const r of holders) ids.add(r.doc_id);
  }
  if (ids.size === 0) return;
  const fresh = await memberThemeTokens(db, [...ids]);
  const current = await db
    .selectFrom('search_documents')
    .select(['doc_id', 'themes'])
    .where('doc_type', '=', 'member')
    .where('doc_id', 'in', [...ids])
    .execute();
  for (const row of current) {
    const tokens = fresh.get(row.doc_id) ?? '';
    if (tokens !== row.themes)
      await db
        .updateTable('search_documents')
        .set({ themes: tokens })
        .where('doc_type', '=', 'member')
        .where('doc_id', '=', row.doc_id)
        .execute();
  }
}
