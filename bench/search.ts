/**
 * Search benchmark: builds a generated corpus of French documents into `search_documents`
 * (SQLite FTS5, PostgreSQL tsvector), then times a deterministic mix of queries through the
 * real `search()` (counts + page + snippets + suggestion), through the ranked page alone
 * (candidates + ranking), and component by component. Prints tables and writes bench/results/search-<timestamp>.json.
 *
 *   node --import tsx bench/search.ts [--sizes 20000,200000] [--dialects sqlite,postgres]
 *        [--queries 1000] [--warmup 100] [--reuse] [--fts-optimize] [--pg-url URL]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Kysely } from 'kysely';
import type { Database } from '../src/db/database.ts';
import { createPostgresDialect } from '../src/db/dialects/postgres.ts';
import { createSqliteDialect } from '../src/db/dialects/sqlite.ts';
import type { DB } from '../src/db/schema.ts';
import { searchVersion } from '../src/features/search/search.cache.ts';
import { EXAMINE_CAP, MATCH_CAP } from '../src/features/search/engine/search.bounded.ts';
import { groupRows } from '../src/features/search/engine/search.counts.ts';
import type { SearchFilters } from '../src/features/search/engine/search.engine.ts';
import { visibleTo } from '../src/features/search/search.policy.ts';
import { parseQuery } from '../src/features/search/engine/search.query.ts';
import { candidatesOf, rankedPage, search, type SearchRequest } from '../src/features/search/search.service.ts';
import { highlightTitle, makeSnippet } from '../src/features/search/engine/search.snippet.ts';
import { suggestQuery } from '../src/features/search/engine/search.suggest.ts';
import { readThrough } from './os-cache.ts';
import { describeMachine } from './report.ts';
import { CORPUS_SEED, CORPUS_VERSION, createCorpus, MEMBER_EVERY, type CorpusDocument } from './search-corpus.ts';
import {
  analyze,
  buildSignature,
  countDocuments,
  createPostgres,
  createSqlite,
  loadCorpus,
  openSqlite,
  optimizeFts,
  readGeography,
  type BenchDatabase,
  type Dialect,
  type LoadTimes,
} from './search-db.ts';
import { CATEGORIES, generateQueries, hasFilters, QUERY_SEED, WARMUP_SEED, type BenchQuery } from './search-queries.ts';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const projectDir = path.dirname(benchDir);
const dataDir = path.join(benchDir, '.data');
const PAGE_SIZE = 10;
const VIEWER = { role: 'visitor' } as const;
/** The target of the issue. */
const TARGET_P95_MS = 20;

const log = (message: string) => process.stderr.write(`[search] ${message}\n`);

const USAGE = `Usage: node --import tsx bench/search.ts [options]
  --sizes N,N        corpus sizes (default 20000,200000)
  --dialects D,D     sqlite and/or postgres (default sqlite,postgres)
  --queries N        measured queries (default 1000)
  --warmup N         warm-up queries before measuring (default 100)
  --reuse            reuse a SQLite build of bench/.data/ made by the same corpus and index code
  --pg-keep          keep the PostgreSQL build (schema essor_search_bench_<N>_<signature>) and reuse it
                     next time (drop it by hand: DROP SCHEMA … CASCADE)
  --fts-optimize     SQLite: also measure after merging the FTS5 index ('optimize')
  --cold             SQLite: do not read the database file through once before measuring (by
                     default it is, so that the OS caches it as on a server that has been answering
                     for a while; cold, each query's first reads of rows go to the disk)
  --slowest N        list the N slowest queries of each run, with their filters (default 8)
  --budget S         time budget of each timed pass (search(), page(), breakdown) per database, in
                     seconds (default 600); the queries are in random order, so a cut pass is a sample
  --pg-url URL       PostgreSQL server (default $ESSOR_BENCH_PG_URL or postgres://postgres@127.0.0.1:5432/test)
  --pg-timeout S     PostgreSQL statement_timeout during the runs, in seconds (default 30): a query
                     cancelled counts with the time it had taken (a lower bound)`;

