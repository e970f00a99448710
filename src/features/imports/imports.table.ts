/** Tables of the imports feature: one row per import run, one per file, each with an explicit state. */
import type { Generated, Selectable } from 'kysely';

/** `interrupted`: the process stopped while it ran (killed); the next run says so. */
export type ImportState = 'created' | 'running' | 'done' | 'failed' | 'interrupted';
export type ImportFileState = 'imported' | 'updated' | 'unchanged' | 'failed' | 'dry-run';

export interface ImportsTable {
  id: Generated<number>;
  kind: 'legacy-pages';
  state: ImportState;
  started_at: string;
  finished_at: string | null;
  files_total: number;
  imported: Generated<number>;
  updated: Generated<number>;
  unchanged: Generated<number>;
  failed: Generated<number>;
}

export interface ImportFilesTable {
  id: Generated<number>;
  import_id: number;
  position: number;
  file: string;
  state: ImportFileState;
  member_id: number | null;
  error: string | null;
  /** JSON array of French warning messages. */
  warnings: Generated<string>;
}

export type ImportRow = Selectable<ImportsTable>;
