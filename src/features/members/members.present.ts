/**
 * Presenters of the members feature: what pages and the JSON API receive.
 * Derived facts (stale profile, population with its vintage, budget per inhabitant) are computed here once.
 */
import { POPULATION_SOURCE, POPULATION_VINTAGE } from '../territories/territories.public.ts';
import type { TerritoryRow } from '../territories/territories.public.ts';
import type { DirectoryRow } from './members.repository.ts';
import { MEMBER_KIND_LABELS, type MemberKind, type MemberStatus } from './members.schemas.ts';
import type { Figure, IndicatorSeries, MemberProfile, Section } from './members.service.ts';
import { whyNotComparable } from '../indicators/indicators.public.ts';

/** A profile is stale when its content has not changed for more than two years. */
export function isStale(updatedAtIso: string, now = new Date()): boolean {
  const limit = new Date(now);
  limit.setUTCFullYear(limit.getUTCFullYear() - 2);
  return new Date(updatedAtIso) < limit;
}

export interface PlaceView {
  kind: TerritoryRow['kind'];
  code: string;
  name: string;
}

export interface ProfileView {
  slug: string;
  name: string;
  kind: MemberKind;
  kindLabel: string;
  status: MemberStatus;
  isDemo: boolean;
  updatedAt: string;
  stale: boolean;
  sections: Section[];
  figures: Figure[];
  series: SeriesView[];
  population: { value: number; year: number; source: string } | null;
  budgetPerInhabitant: PerInhabitant | null;
  joinedYear: number | null;
  territory: PlaceView;
  departement: PlaceView | null;
  region: PlaceView | null;
  website: string | null;
}

/** A value divided by the population, with both vintages. */
export interface PerInhabitant {
  value: number;
  budgetYear: number | null;
  populationYear: number;
}

/** An indicator's series as a profile shows it, with the latest value per inhabitant where that makes sense. */
export interface SeriesView extends IndicatorSeries {
  /** Only for an indicator that allows it, from a value that follows the definition. */
  perInhabitant: PerInhabitant | null;
}

const place = (row: TerritoryRow | undefined): PlaceView | null => (row ? { kind: row.kind, code: row.code, name: row.name } : null);

/** What the région map of a member draws and names (maps.region.tsx). */
export function presentMapSubject({ member, place: where }: Pick<MemberProfile, 'member' | 'place'>) {
  return { name: member.name, kind: member.kind, territory: place(where.territory)!, region: place(where.region) };
}

/** The profile as pages and the API show it. */
export function presentProfile(profile: MemberProfile, now = new Date()): ProfileView {
  const { member, place: where } = profile;
  const population = where.territory.population;
  const series = profile.series.map((s) => ({
    ...s,
    perInhabitant:
      s.indicator.perInhabitant && population && whyNotComparable(s.latest, null) === null
        ? { value: Math.round((s.latest.value / population) * 100) / 100, budgetYear: s.latest.year, populationYear: POPULATION_VINTAGE }
        : null,
  }));
  return {
    slug: member.slug,
    name: member.name,
    kind: member.kind,
    kindLabel: MEMBER_KIND_LABELS[member.kind].one,
    status: member.status,
    isDemo: member.is_demo === 1,
    updatedAt: member.content_updated_at,
    stale: isStale(member.content_updated_at, now),
    sections: profile.sections,
    figures: profile.figures,
    population: population ? { value: population, year: POPULATION_VINTAGE, source: POPULATION_SOURCE } : null,
    series,
    budgetPerInhabitant: series.find((s) => s.indicator.code === 'budget_eur')?.perInhabitant ?? null,
    joinedYear: member.joined_year,
    territory: place(where.territory)!,
    departement: place(where.departement),
    region: place(where.region),
    website: member.website,
  };
}

export interface DirectoryItemView {
  slug: string;
  name: string;
  kind: MemberKind;
  kindLabel: string;
  status: MemberStatus;
  isDemo: boolean;
  territory: { kind: TerritoryRow['kind']; code: string; name: string };
  departement: { code: string; name: string } | null;
  region: { code: string; name: string } | null;
  joinedYear: number | null;
  updatedAt: string;
  stale: boolean;
}

/** One line of the directory. */
export function presentDirectoryItem(row: DirectoryRow, now = new Date()): DirectoryItemView {
  return {
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    kindLabel: MEMBER_KIND_LABELS[row.kind].one,
    status: row.status,
    isDemo: row.is_demo === 1,
    territory: { kind: row.territory_kind, code: row.territory_code, name: row.territory_name ?? '' },
    departement:
      row.departement_code && row.departement_name && row.kind !== 'departement'
        ? { code: row.departement_code, name: row.departement_name }
        : null,
    region: row.region_code && row.region_name ? { code: row.region_code, name: row.region_name } : null,
    joinedYear: row.joined_year,
    updatedAt: row.content_updated_at,
    stale: isStale(row.content_updated_at, now),
  };
}
