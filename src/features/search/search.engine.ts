/**
 * The search engine interface: what differs between SQLite (FTS5) and PostgreSQL (tsvector)
 * sits behind it, one file per dialect (chosen in search.service.ts). Engines receive a parsed query and filters, and
 * return documents; snippets, suggestions and presentation are dialect-free (search.service.ts).
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
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
  /** A page of matching documents, best first (relevance, titles weighing more, a mild boost for recent ones). */
  page(db: Db, query: ParsedQuery, filters: SearchFilters, limit: number, offset: number): Promise<{ hits: SearchHit[]; total: number }>;
  /** Counts of matching documents per value of one facet. */
  facet(db: Db, query: ParsedQuery, filters: SearchFilters, facet: FacetName): Promise<{ value: string; count: number }[]>;
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
 * The filters as SQL on the documents table aliased `d` (the same on both databases). Visibility
 * always applies; `skip` leaves out one facet's own filter, so that a facet lists all its values.
 */
export function searchFilterSql(filters: SearchFilters, skip?: FacetName): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`d.visibility IN (${sql.join(filters.visibilities)})`];
  if (skip !== 'type' && filters.types.length) parts.push(sql`d.doc_type IN (${sql.join(filters.types)})`);
  if (skip !== 'member_kind' && filters.memberKind) parts.push(sql`d.member_kind = ${filters.memberKind}`);
  if (skip !== 'region' && filters.regionCode) parts.push(sql`d.region_code = ${filters.regionCode}`);
  if (skip !== 'year' && filters.year !== undefined) parts.push(sql`d.year = ${filters.year}`);
  return sql.join(parts, sql` AND `);
}
