/** SQL of the imports feature: the run and its files, each with an explicit state. */
import type { Db } from '../../db/database.ts';
import { findMemberBySlug } from '../members/members.public.ts';
import type { FileOutcome } from './imports.service.ts';

export async function startImport(db: Db, filesTotal: number, now: Date): Promise<number> {
  const { id } = await db
    .insertInto('imports')
    .values({ kind: 'legacy-pages', state: 'running', started_at: now.toISOString(), finished_at: null, files_total: filesTotal })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Runs left `running` by a process that stopped (a run is one process at a time) end as `interrupted`. */
export async function markInterrupted(db: Db, now: Date): Promise<number> {
  const result = await db
    .updateTable('imports')
    .set({ state: 'interrupted', finished_at: now.toISOString() })
    .where('state', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function recordFile(db: Db, importId: number, position: number, outcome: FileOutcome): Promise<void> {
  const member = outcome.memberSlug ? await findMemberBySlug(db, outcome.memberSlug) : undefined;
  await db
    .insertInto('import_files')
    .values({
      import_id: importId,
      position,
      file: outcome.file,
      state: outcome.state,
      member_id: member?.id ?? null,
      error: outcome.error,
      warnings: JSON.stringify(outcome.warnings),
    })
    .execute();
}

export async function finishImport(
  db: Db,
  importId: number,
  counts: Record<'imported' | 'updated' | 'unchanged' | 'failed', number>,
  now: Date,
): Promise<void> {
  await db
    .updateTable('imports')
    .set({ ...counts, state: 'done', finished_at: now.toISOString() })
    .where('id', '=', importId)
    .execute();
}
