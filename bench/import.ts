/**
 * The importer benchmark: legacy pages parsed per second on one core (the import issue asks for at
 * least 1,000), over the importer's own fixtures (every plain-text and HTML case it knows) and the
 * real Grand Poitiers page, each read from bytes as `essor import-pages` reads files.
 *
 *   npm run bench:import [-- --seconds 5]     (also part of `npm run bench`)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseLegacyPage } from '../src/features/imports/parse/imports.parse.ts';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src/features/imports/fixtures');

export interface ImportBenchResult {
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  megabytesPerSecond: number;
  corpus: { files: number; bytes: number };
}

/** Parses the corpus in a loop for `seconds` (after a one-second warm-up) on this thread. */
export function measureImportParse(seconds = 5): ImportBenchResult {
  const corpus = fs
    .readdirSync(FIXTURES)
    .filter((f) => /\.(txt|html?)$/.test(f))
    .sort()
    .map((file) => ({ file, bytes: fs.readFileSync(path.join(FIXTURES, file)) }));
  const now = new Date('2026-12-01T00:00:00Z');
  const run = (ms: number) => {
    let pages = 0;
    let bytes = 0;
    const start = performance.now();
    while (performance.now() - start < ms) {
      for (const { file, bytes: content } of corpus) {
        parseLegacyPage(content, file, { now });
        pages++;
        bytes += content.length;
      }
    }
    return { pages, bytes, seconds: (performance.now() - start) / 1000 };
  };
  run(1000);
  const { pages, bytes, seconds: elapsed } = run(seconds * 1000);
  return {
    pages,
    seconds: elapsed,
    pagesPerSecond: pages / elapsed,
    megabytesPerSecond: bytes / 1024 / 1024 / elapsed,
    corpus: { files: corpus.length, bytes: corpus.reduce((sum, c) => sum + c.bytes.length, 0) },
  };
}

/** Hostile pages that used to take minutes (nesting made htmlparser2 quadratic): milliseconds to parse each, once. */
export function measureHostilePages(): { label: string; bytes: number; ms: number; error: string | null }[] {
  const head = '<html><body><main><h1>Ville de Brume</h1><h2>Panorama de l’ESS</h2><p>';
  const pages = [
    { label: '100,000 nested <b>', html: `${head}${'<b>'.repeat(100_000)}texte${'</b>'.repeat(100_000)}</p></main></body></html>` },
    { label: '1,000,000 unknown tags never closed', html: `${head}${'<x>'.repeat(1_000_000)}texte` },
  ];
  return pages.map(({ label, html }) => {
    const bytes = Buffer.from(html);
    const start = performance.now();
    const page = parseLegacyPage(bytes, 'hostile.html');
    return { label, bytes: bytes.length, ms: performance.now() - start, error: page.error };
  });
}

export function formatImportResult(r: ImportBenchResult): string {
  return `Importer: ${Math.round(r.pagesPerSecond).toLocaleString('en')} pages/s on one core (${r.megabytesPerSecond.toFixed(1)} MB/s; ${r.corpus.files} fixture pages, ${(r.corpus.bytes / 1024).toFixed(0)} KB, parsed ${r.pages.toLocaleString('en')} times in ${r.seconds.toFixed(1)} s; target ≥ 1,000 pages/s)`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { values } = parseArgs({ options: { seconds: { type: 'string', default: '5' } } });
  console.log(formatImportResult(measureImportParse(Number(values.seconds))));
  for (const h of measureHostilePages())
    console.log(`Hostile page, ${h.label} (${(h.bytes / 1e6).toFixed(1)} MB): ${h.ms.toFixed(0)} ms${h.error ? ` — ${h.error}` : ''}`);
}