interface Options {
  sizes: number[];
  dialects: Dialect[];
  queries: number;
  warmup: number;
  reuse: boolean;
  pgKeep: boolean;
  cold: boolean;
  ftsOptimize: boolean;
  pgUrl: string;
  budgetS: number;
  pgTimeoutS: number;
  slowest: number;
}

function readOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv.filter((a) => a !== '--search'),
    options: {
      sizes: { type: 'string', default: '20000,200000' },
      dialects: { type: 'string', default: 'sqlite,postgres' },
      queries: { type: 'string', default: '1000' },
      warmup: { type: 'string', default: '100' },
      reuse: { type: 'boolean', default: false },
      'pg-keep': { type: 'boolean', default: false },
      'fts-optimize': { type: 'boolean', default: false },
      cold: { type: 'boolean', default: false },
      'pg-url': { type: 'string', default: process.env.ESSOR_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test' },
      'pg-timeout': { type: 'string', default: '30' },
      budget: { type: 'string', default: '600' },
      slowest: { type: 'string', default: '8' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const sizes = values.sizes.split(',').map((s) => Number(s.replace(/[_\s]/g, '')));
  const dialects = values.dialects.split(',').map((d) => d.trim()) as Dialect[];
  const queries = Number(values.queries);
  const warmup = Number(values.warmup);
  const budgetS = Number(values.budget);
  const pgTimeoutS = Number(values['pg-timeout']);
  const slowest = Number(values.slowest);
  const bad =
    !Number.isInteger(slowest) ||
    slowest < 0 ||
    !(budgetS > 0) ||
    !(pgTimeoutS > 0) ||
    sizes.some((s) => !Number.isInteger(s) || s < 100) ||
    dialects.some((d) => d !== 'sqlite' && d !== 'postgres') ||
    !Number.isInteger(queries) ||
    queries < 10 ||
    !Number.isInteger(warmup) ||
    warmup < 0;
  if (values.help || bad) {
    console.error(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    dialects,
    queries,
    warmup,
    reuse: values.reuse,
    pgKeep: values['pg-keep'],
    cold: values.cold,
    ftsOptimize: values['fts-optimize'],
    pgUrl: values['pg-url'],
    budgetS,
    pgTimeoutS,
    slowest,
  };
}

// ---------------------------------------------------------------------------------------------
// Statistics

export interface Summary {
  n: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles, in ms rounded to 0.01. */
function summarize(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
  const round = (v: number) => Math.round(v * 100) / 100;
  const mean = sorted.reduce((s, v) => s + v, 0) / Math.max(1, sorted.length);
  return {
    n: sorted.length,
    mean: round(mean),
    p50: round(rank(50)),
    p95: round(rank(95)),
    p99: round(rank(99)),
    max: round(sorted.at(-1) ?? NaN),
  };
}

// ---------------------------------------------------------------------------------------------
// Measurements

function requestOf(query: BenchQuery): SearchRequest {
  return {
    q: query.q,
    page: 1,
    pageSize: PAGE_SIZE,
    viewer: VIEWER,
    ...(query.types ? { types: query.types } : {}),
    memberKind: query.memberKind,
    regionCode: query.regionCode,
    year: query.year,
  };
}

function filtersOf(query: BenchQuery): SearchFilters {
  return {
    types: query.types ?? [],
    memberKind: query.memberKind,
    regionCode: query.regionCode,
    year: query.year,
    visibilities: visibleTo(VIEWER),
  };
}

interface QueryTiming {
  query: BenchQuery;
  ms: number;
  /** Matching documents (-1 when the statement timed out). */
  total: number;
  suggestion: boolean;
  /** Cancelled by PostgreSQL's statement_timeout: `ms` is then a lower bound. */
  timedOut: boolean;
}

interface Pass {
  timings: QueryTiming[];
  errors: { q: string; message: string }[];
  /** Queries not run because the pass went over its time budget. */
  skipped: number;
}

const isTimeout = (error: unknown) => error instanceof Error && /statement timeout/i.test(error.message);

/** Runs `fn` on every query, one after the other, timing each call; stops after `budgetMs`. */
async function timeEach(
  queries: BenchQuery[],
  budgetMs: number,
  fn: (q: BenchQuery) => Promise<{ total: number; suggestion?: boolean }>,
): Promise<Pass> {
  const pass: Pass = { timings: [], errors: [], skipped: 0 };
  const started = performance.now();
  for (const [i, query] of queries.entries()) {
    if (performance.now() - started > budgetMs) {
      pass.skipped = queries.length - i;
      log(`  time budget spent: ${i} of ${queries.length} queries run`);
      break;
    }
    const t = performance.now();
    try {
      const result = await fn(query);
      pass.timings.push({ query, ms: performance.now() - t, total: result.total, suggestion: result.suggestion ?? false, timedOut: false });
    } catch (error) {
      if (isTimeout(error)) pass.timings.push({ query, ms: performance.now() - t, total: -1, suggestion: false, timedOut: true });
      else pass.errors.push({ q: query.q, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return pass;
}

/** A second connection that logs every statement's duration (to split time between queries). */
function loggedDatabase(target: BenchDatabase): { database: Database; take(): { sql: string; ms: number }[] } {
  let events: { sql: string; ms: number }[] = [];
  const { dialect, helpers } =
    target.dialect === 'sqlite' ? createSqliteDialect(target.location) : createPostgresDialect(target.pgUrl!, target.database.schema);
  const db = new Kysely<DB>({
    dialect,
    log: (event) => {
      if (event.level === 'query') events.push({ sql: event.query.sql, ms: event.queryDurationMillis });
    },
  });
  return {
    database: { db, helpers, schema: target.database.schema, close: () => db.destroy() },
    take() {
      const taken = events;
      events = [];
      return taken;
    },
  };
}

const COMPONENTS = [
  'parse',
  'candidates',
  'counts (facet sample)',
  'page: ranking',
  'page: other SQL',
  'snippets + titles',
  'suggestion',
] as const;
type Component = (typeof COMPONENTS)[number];

interface Breakdown {
  /** Per component, over all queries (0 when a query does not use it). */
  components: Record<Component, Summary>;
  /** Share of the summed time of all queries. */
  share: Record<Component, number>;
  /** Sum of the components, per query. */
  sum: Summary;
  /** Queries timed (the others failed, timed out, or were past the time budget). */
  measured: number;
}

/** Times each part of a search separately, in sequence, with the same functions search() calls. */
async function breakdown(target: BenchDatabase, queries: BenchQuery[], budgetMs: number): Promise<Breakdown> {
  const logged = loggedDatabase(target);
  const { db } = logged.database;
  const samples = Object.fromEntries(COMPONENTS.map((c) => [c, [] as number[]])) as Record<Component, number[]>;
  const sums: number[] = [];
  const started = performance.now();
  try {
    for (const query of queries) {
      if (performance.now() - started > budgetMs) {
        log(`  time budget spent: ${sums.length} of ${queries.length} queries broken down`);
        break;
      }
      const ms = Object.fromEntries(COMPONENTS.map((c) => [c, 0])) as Record<Component, number>;
      let t = performance.now();
      const parsed = parseQuery(query.q);
      ms.parse = performance.now() - t;
      const filters = filtersOf(query);
      logged.take();
      try {
        t = performance.now();
        const matched = await candidatesOf(logged.database, parsed, filters, hasFilters(query) ? EXAMINE_CAP : undefined);
        const candidates = matched.rows;
        ms.candidates = performance.now() - t;
        // The facet sample (never cached here): the walk's matches, filters aside (search.service.ts).
        t = performance.now();
        groupRows((matched.walked ?? candidates).slice(0, MATCH_CAP));
        ms['counts (facet sample)'] = performance.now() - t;
        logged.take();
        t = performance.now();
        const { hits, total } = await rankedPage(logged.database, matched, filters, PAGE_SIZE, 0);
        const pageMs = performance.now() - t;
        let accounted = 0;
        for (const event of logged.take()) {
          const kind: Component = /ORDER BY/i.test(event.sql) ? 'page: ranking' : 'page: other SQL';
          ms[kind] += event.ms;
          accounted += event.ms;
        }
        // Ranking done in TypeScript (beyond MATCH_CAP matches) counts as ranking.
        ms[candidates.length > MATCH_CAP ? 'page: ranking' : 'page: other SQL'] += Math.max(0, pageMs - accounted);
        t = performance.now();
        for (const hit of hits) {
          highlightTitle(hit.title, parsed);
          makeSnippet(hit.body, parsed);
        }
        ms['snippets + titles'] = performance.now() - t;
        if (total === 0) {
          t = performance.now();
          await suggestQuery(db, parsed, filters.visibilities, await searchVersion(db));
          ms.suggestion = performance.now() - t;
        }
      } catch {
        continue;
      }
      for (const c of COMPONENTS) samples[c].push(ms[c]);
      sums.push(COMPONENTS.reduce((s, c) => s + ms[c], 0));
    }
  } finally {
    await logged.database.close();
  }
  const grand = sums.reduce((s, v) => s + v, 0) || 1;
  return {
    components: Object.fromEntries(COMPONENTS.map((c) => [c, summarize(samples[c])])) as Record<Component, Summary>,
    share: Object.fromEntries(
      COMPONENTS.map((c) => [c, Math.round((1000 * samples[c].reduce((s, v) => s + v, 0)) / grand) / 10]),
    ) as Record<Component, number>,
    sum: summarize(sums),
    measured: sums.length,
  };
}

interface Run {
  dialect: Dialect;
  variant: string;
  documents: number;
  location: string;
  build: (LoadTimes & { analyzeMs: number; buildMs: number; reused: boolean; builtAt: string; optimizeMs?: number }) | null;
  size: { totalBytes: number; indexBytes: number | null };
  error?: string;
  search?: Summary;
  page?: Summary;
  /** Queries measured per pass, of how many; timed-out statements (their time counts, as a lower bound). */
  coverage?: { queries: number; search: number; page: number; breakdown: number; timedOut: { search: number; page: number } };
  /** search() per category of query, and with / without filters. */
  byCategory?: Record<string, Summary>;
  /** Median number of matching documents per category. */
  hitsByCategory?: Record<string, number>;
  results?: { zeroHits: number; suggestions: number; totalP50: number; totalP95: number; totalMax: number };
  errors?: { count: number; first: { q: string; message: string }[] };
  slowest?: { q: string; category: string; filters: boolean; filterText: string; ms: number; pageMs: number | null; total: number }[];
  breakdown?: Breakdown;
}

/** A query's filters, as the slowest list shows them. */
function filterText(q: BenchQuery): string {
  return [
    q.types?.length ? `type ${q.types.join('+')}` : '',
    q.memberKind ? `kind ${q.memberKind}` : '',
    q.regionCode ? `région ${q.regionCode}` : '',
    q.year ? `year ${q.year}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** What search() caches counts by: the parsed words, phrases and exclusions. */
function countsKey(q: string): string {
  const { words, phrases, excluded } = parseQuery(q);
  return JSON.stringify([words, phrases, excluded]);
}

async function measure(
  target: BenchDatabase,
  queries: BenchQuery[],
  warmup: BenchQuery[],
  budgetMs: number,
  slowestCount: number,
): Promise<Omit<Run, 'dialect' | 'variant' | 'documents' | 'location' | 'build' | 'size'>> {
  const { database } = target;
  log(`${target.dialect}: warm-up (${warmup.length} queries)`);
  const warm = await timeEach(warmup, budgetMs / 4, async (q) => ({ total: (await search(database, requestOf(q))).total }));
  if (warm.timings.length === 0 && warm.errors.length > 0) return { error: warm.errors[0]!.message };

  log(`${target.dialect}: search() × ${queries.length}`);
  const full = await timeEach(queries, budgetMs, async (q) => {
    const r = await search(database, requestOf(q));
    return { total: r.total, suggestion: r.suggestion !== null };
  });
  log(`${target.dialect}: ranked page × ${queries.length}`);
  const pageOnly = await timeEach(queries, budgetMs, async (q) => {
    const parsed = parseQuery(q.q);
    const filters = filtersOf(q);
    const matched = await candidatesOf(database, parsed, filters, hasFilters(q) ? EXAMINE_CAP : undefined);
    return { total: (await rankedPage(database, matched, filters, PAGE_SIZE, 0)).hits.length };
  });
  log(`${target.dialect}: breakdown × ${queries.length}`);
  const parts = await breakdown(target, queries, budgetMs);

  const ms = (pass: Pass, keep: (t: QueryTiming) => boolean = () => true) => pass.timings.filter(keep).map((t) => t.ms);
  const byCategory: Record<string, Summary> = {};
  for (const c of CATEGORIES) byCategory[c] = summarize(ms(full, (t) => t.query.category === c));
  byCategory['(with filters)'] = summarize(ms(full, (t) => hasFilters(t.query)));
  byCategory['(no filters)'] = summarize(ms(full, (t) => !hasFilters(t.query)));
  // search() keeps the counts of costly queries until the index changes: the same words (after
  // folding and stemming) seen before, in the warm-up or earlier in the run, may be served from it.
  const seen = new Set(warmup.map((q) => countsKey(q.q)));
  const repeated = new Set<BenchQuery>();
  for (const q of queries) {
    if (seen.has(countsKey(q.q))) repeated.add(q);
    seen.add(countsKey(q.q));
  }
  byCategory['(words seen before)'] = summarize(ms(full, (t) => repeated.has(t.query)));
  byCategory['(words first seen)'] = summarize(ms(full, (t) => !repeated.has(t.query)));
  const hitsByCategory: Record<string, number> = {};
  for (const c of CATEGORIES) {
    const list = full.timings
      .filter((t) => t.query.category === c && !t.timedOut)
      .map((t) => t.total)
      .sort((a, b) => a - b);
    hitsByCategory[c] = list[Math.floor(list.length / 2)] ?? 0;
  }
  const totals = full.timings
    .filter((t) => !t.timedOut)
    .map((t) => t.total)
    .sort((a, b) => a - b);
  const pageMs = new Map(pageOnly.timings.map((t) => [t.query, t.ms]));
  return {
    search: summarize(ms(full)),
    page: summarize(ms(pageOnly)),
    coverage: {
      queries: queries.length,
      search: full.timings.length,
      page: pageOnly.timings.length,
      breakdown: parts.measured,
      timedOut: { search: full.timings.filter((t) => t.timedOut).length, page: pageOnly.timings.filter((t) => t.timedOut).length },
    },
    byCategory,
    hitsByCategory,
    results: {
      zeroHits: totals.filter((t) => t === 0).length,
      suggestions: full.timings.filter((t) => t.suggestion).length,
      totalP50: totals[Math.floor(totals.length / 2)] ?? 0,
      totalP95: totals[Math.floor(totals.length * 0.95)] ?? 0,
      totalMax: totals.at(-1) ?? 0,
    },
    errors: { count: full.errors.length + pageOnly.errors.length, first: [...full.errors, ...pageOnly.errors].slice(0, 5) },
    slowest: [...full.timings]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, Math.max(15, slowestCount))
      .map((t) => ({
        q: t.query.q,
        category: t.query.category,
        filters: hasFilters(t.query),
        filterText: filterText(t.query),
        ms: Math.round(t.ms * 10) / 10,
        pageMs: pageMs.has(t.query) ? Math.round(pageMs.get(t.query)! * 10) / 10 : null,
        total: t.total,
      })),
    breakdown: parts,
  };
}

// ---------------------------------------------------------------------------------------------
// Builds

interface Marker {
  signature: string;
  documents: number;
  build: NonNullable<Run['build']>;
}

async function sqliteTarget(
  size: number,
  options: Options,
  document: (i: number) => CorpusDocument,
  signature: string,
): Promise<{ target: BenchDatabase; build: NonNullable<Run['build']> }> {
  const file = path.join(dataDir, `search-${size}.db`);
  const markerFile = path.join(dataDir, `search-${size}.json`);
  if (options.reuse && fs.existsSync(file) && fs.existsSync(markerFile)) {
    const marker = JSON.parse(fs.readFileSync(markerFile, 'utf8')) as Marker;
    if (marker.signature === signature && marker.documents === size) {
      const target = await openSqlite(file, false);
      if ((await countDocuments(target)) === size) {
        log(`sqlite: reusing ${path.relative(projectDir, file)} (built ${marker.build.builtAt})`);
        return { target, build: { ...marker.build, reused: true } };
      }
      await target.close();
    }
  }
  fs.rmSync(markerFile, { force: true });
  const target = await createSqlite(file);
  const build = await buildInto(target, size, document);
  fs.writeFileSync(markerFile, `${JSON.stringify({ signature, documents: size, build } satisfies Marker, null, 2)}\n`);
  return { target, build };
}

/** The build figures of a database reused as it was. */
function emptyBuild(size: number): NonNullable<Run['build']> {
  const bodyWords = { min: 0, p50: 0, max: 0, mean: 0 };
  return { documents: size, generateMs: 0, stemMs: 0, insertMs: 0, bodyWords, analyzeMs: 0, buildMs: 0, reused: true, builtAt: '' };
}

async function buildInto(target: BenchDatabase, size: number, document: (i: number) => CorpusDocument): Promise<NonNullable<Run['build']>> {
  log(`${target.dialect}: loading ${size.toLocaleString('en')} documents into ${target.location}`);
  const load = await loadCorpus(target, document, 0, size);
  const analyzeMs = await analyze(target);
  return { ...load, analyzeMs, buildMs: load.stemMs + load.insertMs, reused: false, builtAt: new Date().toISOString() };
}

// ---------------------------------------------------------------------------------------------
// Report

const f1 = (v: number | undefined) =>
  v === undefined || !Number.isFinite(v) ? '–' : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0);
const secs = (ms: number | undefined) => (ms === undefined ? '–' : (ms / 1000).toFixed(1));
const mb = (bytes: number | null | undefined) => (bytes === null || bytes === undefined ? '–' : (bytes / 1024 / 1024).toFixed(0));

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function mainTable(runs: Run[]): string {
  return table(
    [
      'dialect',
      'docs',
      'queries',
      'gen s',
      'stem s',
      'insert s',
      'build s',
      'analyze s',
      'DB MB',
      'index MB',
      'search p50',
      'p95',
      'p99',
      'max',
      'page() p50',
      'p95',
      'p99',
      'max',
      'zero-hit',
    ],
    runs.map((r) => [
      r.variant === 'default' ? r.dialect : `${r.dialect} (${r.variant})`,
      r.documents.toLocaleString('en'),
      r.coverage
        ? `${r.coverage.search}/${r.coverage.queries}${r.coverage.timedOut.search ? ` (${r.coverage.timedOut.search} t/o)` : ''}`
        : '–',
      secs(r.build?.generateMs),
      secs(r.build?.stemMs),
      secs(r.build?.insertMs),
      secs(r.build?.buildMs),
      secs(r.build?.analyzeMs),
      mb(r.size.totalBytes),
      mb(r.size.indexBytes),
      ...(r.search ? [f1(r.search.p50), f1(r.search.p95), f1(r.search.p99), f1(r.search.max)] : ['error', '', '', '']),
      ...(r.page ? [f1(r.page.p50), f1(r.page.p95), f1(r.page.p99), f1(r.page.max)] : ['', '', '', '']),
      r.results ? String(r.results.zeroHits) : '',
    ]),
  );
}

function categoryTable(run: Run): string {
  const rows = Object.entries(run.byCategory ?? {}).map(([c, s]) => [
    c,
    String(s.n),
    f1(s.p50),
    f1(s.p95),
    f1(s.p99),
    f1(s.max),
    f1(s.mean),
    run.hitsByCategory?.[c]?.toLocaleString('en') ?? '',
  ]);
  return table(['category', 'n', 'p50', 'p95', 'p99', 'max', 'mean', 'hits p50'], rows);
}

function breakdownTable(run: Run): string {
  const b = run.breakdown!;
  const rows = COMPONENTS.map((c) => [
    c,
    '',
    f1(b.components[c].p50),
    f1(b.components[c].p95),
    f1(b.components[c].p99),
    f1(b.components[c].max),
    f1(b.components[c].mean),
    `${b.share[c].toFixed(1)} %`,
  ]);
  rows.push(['sum of parts', '', f1(b.sum.p50), f1(b.sum.p95), f1(b.sum.p99), f1(b.sum.max), f1(b.sum.mean), '100 %']);
  return table(['component (ms)', '', 'p50', 'p95', 'p99', 'max', 'mean', 'share'], rows);
}

function growthTable(runs: Run[]): string {
  const rows: string[][] = [];
  for (const dialect of ['sqlite', 'postgres'] as const) {
    const list = runs.filter((r) => r.dialect === dialect && r.variant === 'default');
    for (let i = 1; i < list.length; i++) {
      const a = list[i - 1]!;
      const b = list[i]!;
      const ratio = (x: number | undefined, y: number | undefined) => (x && y ? `×${(y / x).toFixed(1)}` : '–');
      rows.push([
        dialect,
        `${a.documents.toLocaleString('en')} → ${b.documents.toLocaleString('en')} (×${(b.documents / a.documents).toFixed(0)})`,
        ratio(a.build?.buildMs, b.build?.buildMs),
        ratio(a.size.totalBytes, b.size.totalBytes),
        ratio(a.search?.p50, b.search?.p50),
        ratio(a.search?.p95, b.search?.p95),
        ratio(a.search?.p99, b.search?.p99),
        ratio(a.page?.p50, b.page?.p50),
        ratio(a.page?.p95, b.page?.p95),
      ]);
    }
  }
  return table(['dialect', 'docs', 'build', 'DB size', 'search p50', 'p95', 'p99', 'page() p50', 'p95'], rows);
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const machine = describeMachine();
  console.log(`Machine: ${machine.cpus} CPU × ${machine.cpuModel}, ${machine.memoryGb} GB, Node.js ${machine.node} (${machine.platform})`);
  const loadAtStart = os.loadavg()[0]!;
  if (loadAtStart > 0.5)
    console.log(`Warning: load average ${loadAtStart.toFixed(2)} at start: other work shares the CPUs, figures may be high.`);

  fs.mkdirSync(dataDir, { recursive: true });
  const geo = await readGeography(dataDir);
  const corpus = createCorpus(geo);
  const queries = generateQueries(geo, QUERY_SEED, options.queries);
  const warmup = options.warmup > 0 ? generateQueries(geo, WARMUP_SEED, options.warmup) : [];
  const signature = await buildSignature(projectDir);
  console.log(
    `Corpus v${CORPUS_VERSION} (seed ${CORPUS_SEED}, 1 member profile in ${MEMBER_EVERY}); ${queries.length} queries + ${warmup.length} warm-up; page size ${PAGE_SIZE}, visitor; SQLite file ${options.cold ? 'not read beforehand (cold)' : 'read through once before measuring'}`,
  );

  const runs: Run[] = [];
  for (const dialect of options.dialects) {
    for (const size of options.sizes) {
      let target: BenchDatabase;
      let build: NonNullable<Run['build']>;
      try {
        if (dialect === 'sqlite') ({ target, build } = await sqliteTarget(size, options, (i) => corpus.document(i), signature));
        else {
          const kept = options.pgKeep ? `essor_search_bench_${size}_${signature}` : undefined;
          const postgres = await createPostgres(options.pgUrl, options.pgTimeoutS * 1000, kept);
          target = postgres;
          if (postgres.kept && (await countDocuments(postgres)) === size) {
            log(`postgres: reusing ${postgres.location}`);
            build = { ...emptyBuild(size), reused: true };
          } else build = await buildInto(target, size, (i) => corpus.document(i));
        }
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        log(`${dialect} ${size}: cannot build: ${message}`);
        runs.push({
          dialect,
          variant: 'default',
          documents: size,
          location: '',
          build: null,
          size: { totalBytes: 0, indexBytes: null },
          error: message,
        });
        continue;
      }
      try {
        const size0 = await target.size();
        log(
          `${dialect} ${size}: built in ${secs(build.buildMs)} s (stem ${secs(build.stemMs)} s, insert ${secs(build.insertMs)} s), ${mb(size0.totalBytes)} MB`,
        );
        if (dialect === 'sqlite' && !options.cold)
          log(`sqlite: database file read through once (OS cache) in ${secs(readThrough(target.location))} s`);
        const run: Run = {
          dialect,
          variant: 'default',
          documents: size,
          location: target.location,
          build,
          size: size0,
          ...(await measure(target, queries, warmup, options.budgetS * 1000, options.slowest)),
        };
        runs.push(run);
        if (run.error) log(`${dialect} ${size}: search failed: ${run.error}`);
        else
          log(
            `${dialect} ${size}: search() p50 ${f1(run.search?.p50)} ms, p95 ${f1(run.search?.p95)} ms; page() p95 ${f1(run.page?.p95)} ms`,
          );
        if (dialect === 'sqlite' && options.ftsOptimize && !run.error) {
          const optimizeMs = await optimizeFts(target);
          fs.rmSync(path.join(dataDir, `search-${size}.json`), { force: true });
          const sizeOpt = await target.size();
          const optimized: Run = {
            dialect,
            variant: 'fts optimized',
            documents: size,
            location: target.location,
            build: { ...build, optimizeMs },
            size: sizeOpt,
            ...(await measure(target, queries, warmup, options.budgetS * 1000, options.slowest)),
          };
          runs.push(optimized);
          log(
            `${dialect} ${size} (optimized in ${secs(optimizeMs)} s): search() p50 ${f1(optimized.search?.p50)} ms, p95 ${f1(optimized.search?.p95)} ms`,
          );
        }
      } finally {
        await target.close();
      }
    }
  }

  console.log(`\n${mainTable(runs)}\n`);
  console.log(
    'Times in ms (search: the whole search() call; page(): the ranked page alone: candidates + ranking, no counts, no snippets). Build = stemming + inserts (indexing included); gen = text generation, not part of it.',
  );
  console.log(`Target: search() p95 under ${TARGET_P95_MS} ms on SQLite.\n`);
  if (runs.filter((r) => r.variant === 'default').length > 1) console.log(`Growth\n${growthTable(runs)}\n`);
  for (const run of runs) {
    if (!run.search) continue;
    const label = `${run.dialect}${run.variant === 'default' ? '' : ` (${run.variant})`}, ${run.documents.toLocaleString('en')} documents`;
    console.log(`search() by query category — ${label}\n${categoryTable(run)}\n`);
    console.log(`Parts of a search, timed one by one (SQL split by Kysely's log) — ${label}\n${breakdownTable(run)}\n`);
    console.log(`Slowest queries — ${label}`);
    for (const s of run.slowest!.slice(0, options.slowest))
      console.log(
        `  ${f1(s.ms).padStart(6)} ms  page() ${f1(s.pageMs ?? undefined).padStart(6)} ms  ${String(s.total).padStart(6)} hits  [${s.category}${s.filters ? `, ${s.filterText}` : ''}] ${s.q}`,
      );
    if (run.errors && run.errors.count > 0)
      console.log(`  ${run.errors.count} queries failed, e.g. ${run.errors.first[0]?.q}: ${run.errors.first[0]?.message}`);
    console.log('');
  }
  for (const run of runs.filter((r) => r.error))
    console.log(`${run.dialect}, ${run.documents.toLocaleString('en')} documents: ${run.error}`);

  const resultsDir = path.join(benchDir, 'results');
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `search-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const data = {
    date: new Date().toISOString(),
    machine,
    loadAverage1m: { start: loadAtStart, end: os.loadavg()[0] },
    options: { ...options, pgUrl: undefined, pageSize: PAGE_SIZE, viewer: VIEWER },
    corpus: { version: CORPUS_VERSION, seed: CORPUS_SEED, memberEvery: MEMBER_EVERY, signature },
    queries: {
      seed: QUERY_SEED,
      warmupSeed: WARMUP_SEED,
      count: queries.length,
      byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, queries.filter((q) => q.category === c).length])),
      withFilters: queries.filter(hasFilters).length,
    },
    targetP95Ms: TARGET_P95_MS,
    runs,
  };
  fs.writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  console.log(`Results written to ${path.relative(projectDir, file)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
