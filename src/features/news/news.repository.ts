/** SQL of the news feature. */
import type { Db } from '../../db/database.ts';
import type { NewNewsRow, NewsRow } from './news.table.ts';

export interface LinkedMember {
  news_id: number;
  slug: string;
  name: string;
}

/** A page of published news whose date has come (scheduled items wait), newest first, optionally only those linked to one member. */
export async function listNews(
  db: Db,
  options: {
    memberId?: number;
    memberIds?: number[];
    /** Only news whose linked members are all among these (a territory page leaves out stories about other places). */
    onlyAmong?: number[];
    themeId?: number;
    limit: number;
    offset: number;
    now: string;
  },
): Promise<{ rows: NewsRow[]; total: number }> {
  let base = db.selectFrom('news as n').where('n.status', '=', 'published').where('n.published_at', '<=', options.now);
  if (options.memberId !== undefined) {
    const memberId = options.memberId;
    // IN (…) lets the database read only this member's links through news_members_member_idx.
    base = base.where('n.id', 'in', (eb) => eb.selectFrom('news_members').select('news_id').where('member_id', '=', memberId));
  }
  if (options.memberIds !== undefined) {
    // News linked to any of several members (a territory page); none when the list is empty.
    const memberIds = options.memberIds.length ? options.memberIds : [-1];
    base = base.where('n.id', 'in', (eb) => eb.selectFrom('news_members').select('news_id').where('member_id', 'in', memberIds));
  }
  if (options.onlyAmong !== undefined) {
    const among = options.onlyAmong.length ? options.onlyAmong : [-1];
    base = base.where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('news_members as other')
            .select('other.news_id')
            .whereRef('other.news_id', '=', 'n.id')
            .where('other.member_id', 'not in', among),
        ),
      ),
    );
  }
  if (options.themeId !== undefined) {
    const themeId = options.themeId;
    base = base.where('n.id', 'in', (eb) => eb.selectFrom('news_themes').select('news_id').where('theme_id', '=', themeId));
  }
  const countRow = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  // The page's ids first, sorted from news_visible_idx alone; then only their rows, bodies included.
  const pageIds = base.select('n.id').orderBy('n.published_at', 'desc').orderBy('n.id', 'desc').limit(options.limit).offset(options.offset);
  const rows = await db
    .selectFrom('news as n')
    .selectAll('n')
    .where('n.id', 'in', pageIds)
    .orderBy('n.published_at', 'desc')
    .orderBy('n.id', 'desc')
    .execute();
  return { rows, total: Number(countRow.n) };
}

export async function findNewsBySlug(db: Db, slug: string, now: string): Promise<NewsRow | undefined> {
  return db
    .selectFrom('news')
    .selectAll()
    .where('slug', '=', slug)
    .where('status', '=', 'published')
    .where('published_at', '<=', now)
    .executeTakeFirst();
}

/** Members linked to the given news items, by name. */
export async function listLinkedMembers(db: Db, newsIds: number[]): Promise<LinkedMember[]> {
  if (newsIds.length === 0) return [];
  return db
    .selectFrom('news_members as nm')
    .innerJoin('members as m', 'm.id', 'nm.member_id')
    .select(['nm.news_id', 'm.slug', 'm.name'])
    .where('nm.news_id', 'in', newsIds)
    .orderBy('m.name_folded')
    .execute();
}

export async function insertNews(db: Db, row: NewNewsRow, memberIds: number[]): Promise<number> {
  const { id } = await db.insertInto('news').values(row).returning('id').executeTakeFirstOrThrow();
  if (memberIds.length > 0)
    await db
      .insertInto('news_members')
      .values(memberIds.map((member_id) => ({ news_id: id, member_id })))
      .execute();
  return id;
}

/** Latest change date (publication or update) among published news, optionally of one member. */
export async function latestNewsChange(db: Db, now: string, memberId?: number): Promise<string | null> {
  let query = db.selectFrom('news as n').where('n.status', '=', 'published').where('n.published_at', '<=', now);
  if (memberId !== undefined) query = query.innerJoin('news_members as nm', 'nm.news_id', 'n.id').where('nm.member_id', '=', memberId);
  const row = await query.select((eb) => [eb.fn.max('n.published_at').as('p'), eb.fn.max('n.updated_at').as('u')]).executeTakeFirst();
  const dates = [row?.p, row?.u].filter((d): d is string => typeof d === 'string');
  return dates.length ? dates.sort().at(-1)! : null;
}

export async function listNewsSlugs(db: Db, now: string): Promise<{ slug: string; published_at: string; updated_at: string | null }[]> {
  return db
    .selectFrom('news')
    .select(['slug', 'published_at', 'updated_at'])
    .where('status', '=', 'published')
    .where('published_at', '<=', now)
    .orderBy('published_at', 'desc')
    .execute();
}

