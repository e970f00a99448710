/**
 * Search: parses the query, asks the database's engine for a page of results and the facet
 * counts (all restricted to what the viewer may see), then adds snippets, linked members and,
 * when nothing matches, a spelling suggestion.
 */
import type { Database } from '../../db/database.ts';
import type { DialectHelpers } from '../../db/dialects/helpers.ts';
import { FACETS, type FacetName, type SearchEngine, type SearchFilters, type SearchHit } from './search.engine.ts';
import { postgresSearchEngine } from './search.engine.postgres.ts';
import { sqliteSearchEngine } from './search.engine.sqlite.ts';
import { visibleTo, type Viewer } from './search.policy.ts';
import { isSearchable, parseQuery, type ParsedQuery } from './search.query.ts';
import { highlightTitle, makeSnippet } from './search.snippet.ts';
import { suggestQuery } from './search.suggest.ts';
import type { DocType } from './search.table.ts';

export interface SearchRequest {
  q: string;
  types?: DocType[];
  memberKind?: string | undefined;
  regionCode?: string | undefined;
  year?: number | undefined;
  page: number;
  pageSize: number;
  viewer: Viewer;
}

export interface SearchResult extends SearchHit {
  /** Escaped HTML with <mark> around matched words. */
  titleHtml: string;
  snippetHtml: string;
  /** Members linked to a news item. */
  members: { slug: string; name: string }[];
}

export interface SearchResponse {
  query: ParsedQuery;
  searchable: boolean;
  results: SearchResult[];
  total: number;
  page: number;
  pageCount: number;
  facets: Record<FacetName, { value: string; count: number }[]>;
  suggestion: string | null;
}

/** The engine of the database in use. */
export function searchEngineFor(helpers: DialectHelpers): SearchEngine {
  return helpers.name === 'postgres' ? postgresSearchEngine : sqliteSearchEngine;
}

const NO_FACETS: Record<FacetName, { value: string; count: number }[]> = { type: [], member_kind: [], region: [], year: [] };

export async function search(database: Database, request: SearchRequest): Promise<SearchResponse> {
  const query = parseQuery(request.q);
  const empty = { query, results: [], total: 0, page: request.page, pageCount: 1, facets: NO_FACETS, suggestion: null };
  if (!isSearchable(query)) return { ...empty, searchable: false };
  const { db, helpers } = database;
  const engine = searchEngineFor(helpers);
  const filters: SearchFilters = {
    types: request.types ?? [],
    memberKind: request.memberKind,
    regionCode: request.regionCode,
    year: request.year,
    visibilities: visibleTo(request.viewer),
  };
  const [page, ...facetLists] = await Promise.all([
    engine.page(db, query, filters, request.pageSize, (request.page - 1) * request.pageSize),
    ...FACETS.map((f) => engine.facet(db, query, filters, f)),
  ]);
  const facets = Object.fromEntries(FACETS.map((f, i) => [f, facetLists[i]!])) as SearchResponse['facets'];
  const newsIds = page.hits.filter((h) => h.docType === 'news').map((h) => h.docId);
  const links = newsIds.length
    ? await db.selectFrom('news_members as nm').innerJoin('members as m', 'm.id', 'nm.member_id').select(['nm.news_id', 'm.slug', 'm.name']).where('nm.news_id', 'in', newsIds).orderBy('m.name_folded').execute()
    : [];
  const results = page.hits.map((hit) => ({
    ...hit,
    titleHtml: highlightTitle(hit.title, query),
    snippetHtml: makeSnippet(hit.body, query),
    members: hit.docType === 'news' ? links.filter((l) => l.news_id === hit.docId).map(({ slug, name }) => ({ slug, name })) : [],
  }));
  const suggestion = page.total === 0 ? await suggestQuery(db, query, filters.visibilities) : null;
  return { query, searchable: true, results, total: page.total, page: request.page, pageCount: Math.max(1, Math.ceil(page.total / request.pageSize)), facets, suggestion };
}
