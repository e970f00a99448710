/**
 * Shapes of `npm run data:geo`: communes (integer frame coordinates) are joined into one TopoJSON
 * topology, so that EPCI, départements and régions are merged from them along shared arcs; the
 * merged layers make a second topology, simplified (Visvalingam) at the detail of each map scale.
 */
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { topology } from 'topojson-server';
import { merge } from 'topojson-client';
import { presimplify } from 'topojson-simplify';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';

type Ring = [number, number][];
export type Layers = Record<string, Map<string, MultiPolygon>>;

/** One piece of a commune (a 2018 commune outline) with the code of the current commune holding it. */
export interface CommunePiece {
  code2018: string;
  current: string;
  polygons: Ring[][];
}

/** Merges commune pieces into the groups asked for (e.g. an EPCI and its member communes). */
export function mergeGroups(pieces: CommunePiece[], groups: Record<string, Map<string, string[]>>): Layers {
  const collection: FeatureCollection<MultiPolygon> = {
    type: 'FeatureCollection',
    features: pieces.map((p) => ({
      type: 'Feature',
      id: p.code2018,
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: p.polygons },
    })),
  };
  const topo = topology({ communes: collection }) as unknown as Topology<{ communes: GeometryCollection }>;
  const geometries = topo.objects.communes.geometries;
  const byCurrent = new Map<string, typeof geometries>();
  pieces.forEach((piece, i) => {
    const list = byCurrent.get(piece.current) ?? [];
    list.push(geometries[i]!);
    byCurrent.set(piece.current, list);
  });
  const layers: Layers = {};
  for (const [layer, members] of Object.entries(groups)) {
    const shapes = new Map<string, MultiPolygon>();
    for (const [code, communes] of members) {
      const parts = communes.flatMap((c) => byCurrent.get(c) ?? []);
      if (parts.length === 0) continue;
      shapes.set(code, merge(topo, parts as (TopoPolygon | TopoMultiPolygon)[]));
    }
    layers[layer] = shapes;
  }
  return layers;
}

/** Points of arcs with their Visvalingam weight (effective area, frame units²; Infinity at ends). */
export type WeightedArc = [number, number, number][];

/** Builds the topology of the merged layers and weighs every point of its arcs. */
export function layeredTopology(layers: Layers): { topo: Topology; arcs: WeightedArc[] } {
  const objects: Record<string, FeatureCollection<MultiPolygon>> = {};
  for (const [layer, shapes] of Object.entries(layers)) {
    objects[layer] = {
      type: 'FeatureCollection',
      features: [...shapes].map(([code, geometry]): Feature<MultiPolygon> => ({ type: 'Feature', id: code, properties: {}, geometry })),
    };
  }
  const topo = topology(objects) as unknown as Topology;
  const weighted = presimplify(topo as Parameters<typeof presimplify>[0]) as unknown as { arcs: WeightedArc[] };
  return { topo, arcs: weighted.arcs };
}

/** Keeps the points of each arc at least as heavy as minWeight; a closed arc keeps four points. */
export function simplifyArcs(arcs: WeightedArc[], minWeight: number): Ring[] {
  return arcs.map((arc) => {
    const kept = arc.filter((p) => p[2] >= minWeight);
    const closed = arc[0]![0] === arc[arc.length - 1]![0] && arc[0]![1] === arc[arc.length - 1]![1];
    if (closed && kept.length < 4 && arc.length >= 4) {
      const threshold = arc.map((p) => p[2]).sort((a, b) => b - a)[3]!;
      return arc
        .filter((p) => p[2] >= threshold)
        .slice(0, Math.max(4, kept.length))
        .map((p) => [p[0], p[1]]);
    }
    return kept.map((p) => [p[0], p[1]]);
  });
}

/** Area of a ring (absolute, frame units²). */
export function ringArea(points: Ring): number {
  let a = 0;
  for (let i = 0; i < points.length - 1; i++) a += points[i]![0] * points[i + 1]![1] - points[i + 1]![0] * points[i]![1];
  return Math.abs(a / 2);
}

/** The points of a ring given as arc references (TopoJSON: ~i for arc i reversed). */
export function ringPoints(arcs: Ring[], refs: number[]): Ring {
  const points: Ring = [];
  for (const ref of refs) {
    const arc = ref < 0 ? [...arcs[~ref]!].reverse() : arcs[ref]!;
    arc.forEach((p, i) => {
      if (i > 0 || points.length === 0) points.push(p);
    });
  }
  return points;
}
