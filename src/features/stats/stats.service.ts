/**
 * Statistics of the network (`/statistiques`), over active members: by kind, by région,
 * cumulative membership by year, population covered (each commune once), key figures given.
 */
import type { Db } from '../../db/database.ts';
import { countMembersByKind } from '../members/members.public.ts';
import { MEMBER_KINDS, type MemberKind } from '../members/members.public.ts';
import { listIndicators, type Indicator } from '../indicators/indicators.public.ts';
import { listTerritories } from '../territories/territories.public.ts';
import * as repo from './stats.repository.ts';
import { median } from '../../shared/numbers.ts';

export interface NetworkStats {
  members: number;
  byKind: { kind: MemberKind; n: number }[];
  /** The eighteen régions, and any other with members, most members first. */
  byRegion: { code: string; name: string; n: number }[];
  /** One entry per year from the first membership to the last: joined that year, and total so far. */
  byYear: { year: number; joined: number; total: number }[];
  /** Active members whose membership year is unknown (not in `byYear`). */
  unknownYear: number;
  population: { covered: number; communes: number; national: number; summed: number };
  figures: { kind: string; label: string; n: number }[];
  /** Each public indicator over the years, from the values that compare: per year, overall and per kind of member. */
  indicators: IndicatorYears[];
  /** Latest content change among active members, ISO. */
  latestChange: string | null;
}

export interface IndicatorCell {
  /** How many members gave a value that compares. */
  n: number;
  /** Null when the indicator does not add up (shares, overlapping territories). */
  sum: number | null;
  median: number;
}

export interface IndicatorYears {
  indicator: Indicator;
  years: { year: number; overall: IndicatorCell; byKind: { kind: MemberKind; cell: IndicatorCell }[] }[];
}

/** Sum (when the indicator adds up) and median of some values. */
function cellOf(values: number[], adds: boolean): IndicatorCell {
  return { n: values.length, sum: adds ? values.reduce((a, b) => a + b, 0) : null, median: median(values)! };
}

/** The network's public indicators year by year, most recent first, from the values that compare. */
export function indicatorYears(indicators: Indicator[], values: Awaited<ReturnType<typeof repo.listComparableValues>>): IndicatorYears[] {
  return indicators.flatMap((indicator) => {
    const own = values.filter((v) => v.kind === indicator.code);
    if (own.length === 0) return [];
    const adds = indicator.aggregation === 'sum';
    const years = [...new Set(own.map((v) => v.year))].sort((a, b) => b - a);
    return [
      {
        indicator,
        years: years.map((year) => {
          const ofYear = own.filter((v) => v.year === year);
          return {
            year,
            overall: cellOf(
              ofYear.map((v) => v.value),
              adds,
            ),
            byKind: MEMBER_KINDS.flatMap((kind) => {
              const ofKind = ofYear.filter((v) => v.member_kind === kind).map((v) => v.value);
              return ofKind.length ? [{ kind, cell: cellOf(ofKind, adds) }] : [];
            }),
          };
        }),
      },
    ];
  });
}

/** Cumulative membership, gaps between years filled. */
export function cumulateYears(counts: { year: number | null; n: number }[]): { byYear: NetworkStats['byYear']; unknownYear: number } {
  const known = counts.filter((c): c is { year: number; n: number } => c.year !== null).sort((a, b) => a.year - b.year);
  const unknownYear = counts.filter((c) => c.year === null).reduce((sum, c) => sum + c.n, 0);
  const byYear: NetworkStats['byYear'] = [];
  if (known.length === 0) return { byYear, unknownYear };
  const perYear = new Map(known.map((c) => [c.year, c.n]));
  let total = 0;
  for (let year = known[0]!.year; year <= known.at(-1)!.year; year++) {
    const joined = perYear.get(year) ?? 0;
    total += joined;
    byYear.push({ year, joined, total });
  }
  return { byYear, unknownYear };
}

export async function getNetworkStats(db: Db): Promise<NetworkStats> {
  const [kinds, regions, regionCounts, years, covered, national, summed, figures, latestChange, indicators, values] = await Promise.all([
    countMembersByKind(db),
    listTerritories(db, 'region'),
    repo.countActiveByRegion(db),
    repo.countActiveByJoinedYear(db),
    repo.coveredCommunes(db),
    repo.totalPopulation(db),
    repo.summedMemberPopulation(db),
    repo.countFigureCoverage(db),
    repo.latestMemberChange(db),
    listIndicators(db, { publicOnly: true }),
    repo.listComparableValues(db),
  ]);
  const byKind = MEMBER_KINDS.map((kind) => ({ kind, n: kinds.get(kind) ?? 0 }));
  const collator = new Intl.Collator('fr');
  const byRegion = regions
    .map((r) => ({ code: r.code, name: r.name, n: regionCounts.get(r.code) ?? 0 }))
    // Overseas collectivities outside the eighteen régions show only when a member is there.
    .filter((r) => r.code.length === 2 || r.n > 0)
    .sort((a, b) => b.n - a.n || collator.compare(a.name, b.name));
  return {
    members: byKind.reduce((sum, k) => sum + k.n, 0),
    byKind,
    byRegion,
    ...cumulateYears(years),
    population: { covered: covered.population, communes: covered.communes, national, summed },
    figures: indicators.map((i) => ({ kind: i.code, label: i.label, n: figures.get(i.code) ?? 0 })),
    indicators: indicatorYears(indicators, values),
    latestChange,
  };
}
