/**
 * Search: parses the query, asks the database's engine for a page of results and the facet
 * counts (all restricted to what the viewer may see), then adds snippets, linked members and,
 * when nothing matches, a spelling suggestion.
 */
import type { Database } from '../../db/database.ts';
import type { DialectHelpers } from '../../db/dialects/helpers.ts';
import { perDatabase, searchVersion } from './search.cache.ts';
import { tally, type FacetCounts, type FacetGroup } from './search.counts.ts';
import type { SearchEngine, SearchFilters, SearchHit } from './search.engine.ts';
import { postgresSearchEngine } from './search.engine.postgres.ts';
import { sqliteSearchEngine } from './search.engine.sqlite.ts';
import { visibleTo, type Viewer } from './search.policy.ts';
import { isSearchable, parseQuery, type ParsedQuery } from './search.query.ts';
import { highlightTitle, makeSnippet } from './search.snippet.ts';
import { suggestQuery } from './search.suggest.ts';
import type { DocType, Visibility } from './search.table.ts';

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
  facets: FacetCounts;
  suggestion: string | null;
}

/** The engine of the database in use. */
export function searchEngineFor(helpers: DialectHelpers): SearchEngine {
  return helpers.name === 'postgres' ? postgresSearchEngine : sqliteSearchEngine;
}

const NO_FACETS: FacetCounts = { type: [], member_kind: [], region: [], year: [] };

const groupsCache = perDatabase<FacetGroup[]>(256);
/** Groups of fewer matches are cheap to count again, and not kept. */
const CACHE_FROM_MATCHES = 500;

/** Counts the facet groups of a query and keeps them for this version of the index when they were costly. */
async function countGroups(database: Database, engine: SearchEngine, query: ParsedQuery, visibilities: Visibility[], version: string | undefined, key: string): Promise<FacetGroup[]> {
  const groups = await engine.groups(database.db, query, visibilities);
  if (groups.reduce((n, g) => n + g.count, 0) >= CACHE_FROM_MATCHES) groupsCache(database.db).set(version, key, groups);
  return groups;
}

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
  const offset = (request.page - 1) * request.pageSize;
  // The version first: counts cached under it may be newer than it, never older. Common words,
  // whose counting costs most, are also the most searched: their counts come from the cache.
  const version = await searchVersion(db);
  const key = JSON.stringify([query.words, query.phrases, query.excluded, filters.visibilities]);
  const cached = groupsCache(db).get(version, key);
  const known = cached && tally(cached, filters);
  // Without cached counts, counting and ranking run at once (on PostgreSQL, on two connections).
  const [counts, ranked] = await Promise.all([
    known || countGroups(database, engine, query, filters.visibilities, version, key).then((groups) => tally(groups, filters)),
    known && known.total <= offset ? [] : engine.page(db, query, filters, request.pageSize, offset, version),
  ]);
  const { total, facets } = counts;
  const hits = total > offset ? ranked : [];
  const newsIds = hits.filter((h) => h.docType === 'news').map((h) => h.docId);
  const links = newsIds.length
    ? await db.selectFrom('news_members as nm').innerJoin('members as m', 'm.id', 'nm.member_id').select(['nm.news_id', 'm.slug', 'm.name']).where('nm.news_id', 'in', newsIds).orderBy('m.name_folded').execute()
    : [];
  const results = hits.map((hit) => ({
    ...hit,
    titleHtml: highlightTitle(hit.title, query),
    snippetHtml: makeSnippet(hit.body, query),
    members: hit.docType === 'news' ? links.filter((l) => l.news_id === hit.docId).map(({ slug, name }) => ({ slug, name })) : [],
  }));
  const suggestion = total === 0 ? await suggestQuery(db, query, filters.visibilities, version) : null;
  return { query, searchable: true, results, total, page: request.page, pageCount: Math.max(1, Math.ceil(total / request.pageSize)), facets, suggestion };
}
