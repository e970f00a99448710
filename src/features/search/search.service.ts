/**
 * Search: parses the query, asks the database's engine for a page of results and the facet
 * counts (all restricted to what the viewer may see; bounded for very common words:
 * search.bounded.ts), then adds snippets, linked members and, when nothing matches, a spelling
 * suggestion.
 */
import type { Database } from '../../db/database.ts';
import type { DialectHelpers } from '../../db/dialects/helpers.ts';
import { getTerritoryFinder } from '../territories/territories.public.ts';
import { listThemes } from '../themes/themes.public.ts';
import { EXAMINE_CAP, hitsOf, MATCH_CAP, rankCandidates, stemmedTextOf, walkWithin } from './engine/search.bounded.ts';
import { perDatabase, resultsVersion, searchVersion } from './search.cache.ts';
import { groupRows, tally, type FacetCounts, type FacetGroup } from './engine/search.counts.ts';
import type { SampleRow, SearchEngine, SearchFilters, SearchHit } from './engine/search.engine.ts';
import { postgresSearchEngine } from './engine/search.engine.postgres.ts';
import { sqliteSearchEngine } from './engine/search.engine.sqlite.ts';
import { visibleTo, type Viewer } from './search.policy.ts';
import { listNewsMemberLinks } from './search.repository.ts';
import { isSearchable, parseQuery, type ParsedQuery, type QueryWord } from './engine/search.query.ts';
import { highlightTitle, makeSnippet } from './engine/search.snippet.ts';
import { suggestQuery } from './engine/search.suggest.ts';
import { stemWord } from './engine/search.text.ts';
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
  /**
   * Set when a filter was tested on this many of the most recent matches only, more matching:
   * `total` (below `sampleSize`) is then a lower bound, and may be 0.
   */
  examined: number | null;
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
  /** The query the matches were found with (the word being typed completed or not: `candidatesOf`). */
  query: ParsedQuery;
}

const groupsCache = perDatabase<Groups>(256);

/** The groups of at most MATCH_CAP matches, and whether that was all of them. */
function groupsOf(rows: SampleRow[]): Omit<Groups, 'query'> {
  return { groups: groupRows(rows.slice(0, MATCH_CAP)), complete: rows.length <= MATCH_CAP };
}

const hasFilters = (f: SearchFilters) =>
  f.types.length > 0 || Boolean(f.memberKind) || Boolean(f.regionCode) || f.year !== undefined || f.themeId !== undefined;

/**
 * Matches to rank: up to MATCH_CAP + 1, newest first, the query they match, and whether a filtered
 * walk was cut short (search.bounded.ts). A filtered walk also gives the first MATCH_CAP + 1 matches
 * it walked, filters aside (the facets' sample).
 */
export interface Candidates {
  query: ParsedQuery;
  rows: SampleRow[];
  cut: boolean;
  walked?: SampleRow[];
}

const commonCache = perDatabase<boolean>(1024);

/** Whether a word (as a whole word) is held by more than MATCH_CAP documents (engines' `isCommon`), cached per index version. */
async function isCommonWord(database: Database, word: QueryWord, version: string | undefined): Promise<boolean> {
  const key = `${word.folded} ${word.stem}`;
  let common = commonCache(database.db).get(version, key);
  if (common === undefined) {
    common = await searchEngineFor(database.helpers).isCommon(database.db, { ...word, prefix: false }, MATCH_CAP);
    commonCache(database.db).set(version, key, common);
  }
  return common;
}

/**
 * A word being typed of more characters than this is taken as written when, as written, the query
 * finds something: "Communauté" does not also look for "communautaire", and "communicat" is
 * completed. Completing it would merge the lists of every word it begins, the costliest step of
 * matching (tens of milliseconds over 200,000 documents for "communaut"). Shorter ones always
 * complete. The same on both databases, so that they find the same documents.
 */
export const COMPLETE_UP_TO = 6;

/**
 * Up to MATCH_CAP + 1 matches passing the filters, newest first: the candidates of ranking, and the
 * query they match. The word being typed matches as a prefix. When it is longer than the prefixes
 * the engine indexes apart, it is first looked up as a whole word, and its completions are not
 * looked for when that alone matches more than MATCH_CAP documents (the results, beyond the bound,
 * are approximate anyway) or, for a word longer than COMPLETE_UP_TO, when it matches any. With
 * `examine`, only that many of the most recent matches are examined (`walkMatches`), and these,
 * filters aside, decide.
 */
