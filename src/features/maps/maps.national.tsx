/**
 * The national map of members (directory): France with the overseas départements in insets,
 * each member's territory drawn in the colour of its kind (régions, départements and EPCI as
 * areas, communes as points) and linked to its profile. The directory's list is its text equivalent.
 */
import { MEMBER_KIND_LABELS } from '../../shared/member-kinds.ts';
import { loadGeo, type Geo } from './maps.geo.ts';
import { meshPath, project, shapesPath, type View } from './maps.path.ts';
import { KindLegend, MapFigure } from './maps.parts.tsx';
import { placeMember, type MapMember } from './maps.place.ts';

/** Width of the national map in SVG units (1 unit ≈ 1 km in metropolitan France). */
const NATIONAL_SCALE = 0.1;
const POINT_RADIUS = 10;

interface NationalBase {
  geo: Geo;
  view: View;
  land: string;
  departements: string;
  regions: string;
  insets: string;
  paths: Map<string, string>;
}
let base: NationalBase | undefined;

/** The background of the national map, computed once per process. */
export function nationalBase(): NationalBase {
  if (base) return base;
  const geo = loadGeo('national');
  const view: View = {
    x0: 0,
    y0: 0,
    scale: NATIONAL_SCALE,
    width: Math.ceil(geo.frame.width * NATIONAL_SCALE),
    height: Math.ceil(geo.frame.height * NATIONAL_SCALE),
  };
  const insets = geo.frame.insets
    .map((b) => {
      const [x, y] = project(view, b.x, b.y);
      const [x1, y1] = project(view, b.x + b.width, b.y + b.height);
      return `M${x} ${y}H${x1}V${y1}H${x}z`;
    })
    .join('');
  base = {
    geo,
    view,
    insets,
    land: shapesPath(geo, geo.layers.land.values(), view),
    departements: meshPath(geo, 'departements', view),
    regions: meshPath(geo, 'regions', view),
    paths: new Map(),
  };
  return base;
}

/** Path data of one shape on the national map, memoized. */
export function nationalPath(b: NationalBase, layer: 'regions' | 'departements' | 'epcis', code: string): string | undefined {
  const key = `${layer}:${code}`;
  let d = b.paths.get(key);
  if (d === undefined) {
    const shape = b.geo.layers[layer].get(code);
    if (!shape) return undefined;
    d = shapesPath(b.geo, [shape], b.view);
    b.paths.set(key, d);
  }
  return d;
}

const LAYER_OF = { region: 'regions', departement: 'departements', epci: 'epcis' } as const;
/** Larger territories first, so that smaller ones stay visible and clickable on top. */
const ORDER = { region: 0, departement: 1, epci: 2, commune: 3 } as const;

/** The SVG of the national map; members whose territory is not on the map are left out. */
export function NationalMap(props: { members: MapMember[]; id?: string }) {
  const b = nationalBase();
  const titleId = `${props.id ?? 'carte'}-titre`;
  const members = [...props.members].sort((m, n) => ORDER[m.territoryKind] - ORDER[n.territoryKind]);
  return (
    <svg class="map map-national" viewBox={`0 0 ${b.view.width} ${b.view.height}`} role="group" aria-labelledby={titleId}>
      <title id={titleId}>Carte des adhérents : territoire de chaque adhérent, lien vers son profil</title>
      <path class="map-land" d={b.land} />
      <path class="map-mesh" d={b.departements} />
      <path class="map-mesh map-mesh-strong" d={b.regions} />
      <path class="map-inset" d={b.insets} />
      {members.map((m) => {
        const label = `${m.name} (${MEMBER_KIND_LABELS[m.kind].one.toLowerCase()})`;
        let shape;
        if (m.territoryKind === 'commune') {
          const place = placeMember(m);
          if (!place) return null;
          const [cx, cy] = project(b.view, place[0], place[1]);
          shape = <circle cx={cx} cy={cy} r={POINT_RADIUS} />;
        } else {
          const d = nationalPath(b, LAYER_OF[m.territoryKind], m.territoryCode);
          if (!d) return null;
          shape = <path d={d} />;
        }
        return (
          <a href={`/adherents/${m.slug}`} class={`map-member kind-${m.kind}`} aria-label={label}>
            <title>{label}</title>
            {shape}
          </a>
        );
      })}
    </svg>
  );
}

/** The national map in its figure, with the legend and a count of members left out. */
export function MembersMapFigure(props: { members: MapMember[]; listId: string }) {
  const missing = props.members.filter((m) => !placeMember(m)).length;
  return (
    <MapFigure
      class="map-members"
      caption={
        <>
          Carte des adhérents{' '}
          <a class="map-skip" href={`#${props.listId}`}>
            Passer la carte et aller à la liste
          </a>
        </>
      }
      notes={
        <>
          <KindLegend />
          <p class="map-note">
            Chaque territoire mène au profil de l’adhérent ; la liste ci-dessous présente les mêmes adhérents.
            {missing > 0 &&
              ` ${missing === 1 ? 'Un adhérent n’est' : `${missing} adhérents ne sont`} pas représentés (territoire hors des contours disponibles).`}
          </p>
        </>
      }
    >
      <NationalMap members={props.members} />
    </MapFigure>
  );
}
