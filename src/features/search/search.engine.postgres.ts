/**
 * PostgreSQL search, with the semantics and the ranking of the SQLite engine. Two GIN-indexed
 * tsvectors mirror SQLite's FTS5 columns: `tsv_folded` holds the words as written, folded
 * (`essor_folded`: simple + unaccent, weight A = title, B = body) and `tsv_stems` the JavaScript
 * stems of `title_stems` and `body_stems` (`simple`, same weights). A word matches in either (the
 * word being typed as a prefix), a phrase in `tsv_folded`, words side by side in one column;
 * `simple` keeps every word, stop words included, as SQLite does. Ranking is FTS5's bm25 (titles
 * weighing `titleWeight`), its term frequencies read from the tsvectors of the matching rows only,
 * times the same mild boost for recent documents.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import { RANKING, searchFilterSql, type FacetName, type SearchEngine, type SearchFilters, type SearchHit } from './search.engine.ts';
import type { ParsedQuery, QueryWord } from './search.query.ts';

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
  const parts: RawBuilder<unknown>[] = [
    ...query.words.map(wordMatch),
    ...query.phrases.map((p) => sql`d.tsv_folded @@ ${phraseQuery(p)}`),
    ...query.excluded.map((w) => sql`NOT ${wordMatch({ ...w, prefix: false })}`),
  ];
  return parts.length ? sql<boolean>`(${sql.join(parts, sql` AND `)})` : sql<boolean>`false`;
}

/** The weight of one instance: in the title (A) it counts `titleWeight`, in the body 1, as in SQLite's bm25 call. */
const INSTANCE_WEIGHT = sql`CASE p.w WHEN 'A' THEN ${RANKING.titleWeight}::float8 ELSE 1.0::float8 END`;

/** Weighted instances of a lexeme (or of the lexemes starting with it) in a row's tsvector. */
function lexemeTf(column: 'tsv_folded' | 'tsv_stems', lexeme: string, prefix: boolean): RawBuilder<number> {
  const test = prefix ? sql`starts_with(u.lexeme, ${lexeme})` : sql`u.lexeme = ${lexeme}`;
  return sql<number>`(SELECT coalesce(sum(${INSTANCE_WEIGHT}), 0)
    FROM unnest(${sql.ref(`d.${column}`)}) u, unnest(u.positions, u.weights) AS p(pos, w) WHERE ${test})`;
}

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
function scoredPhrases(query: ParsedQuery): { tf: RawBuilder<number>; hits: RawBuilder<boolean> }[] {
  return [
    ...query.words.flatMap((w) => [
      { tf: lexemeTf('tsv_folded', w.folded, w.prefix), hits: sql<boolean>`d.tsv_folded @@ ${foldedQuery(w)}` },
      { tf: lexemeTf('tsv_stems', w.stem, w.prefix), hits: sql<boolean>`d.tsv_stems @@ ${stemQuery(w)}` },
    ]),
    ...query.phrases.map((p) => ({ tf: phraseTf(p), hits: sql<boolean>`d.tsv_folded @@ ${phraseQuery(p)}` })),
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

/** Each facet's column, and its order among equal counts (byte order for text, as SQLite sorts). */
const FACET_COLUMNS: Record<FacetName, { column: RawBuilder<unknown>; order: RawBuilder<unknown> }> = {
  type: { column: sql`d.doc_type`, order: sql`d.doc_type COLLATE "C"` },
  member_kind: { column: sql`d.member_kind`, order: sql`d.member_kind COLLATE "C"` },
  region: { column: sql`d.region_code`, order: sql`d.region_code COLLATE "C"` },
  year: { column: sql`d.year`, order: sql`d.year` },
};

export const postgresSearchEngine: SearchEngine = {
  async page(db: Db, query: ParsedQuery, filters: SearchFilters, limit: number, offset: number) {
    const where = sql`${matchSql(query)} AND ${searchFilterSql(filters)}`;
    const phrases = scoredPhrases(query);
    // What bm25 needs (rows, average length, rows holding each phrase, through the indexes) and the total.
    const hits = phrases.map((p, i) => sql`, (SELECT count(*) FROM search_documents d WHERE ${p.hits}) AS ${sql.ref(`h${i}`)}`);
    const corpus = await corpusStatistics(db);
    const stats = await sql<Record<string, string | number>>`
      SELECT (SELECT count(*) FROM search_documents d WHERE ${where}) AS total${sql.join(hits, sql``)}`.execute(db);
    const row: Record<string, string | number> = { ...stats.rows[0]!, n: corpus.n, avg_length: corpus.avg_length };
    const total = Number(row.total);
    if (total === 0 || offset >= total) return { hits: [], total };
    const idf = phrases.map((_, i) => bm25Idf(Number(row.n), Number(row[`h${i}`])));
    // The counts of the matching rows, computed once each (OFFSET 0 keeps the subquery apart).
    const tf = phrases.map((p, i) => sql`, ${p.tf} AS ${sql.ref(`tf${i}`)}`);
    const rows = await sql<SearchHit>`
      SELECT d.id, d.doc_type AS "docType", d.doc_id AS "docId", d.slug, d.title, d.body, d.date,
             d.member_kind AS "memberKind", d.region_code AS "regionCode", d.year
      FROM (SELECT d.id, d.doc_type, d.doc_id, d.slug, d.title, d.body, d.date, d.member_kind, d.region_code, d.year,
                   ${WORD_COUNT} AS words${sql.join(tf, sql``)}
            FROM search_documents d WHERE ${where} OFFSET 0) d
      ORDER BY ${bm25Sql(idf, Number(row.avg_length) || 1)} * ${RECENCY} DESC, d.id
      LIMIT ${limit} OFFSET ${offset}`.execute(db);
    return { hits: rows.rows, total };
  },

  async facet(db: Db, query: ParsedQuery, filters: SearchFilters, facet: FacetName) {
    const { column, order } = FACET_COLUMNS[facet];
    const rows = await sql<{ value: string | number | null; count: string | number }>`
      SELECT ${column} AS value, count(*) AS count
      FROM search_documents d
      WHERE ${matchSql(query)} AND ${searchFilterSql(filters, facet)} AND ${column} IS NOT NULL
      GROUP BY ${column} ORDER BY count(*) DESC, ${order}`.execute(db);
    return rows.rows.map((r) => ({ value: String(r.value), count: Number(r.count) }));
  },
};
