/**
 * Indexes for the pages that miss the cache (issue 15): the directory and the members API
 * walk members in their sort order and stop at the page's end instead of sorting them all;
 * a profile counts and sorts its news from an index instead of reading every news row,
 * whose status and dates lie after a body that SQLite stores in overflow pages. Frozen in time.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('members_directory_name_idx').on('members').columns(['status', 'name_folded', 'id']).execute();
  await db.schema
    .createIndex('members_directory_updated_idx')
    .on('members')
    .columns(['status', 'content_updated_at', 'name_folded'])
    .execute();
  await db.schema.createIndex('members_directory_joined_idx').on('members').columns(['status', 'joined_year', 'name_folded']).execute();
  await db.schema.createIndex('news_visible_idx').on('news').columns(['id', 'status', 'published_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of ['members_directory_name_idx', 'members_directory_updated_idx', 'members_directory_joined_idx', 'news_visible_idx'])
    await db.schema.dropIndex(name).execute();
}
