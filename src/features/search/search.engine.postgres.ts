/**
 * PostgreSQL search, with the semantics and the ranking of the SQLite engine. The GIN-indexed
 * tsvector (`essor_french`: unaccent, then Snowball french) narrows the candidates: each word by
 * its stem, each phrase by its stems side by side. What SQLite reads in its own columns is then
 * read with regular expressions: the words as written without accents (the word being typed as a
 * prefix, phrases, exclusions, stop words that the french dictionary drops) in `title` and `body`,
 * and the JavaScript stems in `title_stems` and `body_stems`. Ranking is FTS5's bm25 over these same
 * counts (titles weighing `titleWeight`), times the same mild boost for recent documents.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import { escapeLike, foldText } from '../../shared/text.ts';
import { RANKING, type FacetName, type SearchEngine, type SearchFilters, type SearchHit } from './search.engine.ts';
import type { ParsedQuery, QueryWord } from './search.query.ts';

/** A quoted tsquery lexeme; query words hold only letters and digits, quoted all the same. */
function tsLexeme(text: string, prefix = false): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "''")}'${prefix ? ':*' : ''}`;
}

/** Letters and digits, as code point ranges ([[:alnum:]] would depend on the database's locale). */
const WORD = '0-9A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u0370-\u03FF\u0400-\u04FF\u1E00-\u1EFF';
const VARIANTS = new Map<string, Set<string>>();
for (const [from, to] of [[0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f], [0x1e00, 0x1eff]] as const) {
  for (let cp = from; cp <= to; cp++) {
    const char = String.fromCodePoint(cp);
    const folded = foldText(char);
    if (folded.length === 1 && /\p{L}/u.test(char)) VARIANTS.set(folded, (VARIANTS.get(folded) ?? new Set([folded])).add(char));
  }
}
const LIGATURES: Record<string, string> = { oe: 'œŒ', ae: 'æÆ' };
const escapeRegex = (text: string) => text.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&');
const letter = (c: string) => {
  const variants = VARIANTS.get(c) ?? new Set([c, ...(c.toUpperCase().length === 1 ? [c.toUpperCase()] : [])]);
  return `[${[...variants].map(escapeRegex).join('')}]`;
};

/** A POSIX regular expression for folded words as written, whatever their accents and case ("e" → [eEéÉèÈ…]). */
function foldedRegex(words: string[], prefix: boolean): string {
  const chars = (word: string) => {
    let out = '';
    const list = [...word];
    for (let i = 0; i < list.length; i++) {
      const pair = LIGATURES[list[i]! + (list[i + 1] ?? '')];
      const last = prefix && i === list.length - 1 && LIGATURES[`${list[i]}e`];
      if (pair) {
        out += `(?:${letter(list[i]!)}${letter(list[i + 1]!)}|[${pair}])`; // "oe" is also "œ"
        i++;
      } else out += last ? `(?:${letter(list[i]!)}|[${last}])` : letter(list[i]!); // "co", typed, may go on as "cœur"
    }
    return out;
  };
  // A word starts after a separator, which no match consumes (each ends before the next separator).
  return `(?:^|[^${WORD}])${words.map(chars).join(`[^${WORD}]+`)}${prefix ? '' : `(?![${WORD}])`}`;
}

const inText = (re: string) => sql<boolean>`(d.title ~ ${re} OR d.body ~ ${re})`;
const countIn = (column: RawBuilder<unknown>, re: string) => sql<number>`(SELECT count(*) FROM regexp_matches(${column}, ${re}, 'g'))`;

/** The stemmed columns hold letters and digits, one stem per word between spaces: no regular expression needed. */
const stemNeedle = (stem: string, prefix: boolean) => ` ${stem}${prefix ? '' : ' '}`;
const inStems = (stem: string, prefix: boolean) =>
  sql<boolean>`(' ' || d.title_stems || ' ' || d.body_stems || ' ') LIKE ${`%${escapeLike(stemNeedle(stem, prefix))}%`}`;
function stemCountIn(column: RawBuilder<unknown>, stem: string, prefix: boolean): RawBuilder<number> {
  const spaced = sql`(' ' || replace(${column}, ' ', '  ') || ' ')`; // each stem between its own two spaces
  const needle = stemNeedle(stem, prefix);
  return sql<number>`((length(${spaced}) - length(replace(${spaced}, ${needle}, ''))) / length(${needle}))`;
}

