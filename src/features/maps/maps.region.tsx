/**
 * The map of a profile: the member's territory within its région (départements around it, the
 * région's outline; EPCI borders for an EPCI or a commune), drawn from the regional geography.
 * An image of its own (30–40 KB of paths, kept out of the page and cached apart): the
 * profile's identity block says the same in words and links each territory.
 */
import { renderToString } from 'preact-render-to-string';
import type { MemberKind } from '../../shared/member-kinds.ts';
import { BoundedCache } from '../../shared/bounded-cache.ts';
import type { TerritoryKind } from '../territories/territories.public.ts';
import { loadGeo, type Box, type Shape } from './maps.geo.ts';
import { fitView, inView, meshPath, project, shapesPath, type View } from './maps.path.ts';
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

/** The paths that depend only on the view: the same for every member of a région of the same kind. */
interface Background {
  land: string;
  regionPath: string;
  epciMesh: string | null;
  departementMesh: string;
}

/** Backgrounds by région, view and detail: about two per région, a few more for territories across a border. */
const backgrounds = new BoundedCache<string, Background>(64);

function drawBackground(regionCode: string, region: Shape, view: View, detailed: boolean): Background {
  // Large régions are drawn from the national geography: its detail suits their scale.
  const bg = loadGeo(view.scale < COARSE_BELOW ? 'national' : 'regional');
  const visible = (b: Box) => inView(view, b);
  const inRegion = (b: Box) => b.x1 >= region.box.x0 && b.x0 <= region.box.x1 && b.y1 >= region.box.y0 && b.y0 <= region.box.y1;
  const departements = [...bg.layers.departements.values()].filter((s) => visible(s.box));
  return {
    land: shapesPath(bg, departements, view, STEP),
    regionPath: shapesPath(bg, [bg.layers.regions.get(regionCode)!], view, STEP),
    epciMesh: detailed ? meshPath(bg, 'epcis', view, (code) => inRegion(bg.layers.epcis.get(code)!.box), STEP) : null,
    departementMesh: meshPath(bg, 'departements', view, (code) => visible(bg.layers.departements.get(code)!.box), STEP),
  };
}

function union(a: Box, b: Box): Box {
  return { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };
}

/** Colours of the member kinds, as style.css's --kind-* (the map is an image: the page's CSS does not reach it). */
const KIND_COLOURS: Record<MemberKind, string> = {
  region: '#6a2c91',
  departement: '#0b6e4f',
  metropole: '#b3261e',
  intercommunalite: '#0b5394',
  commune: '#8a4b00',
};
const FILL_OPACITY: Partial<Record<MemberKind, number>> = { region: 0.16, departement: 0.3 };
const LINE = { fill: 'none', 'vector-effect': 'non-scaling-stroke' } as const;

/** Where the member's map is, or null when its territory or région is not on the maps. */
function regionMapPlan(props: RegionMapProps) {
  const geo = loadGeo('regional');
  const regionCode = props.territory.kind === 'region' ? props.territory.code : props.region?.code;
  const region = regionCode ? geo.layers.regions.get(regionCode) : undefined;
  const place = locateTerritory(props.territory.kind, props.territory.code, 'regional');
  if (!regionCode || !region || !place) return null;
  const box = union(region.box, place.box);
  const view = fitView(box, REGION_MAP_SIZE, Math.max(box.x1 - box.x0, box.y1 - box.y0) * 0.04);
  const regionName = props.territory.kind === 'region' ? props.territory.name : props.region?.name;
  const label =
    props.territory.kind === 'region'
      ? `Carte de la région ${props.territory.name} et de ses départements`
      : `Carte : ${props.territory.name} dans la région ${regionName}`;
  return { geo, regionCode, region, place, box, view, regionName, label };
}

/**
 * The member's territory within its région as a standalone SVG document (served at
 * /adherents/<slug>/carte.svg), or null when either is not on the maps. Styled by
 * presentation attributes, since the page's style sheet does not apply to an image.
 */
export function regionMapSvg(props: RegionMapProps): string | null {
  const plan = regionMapPlan(props);
  if (!plan) return null;
  const { geo, regionCode, region, place, box, view } = plan;
  const detailed = props.territory.kind === 'epci' || props.territory.kind === 'commune';
  // The view follows from the box alone.
  const background = backgrounds.get(`${regionCode}|${detailed}|${box.x0},${box.y0},${box.x1},${box.y1}`, () =>
    drawBackground(regionCode, region, view, detailed),
  );
  const colour = KIND_COLOURS[props.kind];
  let territory;
  if (place.point) {
    const [cx, cy] = project(view, place.point[0], place.point[1]);
    territory = <circle cx={cx} cy={cy} r={9} fill={colour} stroke="#fff" stroke-width={1.5} vector-effect="non-scaling-stroke" />;
  } else {
    territory = (
      <path
        d={shapesPath(geo, [place.shape], view, STEP)}
        fill={colour}
        fill-opacity={FILL_OPACITY[props.kind] ?? 0.4}
        stroke={colour}
        stroke-width={1.4}
        vector-effect="non-scaling-stroke"
      />
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>${renderToString(
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${view.width} ${view.height}`}
      width={view.width}
      height={view.height}
      role="img"
      aria-label={plan.label}
    >
      <title>{plan.label}</title>
      <path d={background.land} fill="#eaedf0" />
      <path d={background.regionPath} fill="#fbfbfc" />
      {background.epciMesh !== null && <path d={background.epciMesh} {...LINE} stroke="#b9c0c7" stroke-width={0.6} />}
      <path d={background.departementMesh} {...LINE} stroke="#8d969f" stroke-width={1} />
      <path d={background.regionPath} {...LINE} stroke="#4f5660" stroke-width={1.6} />
      {territory}
    </svg>,
  )}`;
}

/** The région map of a profile in its figure: the image at `src` (see regionMapSvg), nothing when there is no map. */
export function RegionMapFigure(props: RegionMapProps & { src: string }) {
  const plan = regionMapPlan(props);
  if (!plan) return null;
  return (
    <MapFigure
      class="map-profile"
      caption={
        props.territory.kind === 'region' ? `La région ${plan.regionName}` : `${props.territory.name} dans la région ${plan.regionName}`
      }
    >
      <img class="map map-region" src={props.src} alt={plan.label} width={plan.view.width} height={plan.view.height} loading="lazy" />
    </MapFigure>
  );
}
