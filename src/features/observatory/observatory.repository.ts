/** SQL of the observatory. */
import type { Db } from '../../db/database.ts';
import type { DialectHelpers } from '../../db/dialects/helpers.ts';
import type { ObservatoryFiguresTable, ObservatoryVintageRow, ObservatoryVintagesTable } from './observatory.table.ts';
import type { Insertable } from 'kysely';

export function findVintageByDate(db: Db, extractDate: string): Promise<ObservatoryVintageRow | undefined> {
  return db.selectFrom('observatory_vintages').selectAll().where('extract_date', '=', extractDate).executeTakeFirst();
}

/** Every vintage, the newest extract first. */
export function listVintages(db: Db): Promise<ObservatoryVintageRow[]> {
  return db.selectFrom('observatory_vintages').selectAll().orderBy('extract_date', 'desc').execute();
}

export async function deleteVintage(db: Db, id: number): Promise<void> {
  await db.deleteFrom('observatory_figures').where('vintage_id', '=', id).execute();
  await db.deleteFrom('observatory_vintages').where('id', '=', id).execute();
}

export async function insertVintage(db: Db, row: Insertable<ObservatoryVintagesTable>): Promise<number> {
  const { id } = await db.insertInto('observatory_vintages').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(id);
}

/** Inserts figures in bounded multi-row batches; `progress` hears how many are written. */
export async function insertFigures(
  db: Db,
  helpers: DialectHelpers,
  rows: Insertable<ObservatoryFiguresTable>[],
  progress?: (written: number) => void,
): Promise<void> {
  const size = helpers.batchRows(8);
  for (let i = 0; i < rows.length; i += size) {
    await db
      .insertInto('observatory_figures')
      .values(rows.slice(i, i + size))
      .execute();
    progress?.(Math.min(rows.length, i + size));
  }
}

/** A territory's figures in the given vintages. */
export function listFiguresOf(db: Db, kind: string, code: string, vintageIds: number[]) {
  return db
    .selectFrom('observatory_figures')
    .selectAll()
    .where('territory_kind', '=', kind as ObservatoryFiguresTable['territory_kind'])
    .where('territory_code', '=', code)
    .where('vintage_id', 'in', vintageIds.length ? vintageIds : [-1])
    .execute();
}
