/**
 * The official geography source: @etalab/decoupage-administratif (COG 2026, INSEE legal
 * populations). Its main entry is broken, so its data files are read directly.
 * Populations of départements, régions and EPCI are summed from their communes, so every
 * figure shares the communes' vintage.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { NewTerritoryRow } from './territories.table.ts';

const require = createRequire(import.meta.url);
const packageJson = require.resolve('@etalab/decoupage-administratif/package.json');
const dataDir = packageJson.replace(/package\.json$/, 'data/');

/**
 * Version of the source package and of what is read from it, stored with the loaded data to
 * reload when either changes (`+postcodes`: communes' postcodes are read too).
 */
export const GEOGRAPHY_VERSION: string = `${JSON.parse(fs.readFileSync(packageJson, 'utf8')).version}+postcodes`;

/** INSEE legal populations shipped with the package: vintage 2023, in force on 1 January 2026. */
export const POPULATION_VINTAGE = 2023;
export const POPULATION_SOURCE = `INSEE, population municipale ${POPULATION_VINTAGE}`;

interface SourceCommune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  region?: string;
  population?: number;
  codesPostaux?: string[];
}
interface SourceDepartement {
  code: string;
  nom: string;
  region: string;
}
interface SourceRegion {
  code: string;
  nom: string;
}
interface SourceEpci {
  code: string;
  nom: string;
  type: string;
  membres: { code: string }[];
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(dataDir + file, 'utf8')) as T;
}

/** Reads the source files and returns every territory row, populations summed. */
export function readTerritories(): NewTerritoryRow[] {
  const communes = readJson<SourceCommune[]>('communes.json').filter((c) => c.type === 'commune-actuelle');
  const departements = readJson<SourceDepartement[]>('departements.json');
  const regions = readJson<SourceRegion[]>('regions.json');
  const epcis = readJson<SourceEpci[]>('epci.json');

  const communeByCode = new Map(communes.map((c) => [c.code, c]));
  const epciOfCommune = new Map<string, string>();
  const sumBy = new Map<string, number>();
  const add = (key: string, value: number) => sumBy.set(key, (sumBy.get(key) ?? 0) + value);

  const rows: NewTerritoryRow[] = [];
  for (const epci of epcis) {
    let population = 0;
    let largest: SourceCommune | undefined;
    for (const { code } of epci.membres) {
      const commune = communeByCode.get(code);
      if (!commune) continue;
      epciOfCommune.set(code, epci.code);
      population += commune.population ?? 0;
      if (!largest || (commune.population ?? 0) > (largest.population ?? 0)) largest = commune;
    }
    rows.push({
      kind: 'epci',
      code: epci.code,
      name: epci.nom,
      epci_type: epci.type,
      population,
      departement_code: largest?.departement ?? null,
      region_code: largest?.region ?? null,
      epci_code: null,
      postcodes: null,
    });
  }
  for (const c of communes) {
    if (c.departement) add(`d${c.departement}`, c.population ?? 0);
    if (c.region) add(`r${c.region}`, c.population ?? 0);
    rows.push({
      kind: 'commune',
      code: c.code,
      name: c.nom,
      epci_type: null,
      population: c.population ?? null,
      departement_code: c.departement ?? null,
      region_code: c.region ?? null,
      epci_code: epciOfCommune.get(c.code) ?? null,
      postcodes: c.codesPostaux?.length ? [...new Set(c.codesPostaux)].sort().join(' ') : null,
    });
  }
  for (const d of departements) {
    rows.push({
      kind: 'departement',
      code: d.code,
      name: d.nom,
      epci_type: null,
      population: sumBy.get(`d${d.code}`) ?? null,
      departement_code: d.code,
      region_code: d.region,
      epci_code: null,
      postcodes: null,
    });
  }
  for (const r of regions) {
    rows.push({
      kind: 'region',
      code: r.code,
      name: r.nom,
      epci_type: null,
      population: sumBy.get(`r${r.code}`) ?? null,
      departement_code: null,
      region_code: r.code,
      epci_code: null,
      postcodes: null,
    });
  }
  return rows;
}
