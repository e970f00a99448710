/**
 * The map of a profile: the member's territory within its région (départements around it, the
 * région's outline; EPCI borders for an EPCI or a commune), drawn from the regional geography.
 * An image: the profile's identity block says the same in words and links each territory.
 */
import type { MemberKind } from '../../shared/member-kinds.ts';
import type { TerritoryKind } from '../territories/territories.public.ts';
import { loadGeo, type Box } from './maps.geo.ts';
import { fitView, inView, meshPath, project, shapesPath } from './maps.path.ts';
import { MapFigure } from './maps.parts.tsx';
import { locateTerritory } from './maps.place.ts';

/** Larger side of a région map, in SVG units. */
const REGION_MAP_SIZE = 800;
/** Smallest step between two points of a path, in SVG units (about 2 px as displayed). */
const STEP = 3;
/** Below this scale (SVG units per frame unit), the background comes from the national geography. */
const COARSE_BELOW = 0.2;

export interface RegionMapProps {
  name: string;
  kind: MemberKind;
  territory: { kind: TerritoryKind; code: string; name: string };
  region: { code: string; name: string } | null;
}

function union(a: Box, b: Box): Box {
  return { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };
}

/** The SVG of the member's territory within its région, or null when either is not on the maps. */
export function RegionMap(props: RegionMapProps & { id?: string }) {
  const geo = loadGeo('regional');
  const regionCode = props.territory.kind === 'region' ? props.territory.code : props.region?.code;
  const region = regionCode ? geo.layers.regions.get(regionCode) : undefined;
  const place = locateTerritory(props.territory.kind, props.territory.code, 'regional');
  if (!region || !place) return null;
  const box = union(region.box, place.box);
  const view = fitView(box, REGION_MAP_SIZE, Math.max(box.x1 - box.x0, box.y1 - box.y0) * 0.04);
  // Large régions are drawn from the national geography: its detail suits their scale.
  const bg = view.scale < COARSE_BELOW ? loadGeo('national') : geo;
  const visible = (b: Box) => inView(view, b);
  const departements = [...bg.layers.departements.values()].filter((s) => visible(s.box));
  const detailed = props.territory.kind === 'epci' || props.territory.kind === 'commune';
  const titleId = `${props.id ?? 'carte-territoire'}-titre`;
  const regionName = props.territory.kind === 'region' ? props.territory.name : props.region?.name;
  const label =
    props.territory.kind === 'region'
      ? `Carte de la région ${props.territory.name} et de ses départements`
      : `Carte : ${props.territory.name} dans la région ${regionName}`;
  let territory;
  if (place.point) {
    const [cx, cy] = project(view, place.point[0], place.point[1]);
    territory = <circle cx={cx} cy={cy} r={9} />;
  } else {
    territory = <path d={shapesPath(geo, [place.shape], view, STEP)} />;
  }
  const regionPath = shapesPath(bg, [bg.layers.regions.get(regionCode!)!], view, STEP);
  const inRegion = (b: Box) => b.x1 >= region.box.x0 && b.x0 <= region.box.x1 && b.y1 >= region.box.y0 && b.y0 <= region.box.y1;
  return (
    <svg class="map map-region" viewBox={`0 0 ${view.width} ${view.height}`} role="img" aria-labelledby={titleId}>
      <title id={titleId}>{label}</title>
      <path class="map-land" d={shapesPath(bg, departements, view, STEP)} />
      <path class="map-region-area" d={regionPath} />
      {detailed && (
        <path class="map-mesh map-mesh-faint" d={meshPath(bg, 'epcis', view, (code) => inRegion(bg.layers.epcis.get(code)!.box), STEP)} />
      )}
      <path
        class="map-mesh map-mesh-strong"
        d={meshPath(bg, 'departements', view, (code) => visible(bg.layers.departements.get(code)!.box), STEP)}
      />
      <path class="map-region-outline" d={regionPath} />
      <g class={`map-member kind-${props.kind}`}>{territory}</g>
    </svg>
  );
}

/** The région map of a profile in its figure. */
export function RegionMapFigure(props: RegionMapProps) {
  const map = RegionMap(props);
  if (!map) return null;
  const regionName = props.territory.kind === 'region' ? props.territory.name : props.region?.name;
  return (
    <MapFigure
      class="map-profile"
      caption={props.territory.kind === 'region' ? `La région ${regionName}` : `${props.territory.name} dans la région ${regionName}`}
    >
      {map}
    </MapFigure>
  );
}
