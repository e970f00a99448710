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

/**
 * How often an indicator is used: members' values (member_figures) and campaign questions. Read
 * here, in SQL, because the features that own those tables build on this one.
 */
export async function countIndicatorUses(db: Db, code: string): Promise<{ values: number; questions: number }> {
  const [values, questions] = await Promise.all([
    db
      .selectFrom('member_figures')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('kind', '=', code)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('campaign_questions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('indicator_code', '=', code)
      .executeTakeFirstOrThrow(),
  ]);
  return { values: Number(values.n), questions: Number(questions.n) };
}

export async function deleteIndicatorRow(db: Db, code: string): Promise<void> {
  await db.deleteFrom('indicators').where('code', '=', code).execute();
}
