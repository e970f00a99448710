/**
 * `npm run data:geo [SOURCE_DIR]`: derives the compact geography that the maps read at run time
 * (src/features/maps/data/, committed) from the raw boundaries of ../shared/data/geo-sources/
 * (IGN Admin Express 2018 via france-geojson, Licence Ouverte) and the current codes of
 * @etalab/decoupage-administratif:
 *   - france-national.json, france-regional.json: régions, départements, EPCI and the land outline,
 *     simplified for a national map and for a map of one région;
 *   - communes.json: a centroid for every current commune of the 101 départements.
 * Deterministic: the same inputs give the same bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFrame, polygonsCentroid, projectPolygons } from './data-geo/frame.ts';
import { currentCodeOf2018, readCurrentGeography, readGeoSources, RESTORED_COMMUNES } from './data-geo/sources.ts';
import { layeredTopology, mergeGroups, simplifyArcs, type CommunePiece } from './data-geo/shapes.ts';
import { encodeLevel } from './data-geo/encode.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = path.resolve(process.argv[2] ?? path.join(root, '../shared/data/geo-sources'));
const outDir = path.join(root, 'src/features/maps/data');
const FORMAT = 'essor-geo/1';
const ATTRIBUTION = 'Contours : IGN Admin Express 2018 via france-geojson, Licence Ouverte';

/** Detail of each level: Visvalingam weight and smallest polygon kept, in frame units² (1 unit = 100 m). */
const LEVELS = [
  { name: 'national', minWeight: 900, minArea: 2_500 },
  { name: 'regional', minWeight: 60, minArea: 200 },
] as const;

const started = Date.now();
const log = (message: string) => console.log(`${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s  ${message}`);

const sources = readGeoSources(sourceDir);
const current = readCurrentGeography();
const frame = buildFrame(sources.departements);
log(`frame ${frame.width} × ${frame.height} (100 m units), ${sources.communes2018.length} commune files`);

// 1. Project every 2018 commune outline and attach it to the current commune that holds it.
const codes2018 = new Set(sources.communes2018.flatMap((f) => f.collection.features.map((c) => c.properties.code)));
const currentOf = currentCodeOf2018(current.communes, codes2018);
const pieces: CommunePiece[] = [];
const piecesOf2018 = new Map<string, CommunePiece>();
for (const file of sources.communes2018) {
  const projection = frame.projectionFor(file.departement);
  for (const feature of file.collection.features) {
    const code2018 = feature.properties.code;
    const polygons = projectPolygons(feature.geometry, projection);
    const holder = currentOf.get(code2018);
    if (!holder) throw new Error(`2018 commune ${code2018} belongs to no current commune`);
    if (polygons.length === 0) continue;
    const piece = { code2018, current: holder, polygons };
    pieces.push(piece);
    piecesOf2018.set(code2018, piece);
  }
}
pieces.sort((a, b) => (a.code2018 < b.code2018 ? -1 : 1));
log(`${pieces.length} commune outlines projected`);

// 2. Centroids of current communes (restored communes: that of the 2018 commune they were part of).
const mapped = new Set(sources.communes2018.map((f) => f.departement));
const centroids: [string, number, number][] = [];
const approximate: string[] = [];
const offMap: string[] = [];
for (const commune of [...current.communes].sort((a, b) => (a.code < b.code ? -1 : 1))) {
  if (!mapped.has(commune.departement)) {
    offMap.push(commune.code);
    continue;
  }
  let parts: CommunePiece[] = [];
  for (const old of [commune.code, ...(commune.anciensCodes ?? [])]) {
    const piece = piecesOf2018.get(old);
    if (piece && piece.current === commune.code) parts.push(piece);
  }
  if (parts.length === 0 && RESTORED_COMMUNES[commune.code]) {
    parts = [piecesOf2018.get(RESTORED_COMMUNES[commune.code]!)!];
    approximate.push(commune.code);
  }
  if (parts.length === 0) throw new Error(`No outline for current commune ${commune.code} ${commune.nom}`);
  const c = polygonsCentroid(parts.flatMap((p) => p.polygons));
  centroids.push([commune.code, Math.round(c.x), Math.round(c.y)]);
}
log(`${centroids.length} centroids (${approximate.length} approximate), ${offMap.length} communes outside the mapped départements`);

// 3. Merge communes into EPCI, départements, régions and the land outline.
const groupBy = (key: (c: (typeof current.communes)[number]) => string) => {
  const groups = new Map<string, string[]>();
  for (const c of current.communes) {
    if (!mapped.has(c.departement)) continue;
    const k = key(c);
    groups.set(k, [...(groups.get(k) ?? []), c.code]);
  }
  return groups;
};
const layers = mergeGroups(pieces, {
  regions: groupBy((c) => c.region),
  departements: groupBy((c) => c.departement),
  epcis: new Map(current.epcis.map((e) => [e.code, e.membres.map((m) => m.code)])),
  land: groupBy(() => 'FR'),
});
log(
  `merged: ${Object.entries(layers)
    .map(([k, v]) => `${v.size} ${k}`)
    .join(', ')}`,
);

// 4. One topology of the merged layers, simplified per level.
const { topo, arcs } = layeredTopology(layers);
log(`layer topology: ${arcs.length} arcs, ${arcs.reduce((n, a) => n + a.length, 0)} points`);
fs.mkdirSync(outDir, { recursive: true });
const frameJson = { unit: '100 m', width: frame.width, height: frame.height, insets: frame.insets };
for (const level of LEVELS) {
  const text = encodeLevel(
    topo,
    simplifyArcs(arcs, level.minWeight),
    { format: FORMAT, level: level.name, attribution: ATTRIBUTION, frame: frameJson },
    level.minArea,
  );
  fs.writeFileSync(path.join(outDir, `france-${level.name}.json`), text);
  log(`france-${level.name}.json: ${(text.length / 1024).toFixed(0)} KB`);
}
const communesText =
  `{"format":"${FORMAT}","attribution":${JSON.stringify(ATTRIBUTION)},"approximate":${JSON.stringify(approximate)},"centroids":{\n` +
  centroids.map(([code, x, y]) => `"${code}":[${x},${y}]`).join(',\n') +
  '\n}}\n';
fs.writeFileSync(path.join(outDir, 'communes.json'), communesText);
log(`communes.json: ${(communesText.length / 1024).toFixed(0)} KB`);
