/**
 * Bounded search: what a query costs must not grow with the number of its matches. A common word
 * matches a large part of the index (60,000 to 140,000 of 200,000 documents), and scoring and
 * counting every match would take hundreds of milliseconds. So search reads at most `MATCH_CAP + 1`
 * matches, the most recently indexed first, in the full-text index's own order (engines'
 * `sample()`, which stops early):
 *
 * - up to `MATCH_CAP` matches, everything is exact: the total, every facet, and the ranking by the
 *   engine's bm25 over all the matches;
 * - beyond, the total is a lower bound ("plus de 500 résultats"), facets count the `MATCH_CAP`
 *   most recent matches (labelled as such), and these are ranked here, in TypeScript, from their
 *   stemmed text: bm25's term frequency (titles weighing `titleWeight`) and length normalisation,
 *   every word weighing alike (its rarity across the whole index is what costs most to know), times
 *   the same boost for recent documents. Both databases rank the same candidates alike;
 * - a filter applies before the bound, but reading every match to find the few that pass a narrow
 *   filter would cost as much as counting them all: with a filter, the `EXAMINE_CAP` most recent
 *   matches are examined at most, in one walk whose first ones give the facets (`walkWithin`).
 *   When that cuts the walk short with fewer than `MATCH_CAP` passing, the total is a lower bound
 *   and the page says which matches were examined.
 */
import { listHitRows, listStemmedText } from '../search.repository.ts';
import type { Db } from '../../../db/database.ts';
import { sql } from 'kysely';
import {
  RANKING,
  SAMPLE_COLUMNS,
  searchFilterSql,
  toSampleRows,
  type SampleRow,
  type SearchEngine,
  type SearchFilters,
  type SearchHit,
} from './search.engine.ts';
import type { ParsedQuery } from './search.query.ts';
import { stemWord } from './search.text.ts';

/**
 * Matches read at most per query (the most recently indexed first). 500 rather than 1,000 halves
 * the cost of a common word (reading and ranking the matches' stemmed text) and brings p95 under
 * 20 ms at 200,000 documents (bench/search.ts); it also means at most 50 pages of 10 results.
 */
export const MATCH_CAP = 500;

/** Matches examined at most (the most recently indexed first) to find those that pass a filter. */
export const EXAMINE_CAP = 2000;

const [K1, B] = [1.2, 0.75]; // bm25's constants, as in FTS5

/** Occurrences of ` pattern` in ` text `, by the native string search (no split: ranking reads a thousand texts). */
function occurrences(text: string, pattern: string): number {
  let n = 0;
  for (let i = text.indexOf(pattern); i !== -1; i = text.indexOf(pattern, i + pattern.length - 1)) n++;
  return n;
}

/** The patterns of the scored terms in a stemmed column padded with spaces: a word's stem (the word being typed: stems it begins), a phrase's stems side by side. */
function patternsOf(query: ParsedQuery): string[] {
  return [
    ...query.words.map((w) => (w.prefix ? ` ${w.stem}` : ` ${w.stem} `)),
    ...query.phrases.map((p) => ` ${p.map(stemWord).join(' ')} `),
  ];
}

/** The recency factor of both engines: up to `recencyBoost` more for today's documents, none after `recencyDays`. */
export function recencyFactor(date: string, now: number): number {
  const days = (now - Date.parse(date)) / 86_400_000;
  return 1 + RANKING.recencyBoost * Math.max(0, 1 - days / RANKING.recencyDays);
}

/**
 * The candidates' ids, best first: bm25 without inverse document frequency over their stemmed
 * title and body, times the recency factor; equal scores by id, as the engines break ties.
 */
export function rankCandidates(
  query: ParsedQuery,
  candidates: SampleRow[],
  stems: Map<number, { title: string; body: string }>,
  now = Date.now(),
): number[] {
  const patterns = patternsOf(query);
  const docs = candidates.map((c) => {
    const text = stems.get(c.id) ?? { title: '', body: '' };
    const [title, body] = [` ${text.title} `, ` ${text.body} `];
    // Length in characters: proportional to the number of words, without counting them.
    return {
      id: c.id,
      date: c.date,
      length: title.length + body.length,
      tf: patterns.map((p) => RANKING.titleWeight * occurrences(title, p) + occurrences(body, p)),
    };
  });
  const average = docs.reduce((sum, d) => sum + d.length, 0) / Math.max(1, docs.length) || 1;
  const scored = docs.map((d) => {
    const norm = K1 * (1 - B + (B * d.length) / average);
    const score = d.tf.reduce((sum, tf) => sum + (tf * (K1 + 1)) / (tf + norm), 0);
    return { id: d.id, score: score * recencyFactor(d.date, now) };
  });
  scored.sort((a, b) => b.score - a.score || a.id - b.id);
  return scored.map((s) => s.id);
}

/** The stemmed title and body of some documents (narrow text: their plain text is not read). */
export async function stemmedTextOf(db: Db, ids: number[]): Promise<Map<number, { title: string; body: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await listStemmedText(db, ids);
  return new Map(rows.map((r) => [Number(r.id), { title: r.title_stems, body: r.body_stems }]));
}

/** Documents by id, in the order given. */
export async function hitsOf(db: Db, ids: number[]): Promise<SearchHit[]> {
  if (ids.length === 0) return [];
  const rows = await listHitRows(db, ids);
  const byId = new Map(rows.map((r) => [Number(r.id), { ...r, id: Number(r.id) }]));
  return ids.map((id) => byId.get(id)).filter((hit): hit is SearchHit => hit !== undefined);
}

/**
 * One walk of the `examine + 1` most recent matches the viewer may see, newest first (the last one
 * only tells whether there are more), kept apart once, and out of it: `recent`, the first `limit`
 * of them, filters aside (the facets' sample); `rows`, up to `limit` of the first `examine` that
 * pass the filters; `cut` when fewer than `limit` passed and more than `examine` matched, so that
 * the number found is a lower bound. Filtering is done by the database: a walk is thousands of rows.
 */
export async function walkWithin(
  db: Db,
  engine: SearchEngine,
  query: ParsedQuery,
  filters: SearchFilters,
  limit: number,
  examine: number,
): Promise<{ recent: SampleRow[]; rows: SampleRow[]; cut: boolean }> {
  const matches = engine.recentMatches(query, filters.visibilities, examine + 1);
  const found = await engine.walking(db, matches, examine + 1, (walker) =>
    sql<SampleRow & { part: string; walked: number | string }>`
    WITH m AS MATERIALIZED (${matches})
    SELECT * FROM (SELECT 'recent' AS part, (SELECT count(*) FROM m) AS walked, ${SAMPLE_COLUMNS} FROM m d ORDER BY d.id DESC LIMIT ${limit}) r
    UNION ALL
    SELECT * FROM (SELECT 'passing' AS part, (SELECT count(*) FROM m) AS walked, ${SAMPLE_COLUMNS} FROM m d
      WHERE ((SELECT count(*) FROM m) <= ${examine} OR d.id <> (SELECT min(id) FROM m)) AND ${searchFilterSql(filters)}
      ORDER BY d.id DESC LIMIT ${limit}) p`.execute(walker),
  );
  const part = (name: string) =>
    toSampleRows(found.rows.filter((r) => r.part === name).map(({ part: _, walked: __, ...row }) => row)).sort((a, b) => b.id - a.id);
  const walked = Number(found.rows[0]?.walked ?? 0);
  const rows = part('passing');
  return { recent: part('recent'), rows, cut: rows.length < limit && walked > examine };
}
