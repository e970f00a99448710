/**
 * SVG path data from the committed geography: a view maps frame coordinates to integer SVG
 * coordinates; paths use relative commands, so most numbers are one or two digits long.
 */
import type { Box, Geo, GeoLayer, Shape } from './maps.geo.ts';

/** A view: SVG coordinate = round((frame coordinate - origin) × scale); width and height in SVG units. */
export interface View {
  x0: number;
  y0: number;
  scale: number;
  width: number;
  height: number;
}

/** A view of `box` (frame units) whose larger side spans `size` SVG units, with a margin in frame units. */
export function fitView(box: Box, size: number, margin = 0): View {
  const x0 = box.x0 - margin;
  const y0 = box.y0 - margin;
  const w = box.x1 - box.x0 + 2 * margin;
  const h = box.y1 - box.y0 + 2 * margin;
  const scale = size / Math.max(w, h);
  return { x0, y0, scale, width: Math.ceil(w * scale), height: Math.ceil(h * scale) };
}

/** Whether a box (frame units) meets the view. */
export function inView(view: View, box: Box): boolean {
  return (
    box.x1 >= view.x0 && box.y1 >= view.y0 && box.x0 <= view.x0 + view.width / view.scale && box.y0 <= view.y0 + view.height / view.scale
  );
}

/** A point of the frame in SVG coordinates. */
export function project(view: View, x: number, y: number): [number, number] {
  return [Math.round((x - view.x0) * view.scale), Math.round((y - view.y0) * view.scale)];
}

class PathWriter {
  parts: string[] = [];
  private x = 0;
  private y = 0;
  private count = 0;

  /** Points closer than `minStep` SVG units to the last one written are skipped (except forced ones). */
  constructor(
    private view: View,
    private minStep = 1,
  ) {}

  /** Starts a subpath. */
  move(fx: number, fy: number): void {
    const [x, y] = project(this.view, fx, fy);
    this.parts.push(`M${x}${y < 0 ? '' : ' '}${y}`);
    this.x = x;
    this.y = y;
    this.count = 1;
  }

  line(fx: number, fy: number, force = false): void {
    const [x, y] = project(this.view, fx, fy);
    const dx = x - this.x;
    const dy = y - this.y;
    if (dx === 0 && dy === 0) return;
    if (!force && Math.abs(dx) + Math.abs(dy) < this.minStep) return;
    this.parts.push(`${this.count === 1 ? 'l' : dx < 0 ? '' : ' '}${dx}${dy < 0 ? '' : ' '}${dy}`);
    this.x = x;
    this.y = y;
    this.count++;
  }

  close(): void {
    this.parts.push('z');
  }
}

function writeArc(writer: PathWriter, arc: Int32Array, reversed: boolean, first: boolean): void {
  const n = arc.length / 2;
  for (let k = first ? 0 : 1; k < n; k++) {
    const i = (reversed ? n - 1 - k : k) * 2;
    if (k === 0) writer.move(arc[i]!, arc[i + 1]!);
    else writer.line(arc[i]!, arc[i + 1]!, k === n - 1);
  }
}

/** Path data of shapes (rings closed, even-odd holes); `minStep` as in PathWriter. */
export function shapesPath(geo: Geo, shapes: Iterable<Shape>, view: View, minStep = 1): string {
  const writer = new PathWriter(view, minStep);
  for (const shape of shapes) {
    for (const rings of shape.polygons) {
      for (const ring of rings) {
        ring.forEach((ref, i) => writeArc(writer, geo.arcs[ref < 0 ? ~ref : ref]!, ref < 0, i === 0));
        writer.close();
      }
    }
  }
  return writer.parts.join('');
}

/**
 * Path data of the borders between shapes of a layer (arcs shared by two of them), each once.
 * With `keep`, every arc of the kept shapes instead (their outlines, shared borders once).
 * Arcs are written in ring order, so consecutive ones continue the same subpath.
 */
export function meshPath(geo: Geo, layer: GeoLayer, view: View, keep?: (code: string) => boolean, minStep = 1): string {
  const shapes = [...geo.layers[layer]].filter(([code]) => !keep || keep(code)).map(([, shape]) => shape);
  const uses = new Map<number, number>();
  if (!keep) {
    for (const shape of shapes)
      for (const rings of shape.polygons)
        for (const ring of rings)
          for (const ref of ring) {
            const arc = ref < 0 ? ~ref : ref;
            uses.set(arc, (uses.get(arc) ?? 0) + 1);
          }
  }
  const written = new Set<number>();
  const writer = new PathWriter(view, minStep);
  for (const shape of shapes) {
    for (const rings of shape.polygons) {
      for (const ring of rings) {
        let joined = false;
        for (const ref of ring) {
          const arc = ref < 0 ? ~ref : ref;
          if (written.has(arc) || (!keep && (uses.get(arc) ?? 0) < 2)) {
            joined = false;
            continue;
          }
          written.add(arc);
          writeArc(writer, geo.arcs[arc]!, ref < 0, !joined);
          joined = true;
        }
      }
    }
  }
  return writer.parts.join('');
}

/** A point to label a shape: the centroid of its largest outer ring (frame units). */
export function labelPoint(geo: Geo, shape: Shape): [number, number] {
  let best: [number, number] = [(shape.box.x0 + shape.box.x1) / 2, (shape.box.y0 + shape.box.y1) / 2];
  let bestArea = 0;
  for (const rings of shape.polygons) {
    const points: number[] = [];
    for (const ref of rings[0] ?? []) {
      const arc = geo.arcs[ref < 0 ? ~ref : ref]!;
      const n = arc.length / 2;
      for (let k = 0; k < n; k++) {
        const i = (ref < 0 ? n - 1 - k : k) * 2;
        points.push(arc[i]!, arc[i + 1]!);
      }
    }
    let a = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0; i + 3 < points.length; i += 2) {
      const cross = points[i]! * points[i + 3]! - points[i + 2]! * points[i + 1]!;
      a += cross;
      cx += (points[i]! + points[i + 2]!) * cross;
      cy += (points[i + 1]! + points[i + 3]!) * cross;
    }
    if (Math.abs(a) > bestArea) {
      bestArea = Math.abs(a);
      best = [cx / (3 * a), cy / (3 * a)];
    }
  }
  return best;
}
