/** SQLite through better-sqlite3: the embedded default, a single file created at start. */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { SqliteDialect, sql, type SqliteDatabase } from 'kysely';
import { BoundedCache } from '../../shared/bounded-cache.ts';
import type { DialectHelpers } from './helpers.ts';

/** Prepared statements kept per connection: more than the distinct queries of the site's pages. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * The connection as Kysely sees it, with its prepared statements kept by SQL text: Kysely
 * prepares every query anew, which costs about as much as running the small ones. A statement
 * still being iterated (a stream) is busy; another copy is prepared for that one call.
 */
function withStatementCache(database: SQLite.Database): SqliteDatabase {
  const statements = new BoundedCache<string, SQLite.Statement>(STATEMENT_CACHE_SIZE);
  return {
    close: () => database.close(),
    prepare: (text: string) => {
      const statement = statements.get(text, () => database.prepare(text));
      return statement.busy ? database.prepare(text) : statement;
    },
  };
}

/**
 * `file` is a path or `:memory:`; a Buffer holding a serialized database opens a private,
 * writable in-memory copy of it instead (tests start from a prepared template this way).
 */
export function createSqliteDialect(file: string | Buffer): { dialect: SqliteDialect; helpers: DialectHelpers } {
  if (typeof file === 'string' && file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const database = new SQLite(file);
  // On an in-memory database WAL is refused and the journal stays in memory; the other pragmas apply.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return {
    dialect: new SqliteDialect({ database: withStatementCache(database) }),
    // SQLITE_MAX_VARIABLE_NUMBER is 32766 since 3.32.
    helpers: {
      name: 'sqlite',
      batchRows: (columns) => Math.max(1, Math.floor(32000 / columns)),
      // PRAGMA optimize analyzes only the tables whose statistics are missing or stale (cheap at start).
      refreshStatistics: async (db, afterBulkLoad) => {
        await (afterBulkLoad ? sql`ANALYZE` : sql`PRAGMA optimize=0x10002`).execute(db);
      },
    },
  };
}
