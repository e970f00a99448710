#!/usr/bin/env node
// `npm run build`: compiles Essor to plain JavaScript, so that production runs no TypeScript
// transpiler. esbuild bundles src/cli/main.ts and everything it imports from src/ into
// dist/essor.js and its chunks (packages from node_modules stay imports); the files read at run time
// (static files, map outlines) are read from src/ (src/shared/paths.ts), which ships with the build.
//
// `--if-stale` builds only when a source file, the lockfile or this script is newer than the last
// build (what `npm start` runs, so that the README's two commands stay two). Plain JavaScript on
// purpose: it must run before anything is built.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const bundle = path.join(dist, 'essor.js');
const inputs = [path.join(root, 'src'), path.join(root, 'package-lock.json'), fileURLToPath(import.meta.url)];

/** The newest modification time under the given files and folders (test files excluded). */
function newest(paths) {
  let latest = 0;
  const visit = (p) => {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) for (const entry of fs.readdirSync(p)) visit(path.join(p, entry));
    else if (!/\.test\.tsx?$/.test(p)) latest = Math.max(latest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return latest;
}

export function isStale() {
  const built = fs.statSync(bundle, { throwIfNoEntry: false });
  return !built || newest(inputs) > built.mtimeMs;
}

export async function build() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new Error('esbuild est introuvable : lancez `npm install` (la construction a besoin des dépendances de développement).');
  }
  const started = Date.now();
  fs.rmSync(dist, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [path.join(root, 'src/cli/main.ts')],
    outdir: dist,
    entryNames: 'essor',
    chunkNames: 'chunks/[name]-[hash]',
    // Each command's modules in their own chunks, loaded when the command runs (`essor --help` loads none).
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    sourcemap: 'linked',
    // Stack traces point at the TypeScript sources.
    sourcesContent: false,
    logLevel: 'warning',
    banner: { js: '// Built by scripts/build.mjs from src/: do not edit.' },
  });
  return Date.now() - started;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const ifStale = process.argv.includes('--if-stale');
  if (ifStale && !isStale()) process.exit(0);
  try {
    const ms = await build();
    console.error(`Essor construit dans dist/ (${ms} ms).`);
  } catch (error) {
    console.error(`Construction impossible : ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
