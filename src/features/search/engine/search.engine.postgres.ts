/**
 * PostgreSQL search, with the semantics and the ranking of the SQLite engine. Two GIN-indexed
 * tsvectors mirror SQLite's FTS5 columns: `tsv_folded` holds the words as written, folded
 * (`essor_folded`: simple + unaccent, weight A = title, B = body) and `tsv_stems` the JavaScript
 * stems of `title_stems` and `body_stems` (`simple`, same weights). A word matches in either (the
 * word being typed as a prefix), a phrase in `tsv_folded`, words side by side in one column;
 * `simple` keeps every word, stop words included, as SQLite does. Ranking is FTS5's bm25 (titles
 * weighing `titleWeight`), times the same mild boost for recent documents. Its term frequencies are
 * computed for the matching rows only: words as written in one pass over `tsv_folded`, stems counted
 * in the stemmed text itself, phrases from positions; the rows holding each phrase (for idf) are
 * counted once per version of the index, up to HITS_CAP. search.service.ts asks for such a ranking
 * only when the matches are few (search.bounded.ts); `sample()` reads the newest matches through
 * the primary key, stopping after its limit, or through the GIN indexes for rare words.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../../db/database.ts';
import { perDatabase } from '../search.cache.ts';
import {
  EXAMINED_COLUMNS,
  RANKING,
  SAMPLE_COLUMNS,
  searchFilterSql,
  toSampleRows,
  visibilitySql,
  type SampleRow,
  type SearchEngine,
  type SearchFilters,
} from './search.engine.ts';
import type { ParsedQuery, QueryWord } from './search.query.ts';
import type { Visibility } from '../search.table.ts';

/** A quoted tsquery lexeme; query words hold only letters and digits, quoted all the same. */
function tsLexeme(text: string, prefix = false, weight = ''): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "''")}'${prefix ? ':*' : ''}${weight ? `${prefix ? '' : ':'}${weight}` : ''}`;
}

const foldedQuery = (w: QueryWord) => sql`to_tsquery('essor_folded', ${tsLexeme(w.folded, w.prefix)})`;
const stemQuery = (w: QueryWord) => sql`to_tsquery('simple', ${tsLexeme(w.stem, w.prefix)})`;

/**
 * A phrase: its words side by side within the title (A) or within the body (B) — without the
 * weights, the last word of a title and the first of the body would count as side by side.
 */
const phraseQuery = (words: string[]) =>
  sql`to_tsquery('essor_folded', ${['A', 'B'].map((weight) => `(${words.map((word) => tsLexeme(word, false, weight)).join(' <-> ')})`).join(' | ')})`;

/** Whether SQLite would match a word: as written, or by its JavaScript stem (both through the GIN indexes). */
const wordMatch = (w: QueryWord) => sql<boolean>`(d.tsv_folded @@ ${foldedQuery(w)} OR d.tsv_stems @@ ${stemQuery(w)})`;

/** The WHERE condition of a query: every word, every phrase, no excluded word. */
function matchSql(query: ParsedQuery): RawBuilder<boolean> {
  // A word typed twice is tested once (bm25 still counts it twice: scoredPhrases).
  const words = [...new Map(query.words.map((w) => [JSON.stringify(w), w])).values()];
  const parts: RawBuilder<unknown>[] = [
    ...words.map(wordMatch),
    ...query.phrases.map((p) => sql`d.tsv_folded @@ ${phraseQuery(p)}`),
    ...query.excluded.map((w) => sql`NOT ${wordMatch({ ...w, prefix: false })}`),
  ];
  return parts.length ? sql<boolean>`(${sql.join(parts, sql` AND `)})` : sql<boolean>`false`;
}

/** The weight of one instance: in the title (A) it counts `titleWeight`, in the body 1, as in SQLite's bm25 call. */
const INSTANCE_WEIGHT = sql`CASE p.w WHEN 'A' THEN ${RANKING.titleWeight}::float8 ELSE 1.0::float8 END`;

/**
 * Weighted instances of each query word as written, from one pass over a row's `tsv_folded`
 * (columns f0, f1… of the lateral subquery `f`): per lexeme, its positions plus `titleWeight − 1`
 * more for those in the title (A).
 */
