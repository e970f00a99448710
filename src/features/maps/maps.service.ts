/**
 * Maps: the members to draw (the directory's filters, every page) and the coverage of the
 * population by members, per région and per département (overlapping territories counted once).
 */
import type { Db } from '../../db/database.ts';
import { listAreas, listCommuneNesting, type CommuneNesting } from './maps.repository.ts';
import type { MapMember } from './maps.place.ts';

export interface AreaCoverage {
  code: string;
  name: string;
  /** Members whose territory is, or lies in, this area. */
  members: number;
  population: number;
  /** Population of the area's communes covered by at least one member. */
  covered: number;
}

export interface Coverage {
  regions: AreaCoverage[];
  departements: AreaCoverage[];
}

interface Geography {
  communes: CommuneNesting[];
  regions: { code: string; name: string; population: number | null }[];
  departements: { code: string; name: string; population: number | null }[];
}

const geographies = new WeakMap<Db, Promise<Geography>>();

/** The official geography, read once per database handle (it only changes with a new release). */
function geography(db: Db): Promise<Geography> {
  let cached = geographies.get(db);
  if (!cached) {
    cached = Promise.all([listCommuneNesting(db), listAreas(db, 'region'), listAreas(db, 'departement')]).then(
      ([communes, regions, departements]) => ({ communes, regions, departements }),
    );
    cached.catch(() => geographies.delete(db));
    geographies.set(db, cached);
  }
  return cached;
}

/** Members and covered population per région and per département. */
export async function getCoverage(db: Db, members: MapMember[]): Promise<Coverage> {
  return computeCoverage(await geography(db), members);
}

/** The computation of getCoverage, on given geography. */
export function computeCoverage(geo: Geography, members: MapMember[]): Coverage {
  const codes = { region: new Set<string>(), departement: new Set<string>(), epci: new Set<string>(), commune: new Set<string>() };
  const byRegion = new Map<string, number>();
  const byDepartement = new Map<string, number>();
  for (const m of members) {
    codes[m.territoryKind].add(m.territoryCode);
    if (m.regionCode) byRegion.set(m.regionCode, (byRegion.get(m.regionCode) ?? 0) + 1);
    if (m.departementCode) byDepartement.set(m.departementCode, (byDepartement.get(m.departementCode) ?? 0) + 1);
  }
  const coveredRegion = new Map<string, number>();
  const coveredDepartement = new Map<string, number>();
  for (const c of geo.communes) {
    const covered =
      codes.commune.has(c.code) ||
      (c.epci_code !== null && codes.epci.has(c.epci_code)) ||
      (c.departement_code !== null && codes.departement.has(c.departement_code)) ||
      (c.region_code !== null && codes.region.has(c.region_code));
    if (!covered || !c.population) continue;
    if (c.region_code) coveredRegion.set(c.region_code, (coveredRegion.get(c.region_code) ?? 0) + c.population);
    if (c.departement_code) coveredDepartement.set(c.departement_code, (coveredDepartement.get(c.departement_code) ?? 0) + c.population);
  }
  const areas = (list: Geography['regions'], count: Map<string, number>, covered: Map<string, number>): AreaCoverage[] =>
    list.map((a) => ({
      code: a.code,
      name: a.name,
      members: count.get(a.code) ?? 0,
      population: a.population ?? 0,
      covered: covered.get(a.code) ?? 0,
    }));
  return {
    regions: areas(geo.regions, byRegion, coveredRegion),
    departements: areas(geo.departements, byDepartement, coveredDepartement),
  };
}

/** What the directory's maps need: the filtered members and their coverage. */
export async function getDirectoryMaps(db: Db, members: MapMember[]): Promise<{ members: MapMember[]; coverage: Coverage }> {
  return { members, coverage: await getCoverage(db, members) };
}
