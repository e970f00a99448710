/** SQL of the territories feature. */
import type { Db } from '../../db/database.ts';
import type { DialectHelpers } from '../../db/dialects/helpers.ts';
import type { NewTerritoryRow, TerritoryKind, TerritoryRow } from './territories.table.ts';

/** Replaces every territory with the given rows, in bounded multi-row batches. */
export async function replaceTerritories(db: Db, helpers: DialectHelpers, rows: NewTerritoryRow[]): Promise<void> {
  await db.deleteFrom('territories').execute();
  const size = helpers.batchRows(9);
  for (let i = 0; i < rows.length; i += size) {
    await db
      .insertInto('territories')
      .values(rows.slice(i, i + size))
      .execute();
  }
}

export async function findTerritory(db: Db, kind: TerritoryKind, code: string): Promise<TerritoryRow | undefined> {
  return db.selectFrom('territories').selectAll().where('kind', '=', kind).where('code', '=', code).executeTakeFirst();
}

/** Territories of one kind, by name (used for the directory's région filter). */
/** Every territory (communes included: some 36,000 rows), for a matcher of typed names. */
export async function listAllTerritories(db: Db): Promise<TerritoryRow[]> {
  return db.selectFrom('territories').selectAll().execute();
}

export async function listTerritories(db: Db, kind: TerritoryKind): Promise<TerritoryRow[]> {
  return db.selectFrom('territories').selectAll().where('kind', '=', kind).orderBy('name').execute();
}

export async function countTerritories(db: Db): Promise<Record<TerritoryKind, number>> {
  const rows = await db
    .selectFrom('territories')
    .select(['kind', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('kind')
    .execute();
  const counts = { region: 0, departement: 0, epci: 0, commune: 0 };
  for (const row of rows) counts[row.kind] = Number(row.n);
  return counts;
}

/** The column of a commune row that names its territory of each kind (how communes nest). */
export const COMMUNE_COLUMN = { commune: 'code', epci: 'epci_code', departement: 'departement_code', region: 'region_code' } as const;

/** Number of current communes in a territory (1 for a commune). */
export async function countCommunesIn(db: Db, kind: TerritoryKind, code: string): Promise<number> {
  const row = await db
    .selectFrom('territories')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('kind', '=', 'commune')
    .where(COMMUNE_COLUMN[kind], '=', code)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The territories one level below: départements of a région, EPCI having communes in a
 * département, communes of an EPCI. Nothing below a commune.
 */
export async function listChildTerritories(db: Db, kind: TerritoryKind, code: string): Promise<TerritoryRow[]> {
  const base = db.selectFrom('territories').selectAll();
  if (kind === 'region') return base.where('kind', '=', 'departement').where('region_code', '=', code).orderBy('code').execute();
  if (kind === 'epci') return base.where('kind', '=', 'commune').where('epci_code', '=', code).orderBy('name').orderBy('code').execute();
  if (kind === 'departement') {
    return base
      .where('kind', '=', 'epci')
      .where('code', 'in', (eb) =>
        eb
          .selectFrom('territories')
          .select('epci_code')
          .distinct()
          .where('kind', '=', 'commune')
          .where('departement_code', '=', code)
          .where('epci_code', 'is not', null)
          .$narrowType<{ epci_code: string }>(),
      )
      .orderBy('name')
      .execute();
  }
  return [];
}

/** Départements and régions over which an EPCI's communes spread (most often one of each). */
export async function listEpciParents(db: Db, epciCode: string): Promise<TerritoryRow[]> {
  const communes = db.selectFrom('territories').where('kind', '=', 'commune').where('epci_code', '=', epciCode);
  return db
    .selectFrom('territories')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.and([
          eb('kind', '=', 'departement'),
          eb('code', 'in', communes.select('departement_code').distinct().$narrowType<{ departement_code: string }>()),
        ]),
        eb.and([
          eb('kind', '=', 'region'),
          eb('code', 'in', communes.select('region_code').distinct().$narrowType<{ region_code: string }>()),
        ]),
      ]),
    )
    .orderBy('kind', 'desc')
    .orderBy('code')
    .execute();
}

/** A member whose territory shares communes with a given territory, with the counts that say how. */
export interface OverlappingMemberRow {
  member_id: number;
  /** Communes both in the member's territory and in the given one. */
  shared: number;
}

/** Members whose territory shares at least one commune with the given territory (is, contains, lies within or straddles it). */
export async function listOverlappingMembers(db: Db, kind: TerritoryKind, code: string): Promise<OverlappingMemberRow[]> {
  const branch = (memberKind: TerritoryKind) =>
    db
      .selectFrom('members as m')
      .innerJoin('territories as c', (join) =>
        join.on('c.kind', '=', 'commune').onRef(`c.${COMMUNE_COLUMN[memberKind]}`, '=', 'm.territory_code'),
      )
      .where('m.territory_kind', '=', memberKind)
      .where(`c.${COMMUNE_COLUMN[kind]}`, '=', code)
      .groupBy('m.id')
      .select(['m.id as member_id', (eb) => eb.fn.countAll<number>().as('shared')]);
  const rows = await branch('commune').unionAll(branch('epci')).unionAll(branch('departement')).unionAll(branch('region')).execute();
  return rows.map((r) => ({ member_id: Number(r.member_id), shared: Number(r.shared) }));
}

/**
 * Territories that share communes with an active member's territory (a member on them, above
 * them or within them): the territory pages that have something to show (the sitemap). Read as
 * the communes of every member's territory, with their EPCI, département and région.
 */
export async function listTerritoriesWithMembers(db: Db): Promise<{ kind: TerritoryKind; code: string }[]> {
  const branch = (memberKind: TerritoryKind) =>
    db
      .selectFrom('members as m')
      .innerJoin('territories as c', (join) =>
        join.on('c.kind', '=', 'commune').onRef(`c.${COMMUNE_COLUMN[memberKind]}`, '=', 'm.territory_code'),
      )
      .where('m.territory_kind', '=', memberKind)
      .where('m.status', '=', 'active')
      .select(['c.code', 'c.epci_code', 'c.departement_code', 'c.region_code'])
      .distinct();
  const rows = await branch('commune').union(branch('epci')).union(branch('departement')).union(branch('region')).execute();
  const seen = new Set<string>();
  const out: { kind: TerritoryKind; code: string }[] = [];
  const add = (kind: TerritoryKind, code: string | null) => {
    if (code === null || seen.has(`${kind}:${code}`)) return;
    seen.add(`${kind}:${code}`);
    out.push({ kind, code });
  };
  for (const r of rows) {
    add('region', r.region_code);
    add('departement', r.departement_code);
    add('epci', r.epci_code);
    add('commune', r.code);
  }
  return out;
}
