/**
 * Territories as pages show them: French labels of kinds, the public address of a territory
 * page, and the reading of that address back into a kind and a code.
 *
 * Addresses: `/territoires/region-53`, `/territoires/departement-35`, `/territoires/243500139`
 * (SIREN of an EPCI), `/territoires/35238` (INSEE code of a commune). Régions and départements
 * carry their kind because their INSEE codes collide (53 is both Bretagne and Mayenne).
 */
import type { TerritoryKind, TerritoryRow } from './territories.table.ts';

/** French names of the EPCI legal forms. */
const EPCI_TYPE_LABELS: Record<string, string> = {
  CC: 'Communauté de communes',
  CA: 'Communauté d’agglomération',
  CU: 'Communauté urbaine',
  METRO: 'Métropole',
  MET69: 'Métropole de Lyon',
};

export const TERRITORY_KIND_LABELS: Record<TerritoryKind, { one: string; many: string }> = {
  region: { one: 'Région', many: 'Régions' },
  departement: { one: 'Département', many: 'Départements' },
  epci: { one: 'Intercommunalité', many: 'Intercommunalités' },
  commune: { one: 'Commune', many: 'Communes' },
};

/** "Communauté urbaine", "Département"… */
export function territoryKindLabel(territory: Pick<TerritoryRow, 'kind' | 'epci_type'>): string {
  if (territory.kind === 'epci') return EPCI_TYPE_LABELS[territory.epci_type ?? ''] ?? 'Intercommunalité';
  return TERRITORY_KIND_LABELS[territory.kind].one;
}

/** "code INSEE 35238", "SIREN 243500139". */
export function territoryCodeLabel(territory: Pick<TerritoryRow, 'kind' | 'code'>): string {
  return `${territory.kind === 'epci' ? 'SIREN' : 'code INSEE'} ${territory.code}`;
}

/** The public address of a territory page. */
export function territoryPath(kind: TerritoryKind, code: string): string {
  if (kind === 'region' || kind === 'departement') return `/territoires/${kind}-${code}`;
  return `/territoires/${code}`;
}

export type TerritoryAddress =
  | { kind: TerritoryKind; code: string }
  /** A bare two- or three-character code: a département (redirected to its address). */
  | { kind: 'bare'; code: string };

/** Reads the `:code` of `/territoires/:code`; undefined when it cannot name any territory. */
export function parseTerritoryAddress(param: string): TerritoryAddress | undefined {
  const prefixed = /^(region|departement)-([0-9][0-9AB][0-9]?)$/i.exec(param);
  if (prefixed) return { kind: prefixed[1]!.toLowerCase() as 'region' | 'departement', code: prefixed[2]!.toUpperCase() };
  if (/^[0-9]{9}$/.test(param)) return { kind: 'epci', code: param };
  if (/^[0-9][0-9AB][0-9]{3}$/i.test(param)) return { kind: 'commune', code: param.toUpperCase() };
  if (/^[0-9][0-9AB][0-9]?$/i.test(param)) return { kind: 'bare', code: param.toUpperCase() };
  return undefined;
}

/**
 * A territory named in a filter (`/adherents?territoire=commune-87085`): its page address
 * (`87085`, `departement-87`, `region-75`, `200069854`) or the same with the kind spelled out
 * (`commune-87085`, `epci-200069854`). Undefined when it cannot name a territory.
 */
export function parseTerritoryFilter(text: string): { kind: TerritoryKind; code: string } | undefined {
  const spelled = /^(commune|epci)-(.+)$/i.exec(text.trim());
  const address = parseTerritoryAddress(spelled ? spelled[2]! : text.trim());
  if (!address || address.kind === 'bare') return undefined;
  if (spelled && address.kind !== spelled[1]!.toLowerCase()) return undefined;
  return address;
}

/** The filter value of a territory: `commune-87085`, `epci-200069854`, `departement-87`, `region-75`. */
export function territoryFilterValue(kind: TerritoryKind, code: string): string {
  return `${kind}-${code}`;
}
