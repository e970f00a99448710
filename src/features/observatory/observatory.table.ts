/** Tables of the observatory: the SIRENE extracts imported (vintages) and their figures per territory. */
import type { Generated, Selectable } from 'kysely';

export interface ObservatoryVintagesTable {
  id: Generated<number>;
  /** YYYY-MM-DD */
  extract_date: string;
  imported_at: string;
  /** Names and sizes of the files read (the same extract imported again changes nothing). */
  files: string;
  legal_units: number;
  establishments: number;
  /** Active establishments whose commune the geography does not know (abroad, former communes). */
  unplaced: number;
  /** 1 for generated demo files: pages say the figures are synthetic. */
  synthetic: Generated<number>;
}

export interface ObservatoryFiguresTable {
  vintage_id: number;
  territory_kind: 'region' | 'departement' | 'epci' | 'commune';
  territory_code: string;
  /** 'all', 'ess', 'ess-family:<family>', 'ess-section:<NAF section>' */
  category: string;
  establishments: number;
  employers: number;
  staff_min: number;
  staff_max: number;
}

/** A diffusible active ESS establishment that employs staff (the latest extract only). */
export interface ObservatoryEstablishmentsTable {
  vintage_id: number;
  siret: string;
  name: string;
  naf: string;
  family: string;
  staff_band: string;
  /** The commune (arrondissements mapped to their commune). */
  commune_code: string;
}

export type ObservatoryVintageRow = Selectable<ObservatoryVintagesTable>;
export type ObservatoryFigureRow = Selectable<ObservatoryFiguresTable>;
export type ObservatoryEstablishmentRow = Selectable<ObservatoryEstablishmentsTable>;
