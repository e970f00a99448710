/**
 * The content of a territory page (/territoires/:code): the territory, its parents and children,
 * and the members whose territory is, contains, lies within or straddles it.
 */
import type { Db } from '../../db/database.ts';
import type { MemberKind } from '../../shared/member-kinds.ts';
import { listIndicators, whyNotComparable } from '../indicators/indicators.public.ts';
import { listFigures, listMembersByIds } from '../members/members.public.ts';
import { getNewsPage, type NewsItem } from '../news/news.public.ts';
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
  /** The authorities that act on this place, this one first, then those it belongs to, each with its member if any. */
  coverage: CoverageEntry[];
  /** When no authority of `coverage` is a member: the members nearest (within the département, else the région). */
  nearest: { scope: TerritoryRow; members: MemberWithTerritory[] } | null;
}

/** One authority acting on a place, and whether it is a member of the network. */
export interface CoverageEntry {
  territory: TerritoryRow;
  /** The active member whose territory it is; null when it is not a member. */
  member: MemberWithTerritory | null;
  /** The member's latest comparable value of the first public indicator that has one. */
  figure: { label: string; unit: string; year: number; value: number } | null;
}

/** The latest comparable value of a member, of the first public indicator (in the network's order) that has one. */
async function latestComparable(db: Db, memberId: number): Promise<CoverageEntry['figure']> {
  const [indicators, figures] = await Promise.all([listIndicators(db, { publicOnly: true }), listFigures(db, memberId)]);
  for (const indicator of indicators) {
    const best = figures
      .filter((f) => f.kind === indicator.code && f.year !== null)
      .filter(
        (f) =>
          whyNotComparable(
            { status: f.status, followsDefinition: f.follows_definition === null ? null : f.follows_definition === 1, year: f.year },
            null,
          ) === null,
      )
      .sort((a, b) => b.year! - a.year!)[0];
    if (best) return { label: indicator.label, unit: indicator.unit, year: best.year!, value: best.value };
  }
  return null;
}

/** Active members within a territory, largest territory first (the nearest members of a place with none). */
async function membersWithin(db: Db, territory: TerritoryRow, limit: number): Promise<MemberWithTerritory[]> {
  const overlaps = await listOverlappingMembers(db, territory.kind, territory.code);
  const rows = await listMembersByIds(
    db,
    overlaps.map((o) => o.member_id),
  );
  return rows
    .filter((m) => m.status === 'active' && LEVEL[m.territory_kind] < LEVEL[territory.kind])
    .sort((a, b) => (b.population ?? 0) - (a.population ?? 0))
    .slice(0, limit);
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
  // This authority, then those it belongs to, smallest first (commune, EPCI, département, région).
  const chain = [territory, ...[...parents].sort((a, b) => LEVEL[a.kind] - LEVEL[b.kind])];
  const coverage = await Promise.all(
    chain.map(async (t): Promise<CoverageEntry> => {
      const member =
        members.find((m) => m.member.status === 'active' && m.member.territory_kind === t.kind && m.member.territory_code === t.code)
          ?.member ?? null;
      return { territory: t, member, figure: member ? await latestComparable(db, member.id) : null };
    }),
  );
  let nearest: TerritoryOverview['nearest'] = null;
  if (!coverage.some((c) => c.member))
    for (const scope of chain.filter((t) => t.kind === 'departement' || t.kind === 'region')) {
      const found = await membersWithin(db, scope, 5);
      if (found.length) {
        nearest = { scope, members: found };
        break;
      }
    }
  return { territory, parents, children, communeCount, members, coverage, nearest };
}

/** News of a territory page from one origin: a member (this one, or one containing it), or the members within it. */
export interface TerritoryNewsGroup {
  heading: string;
  /** The member the news come from (its profile lists them all); none for the members within. */
  member: MemberWithTerritory | null;
  items: NewsItem[];
  /** How many such news exist (more than shown: a link to the member's profile). */
  total: number;
}

/**
 * A territory page's news grouped by where they come from: this authority, the members within it,
 * then each member containing it, nearest first. A story linked to any member that is not on this
 * territory (another département's, say) is left out: it is about another place. Each story once,
 * in the first group it belongs to.
 */
export async function getTerritoryNews(db: Db, overview: TerritoryOverview, perGroup = 5): Promise<TerritoryNewsGroup[]> {
  const allowed = overview.members.map((m) => m.member.id);
  const by = (relation: MemberRelation) => overview.members.filter((m) => m.relation === relation).map((m) => m.member);
  const inside = [...by('within'), ...by('overlaps')];
  const specs: { heading: string; member: MemberWithTerritory | null; ids: number[] }[] = [
    ...by('self').map((m) => ({ heading: m.name, member: m, ids: [m.id] })),
    ...(inside.length ? [{ heading: 'Adhérents situés sur ce territoire', member: null, ids: inside.map((m) => m.id) }] : []),
    ...by('contains')
      .sort((a, b) => LEVEL[a.territory_kind] - LEVEL[b.territory_kind])
      .map((m) => ({ heading: m.name, member: m, ids: [m.id] })),
  ];
  const shown = new Set<number>();
  const groups: TerritoryNewsGroup[] = [];
  for (const spec of specs) {
    const page = await getNewsPage(db, { page: 1, pageSize: perGroup + shown.size, memberIds: spec.ids, onlyAmong: allowed });
    const items = page.items.filter((item) => !shown.has(item.id)).slice(0, perGroup);
    for (const item of items) shown.add(item.id);
    if (items.length) groups.push({ heading: spec.heading, member: spec.member, items, total: page.total });
  }
  return groups;
}

/** What the région map draws for a territory page: the territory, coloured like a member of its kind, within its région. */
export function territoryMapSubject(territory: TerritoryRow, region: TerritoryRow | undefined) {
  const kind: MemberKind =
    territory.kind === 'epci'
      ? territory.epci_type === 'METRO' || territory.epci_type === 'MET69'
        ? 'metropole'
        : 'intercommunalite'
      : territory.kind;
  return {
    name: territory.name,
    kind,
    territory: { kind: territory.kind, code: territory.code, name: territory.name },
    region: region ? { code: region.code, name: region.name } : null,
  };
}
