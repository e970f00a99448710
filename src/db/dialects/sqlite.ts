/** SQLite through better-sqlite3: the embedded default, a single file created at start. */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { SqliteDialect, sql } from 'kysely';
import type { DialectHelpers } from './helpers.ts';

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
    dialect: new SqliteDialect({ database }),
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
