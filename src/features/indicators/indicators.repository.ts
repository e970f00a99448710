/** SQL of the indicators feature. */
import type { Db } from '../../db/database.ts';
import type { IndicatorRow, IndicatorsTable } from './indicators.table.ts';

type Writable = Omit<IndicatorsTable, 'id' | 'position' | 'created_at'>;

export function listIndicatorRows(db: Db): Promise<IndicatorRow[]> {
  return db.selectFrom('indicators').selectAll().orderBy('position').orderBy('id').execute();
}

export function findIndicatorRow(db: Db, code: string): Promise<IndicatorRow | undefined> {
  return db.selectFrom('indicators').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function insertIndicator(db: Db, row: Writable & { created_at: string }): Promise<void> {
  const last = await db
    .selectFrom('indicators')
    .select((eb) => eb.fn.max('position').as('p'))
    .executeTakeFirst();
  await db
    .insertInto('indicators')
    .values({ ...row, position: Number(last?.p ?? -1) + 1 })
    .execute();
}

export async function updateIndicator(db: Db, code: string, row: Omit<Writable, 'code'>): Promise<void> {
  await db.updateTable('indicators').set(row).where('code', '=', code).execute();
}
