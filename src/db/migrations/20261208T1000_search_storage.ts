/**
 * PostgreSQL search: the two tsvectors of `search_documents` are kept in the row where they fit
 * once compressed (storage MAIN, lz4 where the server has it) rather than sent to the TOAST table
 * first. Finding a query's most recent matches walks the rows newest first and tests each one's
 * tsvectors, and a phrase rechecks the tsvector of every candidate: out of line, each test is a
 * TOAST index lookup and a pglz decompression (bench/search.ts, 200,000 documents, 300 queries,
 * each layout after VACUUM FULL: p95 181 ms as it was, 111 ms so; whole rows in their page,
 * toast_tuple_target 8160, gave 146 ms). Existing rows are rewritten (their tsvectors computed
 * again): seconds for a few thousand documents, minutes at 200,000.
 * SQLite: nothing. Frozen in time.
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely';

async function hasLz4(db: Kysely<any>): Promise<boolean> {
  const { rows } = await sql<{ lz4: boolean }>`
    SELECT 'lz4' = ANY(enumvals) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'`.execute(db);
  return rows[0]?.lz4 === true;
}

async function layout(db: Kysely<any>, storage: 'MAIN' | 'EXTENDED', compression: 'lz4' | 'pglz'): Promise<void> {
  await sql`ALTER TABLE search_documents
    ALTER COLUMN tsv_folded SET STORAGE ${sql.raw(storage)}, ALTER COLUMN tsv_stems SET STORAGE ${sql.raw(storage)}`.execute(db);
  if (await hasLz4(db))
    await sql`ALTER TABLE search_documents
      ALTER COLUMN tsv_folded SET COMPRESSION ${sql.raw(compression)}, ALTER COLUMN tsv_stems SET COMPRESSION ${sql.raw(compression)}`.execute(
      db,
    );
  // New settings apply to values written from now on. An UPDATE that changes no source column keeps
  // the old TOAST values: touching the titles makes PostgreSQL compute both tsvectors again.
  await sql`UPDATE search_documents SET title = title || '', title_stems = title_stems || ''`.execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await layout(db, 'MAIN', 'lz4');
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await layout(db, 'EXTENDED', 'pglz');
}
