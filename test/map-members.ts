/**
 * Factory of map members on real territories, for the maps' tests and benchmark: `count` members
 * in the proportions of a real network (régions, départements, EPCI, communes), chosen
 * deterministically across the country (overseas included).
 */
import { readTerritories } from '../src/features/territories/territories.source.ts';
import type { MapMember } from '../src/features/maps/maps.place.ts';
import type { MemberKind } from '../src/features/members/members.schemas.ts';
import type { TerritoryRow } from '../src/features/territories/territories.table.ts';

let rows: ReturnType<typeof readTerritories> | undefined;

/** `count` members: 8 % régions, 22 % départements, 40 % EPCI, 30 % communes (largest first, then every n-th). */
export function buildMapMembers(count: number): MapMember[] {
  rows ??= readTerritories();
  const onMap = rows.filter((t) => !/^9(75|77|78|84|86|87|88|89)$/.test(t.departement_code ?? t.region_code ?? ''));
  const pick = (kind: TerritoryRow['kind'], n: number) => {
    const all = onMap
      .filter((t) => t.kind === kind)
      .sort((a, b) => (b.population ?? 0) - (a.population ?? 0) || (a.code < b.code ? -1 : 1));
    const step = Math.max(1, Math.floor(all.length / n / 3)); // mostly large ones, spread over the list
    const chosen: typeof all = [];
    for (let i = 0; chosen.length < n && i < all.length; i += step) chosen.push(all[i]!);
    return chosen;
  };
  const regions = pick('region', Math.min(18, Math.round(count * 0.08)));
  const departements = pick('departement', Math.round(count * 0.22));
  const epcis = pick('epci', Math.round(count * 0.4));
  const communes = pick('commune', count - regions.length - departements.length - epcis.length);
  return [...regions, ...departements, ...epcis, ...communes].map((t, i) => {
    const kind: MemberKind =
      t.kind === 'epci' ? (t.epci_type === 'METRO' || t.epci_type === 'MET69' ? 'metropole' : 'intercommunalite') : t.kind;
    return {
      slug: `membre-${i + 1}`,
      name: `${t.name} (adhérent ${i + 1})`,
      kind,
      territoryKind: t.kind,
      territoryCode: t.code,
      regionCode: t.region_code ?? null,
      departementCode: t.kind === 'region' ? null : (t.departement_code ?? null),
    };
  });
}
