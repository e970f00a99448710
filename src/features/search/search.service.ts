/**
 * Search: parses the query, asks the database's engine for a page of results and the facet
 * counts (all restricted to what the viewer may see; bounded for very common words:
 * search.bounded.ts), then adds snippets, linked members and, when nothing matches, a spelling
 * suggestion.
 */
import type { Database } from '../../db/database.ts';
import type { DialectHelpers } from '../../db/dialects/helpers.ts';
import { listThemes } from '../themes/themes.repository.ts';
import { hitsOf, MATCH_CAP, rankCandidates, stemmedTextOf } from './search.bounded.ts';
import { perDatabase, searchVersion } from './search.cache.ts';
import { groupRows, tally, type FacetCounts, type FacetGroup } from './search.counts.ts';
import type { SampleRow, SearchEngine, SearchFilters, SearchHit } from './search.engine.ts';
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
  /** A theme's slug; an unknown one matches nothing. */
  themeSlug?: string | undefined;
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
  /** Exact, or a lower bound when `approximate.total` (search.bounded.ts). */
  total: number;
  page: number;
  pageCount: number;
  /** Theme values are theme slugs. */
  facets: FacetCounts;
  /**
   * Set when the query matched more than `sampleSize` documents: the total is then a lower bound,
   * the ranking and, for `facets`, the counts cover the `sampleSize` most recent matches only.
   */
  approximate: { total: boolean; facets: boolean };
  sampleSize: number;
  suggestion: string | null;
}

/** The engine of the database in use. */
export function searchEngineFor(helpers: DialectHelpers): SearchEngine {
  return helpers.name === 'postgres' ? postgresSearchEngine : sqliteSearchEngine;
}

const NO_FACETS: FacetCounts = { type: [], member_kind: [], region: [], year: [], theme: [] };

/** Facet groups of a query's sample, and whether the sample holds every match. */
interface Groups {
  groups: FacetGroup[];
  complete: boolean;
}

const groupsCache = perDatabase<Groups>(256);

/** The groups of at most MATCH_CAP matches, and whether that was all of them. */
function groupsOf(rows: SampleRow[]): Groups {
  return { groups: groupRows(rows.slice(0, MATCH_CAP)), complete: rows.length <= MATCH_CAP };
}

const hasFilters = (f: SearchFilters) => f.types.length > 0 || Boolean(f.memberKind) || Boolean(f.regionCode) || f.year !== undefined || f.themeId !== undefined;

/**
 * Up to MATCH_CAP + 1 matches passing the filters, newest first: the candidates of ranking, and the
 * query they match. The word being typed is first looked up as a whole word: when that alone
 * matches more than MATCH_CAP documents, its completions are not (expanding a prefix means merging
 * the lists of every word it begins, the costliest step of matching), and the results, beyond
 * the bound, are approximate anyway.
 */
export async function candidatesOf(database: Database, query: ParsedQuery, filters: SearchFilters): Promise<{ query: ParsedQuery; rows: SampleRow[] }> {
  const engine = searchEngineFor(database.helpers);
  if (query.words.some((w) => w.prefix)) {
    const whole = { ...query, words: query.words.map((w) => ({ ...w, prefix: false })) };
    const rows = await engine.sample(database.db, whole, filters, MATCH_CAP + 1);
    if (rows.length > MATCH_CAP) return { query: whole, rows };
  }
  return { query, rows: await engine.sample(database.db, query, filters, MATCH_CAP + 1) };
}

/**
 * Whether a word of the query (as a whole word) is held by more than MATCH_CAP documents: the
 * engines' bm25 would then read its whole list, for its weight.
 */
async function hasCommonWord(database: Database, query: ParsedQuery): Promise<boolean> {
  const engine = searchEngineFor(database.helpers);
  for (const word of query.words) if (await engine.isCommon(database.db, { ...word, prefix: false }, MATCH_CAP)) return true;
  return false;
}

/**
 * A page of the candidates, best first, and their total: every match ranked by the engine when
 * they are MATCH_CAP at most and their words rarer than that, else here (search.bounded.ts): the
 * MATCH_CAP most recent ones, or all of them.
 */
