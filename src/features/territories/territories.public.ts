/**
 * What other features may use of territories/: the one door into it (scripts/layers.test.ts checks
 * that no feature imports another's files directly).
 */
export { buildTerritoryMatcher, type TerritoryMatch } from './territories.match.ts';
export {
  parseTerritoryAddress,
  parseTerritoryFilter,
  territoryCodeLabel,
  territoryFilterValue,
  territoryKindLabel,
  territoryPath,
} from './territories.present.ts';
export {
  COMMUNE_COLUMN,
  countCommunesIn,
  listAllTerritories,
  findTerritory,
  listChildTerritories,
  listEpciParents,
  listOverlappingMembers,
  listTerritoriesWithMembers,
  listTerritories,
} from './territories.repository.ts';
export { territoryHitDetail, TerritoryFinderForm } from './territories.index-page.tsx';
export { foldPlace, MAX_QUERY_LENGTH, type FinderHit, type TerritoryFinder } from './territories.finder.ts';
export { getTerritoryFinder, resolveTerritory, type ResolvedTerritory } from './territories.service.ts';
export { POPULATION_SOURCE, POPULATION_VINTAGE, readTerritories } from './territories.source.ts';
export { TERRITORY_KINDS, type TerritoryKind, type TerritoryRow } from './territories.table.ts';
