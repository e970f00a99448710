/**
 * PostgreSQL test databases: each is a schema of its own (in the database ESSOR_TEST_PG_URL
 * names), migrated, then given the official geography copied from a template schema, and
 * dropped on close. The template, `essor_template_<TEMPLATE_KEY>`, is built by the first test
 * file that needs it and kept for the next runs; the build for another key drops it once it
 * has gone unused for an hour (two checkouts testing side by side keep their own).
 */
import crypto from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { ensureTerritories } from '../src/features/territories/territories.service.ts';
import { TEMPLATE_KEY } from './template-key.ts';

/**
 * Test files run in parallel, each migrating and then dropping a schema of its own in one
 * PostgreSQL database. Kysely's migrator reads the catalog of every schema to find its own tables,
 * and failed ("relation … does not exist") when another file's schema was dropped meanwhile. So
 * migrations hold this advisory lock shared (they still run side by side) and drops hold it alone.
 * Copies from the template hold it shared too, so the template cannot be dropped under them.
 */
const SCHEMA_DDL_LOCK = 7_531_001;

/** Held by the one process building the template; the others wait, then find it built. */
const TEMPLATE_BUILD_LOCK = 7_531_002;

const TEMPLATE = `essor_template_${TEMPLATE_KEY}`;

/** Meta key of a template's last use (milliseconds since the epoch), not copied to test schemas. */
const USED_AT = 'test_template_used_at';
const UNUSED_MS = 60 * 60 * 1000;

/** Opens a fresh schema, migrated, with the geography; closing the database drops the schema. */
export async function openPostgresSchema(url: string): Promise<Database> {
  const schema = `essor_test_${crypto.randomBytes(5).toString('hex')}`;
  const opened = openDatabase({ dialect: 'postgres', url }, { pgSchema: schema }); // connects on first query
  const database: Database = {
    ...opened,
    close: async () => {
      await opened.close();
      await dropSchema(url, schema);
    },
  };
  const admin = await connect(url);
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
    await installExtensions(admin);
    await lockReadyTemplate(admin, url);
    await migrateToLatest(database);
    await copyGeography(admin, schema);
    await markUsed(admin);
  } catch (error) {
    await admin.end(); // releases the lock the drop waits for
    await database.close().catch(() => undefined);
    throw error;
  }
  await admin.end();
  return database;
}

/** Takes SCHEMA_DDL_LOCK shared on `client` once the template is complete, building it if needed. */
async function lockReadyTemplate(client: pg.Client, url: string): Promise<void> {
  for (;;) {
    await client.query('SELECT pg_advisory_lock_shared($1)', [SCHEMA_DDL_LOCK]);
    if (await isTemplateReady(client)) return;
    await client.query('SELECT pg_advisory_unlock_shared($1)', [SCHEMA_DDL_LOCK]);
    await buildTemplate(url);
  }
}

/** The template is complete once it holds the geography version (set in the same transaction as the territories). */
async function isTemplateReady(client: pg.Client): Promise<boolean> {
  const { rows } = await client.query<{ meta: string | null }>('SELECT to_regclass($1)::text AS meta', [`${TEMPLATE}.meta`]);
  if (!rows[0]?.meta) return false;
  const version = await client.query(`SELECT 1 FROM ${TEMPLATE}.meta WHERE key = 'geography_version'`);
  return version.rowCount === 1;
}

/**
 * Builds the template unless another process did while this one waited. A template whose
 * build was killed midway goes first, as do templates of other keys unused for an hour.
 */
async function buildTemplate(url: string): Promise<void> {
  const client = await connect(url);
  try {
    await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_BUILD_LOCK]);
    if (await isTemplateReady(client)) return;
    await client.query('SELECT pg_advisory_lock($1)', [SCHEMA_DDL_LOCK]);
    const { rows } = await client.query<{ name: string }>('SELECT nspname AS name FROM pg_namespace WHERE nspname LIKE $1', [
      'essor\\_template\\_%',
    ]);
    for (const { name } of rows) {
      if (name === TEMPLATE || (await lastUse(client, name)) < Date.now() - UNUSED_MS)
        await client.query(`DROP SCHEMA ${client.escapeIdentifier(name)} CASCADE`);
    }
    await client.query('SELECT pg_advisory_unlock($1)', [SCHEMA_DDL_LOCK]);

    await client.query(`CREATE SCHEMA ${TEMPLATE}`);
    await installExtensions(client);
    const database = openDatabase({ dialect: 'postgres', url }, { pgSchema: TEMPLATE });
    try {
      await client.query('SELECT pg_advisory_lock_shared($1)', [SCHEMA_DDL_LOCK]);
      await migrateToLatest(database);
      await client.query('SELECT pg_advisory_unlock_shared($1)', [SCHEMA_DDL_LOCK]);
      await ensureTerritories(database);
      await client.query(`INSERT INTO ${TEMPLATE}.meta (key, value) VALUES ($1, $2)`, [USED_AT, String(Date.now())]);
    } finally {
      await database.close();
    }
  } finally {
    await client.end(); // releases the locks
  }
}

/** Records the template's use, at most once a minute. Times have 13 digits, so they compare as text. */
async function markUsed(client: pg.Client): Promise<void> {
  await client.query(`UPDATE ${TEMPLATE}.meta SET value = $1 WHERE key = $2 AND value < $3`, [
    String(Date.now()),
    USED_AT,
    String(Date.now() - 60_000),
  ]);
}

/** When a template was last copied from (0 when unknown: an interrupted build). */
async function lastUse(client: pg.Client, template: string): Promise<number> {
  const { rows } = await client.query<{ meta: string | null }>("SELECT to_regclass(format('%I.meta', $1::text))::text AS meta", [template]);
  if (!rows[0]?.meta) return 0;
  const used = await client.query<{ value: string }>(`SELECT value FROM ${client.escapeIdentifier(template)}.meta WHERE key = $1`, [
    USED_AT,
  ]);
  return Number(used.rows[0]?.value ?? 0);
}

/** What ensureTerritories loads (keep in step with it): the territories and their version. */
async function copyGeography(client: pg.Client, schema: string): Promise<void> {
  await client.query(`
    INSERT INTO ${schema}.territories SELECT * FROM ${TEMPLATE}.territories;
    INSERT INTO ${schema}.meta (key, value) SELECT key, value FROM ${TEMPLATE}.meta WHERE key = 'geography_version'
      ON CONFLICT (key) DO UPDATE SET value = excluded.value;
  `);
}

/** Extensions are database-wide: install unaccent once in public (parallel test files may race). */
async function installExtensions(client: pg.Client): Promise<void> {
  await client.query('CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public').catch(() => undefined);
}

/**
 * Runs schema changes of a test of its own (a migration test going down and up again) with
 * SCHEMA_DDL_LOCK held alone, as drops do: other files' migrators read every schema's catalog.
 */
export async function withSchemaDdlLock<T>(url: string, fn: () => Promise<T>): Promise<T> {
  const client = await connect(url);
  try {
    await client.query('SELECT pg_advisory_lock($1)', [SCHEMA_DDL_LOCK]);
    return await fn();
  } finally {
    await client.end();
  }
}

async function dropSchema(url: string, schema: string): Promise<void> {
  const client = await connect(url);
  try {
    await client.query('SELECT pg_advisory_lock($1)', [SCHEMA_DDL_LOCK]);
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}