/** Whether SQLite would match a word: as written, or by its JavaScript stem. */
const wordMatch = (w: QueryWord) => sql<boolean>`(${inStems(w.stem, w.prefix)} OR ${inText(foldedRegex([w.folded], w.prefix))})`;

/** Words of PostgreSQL's french stop list, which its tsvector drops (cached per process: the list does not change). */
const stopWords = new Map<string, boolean>();
async function loadStopWords(db: Db, query: ParsedQuery): Promise<void> {
  const unknown = [...new Set([...query.words.map((w) => w.folded), ...query.phrases.flat()])].filter((w) => !stopWords.has(w));
  if (!unknown.length) return;
  const rows = await sql<{ w: string; stop: boolean }>`SELECT w, ts_lexize('french_stem', w) = '{}'::text[] AS stop FROM unnest(${unknown}::text[]) AS w`.execute(db);
  if (stopWords.size > 10_000) stopWords.clear();
  for (const row of rows.rows) stopWords.set(row.w, row.stop === true);
}
const isStop = (word: string) => stopWords.get(word) === true;

/** The WHERE condition of a query (stop words known): the indexed tsquery, then the exact checks. */
function matchSql(query: ParsedQuery): RawBuilder<boolean> {
  const indexed: RawBuilder<unknown>[] = [];
  const lexemes = query.words.filter((w) => !w.prefix && !isStop(w.folded)).map((w) => tsLexeme(w.folded));
  if (lexemes.length) indexed.push(sql`to_tsquery('essor_french', ${lexemes.join(' & ')})`);
  for (const p of query.phrases) if (!p.every(isStop)) indexed.push(sql`phraseto_tsquery('essor_french', ${p.join(' ')})`);
  const parts: RawBuilder<unknown>[] = indexed.length ? [sql`d.tsv @@ (${sql.join(indexed, sql` && `)})`] : [];
  // The tsvector holds stems without stop words: "coopérat" is no prefix of "cooper", "des" is not there.
  for (const w of query.words) if (w.prefix || isStop(w.folded)) parts.push(wordMatch(w));
  for (const p of query.phrases) parts.push(inText(foldedRegex(p, false)));
  for (const w of query.excluded) parts.push(sql`NOT ${wordMatch({ ...w, prefix: false })}`);
  return parts.length ? sql<boolean>`(${sql.join(parts, sql` AND `)})` : sql<boolean>`false`;
}

/** Instances in the title weigh `titleWeight` times those in the body, as in SQLite's bm25 call. */
const weighted = (title: RawBuilder<number>, body: RawBuilder<number>) => sql<number>`(${RANKING.titleWeight}::float8 * ${title} + ${body})`;

/**
 * The phrases that FTS5's bm25 scores, in its order: each word as written and by its stem, then each
 * quoted phrase. `tf` counts a row's instances (titles weighing more), `hits` tells a row that holds one.
 */
function scoredPhrases(query: ParsedQuery): { tf: RawBuilder<number>; hits: RawBuilder<boolean> }[] {
  return [
    ...query.words.flatMap((w) => {
      const asWritten = foldedRegex([w.folded], w.prefix);
      // A word as written has the same PostgreSQL stem as the query word: the tsvector skips the other rows quickly.
      const candidate = w.prefix || isStop(w.folded) ? sql`true` : sql`d.tsv @@ to_tsquery('essor_french', ${tsLexeme(w.folded)})`;
      return [
        { tf: weighted(countIn(sql`d.title`, asWritten), countIn(sql`d.body`, asWritten)), hits: sql<boolean>`(${candidate} AND ${inText(asWritten)})` },
        { tf: weighted(stemCountIn(sql`d.title_stems`, w.stem, w.prefix), stemCountIn(sql`d.body_stems`, w.stem, w.prefix)), hits: inStems(w.stem, w.prefix) },
      ];
    }),
    ...query.phrases.map((p) => {
      const re = foldedRegex(p, false);
      return { tf: weighted(countIn(sql`d.title`, re), countIn(sql`d.body`, re)), hits: inText(re) };
    }),
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

/** bm25 of a row whose counts are columns tf0, tf1…: Σ idf · tf·(k1+1) / (tf + k1·(1 − b + b·words/average)). */
function bm25Sql(idf: number[], avgLength: number): RawBuilder<number> {
  const [k1, b] = [1.2, 0.75]; // FTS5's constants
  const norm = sql`(${k1}::float8 * (${1 - b}::float8 + ${b}::float8 * ${WORD_COUNT} / ${avgLength}::float8))`;
  const terms = idf.map((w, i) => sql`${w}::float8 * (${sql.ref(`d.tf${i}`)} * ${k1 + 1}::float8) / (${sql.ref(`d.tf${i}`)} + ${norm})`);
  return terms.length ? sql<number>`(${sql.join(terms, sql` + `)})` : sql<number>`0`;
}

const RECENCY = sql`(1.0 + ${RANKING.recencyBoost}::float8 * greatest(0.0, 1.0 - extract(epoch from (now() - d.date::timestamptz)) / 86400.0 / ${RANKING.recencyDays}::float8))`;

function filterSql(filters: SearchFilters, skip?: FacetName): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`d.visibility IN (${sql.join(filters.visibilities)})`];
  if (skip !== 'type' && filters.types.length) parts.push(sql`d.doc_type IN (${sql.join(filters.types)})`);
  if (skip !== 'member_kind' && filters.memberKind) parts.push(sql`d.member_kind = ${filters.memberKind}`);
  if (skip !== 'region' && filters.regionCode) parts.push(sql`d.region_code = ${filters.regionCode}`);
  if (skip !== 'year' && filters.year !== undefined) parts.push(sql`d.year = ${filters.year}`);
  return sql.join(parts, sql` AND `);
}

