/** SQL of the territories feature. */
import type { Db } from '../../db/database.ts';
import type { DialectHelpers } from '../../db/dialects/helpers.ts';
import type { NewTerritoryRow, TerritoryKind, TerritoryRow } from './territories.table.ts';

/** Replaces every territory with the given rows, in bounded multi-row batches. */
export async function replaceTerritories(db: Db, helpers: DialectHelpers, rows: NewTerritoryRow[]): Promise<void> {
  await db.deleteFrom('territories').execute();
  const size = helpers.batchRows(8);
  for (let i = 0; i < rows.length; i += size) {
    await db.insertInto('territories').values(rows.slice(i, i + size)).execute();
  }
}

export async function findTerritory(db: Db, kind: TerritoryKind, code: string): Promise<TerritoryRow | undefined> {
  return db.selectFrom('territories').selectAll().where('kind', '=', kind).where('code', '=', code).executeTakeFirst();
}

/** Territories of one kind, by name (used for the directory's région filter). */
export async function listTerritories(db: Db, kind: TerritoryKind): Promise<TerritoryRow[]> {
  return db.selectFrom('territories').selectAll().where('kind', '=', kind).orderBy('name').execute();
}

export async function countTerritories(db: Db): Promise<Record<TerritoryKind, number>> {
  const rows = await db.selectFrom('territories').select(['kind', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('kind').execute();
  const counts = { region: 0, departement: 0, epci: 0, commune: 0 };
  for (const row of rows) counts[row.kind] = Number(row.n);
  return counts;
}
