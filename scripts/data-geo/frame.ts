/**
 * The map frame: one plane, in units of 100 m, that holds metropolitan France (Lambert-93-like
 * conic conformal projection on the sphere) and, in a column on its left, the five overseas
 * départements as insets, each projected on its own (Mercator) and fitted to its box, not to scale.
 * Every coordinate of the committed geography is an integer of this plane.
 */
import { geoConicConformal, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** Earth radius in frame units (100 m): 1 frame unit ≈ 100 m in metropolitan France. */
const EARTH_RADIUS_UNITS = 63_710;
const MARGIN = 150;
const INSET_SIZE = 1_900;
const INSET_GAP = 200;
const INSET_PADDING = 120;

/** The overseas départements drawn as insets, top to bottom. */
export const INSET_CODES = ['971', '972', '973', '974', '976'] as const;

export interface InsetBox {
  code: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Frame {
  width: number;
  height: number;
  insets: InsetBox[];
  /** The projection to use for a feature of this département. */
  projectionFor(departementCode: string): GeoProjection;
}

/**
 * Builds the frame from the département outlines (with the overseas départements at their real
 * positions): metropolitan France sets the scale, the insets are fitted to their boxes.
 */
export function buildFrame(departements: FeatureCollection<Geometry, { code: string }>): Frame {
  const isInset = (f: Feature<Geometry, { code: string }>) => (INSET_CODES as readonly string[]).includes(f.properties.code);
  const metro: FeatureCollection = { type: 'FeatureCollection', features: departements.features.filter((f) => !isInset(f)) };
  const metroProjection = geoConicConformal()
    .parallels([44, 49])
    .rotate([-3, 0])
    .center([0, 46.5])
    .scale(EARTH_RADIUS_UNITS)
    .translate([0, 0]);
  const [[x0, y0], [x1, y1]] = geoPath(metroProjection).bounds(metro);
  const insetColumn = MARGIN + INSET_SIZE + MARGIN;
  metroProjection.translate([insetColumn - x0, MARGIN - y0]);
  const metroHeight = y1 - y0;
  const insetsHeight = INSET_CODES.length * INSET_SIZE + (INSET_CODES.length - 1) * INSET_GAP;
  const height = Math.ceil(Math.max(metroHeight, insetsHeight) + 2 * MARGIN);
  const width = Math.ceil(insetColumn + (x1 - x0) + MARGIN);

  const insets: InsetBox[] = [];
  const projections = new Map<string, GeoProjection>();
  const top = (height - insetsHeight) / 2;
  INSET_CODES.forEach((code, i) => {
    const feature = departements.features.find((f) => f.properties.code === code);
    if (!feature) throw new Error(`No outline for overseas département ${code}`);
    const box = { code, x: MARGIN, y: Math.round(top + i * (INSET_SIZE + INSET_GAP)), width: INSET_SIZE, height: INSET_SIZE };
    insets.push(box);
    projections.set(
      code,
      geoMercator().fitExtent(
        [
          [box.x + INSET_PADDING, box.y + INSET_PADDING],
          [box.x + box.width - INSET_PADDING, box.y + box.height - INSET_PADDING],
        ],
        feature,
      ),
    );
  });
  return {
    width,
    height,
    insets,
    projectionFor: (departementCode) => projections.get(departementCode) ?? metroProjection,
  };
}

type Ring = [number, number][];

/** Projects and rounds a (multi)polygon to integer frame coordinates; drops collapsed rings. */
export function projectPolygons(geometry: Geometry, projection: GeoProjection): Ring[][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  const out: Ring[][] = [];
  for (const polygon of polygons) {
    const rings: Ring[] = [];
    for (const ring of polygon) {
      const projected: Ring = [];
      for (const position of ring) {
        const p = projection([position[0]!, position[1]!]);
        if (!p) continue;
        const x = Math.round(p[0]);
        const y = Math.round(p[1]);
        const last = projected[projected.length - 1];
        if (!last || last[0] !== x || last[1] !== y) projected.push([x, y]);
      }
      if (projected.length >= 4) rings.push(projected);
    }
    if (rings.length > 0) out.push(rings);
  }
  return out;
}

/** Area and centroid of polygons (shoelace; holes subtracted whatever their winding), in frame units. */
export function polygonsCentroid(polygons: Ring[][]): { area: number; x: number; y: number } {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (const polygon of polygons) {
    polygon.forEach((ring, index) => {
      let a = 0;
      let rx = 0;
      let ry = 0;
      for (let i = 0; i < ring.length - 1; i++) {
        const [ax, ay] = ring[i]!;
        const [bx, by] = ring[i + 1]!;
        const cross = ax * by - bx * ay;
        a += cross;
        rx += (ax + bx) * cross;
        ry += (ay + by) * cross;
      }
      const sign = (index === 0 ? 1 : -1) * Math.sign(a);
      area += (sign * a) / 2;
      cx += (sign * rx) / 6;
      cy += (sign * ry) / 6;
    });
  }
  return { area, x: cx / area, y: cy / area };
}
