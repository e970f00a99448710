/** SQL of the observatory. */
import type { Db } from '../../db/database.ts';
import type { DialectHelpers } from '../../db/dialects/helpers.ts';
import type {
  ObservatoryEstablishmentsTable,
  ObservatoryFiguresTable,
  ObservatoryVintageRow,
  ObservatoryVintagesTable,
} from './observatory.table.ts';
import type { Insertable } from 'kysely';
import { COMMUNE_COLUMN } from '../territories/territories.public.ts';

export function findVintageByDate(db: Db, extractDate: string): Promise<ObservatoryVintageRow | undefined> {
  return db.selectFrom('observatory_vintages').selectAll().where('extract_date', '=', extractDate).executeTakeFirst();
}

/** Every vintage, the newest extract first. */
export function listVintages(db: Db): Promise<ObservatoryVintageRow[]> {
  return db.selectFrom('observatory_vintages').selectAll().orderBy('extract_date', 'desc').execute();
}

export async function deleteVintage(db: Db, id: number): Promise<void> {
  await db.deleteFrom('observatory_establishments').where('vintage_id', '=', id).execute();
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

export async function deleteEstablishmentLists(db: Db): Promise<void> {
  await db.deleteFrom('observatory_establishments').execute();
}

export async function insertEstablishments(
  db: Db,
  helpers: DialectHelpers,
  rows: Insertable<ObservatoryEstablishmentsTable>[],
): Promise<void> {
  const size = helpers.batchRows(7);
  for (let i = 0; i < rows.length; i += size)
    await db
      .insertInto('observatory_establishments')
      .values(rows.slice(i, i + size))
      .execute();
}

export interface EstablishmentFilter {
  family?: string | undefined;
  /** NAF section letter: the establishments whose activity code's division falls in it. */
  divisions?: string[] | undefined;
}

/** ESS employers of a territory (its communes'), by name, one page, and how many there are. */
export async function listEstablishmentsIn(
  db: Db,
  kind: keyof typeof COMMUNE_COLUMN,
  code: string,
  filter: EstablishmentFilter,
  limit: number,
  offset: number,
) {
  let base = db
    .selectFrom('observatory_establishments as e')
    .innerJoin('territories as c', (join) => join.on('c.kind', '=', 'commune').onRef('c.code', '=', 'e.commune_code'))
    .where(`c.${COMMUNE_COLUMN[kind]}`, '=', code);
  if (filter.family) base = base.where('e.family', '=', filter.family);
  if (filter.divisions) {
    const divisions = filter.divisions;
    base = base.where((eb) => eb.or(divisions.map((d) => eb('e.naf', 'like', `${d}%`))));
  }
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .select(['e.siret', 'e.name', 'e.naf', 'e.family', 'e.staff_band', 'e.commune_code', 'c.name as commune_name'])
    .orderBy('e.name')
    .orderBy('e.siret')
    .limit(limit)
    .offset(offset)
    .execute();
  return { rows, total: Number(count.n) };
}
