/**
 * Databases of the search benchmark: a SQLite file per size under bench/.data/, or a fresh
 * PostgreSQL schema (dropped at the end); the corpus loaded into `search_documents` in
 * batches, each a transaction, with stemming and insertion timed apart.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { prepareDatabase } from '../src/server/prepare.ts';
import { stemsOf } from '../src/features/search/engine/search.text.ts';
import type { NewSearchDocument } from '../src/features/search/search.table.ts';
import { CORPUS_VERSION, loadGeography, type CorpusDocument, type Geography } from './search-corpus.ts';

export type Dialect = 'sqlite' | 'postgres';

/** Documents per transaction, and rows per INSERT statement. */
const TRANSACTION_DOCS = 1000;
const STATEMENT_ROWS = 250;

const log = (message: string) => process.stderr.write(`[search] ${message}\n`);

/** The official geography, from a SQLite file of its own under `dir` (loaded once, then reused). */
export async function readGeography(dir: string): Promise<Geography> {
  const database = openDatabase({ dialect: 'sqlite', file: path.join(dir, 'search-geography.db') });
  try {
    await prepareDatabase(database, { demo: false });
    return await loadGeography(database.db);
  } finally {
    await database.close();
  }
}

export interface BenchDatabase {
  dialect: Dialect;
  database: Database;
  /** Where it lives (file, or schema). */
  location: string;
  /** PostgreSQL: the URL the runs connect with (statement_timeout included). */
  pgUrl?: string;
  /** Bytes on disk: whole file and FTS5 index (SQLite), or table + TOAST + indexes and all indexes (PostgreSQL). */
  size(): Promise<{ totalBytes: number; indexBytes: number | null }>;
  close(): Promise<void>;
}

/**
 * Hash of what decides the content of a SQLite build: the corpus generator, the stemming code, and
 * the schema the current migrations create (so that a PostgreSQL-only migration change keeps it).
 */
export async function buildSignature(projectDir: string): Promise<string> {
  const hash = crypto.createHash('sha256').update(String(CORPUS_VERSION));
  const files = ['src/features/search/engine/search.text.ts', 'src/shared/text.ts', 'bench/search-corpus.ts', 'bench/search-lexicon.ts'];
  for (const file of files) hash.update(fs.readFileSync(path.join(projectDir, file)));
  const probe = openDatabase({ dialect: 'sqlite', file: ':memory:' });
  try {
    await migrateToLatest(probe);
    const schema = await sql<{ sql: string | null }>`SELECT sql FROM sqlite_master ORDER BY type, name`.execute(probe.db);
    for (const row of schema.rows) hash.update(row.sql ?? '');
  } finally {
    await probe.close();
  }
  return hash.digest('hex').slice(0, 16);
}

/** A new, empty SQLite database (any previous file of that name removed). */
export async function createSqlite(file: string): Promise<BenchDatabase> {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  return openSqlite(file, true);
}

/** Opens a SQLite benchmark database (migrating it when `migrate`). */
export async function openSqlite(file: string, migrate: boolean): Promise<BenchDatabase> {
  const database = openDatabase({ dialect: 'sqlite', file });
  if (migrate) await migrateToLatest(database);
  return {
    dialect: 'sqlite',
    database,
    location: file,
    async size() {
      await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(database.db);
      const totalBytes = fs.statSync(file).size;
      let indexBytes: number | null = null;
      try {
        const row = await sql<{ bytes: number }>`SELECT sum(pgsize) AS bytes FROM dbstat WHERE name LIKE 'search_fts%'`.execute(
          database.db,
        );
        indexBytes = Number(row.rows[0]?.bytes ?? 0);
      } catch {
        // dbstat not compiled in
      }
      return { totalBytes, indexBytes };
    },
    close: () => database.close(),
  };
}

/**
 * A fresh PostgreSQL schema with the migrated tables; `close()` drops it. The connections of the
 * runs carry `statement_timeout` (in the URL: the dialect's own options set the search_path).
 */
