/**
 * Test databases: every database test runs on SQLite and, when ESSOR_TEST_PG_URL is set,
 * on PostgreSQL too, each in a fresh database (an in-memory SQLite file, or a PostgreSQL
 * schema of its own that is dropped afterwards). With ESSOR_TEST_REQUIRE_ALL=1 (CI), a
 * missing PostgreSQL fails instead of skipping.
 */
import crypto from 'node:crypto';
import { after, before, describe } from 'node:test';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { ensureTerritories } from '../src/features/territories/territories.service.ts';

const PG_URL = process.env.ESSOR_TEST_PG_URL;
const REQUIRE_ALL = process.env.ESSOR_TEST_REQUIRE_ALL === '1';

export type DialectName = 'sqlite' | 'postgres';

/**
 * Test files run in parallel, each migrating and then dropping a schema of its own in one
 * PostgreSQL database. Kysely's migrator reads the catalog of every schema to find its own tables,
 * and failed ("relation … does not exist") when another file's schema was dropped meanwhile. So
 * migrations hold this advisory lock shared (they still run side by side) and drops hold it alone.
 */
const SCHEMA_DDL_LOCK = 7_531_001;

/** Opens a fresh, migrated database with the official geography loaded. */
export async function createTestDatabase(dialect: DialectName): Promise<Database> {
  let database: Database;
  if (dialect === 'sqlite') {
    database = openDatabase({ dialect: 'sqlite', file: ':memory:' });
    await migrateToLatest(database);
  } else {
    if (!PG_URL) throw new Error('ESSOR_TEST_PG_URL is not set');
    const schema = `essor_test_${crypto.randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA ${schema}`);
      // Extensions are database-wide: install unaccent once in public (parallel test files may race).
      await admin.query('CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public').catch(() => undefined);
      const opened = openDatabase({ dialect: 'postgres', url: PG_URL }, { pgSchema: schema });
      database = {
        ...opened,
        close: async () => {
          await opened.close();
          const dropper = new pg.Client({ connectionString: PG_URL });
          await dropper.connect();
          try {
            await dropper.query('SELECT pg_advisory_lock($1)', [SCHEMA_DDL_LOCK]);
            await dropper.query(`DROP SCHEMA ${schema} CASCADE`);
          } finally {
            await dropper.end();
          }
        },
      };
      await admin.query('SELECT pg_advisory_lock_shared($1)', [SCHEMA_DDL_LOCK]);
      await migrateToLatest(database);
    } finally {
      await admin.end(); // releases the lock
    }
  }
  await ensureTerritories(database);
  return database;
}

/** The dialects this run covers; PostgreSQL is skipped (with its reason) when not configured. */
export function dialects(): { name: DialectName; skip: string | false }[] {
  const pgSkip = PG_URL ? false : 'PostgreSQL: ESSOR_TEST_PG_URL is not set';
  if (pgSkip && REQUIRE_ALL) throw new Error('ESSOR_TEST_REQUIRE_ALL=1 but ESSOR_TEST_PG_URL is not set: the PostgreSQL suite cannot run');
  return [
    { name: 'sqlite', skip: false },
    { name: 'postgres', skip: pgSkip },
  ];
}

/**
 * Declares the same suite on each database. `fn` receives a getter for the suite's
 * database (opened before its tests, closed after).
 */
export function describeEachDatabase(title: string, fn: (getDb: () => Database, dialect: DialectName) => void): void {
  for (const { name, skip } of dialects()) {
    describe(`${title} [${name}]`, { skip }, () => {
      let database: Database | undefined;
      before(async () => {
        database = await createTestDatabase(name);
      });
      after(async () => {
        await database?.close();
      });
      fn(() => {
        if (!database) throw new Error('database not open yet');
        return database;
      }, name);
    });
  }
}
