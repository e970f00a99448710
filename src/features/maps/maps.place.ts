/** Where a member's territory is on the maps: a shape (région, département, EPCI) or a point (commune). */
import type { MemberKind } from '../../shared/member-kinds.ts';
import type { TerritoryKind } from '../territories/territories.public.ts';
import { communeCentroid, loadGeo, type Box, type GeoLevel, type Shape } from './maps.geo.ts';

/** What the maps need of a member. */
export interface MapMember {
  slug: string;
  name: string;
  kind: MemberKind;
  territoryKind: TerritoryKind;
  territoryCode: string;
  regionCode: string | null;
  departementCode: string | null;
}

export type Place = { shape: Shape; point?: undefined; box: Box } | { shape?: undefined; point: [number, number]; box: Box };

const LAYER_OF = { region: 'regions', departement: 'departements', epci: 'epcis' } as const;

/** The place of a territory on the maps, or undefined when the geography has none (e.g. overseas collectivities). */
export function locateTerritory(kind: TerritoryKind, code: string, level: GeoLevel = 'national'): Place | undefined {
  if (kind === 'commune') {
    const point = communeCentroid(code);
    return point && { point, box: { x0: point[0], y0: point[1], x1: point[0], y1: point[1] } };
  }
  const shape = loadGeo(level).layers[LAYER_OF[kind]].get(code);
  return shape && { shape, box: shape.box };
}

/** The point of a commune member; for other members whether they have a shape (as its box centre). */
export function placeMember(member: Pick<MapMember, 'territoryKind' | 'territoryCode'>): [number, number] | undefined {
  const place = locateTerritory(member.territoryKind, member.territoryCode);
  if (!place) return undefined;
  return place.point ?? [(place.box.x0 + place.box.x1) / 2, (place.box.y0 + place.box.y1) / 2];
}
