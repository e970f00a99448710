/**
 * The small interface behind which SQLite and PostgreSQL differ (one file per dialect).
 */
export interface DialectHelpers {
  readonly name: 'sqlite' | 'postgres';
  /** Rows per multi-row INSERT that stay under the dialect's bound-parameter limit. */
  batchRows(columns: number): number;
}
