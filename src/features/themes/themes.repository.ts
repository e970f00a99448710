/** SQL of the themes feature. */
import type { Db } from '../../db/database.ts';
import type { ThemeRow } from './themes.table.ts';

export function listThemes(db: Db): Promise<ThemeRow[]> {
  return db.selectFrom('themes').selectAll().orderBy('position').orderBy('id').execute();
}

export function findTheme(db: Db, id: number): Promise<ThemeRow | undefined> {
  return db.selectFrom('themes').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function slugTaken(db: Db, slug: string): Promise<boolean> {
  return (await db.selectFrom('themes').select('id').where('slug', '=', slug).executeTakeFirst()) !== undefined;
}

export async function insertTheme(db: Db, row: { slug: string; name: string; description: string }): Promise<number> {
  const last = await db
    .selectFrom('themes')
    .select((eb) => eb.fn.max('position').as('p'))
    .executeTakeFirst();
  const { id } = await db
    .insertInto('themes')
    .values({ ...row, position: Number(last?.p ?? 0) + 1 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateTheme(db: Db, id: number, values: { name?: string; description?: string; position?: number }): Promise<void> {
  await db.updateTable('themes').set(values).where('id', '=', id).execute();
}

export async function deleteTheme(db: Db, id: number): Promise<void> {
  await db.deleteFrom('themes').where('id', '=', id).execute();
}

/** How many news items and resources are linked to the theme. */
export async function themeUsage(db: Db, id: number): Promise<{ news: number; resources: number }> {
  const [news, resources] = await Promise.all([
    db
      .selectFrom('news_themes')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('theme_id', '=', id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('resource_themes')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('theme_id', '=', id)
      .executeTakeFirstOrThrow(),
  ]);
  return { news: Number(news.n), resources: Number(resources.n) };
}

/** Themes linked to the given news items, in theme order. */
/** Slugs and names of some themes, in the network's order. */
export function listThemeLinks(db: Db, ids: number[]): Promise<{ id: number; slug: string; name: string }[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('themes').select(['id', 'slug', 'name']).where('id', 'in', ids).orderBy('position').execute();
}

export function listNewsThemes(db: Db, newsIds: number[]): Promise<{ news_id: number; id: number; slug: string; name: string }[]> {
  if (newsIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('news_themes as nt')
    .innerJoin('themes as t', 't.id', 'nt.theme_id')
    .select(['nt.news_id', 't.id', 't.slug', 't.name'])
    .where('nt.news_id', 'in', newsIds)
    .orderBy('t.position')
    .execute();
}

/** Slugs and names of the themes of these slugs. */
export function listThemesBySlugs(db: Db, slugs: string[]): Promise<{ slug: string; name: string }[]> {
  if (slugs.length === 0) return Promise.resolve([]);
  return db.selectFrom('themes').select(['slug', 'name']).where('slug', 'in', slugs).execute();
}

export function findThemeBySlug(db: Db, slug: string): Promise<ThemeRow | undefined> {
  return db.selectFrom('themes').selectAll().where('slug', '=', slug).executeTakeFirst();
}
