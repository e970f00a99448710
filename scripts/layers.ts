/**
 * The import graph of src/ and the rules it must keep (docs/ARCHITECTURE.md, "Layers"):
 *
 *   server/, cli/          composition root: may import anything below
 *   features/<feature>/    may import web/, db/, shared/ and other features (never server/ or cli/)
 *   web/                   feature-free toolkit: db/, shared/, config, errors only
 *   db/, shared/, config.ts, errors.ts   the base: nothing above (db/schema.ts assembles the
 *                          features' table types, with `import type` only)
 *
 * Between features, imports must not form a cycle (A imports B and B imports A, directly), and a
 * feature uses another only through its public surface, `features/<name>/<name>.public.ts`.
 * `npm run layers` prints the graph's figures; scripts/layers.test.ts fails on any violation.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface ImportEdge {
  from: string;
  to: string;
  typeOnly: boolean;
}

const RANK = { base: 0, web: 1, feature: 2, root: 3 } as const;
type Layer = keyof typeof RANK;

/** The layer of a file, from its path relative to src/. */
export function layerOf(file: string): Layer {
  const top = file.split('/')[0];
  if (top === 'server' || top === 'cli') return 'root';
  if (top === 'features') return 'feature';
  if (top === 'web') return 'web';
  return 'base';
}

/** The feature a file belongs to, or null. */
export function featureOf(file: string): string | null {
  const parts = file.split('/');
  return parts[0] === 'features' ? (parts[1] ?? null) : null;
}

/** Every relative import of every non-test source file under `srcDir`, as paths relative to it. */
export function readImports(srcDir: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        const text = fs.readFileSync(full, 'utf8');
        for (const match of text.matchAll(
          /^(?:import|export)(\s+type)?[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/gm,
        )) {
          const target = path.resolve(path.dirname(full), (match[2] ?? match[3])!);
          edges.push({ from: path.relative(srcDir, full), to: path.relative(srcDir, target), typeOnly: Boolean(match[1]) });
        }
      }
    }
  };
  walk(srcDir);
  return edges;
}

/** Imports that go up a layer (the one allowed exception: db/schema.ts's type imports of tables). */
export function upwardImports(edges: ImportEdge[]): ImportEdge[] {
  return edges.filter((e) => {
    if (e.to.startsWith('..')) return false;
    if (e.from === 'db/schema.ts' && e.typeOnly && e.to.endsWith('.table.ts')) return false;
    return RANK[layerOf(e.to)] > RANK[layerOf(e.from)];
  });
}

/** Imports of one feature's files by another feature that bypass its public surface (<name>.public.ts). */
export function privateImports(edges: ImportEdge[]): ImportEdge[] {
  return edges.filter((e) => {
    const from = featureOf(e.from);
    const to = featureOf(e.to);
    return from !== null && to !== null && from !== to && e.to !== `features/${to}/${to}.public.ts`;
  });
}

/** Pairs of features that import each other, as "a ↔ b" (a < b). */
export function featureCycles(edges: ImportEdge[]): string[] {
  const pairs = new Set<string>();
  for (const e of edges) {
    const a = featureOf(e.from);
    const b = featureOf(e.to);
    if (a && b && a !== b) pairs.add(`${a}>${b}`);
  }
  return [...pairs]
    .map((p) => p.split('>') as [string, string])
    .filter(([a, b]) => a < b && pairs.has(`${b}>${a}`))
    .map(([a, b]) => `${a} ↔ ${b}`)
    .sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const edges = readImports(path.resolve(path.dirname(new URL(import.meta.url).pathname), '../src'));
  const up = upwardImports(edges);
  const cycles = featureCycles(edges);
  const around = privateImports(edges);
  console.log(
    `${edges.length} imports; ${up.length} upward; ${around.length} around a public surface; ${cycles.length} pairs of features importing each other`,
  );
  for (const e of up) console.log(`  up: ${e.from} → ${e.to}`);
  for (const e of around) console.log(`  around: ${e.from} → ${e.to}`);
  for (const c of cycles) console.log(`  cycle: ${c}`);
}