export async function candidatesOf(database: Database, query: ParsedQuery, filters: SearchFilters, examine?: number): Promise<Candidates> {
  const engine = searchEngineFor(database.helpers);
  const typing = query.words.find((w) => w.prefix);
  const length = typing ? Math.max([...typing.folded].length, [...typing.stem].length) : 0;
  if (typing && length > engine.indexedPrefix) {
    const whole = { ...query, words: query.words.map((w) => ({ ...w, prefix: false })) };
    const found = await walkMatches(database, whole, filters, examine);
    const matches = (found.walked ?? found.rows).length;
    if (matches > MATCH_CAP || (length > COMPLETE_UP_TO && matches > 0)) return found;
  }
  return walkMatches(database, query, filters, examine);
}

/**
 * The matches of a query as it is (no choice about the word being typed): up to MATCH_CAP + 1
 * passing the filters, newest first; with `examine`, among that many of the most recent ones,
 * the first MATCH_CAP + 1 of which come along as `walked`.
 */
async function walkMatches(database: Database, query: ParsedQuery, filters: SearchFilters, examine?: number): Promise<Candidates> {
  const engine = searchEngineFor(database.helpers);
  if (examine === undefined) return { query, rows: await engine.sample(database.db, query, filters, MATCH_CAP + 1), cut: false };
  const { recent, rows, cut } = await walkWithin(database.db, engine, query, filters, MATCH_CAP + 1, examine);
  return { query, rows, cut, walked: recent };
}

/**
 * Whether a word of the query (as a whole word) is held by more than MATCH_CAP documents, or a
 * phrase made of such words only ("coopérative de conseil"): the engines' bm25 would then read the
 * whole list of the word, or find every occurrence of the phrase once more, for its weight.
 */
async function hasCommonWord(database: Database, query: ParsedQuery, version: string | undefined): Promise<boolean> {
  for (const word of query.words) if (await isCommonWord(database, word, version)) return true;
  for (const phrase of query.phrases) {
    let common = true;
    for (const folded of phrase) {
      if (await isCommonWord(database, { folded, stem: stemWord(folded), prefix: false }, version)) continue;
      common = false;
      break;
    }
    if (common) return true;
  }
  return false;
}

/**
 * A page of the candidates, best first, and their total: every match ranked by the engine when
 * they are MATCH_CAP at most, all found, and their words rarer than that, else here
 * (search.bounded.ts): the MATCH_CAP most recent ones, or all of them.
 */
export async function rankedPage(
  database: Database,
  candidates: Candidates,
  filters: SearchFilters,
  limit: number,
  offset: number,
  version?: string,
) {
  const { db, helpers } = database;
  const { query, rows, cut } = candidates;
  const engine = searchEngineFor(helpers);
  const complete = rows.length <= MATCH_CAP && !cut;
  const total = Math.min(rows.length, MATCH_CAP);
  if (offset >= total) return { hits: [], total, complete };
  const ids =
    complete && !(await hasCommonWord(database, query, version))
      ? await engine.page(db, query, filters, limit, offset, version)
      : await rankHere(db, query, rows, limit, offset);
  return { hits: await hitsOf(db, ids), total, complete };
}

/** A page of the MATCH_CAP most recent candidates, ranked here from their stemmed text (search.bounded.ts). */
async function rankHere(db: Database['db'], query: ParsedQuery, rows: SampleRow[], limit: number, offset: number): Promise<number[]> {
  const sample = rows.slice(0, MATCH_CAP);
  const ranked = rankCandidates(
    query,
    sample,
    await stemmedTextOf(
      db,
      sample.map((c) => c.id),
    ),
  );
  return ranked.slice(offset, offset + limit);
}

/**
 * The candidates of a query and its facet groups, from one walk. The facets need the matches
 * without filters (and tell whether the word being typed was completed): without filters, they
 * are the candidates; with filters, the walk goes on through the EXAMINE_CAP most recent matches,
 * its first MATCH_CAP giving the facets and all of them the candidates that pass the filters.
 */
async function matchAndGroup(
  database: Database,
  query: ParsedQuery,
  filters: SearchFilters,
  version: string | undefined,
): Promise<{ matched: Candidates; groups: Groups }> {
  const key = JSON.stringify([query.words, query.phrases, query.excluded, filters.visibilities]);
  const cache = groupsCache(database.db);
  const examine = hasFilters(filters) ? EXAMINE_CAP : undefined;
  const cached = cache.get(version, key);
  if (cached) return { matched: await walkMatches(database, cached.query, filters, examine), groups: cached };
  const matched = await candidatesOf(database, query, filters, examine);
  const groups = { ...groupsOf(matched.walked ?? matched.rows), query: matched.query };
  cache.set(version, key, groups);
  return { matched, groups };
}

