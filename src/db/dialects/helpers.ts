/**
 * The small interface behind which SQLite and PostgreSQL differ (one file per dialect).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';

export interface DialectHelpers {
  readonly name: 'sqlite' | 'postgres';
  /** Rows per multi-row INSERT that stay under the dialect's bound-parameter limit. */
  batchRows(columns: number): number;
  /**
   * Keeps the query planner's statistics fresh, at start and after bulk loads. Without them
   * SQLite may start a join from the 36,000 territories instead of the members.
   */
  refreshStatistics(db: Kysely<DB>, afterBulkLoad: boolean): Promise<void>;
  /** Connections of the pool (PostgreSQL), for the metrics; absent when there is no pool. */
  pool?(): { total: number; idle: number; waiting: number };
}
