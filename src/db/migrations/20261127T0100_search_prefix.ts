/**
 * Search prefixes. SQLite: FTS5 also indexes the first 4, 5 and 6 characters of every word (it
 * held 2 and 3), so that the word being typed finds its completions in one list of the index
 * instead of merging the lists of every word it begins (tens of milliseconds for a common start
 * such as "rende" over 200,000 documents). The index is rebuilt from `search_documents`; the
 * triggers that keep it in step name it and stay. PostgreSQL: nothing (its GIN indexes serve
 * prefixes as they are). Frozen in time.
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely';

async function recreate(db: Kysely<any>, prefix: string): Promise<void> {
  await sql`DROP TABLE search_fts`.execute(db);
  await sql`CREATE VIRTUAL TABLE search_fts USING fts5(
    title, body, title_stems, body_stems,
    content='search_documents', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2', prefix=${sql.lit(prefix)}
  )`.execute(db);
  await sql`INSERT INTO search_fts(search_fts) VALUES ('rebuild')`.execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) return;
  await recreate(db, '2 3 4 5 6');
}

export async function down(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) return;
  await recreate(db, '2 3');
}