export async function createPostgres(url: string, statementTimeoutMs: number, keep?: string): Promise<BenchDatabase & { kept: boolean }> {
  // A kept schema (--pg-keep) is named after the corpus and the code, and reused while they stay the same.
  const schema = keep ?? `essor_search_bench_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  let kept = false;
  try {
    kept = keep !== undefined && (await admin.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema])).rowCount === 1;
    if (!kept) await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.query('CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public').catch(() => undefined);
  } finally {
    await admin.end();
  }
  const timed = new URL(url);
  timed.searchParams.set('statement_timeout', String(statementTimeoutMs));
  const database = openDatabase({ dialect: 'postgres', url: timed.toString() }, { pgSchema: schema });
  const drop = async () => {
    const dropper = new pg.Client({ connectionString: url });
    await dropper.connect();
    try {
      await dropper.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    } finally {
      await dropper.end();
    }
  };
  try {
    await migrateToLatest(database);
  } catch (error) {
    await database.close();
    if (!keep) await drop();
    throw error;
  }
  return {
    kept,
    dialect: 'postgres',
    database,
    location: `schema ${schema}`,
    pgUrl: timed.toString(),
    async size() {
      const row = await sql<{ total: number; idx: number }>`
        SELECT pg_total_relation_size(to_regclass(${`${schema}.search_documents`})) AS total,
               pg_indexes_size(to_regclass(${`${schema}.search_documents`})) AS idx`.execute(database.db);
      return { totalBytes: Number(row.rows[0]?.total ?? 0), indexBytes: Number(row.rows[0]?.idx ?? 0) };
    },
    async close() {
      await database.close();
      if (!keep) await drop();
    },
  };
}

export interface LoadTimes {
  documents: number;
  /** Generating the text (not part of the index build). */
  generateMs: number;
  /** stemsOf() over titles and bodies. */
  stemMs: number;
  /** INSERT statements and commits: the FTS5 triggers or the tsvector column and GIN index do the indexing here. */
  insertMs: number;
  /** Words (white-space separated) of bodies: min, median, max. */
  bodyWords: { min: number; p50: number; max: number; mean: number };
}

/** Adds documents [from, to) of the corpus, in transactions of TRANSACTION_DOCS documents. */
export async function loadCorpus(
  target: BenchDatabase,
  document: (i: number) => CorpusDocument,
  from: number,
  to: number,
): Promise<LoadTimes> {
  const { db } = target.database;
  const times: LoadTimes = { documents: to - from, generateMs: 0, stemMs: 0, insertMs: 0, bodyWords: { min: 0, p50: 0, max: 0, mean: 0 } };
  const words: number[] = [];
  const started = performance.now();
  let lastLog = started;
  for (let start = from; start < to; start += TRANSACTION_DOCS) {
    const end = Math.min(to, start + TRANSACTION_DOCS);
    let t = performance.now();
    const docs: CorpusDocument[] = [];
    for (let i = start; i < end; i++) docs.push(document(i));
    times.generateMs += performance.now() - t;
    for (const d of docs) words.push(d.body.split(/\s+/).length);

    t = performance.now();
    const rows: NewSearchDocument[] = docs.map((d) => ({ ...d, title_stems: stemsOf(d.title), body_stems: stemsOf(d.body) }));
    times.stemMs += performance.now() - t;

    t = performance.now();
    await db.transaction().execute(async (trx) => {
      for (let k = 0; k < rows.length; k += STATEMENT_ROWS)
        await trx
          .insertInto('search_documents')
          .values(rows.slice(k, k + STATEMENT_ROWS))
          .execute();
    });
    times.insertMs += performance.now() - t;

    if (performance.now() - lastLog > 10_000 || end === to) {
      lastLog = performance.now();
      log(`${target.dialect}: ${end.toLocaleString('en')} documents (${((lastLog - started) / 1000).toFixed(0)} s)`);
    }
  }
  words.sort((a, b) => a - b);
  times.bodyWords = {
    min: words[0] ?? 0,
    p50: words[Math.floor(words.length / 2)] ?? 0,
    max: words.at(-1) ?? 0,
    mean: Math.round(words.reduce((s, w) => s + w, 0) / Math.max(1, words.length)),
  };
  return times;
}

/** Refreshes planner statistics after the load (ANALYZE on both); returns its duration. */
export async function analyze(target: BenchDatabase): Promise<number> {
  const t = performance.now();
  if (target.dialect === 'postgres') await sql`ANALYZE search_documents`.execute(target.database.db);
  else await target.database.helpers.refreshStatistics(target.database.db, true);
  return performance.now() - t;
}

/** Merges the FTS5 index into one segment ('optimize'); returns its duration. SQLite only. */
export async function optimizeFts(target: BenchDatabase): Promise<number> {
  const t = performance.now();
  await sql`INSERT INTO search_fts(search_fts) VALUES ('optimize')`.execute(target.database.db);
  return performance.now() - t;
}

export async function countDocuments(target: BenchDatabase): Promise<number> {
  const row = await target.database.db
    .selectFrom('search_documents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
