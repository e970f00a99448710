/**
 * The content of a territory page (/territoires/:code): the territory, its parents and children,
 * and the members whose territory is, contains, lies within or straddles it.
 */
import type { Db } from '../../db/database.ts';
import { listMembersByIds } from '../members/members.public.ts';
import type { MemberRow } from '../members/members.public.ts';
import {
  countCommunesIn,
  findTerritory,
  listChildTerritories,
  listEpciParents,
  listOverlappingMembers,
} from '../territories/territories.public.ts';
import type { TerritoryKind, TerritoryRow } from '../territories/territories.public.ts';

/** A member with the name and population of its territory. */
export type MemberWithTerritory = MemberRow & { territory_name: string | null; population: number | null };

/** How a member's territory relates to the territory of a page. */
export type MemberRelation = 'self' | 'contains' | 'within' | 'overlaps';

const collator = new Intl.Collator('fr');
const LEVEL: Record<TerritoryKind, number> = { commune: 1, epci: 2, departement: 3, region: 4 };
const RELATION_ORDER: Record<MemberRelation, number> = { self: 0, contains: 1, within: 2, overlaps: 3 };

export interface TerritoryOverview {
  territory: TerritoryRow;
  /** Larger territories it belongs to, région first (an EPCI may straddle several départements). */
  parents: TerritoryRow[];
  /** Territories one level below: départements, EPCI or communes. */
  children: TerritoryRow[];
  communeCount: number;
  /** Members whose territory is, contains, lies within or straddles this one; self first, then by name. */
  members: { member: MemberWithTerritory; relation: MemberRelation }[];
}

async function parentsOf(db: Db, territory: TerritoryRow): Promise<TerritoryRow[]> {
  if (territory.kind === 'epci') return listEpciParents(db, territory.code);
  const wanted: [TerritoryKind, string | null][] =
    territory.kind === 'commune'
      ? [
          ['region', territory.region_code],
          ['departement', territory.departement_code],
          ['epci', territory.epci_code],
        ]
      : territory.kind === 'departement'
        ? [['region', territory.region_code]]
        : [];
  const rows = await Promise.all(wanted.map(([kind, code]) => (code ? findTerritory(db, kind, code) : undefined)));
  return rows.filter((r): r is TerritoryRow => r !== undefined);
}

/**
 * A territory page's content, or undefined for an unknown code. Relations are read from the
 * communes both territories share, so an EPCI straddling two départements shows on both.
 */
export async function getTerritoryOverview(db: Db, kind: TerritoryKind, code: string): Promise<TerritoryOverview | undefined> {
  const territory = await findTerritory(db, kind, code);
  if (!territory) return undefined;
  const [parents, children, communeCount, overlaps] = await Promise.all([
    parentsOf(db, territory),
    listChildTerritories(db, kind, code),
    countCommunesIn(db, kind, code),
    listOverlappingMembers(db, kind, code),
  ]);
  // Names sort the French way (Béruges before Buxerolles), which SQL's binary order does not.
  if (kind !== 'region') children.sort((a, b) => collator.compare(a.name, b.name));
  const shared = new Map(overlaps.map((o) => [o.member_id, o.shared]));
  const rows = await listMembersByIds(db, [...shared.keys()]);
  const members = await Promise.all(
    rows.map(async (member) => {
      const common = shared.get(member.id) ?? 0;
      let relation: MemberRelation;
      if (member.territory_kind === kind && member.territory_code === code) relation = 'self';
      else if (LEVEL[member.territory_kind] > LEVEL[kind]) relation = common === communeCount ? 'contains' : 'overlaps';
      else {
        // A commune always lies within; a département always within its région; an EPCI may straddle.
        const own = member.territory_kind === 'epci' ? await countCommunesIn(db, 'epci', member.territory_code) : common;
        relation = common === own ? 'within' : 'overlaps';
      }
      return { member, relation };
    }),
  );
  members.sort((a, b) => RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation]);
  return { territory, parents, children, communeCount, members };
}