function foldedTfLateral(words: QueryWord[]): RawBuilder<unknown> {
  if (words.length === 0) return sql``;
  const sums = words.map((w, j) => {
    const test = w.prefix ? sql`starts_with(u.lexeme, ${w.folded})` : sql`u.lexeme = ${w.folded}`;
    return sql`coalesce(sum(CASE WHEN ${test} THEN u.n END), 0)::float8 AS ${sql.ref(`f${j}`)}`;
  });
  return sql`CROSS JOIN LATERAL (SELECT ${sql.join(sums)} FROM (
      SELECT u.lexeme, cardinality(u.positions) + ${RANKING.titleWeight - 1} * cardinality(array_positions(u.weights, 'A')) AS n
      FROM unnest(d.tsv_folded) u) u) f`;
}

/**
 * Weighted instances of a word's stem (or of the stems starting with it) in a row's stemmed
 * columns, counted in the text itself, cheaper than unnesting the tsvector: `s.t` and `s.b` hold
 * the stems with every separator doubled and one more space at each end, so that each
 * occurrence of " stem " (whole word) or " stem" (prefix) is distinct.
 */
function stemTf(w: QueryWord): RawBuilder<number> {
  const pattern = w.prefix ? ` ${w.stem}` : ` ${w.stem} `;
  const count = (column: 't' | 'b') =>
    sql`(length(${sql.ref(`s.${column}`)}) - length(replace(${sql.ref(`s.${column}`)}, ${pattern}, ''))) / ${pattern.length}`;
  return sql<number>`(${RANKING.titleWeight} * ${count('t')} + ${count('b')})::float8`;
}

const STEMS_LATERAL = sql`CROSS JOIN LATERAL (SELECT ' ' || replace(d.title_stems, ' ', '  ') || ' ' AS t, ' ' || replace(d.body_stems, ' ', '  ') || ' ' AS b) s`;

/** Weighted instances of a phrase in a row's `tsv_folded`: starting positions where each word sits at its place, in one column. */
function phraseTf(words: string[]): RawBuilder<number> {
  const distinct = [...new Set(words)];
  return sql<number>`(SELECT coalesce(sum(${INSTANCE_WEIGHT}), 0) FROM (
      SELECT p.pos - q.i AS start, p.w FROM unnest(d.tsv_folded) u, unnest(u.positions, u.weights) AS p(pos, w),
        unnest(${words}::text[]) WITH ORDINALITY AS q(word, i)
      WHERE u.lexeme = ANY(${distinct}::text[]) AND q.word = u.lexeme
      GROUP BY 1, 2 HAVING count(DISTINCT q.i) = ${words.length}) p)`;
}

/**
 * The phrases that FTS5's bm25 scores, in its order: each word as written and by its stem, then each
 * quoted phrase (excluded words count nothing in matching rows). `tf` counts a row's weighted
 * instances, `hits` tells a row that holds one (through the index).
 */
interface ScoredPhrase {
  /** Names the phrase, for the cache of its hits. */
  key: string;
  tf: RawBuilder<number>;
  hits: RawBuilder<boolean>;
}

function scoredPhrases(query: ParsedQuery): ScoredPhrase[] {
  const star = (w: QueryWord) => (w.prefix ? '*' : '');
  return [
    ...query.words.flatMap((w, j) => [
      {
        key: `folded ${w.folded}${star(w)}`,
        tf: sql<number>`${sql.ref(`f.f${j}`)}`,
        hits: sql<boolean>`d.tsv_folded @@ ${foldedQuery(w)}`,
      },
      { key: `stem ${w.stem}${star(w)}`, tf: stemTf(w), hits: sql<boolean>`d.tsv_stems @@ ${stemQuery(w)}` },
    ]),
    ...query.phrases.map((p) => ({ key: `phrase ${p.join(' ')}`, tf: phraseTf(p), hits: sql<boolean>`d.tsv_folded @@ ${phraseQuery(p)}` })),
  ];
}

/** FTS5's inverse document frequency: log((N − n + 0.5) / (n + 0.5)), at least 1e-6. */
function bm25Idf(rows: number, hits: number): number {
  const idf = Math.log((rows - hits + 0.5) / (hits + 0.5));
  return idf <= 0 ? 1e-6 : idf;
}

