/**
 * Statistics of the network (`/statistiques`), over active members: by kind, by région,
 * cumulative membership by year, population covered (each commune once), key figures given.
 */
import type { Db } from '../../db/database.ts';
import { countMembersByKind } from '../members/members.public.ts';
import { MEMBER_KINDS, type MemberKind } from '../members/members.public.ts';
import { listIndicators } from '../indicators/indicators.public.ts';
import { listTerritories } from '../territories/territories.public.ts';
import * as repo from './stats.repository.ts';

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
  /** Latest content change among active members, ISO. */
  latestChange: string | null;
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
  const [kinds, regions, regionCounts, years, covered, national, summed, figures, latestChange, indicators] = await Promise.all([
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
    latestChange,
  };
}
