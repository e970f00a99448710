/**
 * Search speed. SQLite: a covering index of the columns that filters, facets and recency read, so
 * that counting and ranking the matches of a common word never reads the documents' wide rows
 * (their text). Both: `meta.search_version`, moved by a trigger on every change of
 * `search_documents` in the writing transaction, so that counts cached by search are keyed by
 * the exact state of the index. Frozen in time.
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  await sql`INSERT INTO meta (key, value) VALUES ('search_version', '0') ON CONFLICT (key) DO NOTHING`.execute(db);
  if (pg) {
    // Once per statement: a bulk load moves it once.
    await sql`CREATE FUNCTION search_version_bump() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      BEGIN
        UPDATE meta SET value = (value::bigint + 1)::text WHERE key = 'search_version';
        RETURN NULL;
      END $$`.execute(db);
    await sql`CREATE TRIGGER search_documents_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON search_documents
      FOR EACH STATEMENT EXECUTE FUNCTION search_version_bump()`.execute(db);
  } else {
    await sql`CREATE INDEX search_documents_facets_idx ON search_documents (id, visibility, doc_type, member_kind, region_code, year, date)`.execute(
      db,
    );
    for (const [name, event] of [
      ['ai', 'INSERT'],
      ['ad', 'DELETE'],
      ['au', 'UPDATE'],
    ] as const) {
      await sql`CREATE TRIGGER ${sql.raw(`search_documents_version_${name}`)} AFTER ${sql.raw(event)} ON search_documents BEGIN
        UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'search_version';
      END`.execute(db);
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  if (pg) {
    await sql`DROP TRIGGER search_documents_version ON search_documents`.execute(db);
    await sql`DROP FUNCTION search_version_bump()`.execute(db);
  } else {
    for (const name of ['ai', 'ad', 'au']) await sql`DROP TRIGGER ${sql.raw(`search_documents_version_${name}`)}`.execute(db);
    await sql`DROP INDEX search_documents_facets_idx`.execute(db);
  }
  await sql`DELETE FROM meta WHERE key = 'search_version'`.execute(db);
}
