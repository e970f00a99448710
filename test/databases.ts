/**
 * Test databases: every database test runs on SQLite and, when ESSOR_TEST_PG_URL is set,
 * on PostgreSQL too, each in a fresh database (an in-memory SQLite database, or a PostgreSQL
 * schema of its own that is dropped afterwards). Both start from a template migrated and
 * loaded with the official geography once, not once per database (see sqlite-template.ts and
 * postgres-template.ts). With ESSOR_TEST_REQUIRE_ALL=1 (CI), a missing PostgreSQL fails
 * instead of skipping.
 */
import { after, before, describe } from 'node:test';
import type { Database } from '../src/db/database.ts';
import { ensureTerritories } from '../src/features/territories/territories.service.ts';
import { migrateTo, migrateToLatest } from '../src/db/migrate.ts';
import { openPostgresSchema, withSchemaDdlLock } from './postgres-template.ts';
import { openSqliteCopy } from './sqlite-template.ts';

const PG_URL = process.env.ESSOR_TEST_PG_URL;
const REQUIRE_ALL = process.env.ESSOR_TEST_REQUIRE_ALL === '1';

export type DialectName = 'sqlite' | 'postgres';

/** Opens a fresh, migrated database with the official geography loaded. */
export async function createTestDatabase(dialect: DialectName): Promise<Database> {
  let database: Database;
  if (dialect === 'sqlite') database = await openSqliteCopy();
  else {
    if (!PG_URL) throw new Error('ESSOR_TEST_PG_URL is not set');
    database = await openPostgresSchema(PG_URL);
  }
  // The template's geography is current (its key holds the version): this only reads the version.
  await ensureTerritories(database);
  return database;
}

/**
 * Migrates a test database up or down to a migration (`'latest'` for the newest), for tests of
 * migrations themselves; on PostgreSQL, apart from other files' migrations (see withSchemaDdlLock).
 */
export async function migrateTestDatabase(database: Database, name: string | 'latest'): Promise<string[]> {
  const run = () => (name === 'latest' ? migrateToLatest(database) : migrateTo(database, name));
  if (database.helpers.name === 'postgres' && PG_URL) return withSchemaDdlLock(PG_URL, run);
  return run();
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