/** Number of words of a document (its stemmed columns hold one stem per word, space separated). */
const WORD_COUNT = sql`(length(d.title_stems) - length(replace(d.title_stems, ' ', '')) + (d.title_stems <> '')::int
  + length(d.body_stems) - length(replace(d.body_stems, ' ', '')) + (d.body_stems <> '')::int)`;

const STATISTICS_TTL_MS = 60_000;
const statistics = new WeakMap<Db, { at: number; n: number; avg_length: number }>();

/**
 * Number of documents and their average length, for bm25. Reading them means reading every row, so
 * they are kept for a minute per connection pool: ranking may lag that much behind the latest writes.
 */
async function corpusStatistics(db: Db): Promise<{ n: number; avg_length: number }> {
  const cached = statistics.get(db);
  if (cached && Date.now() - cached.at < STATISTICS_TTL_MS) return cached;
  const result = await sql<{ n: string | number; avg_length: string | number }>`
    SELECT count(*) AS n, coalesce(avg(${WORD_COUNT}), 1) AS avg_length FROM search_documents d`.execute(db);
  const fresh = { at: Date.now(), n: Number(result.rows[0]!.n), avg_length: Number(result.rows[0]!.avg_length) };
  statistics.set(db, fresh);
  return fresh;
}

/** bm25 of a row whose counts are columns tf0, tf1…: Σ idf · tf·(k1+1) / (tf + k1·(1 − b + b·words/average)). */
function bm25Sql(idf: number[], avgLength: number): RawBuilder<number> {
  const [k1, b] = [1.2, 0.75]; // FTS5's constants
  const norm = sql`(${k1}::float8 * (${1 - b}::float8 + ${b}::float8 * d.words / ${avgLength}::float8))`;
  const terms = idf.map((w, i) => sql`${w}::float8 * (${sql.ref(`d.tf${i}`)} * ${k1 + 1}::float8) / (${sql.ref(`d.tf${i}`)} + ${norm})`);
  return terms.length ? sql<number>`(${sql.join(terms, sql` + `)})` : sql<number>`0`;
}

const RECENCY = sql`(1.0 + ${RANKING.recencyBoost}::float8 * greatest(0.0, 1.0 - extract(epoch from (now() - d.date::timestamptz)) / 86400.0 / ${RANKING.recencyDays}::float8))`;

const phraseHits = perDatabase<number>(4096);

/**
 * Rows holding a phrase are counted up to this many: beyond, the phrase counts as held by this
 * many rows. Counting every row of a common word costs as much as matching it: bm25's weight of
 * such a word is then a little too high, identical for all the rows it ranks.
 */
const HITS_CAP = 10_000;

/**
 * Rows holding each phrase (all rows, for idf, up to HITS_CAP), through the GIN indexes; kept per
 * phrase for the current version of the index.
 */
async function hitsPerPhrase(db: Db, phrases: ScoredPhrase[], version: string | undefined): Promise<number[]> {
  const cache = phraseHits(db);
  const known = phrases.map((p) => cache.get(version, p.key));
  const missing = phrases.map((p, i) => ({ p, i })).filter(({ i }) => known[i] === undefined);
  if (missing.length) {
    const counts = missing.map(
      ({ p, i }) =>
        sql`(SELECT count(*) FROM (SELECT 1 FROM search_documents d WHERE ${p.hits} LIMIT ${HITS_CAP}) h) AS ${sql.ref(`h${i}`)}`,
    );
    const row = (await sql<Record<string, string | number>>`SELECT ${sql.join(counts)}`.execute(db)).rows[0]!;
    for (const { p, i } of missing) {
      known[i] = Number(row[`h${i}`]);
      cache.set(version, p.key, known[i]);
    }
  }
  return known as number[];
}