/** Each facet's column, and its order among equal counts (byte order for text, as SQLite sorts). */
const FACET_COLUMNS: Record<FacetName, { column: RawBuilder<unknown>; order: RawBuilder<unknown> }> = {
  type: { column: sql`d.doc_type`, order: sql`d.doc_type COLLATE "C"` },
  member_kind: { column: sql`d.member_kind`, order: sql`d.member_kind COLLATE "C"` },
  region: { column: sql`d.region_code`, order: sql`d.region_code COLLATE "C"` },
  year: { column: sql`d.year`, order: sql`d.year` },
};

export const postgresSearchEngine: SearchEngine = {
  async page(db: Db, query: ParsedQuery, filters: SearchFilters, limit: number, offset: number) {
    await loadStopWords(db, query);
    const where = sql`${matchSql(query)} AND ${filterSql(filters)}`;
    const phrases = scoredPhrases(query);
    // One pass over the table: what bm25 needs (rows, average length, rows holding each phrase) and the total.
    const hits = phrases.map((p, i) => sql`, count(*) FILTER (WHERE ${p.hits}) AS ${sql.ref(`h${i}`)}`);
    const stats = await sql<Record<string, string | number>>`
      SELECT count(*) AS n, coalesce(avg(${WORD_COUNT}), 1) AS avg_length, count(*) FILTER (WHERE ${where}) AS total${sql.join(hits, sql``)}
      FROM search_documents d`.execute(db);
    const row = stats.rows[0]!;
    const total = Number(row.total);
    if (total === 0 || offset >= total) return { hits: [], total };
    const idf = phrases.map((_, i) => bm25Idf(Number(row.n), Number(row[`h${i}`])));
    // The counts of the matching rows, computed once each (OFFSET 0 keeps the subquery apart).
    const tf = phrases.map((p, i) => sql`, ${p.tf} AS ${sql.ref(`tf${i}`)}`);
    const rows = await sql<SearchHit>`
      SELECT d.id, d.doc_type AS "docType", d.doc_id AS "docId", d.slug, d.title, d.body, d.date,
             d.member_kind AS "memberKind", d.region_code AS "regionCode", d.year
      FROM (SELECT d.*${sql.join(tf, sql``)} FROM search_documents d WHERE ${where} OFFSET 0) d
      ORDER BY ${bm25Sql(idf, Number(row.avg_length) || 1)} * ${RECENCY} DESC, d.id
      LIMIT ${limit} OFFSET ${offset}`.execute(db);
    return { hits: rows.rows, total };
  },

  async facet(db: Db, query: ParsedQuery, filters: SearchFilters, facet: FacetName) {
    await loadStopWords(db, query);
    const { column, order } = FACET_COLUMNS[facet];
    const rows = await sql<{ value: string | number | null; count: string | number }>`
      SELECT ${column} AS value, count(*) AS count
      FROM search_documents d
      WHERE ${matchSql(query)} AND ${filterSql(filters, facet)} AND ${column} IS NOT NULL
      GROUP BY ${column} ORDER BY count(*) DESC, ${order}`.execute(db);
    return rows.rows.map((r) => ({ value: String(r.value), count: Number(r.count) }));
  },
};