export async function rankedPage(database: Database, query: ParsedQuery, filters: SearchFilters, candidates: SampleRow[], limit: number, offset: number, version?: string) {
  const { db, helpers } = database;
  const engine = searchEngineFor(helpers);
  const complete = candidates.length <= MATCH_CAP;
  const total = complete ? candidates.length : MATCH_CAP;
  if (offset >= total) return { hits: [], total, complete };
  if (complete && !(await hasCommonWord(database, query))) return { hits: await engine.page(db, query, filters, limit, offset, version), total, complete };
  const sample = candidates.slice(0, MATCH_CAP);
  const ranked = rankCandidates(query, sample, await stemmedTextOf(db, sample.map((c) => c.id)));
  return { hits: await hitsOf(db, ranked.slice(offset, offset + limit)), total, complete };
}

/** The facet groups of a query for these visibilities: from the candidates when no filter narrowed them, cached per index version. */
async function facetGroups(database: Database, query: ParsedQuery, filters: SearchFilters, candidates: SampleRow[], version: string | undefined): Promise<Groups> {
  const { db } = database;
  const key = JSON.stringify([query.words, query.phrases, query.excluded, filters.visibilities]);
  let groups = groupsCache(db).get(version, key);
  if (!groups) {
    groups = groupsOf(hasFilters(filters) ? (await candidatesOf(database, query, { types: [], visibilities: filters.visibilities })).rows : candidates);
    groupsCache(db).set(version, key, groups);
  }
  return groups;
}

/** A page of results, the total and the facets, exact up to MATCH_CAP matches, approximate and labelled as such beyond. */
async function rankAndCount(database: Database, query: ParsedQuery, filters: SearchFilters, limit: number, offset: number) {
  // The version first: groups cached under it may be newer than it, never older.
  const version = await searchVersion(database.db);
  const matched = await candidatesOf(database, query, filters);
  const groups = await facetGroups(database, query, filters, matched.rows, version);
  const { hits, total, complete } = await rankedPage(database, matched.query, filters, matched.rows, limit, offset, version);
  return { hits, total, facets: tally(groups.groups, filters).facets, approximate: { total: !complete, facets: !groups.complete }, version };
}

export async function search(database: Database, request: SearchRequest): Promise<SearchResponse> {
  const query = parseQuery(request.q);
  const empty = { query, results: [], total: 0, page: request.page, pageCount: 1, facets: NO_FACETS, approximate: { total: false, facets: false }, sampleSize: MATCH_CAP, suggestion: null };
  if (!isSearchable(query)) return { ...empty, searchable: false };
  const { db } = database;
  const themes = await listThemes(db);
  const filters: SearchFilters = {
    types: request.types ?? [],
    memberKind: request.memberKind,
    regionCode: request.regionCode,
    year: request.year,
    themeId: request.themeSlug === undefined ? undefined : (themes.find((t) => t.slug === request.themeSlug)?.id ?? -1),
    visibilities: visibleTo(request.viewer),
  };
  const offset = (request.page - 1) * request.pageSize;
  const { hits, total, facets, approximate, version } = await rankAndCount(database, query, filters, request.pageSize, offset);
  // Theme ids become slugs; equal counts in the themes' own order.
  const themeOf = new Map(themes.map((t, i) => [String(t.id), { slug: t.slug, rank: i }]));
  const themeFacet = facets.theme.filter((f) => themeOf.has(f.value)).sort((a, b) => b.count - a.count || themeOf.get(a.value)!.rank - themeOf.get(b.value)!.rank);
  const namedFacets = { ...facets, theme: themeFacet.map((f) => ({ ...f, value: themeOf.get(f.value)!.slug })) };
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
  const pageCount = Math.max(1, Math.ceil(total / request.pageSize));
  return { query, searchable: true, results, total, page: request.page, pageCount, facets: namedFacets, approximate, sampleSize: MATCH_CAP, suggestion };
}
