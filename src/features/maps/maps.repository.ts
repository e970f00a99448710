/** SQL of the maps: the communes with their population and the territories that contain them. */
import type { Db } from '../../db/database.ts';

export interface CommuneNesting {
  code: string;
  population: number | null;
  departement_code: string | null;
  region_code: string | null;
  epci_code: string | null;
}

/** Every current commune with its population, département, région and EPCI. */
export async function listCommuneNesting(db: Db): Promise<CommuneNesting[]> {
  return db
    .selectFrom('territories')
    .select(['code', 'population', 'departement_code', 'region_code', 'epci_code'])
    .where('kind', '=', 'commune')
    .orderBy('code')
    .execute();
}

/** Names and populations of the régions or départements. */
export async function listAreas(
  db: Db,
  kind: 'region' | 'departement',
): Promise<{ code: string; name: string; population: number | null }[]> {
  return db.selectFrom('territories').select(['code', 'name', 'population']).where('kind', '=', kind).orderBy('code').execute();
}