/** A news item in any state (the back office), or undefined. */
export async function findNewsById(db: Db, id: number): Promise<NewsRow | undefined> {
  return db.selectFrom('news').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A slug no other item has: the base, else the base followed by -2, -3… */
export async function uniqueNewsSlug(db: Db, base: string, exceptId: number | null): Promise<string> {
  const root = base || 'actualite';
  for (let n = 1; ; n++) {
    const slug = n === 1 ? root : `${root}-${n}`;
    let query = db.selectFrom('news').select('id').where('slug', '=', slug);
    if (exceptId !== null) query = query.where('id', '!=', exceptId);
    if (!(await query.executeTakeFirst())) return slug;
  }
}

export async function updateNewsRow(db: Db, id: number, values: Partial<Omit<NewNewsRow, 'id'>>): Promise<void> {
  await db.updateTable('news').set(values).where('id', '=', id).execute();
}

/** Replaces the members and themes an item is linked to. */
export async function replaceNewsLinks(db: Db, id: number, memberIds: number[], themeIds: number[]): Promise<void> {
  await db.deleteFrom('news_members').where('news_id', '=', id).execute();
  if (memberIds.length)
    await db
      .insertInto('news_members')
      .values(memberIds.map((member_id) => ({ news_id: id, member_id })))
      .execute();
  await db.deleteFrom('news_themes').where('news_id', '=', id).execute();
  if (themeIds.length)
    await db
      .insertInto('news_themes')
      .values(themeIds.map((theme_id) => ({ news_id: id, theme_id })))
      .execute();
}

/** Of these members and themes, those that still exist (links to deleted ones are dropped). */
export async function existingLinks(db: Db, memberIds: number[], themeIds: number[]): Promise<{ memberIds: number[]; themeIds: number[] }> {
  const members = memberIds.length ? await db.selectFrom('members').select('id').where('id', 'in', memberIds).execute() : [];
  const themes = themeIds.length ? await db.selectFrom('themes').select('id').where('id', 'in', themeIds).execute() : [];
  return { memberIds: members.map((r) => r.id), themeIds: themes.map((r) => r.id) };
}

/** The owning member's name of each item, by item id (null for the network's own). */
export async function findNewsOwners(db: Db, ids: number[]): Promise<Map<number, { member_name: string | null }>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectFrom('news as n')
    .leftJoin('members as m', 'm.id', 'n.member_id')
    .select(['n.id', 'm.name as member_name'])
    .where('n.id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, { member_name: r.member_name }]));
}

/** The items of the back-office list: one member's, or all; newest first. */
export async function listNewsForAdmin(db: Db, options: { memberId?: number; limit: number; offset: number }) {
  let base = db.selectFrom('news as n');
  if (options.memberId !== undefined) base = base.where('n.member_id', '=', options.memberId);
  const total = Number((await base.select((eb) => eb.fn.countAll<number>().as('c')).executeTakeFirstOrThrow()).c);
  const rows = await base
    .leftJoin('members as m', 'm.id', 'n.member_id')
    .select([
      'n.id',
      'n.slug',
      'n.title',
      'n.status',
      'n.published_at',
      'n.updated_at',
      'n.member_id',
      'm.name as member_name',
      'm.slug as member_slug',
    ])
    .select((eb) => [
      eb
        .selectFrom('revisions as r')
        .select('r.state')
        .where('r.subject_type', '=', 'news')
        .whereRef('r.subject_id', '=', 'n.id')
        .where('r.state', 'in', ['draft', 'submitted'])
        .orderBy('r.id', 'desc')
        .limit(1)
        .as('open_state'),
      eb
        .selectFrom('revisions as r')
        .select('r.state')
        .where('r.subject_type', '=', 'news')
        .whereRef('r.subject_id', '=', 'n.id')
        .orderBy('r.id', 'desc')
        .limit(1)
        .as('last_state'),
    ])
    .orderBy('n.id', 'desc')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  return { rows, total };
}

/** The members an item is linked to, in alphabetical order. */
export function listNewsMembers(db: Db, newsId: number): Promise<{ id: number; name: string }[]> {
  return db
    .selectFrom('news_members as nm')
    .innerJoin('members as m', 'm.id', 'nm.member_id')
    .select(['m.id', 'm.name'])
    .where('nm.news_id', '=', newsId)
    .orderBy('m.name_folded')
    .execute();
}

/** The demo's news (title and summary), to link them to themes by their words. */
export function listDemoNewsTexts(db: Db): Promise<{ id: number; title: string; summary: string }[]> {
  return db.selectFrom('news').select(['id', 'title', 'summary']).where('is_demo', '=', 1).execute();
}

/** Adds theme links to news items. */
export async function addNewsThemes(db: Db, links: { news_id: number; theme_id: number }[]): Promise<void> {
  if (links.length) await db.insertInto('news_themes').values(links).execute();
}
