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

/** Opens the database described by the configuration. */
export function openDatabase(config: DatabaseConfig, options: { pgSchema?: string } = {}): Database {
  const { dialect, helpers } =
    config.dialect === 'sqlite' ? createSqliteDialect(config.file) : createPostgresDialect(config.url, options.pgSchema);
  const db = new Kysely<DB>({ dialect });
  return { db, helpers, schema: options.pgSchema, close: () => db.destroy() };
}
