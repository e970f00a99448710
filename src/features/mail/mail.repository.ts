/** The outbox's SQL: messages written in the caller's transaction, their delivery state, the admins' list. */
import type { Db } from '../../db/database.ts';
import type { OutboxRow } from './mail.table.ts';

export async function insertOutboxMessage(
  db: Db,
  row: { created_at: string; to_address: string; subject: string; body_text: string },
): Promise<number> {
  const { id } = await db
    .insertInto('outbox')
    .values({ ...row, state: 'kept', sent_at: null, error: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Messages of these ids not sent yet. */
export function listUnsent(db: Db, ids: number[]): Promise<OutboxRow[]> {
  return db.selectFrom('outbox').selectAll().where('id', 'in', ids).where('state', '!=', 'sent').execute();
}

export async function markSent(db: Db, id: number, nowIso: string): Promise<void> {
  await db.updateTable('outbox').set({ state: 'sent', sent_at: nowIso, error: null }).where('id', '=', id).execute();
}

export async function markFailed(db: Db, id: number, error: string): Promise<void> {
  await db.updateTable('outbox').set({ state: 'failed', error }).where('id', '=', id).execute();
}

/** A page of the outbox, newest first, with the total. */
export async function listOutbox(db: Db, limit: number, offset: number): Promise<{ rows: OutboxRow[]; total: number }> {
  const [rows, count] = await Promise.all([
    db.selectFrom('outbox').selectAll().orderBy('id', 'desc').limit(limit).offset(offset).execute(),
    db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Messages of the outbox by state. */
export async function countOutboxByState(db: Db): Promise<Record<OutboxRow['state'], number>> {
  const rows = await db
    .selectFrom('outbox')
    .select(['state', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('state')
    .execute();
  const counts = { kept: 0, sent: 0, failed: 0 };
  for (const row of rows) counts[row.state] = Number(row.n);
  return counts;
}

export function findOutboxMessage(db: Db, id: number): Promise<OutboxRow | undefined> {
  return db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
}
