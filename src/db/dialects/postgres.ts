/** PostgreSQL through pg: chosen by DATABASE_URL=postgres://…, the way to scale out. */
import pg from 'pg';
import { PostgresDialect, sql } from 'kysely';
import type { DialectHelpers } from './helpers.ts';

// COUNT(*) and SUM() come back as int8: read them as numbers (our counts stay far below 2^53).
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

/** `schema`, when given, becomes the search_path of every connection (used to isolate tests). */
export function createPostgresDialect(url: string, schema?: string): { dialect: PostgresDialect; helpers: DialectHelpers } {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // Extensions such as unaccent live in public, so it stays on the path.
    ...(schema ? { options: `-c search_path=${schema},public` } : {}),
  });
  return {
    dialect: new PostgresDialect({ pool }),
    // The protocol allows 65535 bound parameters per statement.
    helpers: {
      name: 'postgres',
      batchRows: (columns) => Math.max(1, Math.floor(65000 / columns)),
      pool: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
      // Autovacuum keeps statistics fresh over time; right after a bulk load, do not wait for it.
      refreshStatistics: async (db, afterBulkLoad) => {
        if (afterBulkLoad) await sql`ANALYZE`.execute(db);
      },
    },
  };
}
