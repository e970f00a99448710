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

/** Opens a fresh, migrated database with the official geography loaded. */
export async function createTestDatabase(dialect: DialectName): Promise<Database> {
  let database: Database;
  if (dialect === 'sqlite') {
    database = openDatabase({ dialect: 'sqlite', file: ':memory:' });
  } else {
    if (!PG_URL) throw new Error('ESSOR_TEST_PG_URL is not set');
    const schema = `essor_test_${crypto.randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    // Extensions are database-wide: install unaccent once in public (parallel test files may race).
    await admin.query('CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public').catch(() => undefined);
    await admin.end();
    const opened = openDatabase({ dialect: 'postgres', url: PG_URL }, { pgSchema: schema });
    database = {
      ...opened,
      close: async () => {
        await opened.close();
        const dropper = new pg.Client({ connectionString: PG_URL });
        await dropper.connect();
        await dropper.query(`DROP SCHEMA ${schema} CASCADE`);
        await dropper.end();
      },
    };
  }
  await migrateWithOneRetry(database);
  await ensureTerritories(database);
  return database;
}

/**
 * Migrates; on PostgreSQL, once more when Kysely's migrator found its lock table missing. Test
 * files run in parallel, each creating and dropping a schema of its own in one database, and twice
 * in many runs the migrator's check of its own tables (catalog introspection across every schema)
 * answered wrongly while another file's schema was being dropped. A real migration error fails
 * the second attempt too.
 */
async function migrateWithOneRetry(database: Database): Promise<void> {
  try {
    await migrateToLatest(database);
  } catch (error) {
    if (!database.schema || !/kysely_migration(_lock)?" does not exist/.test(error instanceof Error ? error.message : '')) throw error;
    await migrateToLatest(database);
  }
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
