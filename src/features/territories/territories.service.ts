/**
 * Territories: loading the official geography, resolving a member's territory with its
 * parents (département, région). The territory page is a hub (hubs/hubs.territory.ts).
 */
import type { Database, Db } from '../../db/database.ts';
import { getMeta, setMeta } from '../../db/meta.repository.ts';
import { GEOGRAPHY_VERSION, readTerritories } from './territories.source.ts';
import { buildTerritoryFinder, type TerritoryFinder } from './territories.finder.ts';
import { findTerritory, listAllTerritories, replaceTerritories } from './territories.repository.ts';
import type { TerritoryKind, TerritoryRow } from './territories.table.ts';

/** Loads the geography when the database lacks it or holds an older version. Returns whether it loaded. */
export async function ensureTerritories({ db, helpers }: Database): Promise<boolean> {
  if ((await getMeta(db, 'geography_version')) === GEOGRAPHY_VERSION) return false;
  const rows = readTerritories();
  await db.transaction().execute(async (trx) => {
    await replaceTerritories(trx, helpers, rows);
    await setMeta(trx, 'geography_version', GEOGRAPHY_VERSION);
  });
  return true;
}

export interface ResolvedTerritory {
  territory: TerritoryRow;
  departement: TerritoryRow | undefined;
  region: TerritoryRow | undefined;
}

/** A territory with its département and région, or undefined when the code is unknown. */
export async function resolveTerritory(db: Db, kind: TerritoryKind, code: string): Promise<ResolvedTerritory | undefined> {
  const territory = await findTerritory(db, kind, code);
  if (!territory) return undefined;
  const departement =
    kind !== 'departement' && kind !== 'region' && territory.departement_code
      ? await findTerritory(db, 'departement', territory.departement_code)
      : undefined;
  const region = kind !== 'region' && territory.region_code ? await findTerritory(db, 'region', territory.region_code) : undefined;
  return { territory, departement, region };
}

/**
 * The finder over every territory of a database, built on first use and kept: the geography
 * changes only when the server starts with a newer package (ensureTerritories, before any request).
 */
const finders = new WeakMap<Db, Promise<TerritoryFinder>>();

export function getTerritoryFinder(db: Db): Promise<TerritoryFinder> {
  let finder = finders.get(db);
  if (!finder) {
    finder = listAllTerritories(db).then(buildTerritoryFinder);
    finder.catch(() => finders.delete(db));
    finders.set(db, finder);
  }
  return finder;
}