/** A page of results, the total and the facets, exact up to MATCH_CAP matches, approximate and labelled as such beyond. */
async function rankAndCount(database: Database, query: ParsedQuery, filters: SearchFilters, limit: number, offset: number) {
  // The version first: groups cached under it may be newer than it, never older.
  const version = await searchVersion(database.db);
  const { matched, groups } = await matchAndGroup(database, query, filters, version);
  const { hits, total, complete } = await rankedPage(database, matched, filters, limit, offset, version);
  return {
    hits,
    total,
    facets: tally(groups.groups, filters),
    approximate: { total: !complete, facets: !groups.complete },
    examined: matched.cut ? EXAMINE_CAP : null,
    version,
  };
}

/** Pages of results kept per database, for one version of the index and the content. */
const resultsCache = perDatabase<SearchResponse>(500);

/**
 * Searches, answering a repeated request from the results cache: per query, filters, page and
 * visibility (visitors, members and staff each have their own entries), valid until the index or
 * the published content changes, on every instance.
 */
export async function search(database: Database, request: SearchRequest): Promise<SearchResponse> {
  const version = await resultsVersion(database.db);
  const key = JSON.stringify([
    request.q,
    request.types ?? [],
    request.memberKind,
    request.regionCode,
    request.year,
    request.themeSlug,
    request.page,
    request.pageSize,
    visibleTo(request.viewer),
  ]);
  const cache = resultsCache(database.db);
  const cached = cache.get(version, key);
  if (cached) return cached;
  const response = await runSearch(database, request);
  cache.set(version, key, response);
  return response;
}

/** Words of well-known place names match as written and whole, not by their stem nor as a prefix ("Vienne" is not "viennent"). */
async function keepPlaceNames(database: Database, query: ParsedQuery): Promise<ParsedQuery> {
  const places = (await getTerritoryFinder(database.db)).placeWordsIn(query.text);
  if (places.size === 0) return query;
  const asWritten = (w: QueryWord): QueryWord => (places.has(w.folded) ? { ...w, stem: w.folded, prefix: false } : w);
  return { ...query, words: query.words.map(asWritten), excluded: query.excluded.map(asWritten) };
}

async function runSearch(database: Database, request: SearchRequest): Promise<SearchResponse> {
  const query = await keepPlaceNames(database, parseQuery(request.q));
  const empty = {
    query,
    results: [],
    total: 0,
    page: request.page,
    pageCount: 1,
    facets: NO_FACETS,
    approximate: { total: false, facets: false },
    sampleSize: MATCH_CAP,
    examined: null,
    suggestion: null,
  };
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
  const { hits, total, facets, approximate, examined, version } = await rankAndCount(database, query, filters, request.pageSize, offset);
  // Theme ids become slugs; equal counts in the themes' own order.
  const themeOf = new Map(themes.map((t, i) => [String(t.id), { slug: t.slug, rank: i }]));
  const themeFacet = facets.theme
    .filter((f) => themeOf.has(f.value))
    .sort((a, b) => b.count - a.count || themeOf.get(a.value)!.rank - themeOf.get(b.value)!.rank);
  const namedFacets = { ...facets, theme: themeFacet.map((f) => ({ ...f, value: themeOf.get(f.value)!.slug })) };
  const newsIds = hits.filter((h) => h.docType === 'news').map((h) => h.docId);
  const links = await listNewsMemberLinks(db, newsIds);
  const results = hits.map((hit) => ({
    ...hit,
    titleHtml: highlightTitle(hit.title, query),
    snippetHtml: makeSnippet(hit.body, query),
    members: hit.docType === 'news' ? links.filter((l) => l.news_id === hit.docId).map(({ slug, name }) => ({ slug, name })) : [],
  }));
  const suggestion = total === 0 && examined === null ? await suggestQuery(db, query, filters.visibilities, version) : null;
  const pageCount = Math.max(1, Math.ceil(total / request.pageSize));
  return {
    query,
    searchable: true,
    results,
    total,
    page: request.page,
    pageCount,
    facets: namedFacets,
    approximate,
    sampleSize: MATCH_CAP,
    examined,
    suggestion,
  };
}
