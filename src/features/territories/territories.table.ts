/** The `territories` table: official geography (régions, départements, EPCI, communes). */
import type { Insertable, Selectable } from 'kysely';

export const TERRITORY_KINDS = ['region', 'departement', 'epci', 'commune'] as const;
export type TerritoryKind = (typeof TERRITORY_KINDS)[number];

export interface TerritoriesTable {
  kind: TerritoryKind;
  /** INSEE code (région, département, commune) or SIREN (EPCI). */
  code: string;
  name: string;
  /** EPCI legal form: CC, CA, CU, METRO or MET69 (métropoles); null otherwise. */
  epci_type: string | null;
  /** Municipal population; summed from communes for départements, régions and EPCI. */
  population: number | null;
  /** Département and région of the territory (for an EPCI: those of its most populous commune). */
  departement_code: string | null;
  region_code: string | null;
  /** For a commune: the SIREN of its EPCI, if any. */
  epci_code: string | null;
  /** For a commune: its postcodes, space-separated ("87000 87100 87280"); null otherwise. */
  postcodes: string | null;
}

export type TerritoryRow = Selectable<TerritoriesTable>;
export type NewTerritoryRow = Insertable<TerritoriesTable>;
