/**
 * SQLite search: FTS5 over title and body (unicode61, diacritics removed) and over their
 * Snowball-stemmed copies. A word matches as written or by its stem; bm25 ranks, with the
 * title weighing more and a mild boost for recent documents. Matches are ranked and sampled on
 * a covering index of their narrow columns; only the page's rows are read whole.
 */
import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';
import {
  EXAMINED_COLUMNS,
  RANKING,
  SAMPLE_COLUMNS,
  searchFilterSql,
  visibilitySql,
  toSampleRows,
  type SampleRow,
  type SearchEngine,
  type SearchFilters,
} from './search.engine.ts';
import type { ParsedQuery, QueryWord } from './search.query.ts';
import type { Visibility } from '../search.table.ts';

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

function wordExpression(word: QueryWord): string {
  const star = word.prefix ? '*' : '';
  return `({title body} : ${quote(word.folded)}${star} OR {title_stems body_stems} : ${quote(word.stem)}${star})`;
}

/**
 * A word for matching only: the same documents as `wordExpression`, found faster. A word whose
 * stem is itself ("de", "sud") is one term in all four columns rather than two lists merged.
 */
function matchWordExpression(word: QueryWord): string {
  return word.folded === word.stem
    ? `{title body title_stems body_stems} : ${quote(word.folded)}${word.prefix ? '*' : ''}`
    : wordExpression(word);
}

/**
 * The FTS5 MATCH expression of a parsed query, for ranking: every word and phrase is a phrase of
 * bm25 (a word twice counts twice, as on PostgreSQL). Matching alone walks fewer lists
 * (`matchingPlan`).
 */
function ftsExpression(query: ParsedQuery): string {
  return expressionOf(query.words, query, wordExpression);
}

function expressionOf(words: QueryWord[], query: ParsedQuery, word: (w: QueryWord) => string): string {
  const required = [...words.map(word), ...query.phrases.map((p) => `{title body} : ${quote(p.join(' '))}`)];
  let expression = required.join(' AND ');
  for (const excluded of query.excluded) expression = `(${expression}) NOT ${word({ ...excluded, prefix: false })}`;
  return expression;
}

/**
 * Function words, held by nearly every document. Intersecting their lists is most of what a name
 * such as "Communauté de communes de la Vallée de la Marne" costs: every candidate seeks into lists
 * of almost all the documents (30 ms over 200,000 documents; 10 ms without them).
 */
const FUNCTION_WORDS = new Set(['a', 'au', 'aux', 'd', 'de', 'des', 'du', 'en', 'et', 'l', 'la', 'le', 'les', 'un', 'une']);

/**
 * How matching (no ranking) finds a query's documents: a MATCH expression with each word once, as
 * `matchWordExpression`, and stems that the rows it finds must also hold in their stemmed text
 * (`stemChecks`). Function words are checked that way when
 * the query holds something else to walk: a word as written has its stem in the stemmed columns, so
 * these are the same documents (but for one holding the word only with other accents, "dès" for
 * "des"), found for one row read per match instead of a seek into a list of every document; so
 * not when thousands of matches are walked (`recentMatches`).
 */
function matchingPlan(query: ParsedQuery, checkFunctionWords = true): { expression: string; checked: string[] } {
  const words = [...new Map(query.words.map((w) => [JSON.stringify(w), w])).values()];
  const isFunction = (w: QueryWord) => checkFunctionWords && !w.prefix && FUNCTION_WORDS.has(w.folded) && w.folded === w.stem;
  const walked = words.filter((w) => !isFunction(w));
  if (walked.length === 0 && query.phrases.length === 0)
    return { expression: expressionOf(words, query, matchWordExpression), checked: [] };
  return { expression: expressionOf(walked, query, matchWordExpression), checked: words.filter(isFunction).map((w) => w.stem) };
}

/** The test of `matchingPlan`'s checked stems on the documents aliased `d` (true when none). */
function stemChecks(stems: string[]) {
  if (stems.length === 0) return sql`1`;
  const tests = stems.map((stem) => sql`instr(x.t, ${` ${stem} `}) > 0`);
  return sql`(SELECT ${sql.join(tests, sql` AND `)} FROM (SELECT ' ' || title_stems || ' ' || body_stems || ' ' AS t FROM search_documents WHERE id = d.id) x)`;
}

/**
 * Filters and ranking read the matches' narrow columns from this covering index (migration
 * 20261126T1700_search_speed), never the wide rows: the text is read for the page's rows only.
 */
const FROM_MATCHES = sql`search_fts JOIN search_documents d INDEXED BY search_documents_facets_idx ON d.id = search_fts.rowid`;

export const sqliteSearchEngine: SearchEngine = {
  // FTS5's prefix='2 3 4 5 6' (migration 20261127T0100_search_prefix).
  indexedPrefix: 6,
  // FTS5 walks its lists in rowid order, and stops when it has enough.
  walking: (db, _statement, _wanted, run) => run(db),

  async page(db: Db, query: ParsedQuery, filters: SearchFilters, limit: number, offset: number) {
    const w = RANKING.titleWeight;
    const ranked = await sql<{ id: number }>`
      SELECT d.id FROM ${FROM_MATCHES}
      WHERE search_fts MATCH ${ftsExpression(query)} AND ${searchFilterSql(filters)}
      ORDER BY bm25(search_fts, ${w}, 1.0, ${w}, 1.0)
               * (1.0 + ${RANKING.recencyBoost} * max(0.0, 1.0 - (julianday('now') - julianday(d.date)) / ${RANKING.recencyDays}))
               , d.id
      LIMIT ${limit} OFFSET ${offset}`.execute(db);
    return ranked.rows.map((r) => r.id);
  },

  async isCommon(db: Db, word: QueryWord, limit: number) {
    const row = await sql<{
      n: number;
    }>`SELECT count(*) AS n FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH ${matchWordExpression(word)} LIMIT ${limit + 1})`.execute(
      db,
    );
    return Number(row.rows[0]?.n ?? 0) > limit;
  },

  async sample(db: Db, query: ParsedQuery, filters: SearchFilters, limit: number) {
    // FTS5 walks its doclists in rowid order, so this stops after `limit` rows that pass.
    const plan = matchingPlan(query);
    const rows = await sql<SampleRow>`
      SELECT ${SAMPLE_COLUMNS} FROM ${FROM_MATCHES}
      WHERE search_fts MATCH ${plan.expression} AND ${searchFilterSql(filters)} AND ${stemChecks(plan.checked)}
      ORDER BY search_fts.rowid DESC
      LIMIT ${limit}`.execute(db);
    return toSampleRows(rows.rows);
  },

  recentMatches(query: ParsedQuery, visibilities: Visibility[], examine: number) {
    // Thousands of matches, filters aside: one row read each would cost more than walking the lists.
    const plan = matchingPlan(query, false);
    return sql`SELECT ${EXAMINED_COLUMNS} FROM ${FROM_MATCHES}
      WHERE search_fts MATCH ${plan.expression} AND ${visibilitySql(visibilities)} AND ${stemChecks(plan.checked)}
      ORDER BY search_fts.rowid DESC LIMIT ${examine}`;
  },
};
