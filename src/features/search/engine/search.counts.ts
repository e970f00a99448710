/**
 * The facet counts of a search, from one pass over its matches. The matching
 * documents the viewer may see (all of them, or a bounded sample: search.bounded.ts) are grouped
 * by their combination of facet values (a few hundred groups at most); the filters then apply
 * here, each facet skipping its own filter so that it lists all its values. The groups depend on
 * the words and the visibilities only, so one set of groups serves every filter, and is cached
 * (search.cache.ts).
 */
import { FACETS, type FacetName, type SampleRow, type SearchFilters } from './search.engine.ts';
import { visibleThemes } from '../search.themes.ts';

/** Matching documents sharing one combination of facet values. */
export interface FacetGroup {
  type: string;
  memberKind: string | null;
  region: string | null;
  year: number | null;
  /** Theme tokens (search.themes.ts); each viewer sees the links its visibilities allow. */
  themes: string;
  count: number;
}

/** Per facet, its values with their counts; theme values are theme ids here (search.service.ts names them). */
export type FacetCounts = Record<FacetName, { value: string; count: number }[]>;

/** Groups sample rows by their combination of facet values. */
export function groupRows(rows: SampleRow[]): FacetGroup[] {
  const groups = new Map<string, FacetGroup>();
  for (const r of rows) {
    const key = `${r.type}|${r.memberKind}|${r.region}|${r.year}|${r.themes}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { type: r.type, memberKind: r.memberKind, region: r.region, year: r.year, themes: r.themes, count: 1 });
  }
  return [...groups.values()];
}

/** A group with the theme ids its viewer may see, parsed once per tally. */
type Seen = FacetGroup & { themeIds: number[] };

type Values = (g: Seen) => (string | number)[];

const VALUES: Record<FacetName, Values> = {
  type: (g) => [g.type],
  member_kind: (g) => (g.memberKind === null ? [] : [g.memberKind]),
  region: (g) => (g.region === null ? [] : [g.region]),
  year: (g) => (g.year === null ? [] : [g.year]),
  theme: (g) => g.themeIds,
};

/** Whether a group passes the filters (the same tests as `searchFilterSql`, visibility aside) but `skip`'s own. */
function passes(g: Seen, filters: SearchFilters, skip: FacetName): boolean {
  if (skip !== 'type' && filters.types.length && !(filters.types as string[]).includes(g.type)) return false;
  if (skip !== 'member_kind' && filters.memberKind && g.memberKind !== filters.memberKind) return false;
  if (skip !== 'region' && filters.regionCode && g.region !== filters.regionCode) return false;
  if (skip !== 'year' && filters.year !== undefined && g.year !== filters.year) return false;
  if (skip !== 'theme' && filters.themeId !== undefined && !g.themeIds.includes(filters.themeId)) return false;
  return true;
}

/** Most frequent first; equal counts by value (numbers as numbers, text in byte order, as both databases sort). */
function compare(a: { value: string | number; count: number }, b: { value: string | number; count: number }): number {
  if (a.count !== b.count) return b.count - a.count;
  if (typeof a.value === 'number' && typeof b.value === 'number') return a.value - b.value;
  return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
}

/** Per facet, the counts of its values (empty values left out) among the groups that pass the other facets' filters. */
export function tally(groups: FacetGroup[], filters: SearchFilters): FacetCounts {
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string | number, number>()])) as Record<
    FacetName,
    Map<string | number, number>
  >;
  for (const group of groups) {
    const g: Seen = { ...group, themeIds: visibleThemes(group.themes, filters.visibilities) };
    for (const facet of FACETS) {
      if (!passes(g, filters, facet)) continue;
      for (const value of VALUES[facet](g)) counts[facet].set(value, (counts[facet].get(value) ?? 0) + g.count);
    }
  }
  return Object.fromEntries(
    FACETS.map((f) => [
      f,
      [...counts[f]]
        .map(([value, count]) => ({ value, count }))
        .sort(compare)
        .map(({ value, count }) => ({ value: String(value), count })),
    ]),
  ) as FacetCounts;
}
