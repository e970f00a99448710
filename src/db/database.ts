/**
 * The Kysely instance: picks the dialect from the configuration (SQLite file by default,
 * PostgreSQL when DATABASE_URL says so). Everything above this file is dialect-agnostic;
 * what differs between the two lives in `dialects/`.
 */
import { Kysely } from 'kysely';
import type { DatabaseConfig } from '../config.ts';
import type { DB } from './schema.ts';
import { createSqliteDialect } from './dialects/sqlite.ts';
import { createPostgresDialect } from './dialects/postgres.ts';
import type { DialectHelpers } from './dialects/helpers.ts';

export type Db = Kysely<DB>;

export interface Database {
  db: Db;
  helpers: DialectHelpers;
  /** PostgreSQL schema holding the tables, when not the default search path (tests). */
  schema?: string | undefined;
  /** Closes the connection(s). */
  close(): Promise<void>;
}

/** Test-only ways to open a database; production passes none. */
export interface OpenOptions {
  /** PostgreSQL: the schema to put first on the search path (default: none, the server's path). */
  pgSchema?: string;
  /** SQLite: a serialized database to open as a private in-memory copy, instead of `config.file` (default: none). */
  sqliteImage?: Buffer;
}

/** Opens the database described by the configuration. */
export function openDatabase(config: DatabaseConfig, options: OpenOptions = {}): Database {
  const { dialect, helpers } =
    config.dialect === 'sqlite'
      ? createSqliteDialect(options.sqliteImage ?? config.file)
      : createPostgresDialect(config.url, options.pgSchema);
  const db = new Kysely<DB>({ dialect });
  return { db, helpers, schema: options.pgSchema, close: () => db.destroy() };
}
