/** SQL of the network statistics: counts over active members, and the population they cover. */
import type { Db } from '../../db/database.ts';
import type { MemberKind } from '../../shared/member-kinds.ts';
import type { TerritoryKind } from '../territories/territories.public.ts';

const activeCodes = (db: Db, kind: TerritoryKind) =>
  db.selectFrom('members').select('territory_code').where('status', '=', 'active').where('territory_kind', '=', kind);

/**
 * Communes covered by at least one active member, and their population: a commune inside an
 * EPCI inside a département, all three members, is counted once.
 */
export async function coveredCommunes(db: Db): Promise<{ communes: number; population: number }> {
  const row = await db
    .selectFrom('territories as c')
    .select((eb) => [eb.fn.countAll<number>().as('communes'), eb.fn.sum<number | string | null>('c.population').as('population')])
    .where('c.kind', '=', 'commune')
    .where((eb) =>
      eb.or([
        eb('c.code', 'in', activeCodes(db, 'commune')),
        eb('c.epci_code', 'in', activeCodes(db, 'epci')),
        eb('c.departement_code', 'in', activeCodes(db, 'departement')),
        eb('c.region_code', 'in', activeCodes(db, 'region')),
      ]),
    )
    .executeTakeFirstOrThrow();
  return { communes: Number(row.communes), population: Number(row.population ?? 0) };
}

/** Population of every current commune (the whole country, overseas included). */
export async function totalPopulation(db: Db): Promise<number> {
  const row = await db
    .selectFrom('territories')
    .select((eb) => eb.fn.sum<number | string | null>('population').as('p'))
    .where('kind', '=', 'commune')
    .executeTakeFirstOrThrow();
  return Number(row.p ?? 0);
}

/** Sum of the populations of active members' territories, overlaps counted as many times as they occur. */
export async function summedMemberPopulation(db: Db): Promise<number> {
  const row = await db
    .selectFrom('members as m')
    .innerJoin('territories as t', (join) => join.onRef('t.kind', '=', 'm.territory_kind').onRef('t.code', '=', 'm.territory_code'))
    .select((eb) => eb.fn.sum<number | string | null>('t.population').as('p'))
    .where('m.status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(row.p ?? 0);
}

/** Active members per région of their territory (an EPCI counts in the région of its largest commune). */
export async function countActiveByRegion(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('members as m')
    .innerJoin('territories as t', (join) => join.onRef('t.kind', '=', 'm.territory_kind').onRef('t.code', '=', 'm.territory_code'))
    .select(['t.region_code', (eb) => eb.fn.countAll<number>().as('n')])
    .where('m.status', '=', 'active')
    .groupBy('t.region_code')
    .execute();
  return new Map(rows.filter((r) => r.region_code !== null).map((r) => [r.region_code!, Number(r.n)]));
}

/** Active members per membership year (null: year unknown). */
export async function countActiveByJoinedYear(db: Db): Promise<{ year: number | null; n: number }[]> {
  const rows = await db
    .selectFrom('members')
    .select(['joined_year', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', '=', 'active')
    .groupBy('joined_year')
    .orderBy('joined_year')
    .execute();
  return rows.map((r) => ({ year: r.joined_year, n: Number(r.n) }));
}

/** How many active members give each key figure (once per member, whatever its count of figures). */
export async function countFigureCoverage(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('member_figures as f')
    .innerJoin('members as m', 'm.id', 'f.member_id')
    .select(['f.kind', (eb) => eb.fn.count<number>('f.member_id').distinct().as('n')])
    .where('m.status', '=', 'active')
    .groupBy('f.kind')
    .execute();
  return new Map(rows.map((r) => [r.kind, Number(r.n)]));
}

/**
 * The values of active members that compare (declared or validated, following the definition,
 * of a known year), with the member's kind: what the indicators over the years are made of.
 */
export async function listComparableValues(db: Db): Promise<{ kind: string; year: number; member_kind: MemberKind; value: number }[]> {
  const rows = await db
    .selectFrom('member_figures as f')
    .innerJoin('members as m', 'm.id', 'f.member_id')
    .select(['f.kind', 'f.year', 'm.kind as member_kind', 'f.value'])
    .where('m.status', '=', 'active')
    .where('f.status', '!=', 'extracted')
    .where('f.follows_definition', '=', 1)
    .where('f.year', 'is not', null)
    .execute();
  return rows.map((r) => ({ ...r, year: r.year! }));
}

/** The latest content change among active members (Last-Modified of the statistics). */
export async function latestMemberChange(db: Db): Promise<string | null> {
  const row = await db
    .selectFrom('members')
    .select((eb) => eb.fn.max('content_updated_at').as('d'))
    .where('status', '=', 'active')
    .executeTakeFirst();
  return (row?.d as string | null | undefined) ?? null;
}
