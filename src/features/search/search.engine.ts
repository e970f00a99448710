/**
 * The search engine interface: what differs between SQLite (FTS5) and PostgreSQL (tsvector)
 * sits behind it, one file per dialect (chosen in search.service.ts). Engines receive a parsed query and filters, and
 * return documents; snippets, suggestions and presentation are dialect-free (search.service.ts).
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { FacetGroup } from './search.counts.ts';
import type { ParsedQuery } from './search.query.ts';
import type { DocType, Visibility } from './search.table.ts';

export interface SearchFilters {
  /** Empty: every type. */
  types: DocType[];
  memberKind?: string | undefined;
  regionCode?: string | undefined;
  year?: number | undefined;
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

export const FACETS = ['type', 'member_kind', 'region', 'year'] as const;
export type FacetName = (typeof FACETS)[number];

export interface SearchEngine {
  /**
   * A page of matching documents, best first (relevance, titles weighing more, a mild boost for
   * recent ones). `version` (search.cache.ts) lets an engine keep statistics of the index.
   */
  page(db: Db, query: ParsedQuery, filters: SearchFilters, limit: number, offset: number, version?: string): Promise<SearchHit[]>;
  /**
   * The matching documents that these visibilities allow, counted by combination of facet values in
   * one pass (search.counts.ts applies the other filters): the total and every facet come from it.
   */
  groups(db: Db, query: ParsedQuery, visibilities: Visibility[]): Promise<FacetGroup[]>;
}

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
  return sql.join(parts, sql` AND `);
}

/** The visibility filter alone, on the documents table aliased `d`. */
export function visibilitySql(visibilities: Visibility[]): RawBuilder<unknown> {
  return sql`d.visibility IN (${sql.join(visibilities)})`;
}

/** Database rows of facet groups, as both engines select them (PostgreSQL counts come as text). */
export function toFacetGroups(rows: { type: string; memberKind: string | null; region: string | null; year: number | null; count: number | string }[]): FacetGroup[] {
  return rows.map((r) => ({ type: r.type, memberKind: r.memberKind, region: r.region, year: r.year === null ? null : Number(r.year), count: Number(r.count) }));
}
