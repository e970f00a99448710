/**
 * News ("actualités"): publishing an item linked to members, and reading pages of them.
 * An item whose publication date is in the future is not shown yet.
 */
import type { Db } from '../../db/database.ts';
import { bumpContentVersion } from '../../db/meta.repository.ts';
import { AppError } from '../../errors.ts';
import { sanitizeRichText } from '../../shared/html.ts';
import { slugify } from '../../shared/text.ts';
import { findMemberIdsBySlugs } from '../members/members.public.ts';
import { indexNews } from '../search/search.public.ts';
import { listMediaInfo } from '../media/media.public.ts';
import { mediaUrl } from '../media/media.public.ts';
import { listNewsThemes } from '../themes/themes.public.ts';
import * as repo from './news.repository.ts';
import type { NewsRow } from './news.table.ts';

export interface NewsInput {
  slug?: string;
  title: string;
  summary: string;
  bodyHtml: string;
  publishedAt: string;
  updatedAt?: string | null;
  memberSlugs: string[];
  isDemo?: boolean;
}

export interface NewsItem extends NewsRow {
  members: { slug: string; name: string }[];
  themes: { slug: string; name: string }[];
  image: { url: string; alt: string; width: number | null; height: number | null } | null;
}

function toIso(value: string, field: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T08:00:00Z` : value);
  if (Number.isNaN(date.getTime())) throw new AppError('bad_request', `${field}: « ${value} » n’est pas une date valide`);
  return date.toISOString();
}

/** Creates a news item linked to existing members (unknown slugs are refused). */
export async function createNews(db: Db, input: NewsInput): Promise<number> {
  const ids = await findMemberIdsBySlugs(db, input.memberSlugs);
  const unknown = input.memberSlugs.filter((s) => !ids.has(s));
  if (unknown.length) throw new AppError('bad_request', `members: adhérent inconnu (${unknown.join(', ')})`);
  const id = await repo.insertNews(
    db,
    {
      slug: input.slug ?? slugify(input.title),
      title: input.title.trim(),
      summary: input.summary.trim(),
      body_html: sanitizeRichText(input.bodyHtml),
      published_at: toIso(input.publishedAt, 'publishedAt'),
      updated_at: input.updatedAt ? toIso(input.updatedAt, 'updatedAt') : null,
      is_demo: input.isDemo ? 1 : 0,
      // An item about one member belongs to that member's editors.
      member_id: ids.size === 1 ? [...ids.values()][0]! : null,
    },
    [...ids.values()],
  );
  await indexNews(db, id);
  await bumpContentVersion(db);
  return id;
}

async function withMembers(db: Db, rows: NewsRow[]): Promise<NewsItem[]> {
  const ids = rows.map((r) => r.id);
  const [links, themes, images] = await Promise.all([
    repo.listLinkedMembers(db, ids),
    listNewsThemes(db, ids),
    listMediaInfo(
      db,
      rows.map((r) => r.image_id).filter((id): id is number => id !== null),
    ),
  ]);
  return rows.map((row) => {
    const media = images.find((m) => m.id === row.image_id);
    return {
      ...row,
      members: links.filter((l) => l.news_id === row.id).map(({ slug, name }) => ({ slug, name })),
      themes: themes.filter((t) => t.news_id === row.id).map(({ slug, name }) => ({ slug, name })),
      image: media ? { url: mediaUrl(media), alt: row.image_alt ?? '', width: media.width, height: media.height } : null,
    };
  });
}

/** A page of published news, newest first, with their linked members (optionally only those of one or several members). */
export async function getNewsPage(
  db: Db,
  options: { page: number; pageSize: number; memberId?: number; memberIds?: number[]; onlyAmong?: number[]; themeId?: number },
) {
  const now = new Date().toISOString();
  const { rows, total } = await repo.listNews(db, {
    ...(options.memberId !== undefined ? { memberId: options.memberId } : {}),
    ...(options.memberIds !== undefined ? { memberIds: options.memberIds } : {}),
    ...(options.onlyAmong !== undefined ? { onlyAmong: options.onlyAmong } : {}),
    ...(options.themeId !== undefined ? { themeId: options.themeId } : {}),
    limit: options.pageSize,
    offset: (options.page - 1) * options.pageSize,
    now,
  });
  return {
    items: await withMembers(db, rows),
    total,
    page: options.page,
    pageSize: options.pageSize,
    pageCount: Math.max(1, Math.ceil(total / options.pageSize)),
  };
}

/** One published news item, or undefined. */
export async function getNews(db: Db, slug: string): Promise<NewsItem | undefined> {
  const row = await repo.findNewsBySlug(db, slug, new Date().toISOString());
  return row ? (await withMembers(db, [row]))[0] : undefined;
}

/** The latest change date among published news (of one member, if given). */
export function latestNewsChange(db: Db, memberId?: number): Promise<string | null> {
  return repo.latestNewsChange(db, new Date().toISOString(), memberId);
}
