/**
 * The committed geography (data/, written by `npm run data:geo`), read once per process:
 * régions, départements, EPCI and the land outline at two levels of detail, and the centroid of
 * every current commune. Coordinates are integers of one plane (100 m units) where the overseas
 * départements sit in insets, so drawing a map is only offsetting, scaling and rounding.
 */
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { projectPath } from '../../shared/paths.ts';

export const GEO_LAYERS = ['regions', 'departements', 'epcis', 'land'] as const;
export type GeoLayer = (typeof GEO_LAYERS)[number];
export type GeoLevel = 'national' | 'regional';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export interface InsetBox {
  code: string;
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Frame {
  unit: string;
  width: number;
  height: number;
  insets: InsetBox[];
}

/** A shape: polygons of rings of arc references (~i: arc i reversed), with its bounding box. */
export interface Shape {
  polygons: number[][][];
  box: Box;
}

export interface Geo {
  level: GeoLevel;
  attribution: string;
  frame: Frame;
  /** Absolute coordinates of each arc, x and y interleaved. */
  arcs: Int32Array[];
  layers: Record<GeoLayer, Map<string, Shape>>;
}

interface GeoFile {
  format: string;
  level: GeoLevel;
  attribution: string;
  frame: Frame;
  arcs: number[][];
  [layer: string]: unknown;
}

const dataDir = pathToFileURL(`${projectPath('src/features/maps/data')}/`);
const cache = new Map<string, unknown>();

function readData<T>(file: string): T {
  if (!cache.has(file)) cache.set(file, JSON.parse(fs.readFileSync(new URL(file, dataDir), 'utf8')));
  return cache.get(file) as T;
}

/** Sizes in bytes of the committed data files (tests keep them bounded). */
export function geoDataSizes(): Record<string, number> {
  const sizes: Record<string, number> = {};
  for (const name of fs.readdirSync(dataDir)) sizes[name] = fs.statSync(new URL(name, dataDir)).size;
  return sizes;
}

const geoCache = new Map<GeoLevel, Geo>();

/** The geography at a level of detail: 'national' for a map of France, 'regional' for one région. */
export function loadGeo(level: GeoLevel): Geo {
  const cached = geoCache.get(level);
  if (cached) return cached;
  const file = readData<GeoFile>(`france-${level}.json`);
  const arcs = file.arcs.map((delta) => {
    const out = new Int32Array(delta.length);
    let x = 0;
    let y = 0;
    for (let i = 0; i < delta.length; i += 2) {
      x += delta[i]!;
      y += delta[i + 1]!;
      out[i] = x;
      out[i + 1] = y;
    }
    return out;
  });
  const layers = {} as Record<GeoLayer, Map<string, Shape>>;
  for (const layer of GEO_LAYERS) {
    const raw = (file[layer] ?? {}) as Record<string, number[][][]>;
    layers[layer] = new Map(Object.entries(raw).map(([code, polygons]) => [code, { polygons, box: shapeBox(arcs, polygons) }]));
  }
  const geo: Geo = { level, attribution: file.attribution, frame: file.frame, arcs, layers };
  geoCache.set(level, geo);
  return geo;
}

function shapeBox(arcs: Int32Array[], polygons: number[][][]): Box {
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const rings of polygons) {
    for (const ref of rings[0] ?? []) {
      const arc = arcs[ref < 0 ? ~ref : ref]!;
      for (let i = 0; i < arc.length; i += 2) {
        box.x0 = Math.min(box.x0, arc[i]!);
        box.x1 = Math.max(box.x1, arc[i]!);
        box.y0 = Math.min(box.y0, arc[i + 1]!);
        box.y1 = Math.max(box.y1, arc[i + 1]!);
      }
    }
  }
  return box;
}

interface CommunesFile {
  attribution: string;
  approximate: string[];
  centroids: Record<string, [number, number]>;
}

/** The centroid of a current commune in frame units, or undefined for a commune not on the map. */
export function communeCentroid(code: string): [number, number] | undefined {
  const file = readData<CommunesFile>('communes.json');
  return Object.hasOwn(file.centroids, code) ? file.centroids[code] : undefined;
}

/** Every commune with a centroid, and those whose centroid is approximate (restored since 2018). */
export function communeCentroids(): { centroids: Record<string, [number, number]>; approximate: string[] } {
  const file = readData<CommunesFile>('communes.json');
  return { centroids: file.centroids, approximate: file.approximate };
}
