/**
 * The search engine interface: what differs between SQLite (FTS5) and PostgreSQL (tsvector)
 * sits behind it, one file per dialect (chosen in search.service.ts). Engines receive a parsed query and filters, and
 * return documents; snippets, suggestions and presentation are dialect-free (search.service.ts).
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../../db/database.ts';
import type { ParsedQuery, QueryWord } from './search.query.ts';
import type { DocType, Visibility } from '../search.table.ts';

export interface SearchFilters {
  /** Empty: every type. */
  types: DocType[];
  memberKind?: string | undefined;
  regionCode?: string | undefined;
  year?: number | undefined;
  /** A theme's id (search.themes.ts: only links the viewer may see count). */
  themeId?: number | undefined;
  /** What the viewer may see; never empty. */
  visibilities: Visibility[];
}

export interface SearchHit {
  id: number;
  docType: DocType;
  docId: number;
  slug: string;
  title: string;
  body: string;
  date: string;
  memberKind: string | null;
  regionCode: string | null;
  year: number | null;
}

export const FACETS = ['type', 'member_kind', 'region', 'year', 'theme'] as const;
export type FacetName = (typeof FACETS)[number];

/** Whether a document (aliased `d`) is linked to a theme in a way these visibilities allow (same SQL on both databases; tokens: search.themes.ts). */
export function themeFilterSql(themeId: number, visibilities: Visibility[]): RawBuilder<boolean> {
  const tokens = [String(themeId), ...visibilities.filter((v) => v !== 'public').map((v) => `${themeId}:${v}`)];
  return sql<boolean>`(${sql.join(
    tokens.map((t) => sql`(' ' || d.themes || ' ') LIKE ${`% ${t} %`}`),
    sql` OR `,
  )})`;
}

/** A matching document's narrow columns: what facets count and what the first stage of ranking reads. */
export interface SampleRow {
  id: number;
  type: string;
  memberKind: string | null;
  region: string | null;
  year: number | null;
  /** Theme tokens (search.themes.ts). */
  themes: string;
  date: string;
}

export interface SearchEngine {
  /**
   * Words being typed of at most this many characters find their completions in one list of the
   * index; longer ones merge the lists of every word they begin (0: none indexed apart).
   */
  indexedPrefix: number;
  /**
   * The ids of a page of matching documents, best first (relevance, titles weighing more, a mild boost for
   * recent ones), ranking every match: search.service.ts calls it when the matches are few enough
   * (search.bounded.ts). `version` (search.cache.ts) lets an engine keep statistics of the index.
   */
  page(db: Db, query: ParsedQuery, filters: SearchFilters, limit: number, offset: number, version?: string): Promise<number[]>;
  /**
   * The `limit` most recently indexed matching documents that pass the filters (visibility
   * included), newest first, read through the full-text index in its own order (no scoring):
   * cheap whatever the number of matches, since it stops after `limit`.
   */
  sample(db: Db, query: ParsedQuery, filters: SearchFilters, limit: number): Promise<SampleRow[]>;
  /**
   * Whether more than `limit` documents (of any visibility: nothing is shown) hold a word, as written
   * or by its stem, counted through the index up to `limit + 1`: bm25 over all matches would read
   * the whole list of such a word.
   */
  isCommon(db: Db, word: QueryWord, limit: number): Promise<boolean>;
  /**
   * A SELECT of `EXAMINED_COLUMNS`: the `examine` most recently indexed matching documents that
   * the viewer may see, newest first, read through the full-text index in its own order.
   */
  recentMatches(query: ParsedQuery, visibilities: Visibility[], examine: number): RawBuilder<unknown>;
  /** Runs the statements of a walk (`statement`, looking for `wanted` matches: `recentMatches`) as the engine needs them planned. */
  walking<T>(db: Db, statement: RawBuilder<unknown>, wanted: number, run: (db: Db) => Promise<T>): Promise<T>;
}

/** Columns of `SearchEngine.recentMatches`, the documents table aliased `d`: what the filters test. */
export const EXAMINED_COLUMNS = sql`d.id, d.visibility, d.doc_type, d.member_kind, d.region_code, d.year, d.date, d.themes`;

/** Weights shared by both engines, so that they rank alike. */
export const RANKING = {
  /** How much more a match in the title counts than one in the body. */
  titleWeight: 5,
  /** At most this much extra score for a document from today, fading to none over `recencyDays`. */
  recencyBoost: 0.25,
  recencyDays: 1825,
} as const;

/**
 * The filters as SQL on the documents table aliased `d` (the same on both databases), visibility
 * included; search.counts.ts applies the same tests to facet groups.
 */
export function searchFilterSql(filters: SearchFilters): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [visibilitySql(filters.visibilities)];
  if (filters.types.length) parts.push(sql`d.doc_type IN (${sql.join(filters.types)})`);
  if (filters.memberKind) parts.push(sql`d.member_kind = ${filters.memberKind}`);
  if (filters.regionCode) parts.push(sql`d.region_code = ${filters.regionCode}`);
  if (filters.year !== undefined) parts.push(sql`d.year = ${filters.year}`);
  if (filters.themeId !== undefined) parts.push(themeFilterSql(filters.themeId, filters.visibilities));
  return sql.join(parts, sql` AND `);
}

/** The visibility filter alone, on the documents table aliased `d`. */
export function visibilitySql(visibilities: Visibility[]): RawBuilder<unknown> {
  return sql`d.visibility IN (${sql.join(visibilities)})`;
}

/** Columns of a sample row, on the documents table aliased `d` (the same on both databases). */
export const SAMPLE_COLUMNS = sql`d.id, d.doc_type AS type, d.member_kind AS "memberKind", d.region_code AS region, d.year, d.themes, d.date`;

/** Sample rows as both databases return them (PostgreSQL may return numbers as text). */
export function toSampleRows(rows: SampleRow[]): SampleRow[] {
  return rows.map((r) => ({ ...r, id: Number(r.id), year: r.year === null ? null : Number(r.year) }));
}
