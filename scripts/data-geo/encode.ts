/**
 * Writes one level of detail of the geography in the compact format read at run time
 * (src/features/maps/maps.geo.ts): integer frame coordinates, arcs delta-encoded, each shape a list
 * of polygons, each polygon a list of rings, each ring a list of arc references (~i: arc i reversed).
 */
import type { Topology } from 'topojson-specification';
import { ringArea, ringPoints } from './shapes.ts';

type Ring = [number, number][];

export interface LevelHeader {
  format: string;
  attribution: string;
  level: string;
  frame: unknown;
}

/** Encodes the layers of the topology with the arcs simplified for this level. */
export function encodeLevel(topo: Topology, arcs: Ring[], header: LevelHeader, minArea: number): string {
  const layers: Record<string, [string, number[][][]][]> = {};
  for (const [name, object] of Object.entries(topo.objects)) {
    if (object.type !== 'GeometryCollection') continue;
    const shapes: [string, number[][][]][] = [];
    for (const geometry of object.geometries) {
      const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
      const areas = polygons.map((rings) => ringArea(ringPoints(arcs, rings[0]!)));
      const largest = Math.max(...areas);
      const kept = polygons
        .filter((_, i) => areas[i]! >= minArea || areas[i] === largest)
        .map((rings) => rings.filter((ring, i) => i === 0 || ringArea(ringPoints(arcs, ring)) >= minArea));
      shapes.push([String(geometry.id), kept]);
    }
    shapes.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    layers[name] = shapes;
  }

  // Keep only the arcs still referenced, in their original order.
  const used = new Set<number>();
  for (const shapes of Object.values(layers))
    for (const [, polygons] of shapes)
      for (const rings of polygons) for (const ring of rings) for (const ref of ring) used.add(ref < 0 ? ~ref : ref);
  const order = [...used].sort((a, b) => a - b);
  const index = new Map(order.map((old, i) => [old, i]));
  const remap = (ref: number) => (ref < 0 ? ~index.get(~ref)! : index.get(ref)!);

  const lines: string[] = [];
  lines.push(`{"format":${JSON.stringify(header.format)},"level":${JSON.stringify(header.level)},`);
  lines.push(`"attribution":${JSON.stringify(header.attribution)},`);
  lines.push(`"frame":${JSON.stringify(header.frame)},`);
  lines.push('"arcs":[');
  lines.push(order.map((old) => JSON.stringify(deltaEncode(arcs[old]!))).join(',\n'));
  lines.push('],');
  const layerNames = Object.keys(layers).sort();
  layerNames.forEach((name, li) => {
    lines.push(`${JSON.stringify(name)}:{`);
    lines.push(
      layers[name]!.map(
        ([code, polygons]) => `${JSON.stringify(code)}:${JSON.stringify(polygons.map((rings) => rings.map((ring) => ring.map(remap))))}`,
      ).join(',\n'),
    );
    lines.push(li === layerNames.length - 1 ? '}}' : '},');
  });
  return lines.join('\n') + '\n';
}

function deltaEncode(points: Ring): number[] {
  const out: number[] = [];
  let px = 0;
  let py = 0;
  for (const [x, y] of points) {
    out.push(x - px, y - py);
    px = x;
    py = y;
  }
  return out;
}