/**
 * How a walk of the `wanted` most recent matches is planned. Walking the primary key backwards
 * tests every row on its way, reading its tsvectors: about wanted × documents / matches rows, cheap
 * for a common word, not for one held by one document in twenty (10,000 rows, 65 ms over 20,000
 * documents), where the GIN indexes find the matches and only these are read (4 ms) — while
 * handing over every match of a common word would cost hundreds of milliseconds over 200,000
 * documents. The two costs meet near √(wanted × documents) matches: below, plain index scans and
 * sequential scans are turned off for the walk (`SET LOCAL`, in its own transaction), leaving the
 * bitmap scans of the GIN indexes; above, the planner chooses. The number of matches is the
 * planner's estimate (EXPLAIN). Within a transaction already begun, statements run as they are
 * (SET LOCAL would outlive them).
 */
async function walking<T>(db: Db, statement: RawBuilder<unknown>, wanted: number, run: (db: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return run(db);
  const plan = (await sql<{ 'QUERY PLAN': unknown }>`EXPLAIN (FORMAT JSON) ${statement}`.execute(db)).rows[0]?.['QUERY PLAN'];
  const top = (Array.isArray(plan) ? plan[0] : plan) as { Plan?: { Plans?: { 'Plan Rows'?: number }[] } } | undefined;
  const matches = top?.Plan?.Plans?.[0]?.['Plan Rows'] ?? 0;
  const documents = Number(
    (await sql<{ n: number | string | null }>`SELECT max(id) AS n FROM search_documents`.execute(db)).rows[0]?.n ?? 0,
  );
  if (matches >= Math.sqrt(wanted * documents)) return run(db);
  return db.transaction().execute(async (trx) => {
    await sql`SET LOCAL enable_indexscan = off`.execute(trx);
    await sql`SET LOCAL enable_seqscan = off`.execute(trx);
    return run(trx);
  });
}

export const postgresSearchEngine: SearchEngine = {
  // A prefix is a range of the GIN index's words, each with its own list.
  indexedPrefix: 0,

  async page(db: Db, query: ParsedQuery, filters: SearchFilters, limit: number, offset: number, version?: string) {
    const phrases = scoredPhrases(query);
    const corpus = await corpusStatistics(db);
    const idf = (await hitsPerPhrase(db, phrases, version)).map((hits) => bm25Idf(corpus.n, hits));
    // The counts of the matching rows, computed once each (OFFSET 0 keeps the subquery apart); the
    // text of the page's rows only is read afterwards.
    const tf = phrases.map((p, i) => sql`, ${p.tf} AS ${sql.ref(`tf${i}`)}`);
    const ranked = await sql<{ id: number }>`
      SELECT d.id
      FROM (SELECT d.id, d.date, ${WORD_COUNT} AS words${sql.join(tf, sql``)}
            FROM search_documents d ${foldedTfLateral(query.words)} ${STEMS_LATERAL}
            WHERE ${matchSql(query)} AND ${searchFilterSql(filters)} OFFSET 0) d
      ORDER BY ${bm25Sql(idf, corpus.avg_length || 1)} * ${RECENCY} DESC, d.id
      LIMIT ${limit} OFFSET ${offset}`.execute(db);
    return ranked.rows.map((r) => Number(r.id));
  },

  async isCommon(db: Db, word: QueryWord, limit: number) {
    const row = await sql<{
      n: number | string;
    }>`SELECT count(*) AS n FROM (SELECT 1 FROM search_documents d WHERE ${wordMatch(word)} LIMIT ${limit + 1}) h`.execute(db);
    return Number(row.rows[0]?.n ?? 0) > limit;
  },

  async sample(db: Db, query: ParsedQuery, filters: SearchFilters, limit: number) {
    const statement = sql<SampleRow>`
      SELECT ${SAMPLE_COLUMNS} FROM search_documents d
      WHERE ${matchSql(query)} AND ${searchFilterSql(filters)}
      ORDER BY d.id DESC
      LIMIT ${limit}`;
    return walking(db, statement, limit, async (walker) => toSampleRows((await statement.execute(walker)).rows));
  },

  recentMatches(query: ParsedQuery, visibilities: Visibility[], examine: number) {
    return sql`SELECT ${EXAMINED_COLUMNS} FROM search_documents d
      WHERE ${matchSql(query)} AND ${visibilitySql(visibilities)}
      ORDER BY d.id DESC LIMIT ${examine}`;
  },

  walking,
};
