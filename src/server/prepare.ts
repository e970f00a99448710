/**
 * Brings a database to a usable state at start: schema migrated, official geography
 * loaded (seconds), and the demo content on first start when asked.
 */
import type { Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { ensureTerritories } from '../features/territories/territories.service.ts';
import { loadDemoIfEmpty } from '../features/demo/demo.load.ts';
import { loadDemoObservatory } from '../features/observatory/observatory.demo.ts';

export interface PrepareReport {
  migrations: string[];
  territoriesLoaded: boolean;
  demoLoaded: boolean;
}

export async function prepareDatabase(database: Database, options: { demo: boolean }): Promise<PrepareReport> {
  const migrations = await migrateToLatest(database);
  const territoriesLoaded = await ensureTerritories(database);
  const demoLoaded = options.demo ? await loadDemoIfEmpty(database.db) : false;
  // The demo's observatory figures come from synthetic SIRENE files, imported like real ones.
  if (demoLoaded) await loadDemoObservatory(database);
  await database.helpers.refreshStatistics(database.db, territoriesLoaded || demoLoaded);
  return { migrations, territoriesLoaded, demoLoaded };
}
