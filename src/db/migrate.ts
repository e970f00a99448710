/**
 * Migrations: timestamped modules listed here in order, applied by Kysely's Migrator.
 */
import { Migrator, type Migration } from 'kysely';
import type { Database } from './database.ts';
import * as initial from './migrations/20261126T1200_initial.ts';
import * as revisionsImports from './migrations/20261126T1400_revisions_imports.ts';
import * as search from './migrations/20261126T1600_search.ts';
import * as searchSpeed from './migrations/20261126T1700_search_speed.ts';
import * as accounts from './migrations/20261126T1800_accounts.ts';
import * as newsThemes from './migrations/20261126T1900_news_themes.ts';
import * as resources from './migrations/20261126T2100_resources.ts';
import * as resourceRevisions from './migrations/20261126T2200_resource_revisions.ts';
import * as resourceTypesTerritories from './migrations/20261126T2300_resource_types_territories.ts';
import * as searchThemes from './migrations/20261126T2400_search_themes.ts';
import * as searchPrefix from './migrations/20261127T0100_search_prefix.ts';
import * as revisions from './migrations/20261207T1200_revisions.ts';
import * as oneDraft from './migrations/20261207T1800_one_draft.ts';
import * as signInAttempts from './migrations/20261207T1900_sign_in_attempts.ts';
import * as readPaths from './migrations/20261208T0900_read_paths.ts';
import * as searchStorage from './migrations/20261208T1000_search_storage.ts';
import * as indicators from './migrations/20261209T0900_indicators.ts';
import * as campaigns from './migrations/20261209T1000_campaigns.ts';
import * as campaignMemberKinds from './migrations/20261210T0900_campaign_member_kinds.ts';
import * as territoryPostcodes from './migrations/20261210T1000_territory_postcodes.ts';
import * as observatory from './migrations/20261210T1100_observatory.ts';
import * as observatoryEstablishments from './migrations/20261210T1200_observatory_establishments.ts';

const migrations: Record<string, Migration> = {
  '20261126T1200_initial': initial,
  '20261126T1400_revisions_imports': revisionsImports,
  '20261126T1600_search': search,
  '20261126T1700_search_speed': searchSpeed,
  '20261126T1800_accounts': accounts,
  '20261126T1900_news_themes': newsThemes,
  '20261126T2100_resources': resources,
  '20261126T2200_resource_revisions': resourceRevisions,
  '20261126T2300_resource_types_territories': resourceTypesTerritories,
  '20261126T2400_search_themes': searchThemes,
  '20261127T0100_search_prefix': searchPrefix,
  '20261207T1200_revisions': revisions,
  '20261207T1800_one_draft': oneDraft,
  '20261207T1900_sign_in_attempts': signInAttempts,
  '20261208T0900_read_paths': readPaths,
  '20261208T1000_search_storage': searchStorage,
  '20261209T0900_indicators': indicators,
  '20261209T1000_campaigns': campaigns,
  '20261210T0900_campaign_member_kinds': campaignMemberKinds,
  '20261210T1000_territory_postcodes': territoryPostcodes,
  '20261210T1100_observatory': observatory,
  '20261210T1200_observatory_establishments': observatoryEstablishments,
};

/** The names of every migration, oldest first. */
export const MIGRATION_NAMES: readonly string[] = Object.keys(migrations);

/** The migrations this code knows and the database has not run (readiness: empty when the schema is current). */
export async function pendingMigrations({ db, schema }: Database): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  return (await migrator.getMigrations()).filter((m) => m.executedAt === undefined).map((m) => m.name);
}

/** Brings the schema to the latest migration; throws with the failing migration's name. */
export async function migrateToLatest(database: Database): Promise<string[]> {
  return migrateTo(database, MIGRATION_NAMES.at(-1)!);
}

/**
 * Brings the schema up (or down) to the named migration; tests use it to make a database as an
 * earlier release left it.
 */
export async function migrateTo({ db, schema }: Database, name: string): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateTo(name);
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
