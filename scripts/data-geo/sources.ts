/**
 * Inputs of `npm run data:geo`: the raw boundaries of ../shared/data/geo-sources/ (2018 codes) and
 * the current geography of @etalab/decoupage-administratif (the codes the application uses).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { FeatureCollection, Geometry } from 'geojson';

export type CodedCollection = FeatureCollection<Geometry, { code: string; nom: string }>;

export interface CurrentCommune {
  code: string;
  nom: string;
  departement: string;
  region: string;
  anciensCodes?: string[];
}
export interface CurrentEpci {
  code: string;
  nom: string;
  membres: { code: string }[];
}

/**
 * Communes restored since 2018 (a commune nouvelle dissolved): no 2018 outline carries their code,
 * so they take the centroid of the 2018 commune they were part of, flagged as approximate.
 * From INSEE's Code officiel géographique (events of 2024 and 2025).
 */
export const RESTORED_COMMUNES: Record<string, string> = {
  '14666': '14712', // Sannerville, out of Saline (now Troarn)
  '15031': '15141', // Celles, out of Neussargues en Pinatelle
  '15035': '15141', // Chalinargues
  '15047': '15141', // Chavagnac
  '15171': '15141', // Sainte-Anastasie
  '85165': '85084', // L'Oie, out of Essarts en Bocage
  '85212': '85084', // Sainte-Florence
};

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve('@etalab/decoupage-administratif/package.json'));

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

/** The raw sources, read from the folder given (../shared/data/geo-sources/ by default). */
export function readGeoSources(dir: string) {
  const communeFiles = fs
    .readdirSync(path.join(dir, 'communes'))
    .filter((f) => f.endsWith('.geojson'))
    .sort();
  const communes2018 = communeFiles.map((file) => ({
    departement: /^communes-(\w+?)-/.exec(file)?.[1] ?? '',
    collection: readJson<CodedCollection>(path.join(dir, 'communes', file)),
  }));
  return {
    departements: readJson<CodedCollection>(path.join(dir, 'departements-avec-outre-mer.geojson')),
    communes2018,
  };
}

/** Current communes, départements, régions and EPCI of the package (the codes of the application). */
export function readCurrentGeography() {
  const communes = readJson<(CurrentCommune & { type: string })[]>(path.join(packageDir, 'data/communes.json')).filter(
    (c) => c.type === 'commune-actuelle',
  );
  const epcis = readJson<CurrentEpci[]>(path.join(packageDir, 'data/epci.json'));
  const departements = readJson<{ code: string; nom: string; region: string }[]>(path.join(packageDir, 'data/departements.json'));
  const regions = readJson<{ code: string; nom: string }[]>(path.join(packageDir, 'data/regions.json'));
  return { communes, epcis, departements, regions };
}

/** Maps each 2018 commune code to the current commune that holds it (itself, or the one it merged into). */
export function currentCodeOf2018(communes: CurrentCommune[], codes2018: Set<string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const commune of communes) {
    for (const old of [commune.code, ...(commune.anciensCodes ?? [])]) {
      if (!codes2018.has(old)) continue;
      const previous = map.get(old);
      if (previous && previous !== commune.code) throw new Error(`2018 commune ${old} claimed by ${previous} and ${commune.code}`);
      map.set(old, commune.code);
    }
  }
  return map;
}
