/**
 * Territory benchmark (issue 17): the finder over the prefixes of every commune name, as the
 * suggestions call it (in memory, then the JSON route through the application), and the territory
 * page of communes rendered cold (out of the page cache), on a copy of the benchmark data set
 * (1,000 members, 20,000 news). Targets: finder p95 under 20 ms for any prefix; a commune's page
 * p95 under 30 ms cold.
 *
 *   npm run bench:territories [-- --every 1 --pages 1000]
 *
 * `--every N` measures one distinct prefix in N (1: all of them, ~195,000, a few minutes);
 * `--pages` is how many communes' pages are rendered.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { buildApp } from '../src/server/app.ts';
import { ensureTerritories } from '../src/features/territories/territories.service.ts';
import { getTerritoryFinder, listTerritories } from '../src/features/territories/territories.public.ts';
import { ensureDataset } from './generate.ts';
import { createRandom } from './random.ts';
import { describeMachine, writeResults } from './report.ts';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({ options: { every: { type: 'string', default: '1' }, pages: { type: 'string', default: '1000' } } });
const EVERY = Math.max(1, Number(args.every));
const PAGES = Math.max(10, Number(args.pages));
const log = (message: string) => process.stderr.write(`[territories] ${message}\n`);

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1)! };
}
const line = (name: string, s: ReturnType<typeof stats>) =>
  `  ${name.padEnd(52)} n ${String(s.n).padStart(7)}  p50 ${s.p50.toFixed(2).padStart(6)} ms  p95 ${s.p95.toFixed(2).padStart(6)} ms  p99 ${s.p99.toFixed(2).padStart(6)} ms  max ${s.max.toFixed(1).padStart(6)} ms`;

async function main() {
  const dataset = await ensureDataset(path.join(benchDir, '.data'));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'essor-territories-')), 'bench.db');
  fs.copyFileSync(dataset.file, file);
  const database = openDatabase({ dialect: 'sqlite', file });
  await migrateToLatest(database);
  await ensureTerritories(database);
  const { db } = database;

  const started = performance.now();
  const finder = await getTerritoryFinder(db);
  const buildMs = performance.now() - started;
  const communes = await listTerritories(db, 'commune');
  const prefixes = new Set<string>();
  for (const c of communes) for (let i = 1; i <= c.name.length; i++) prefixes.add(c.name.slice(0, i));
  const list = [...prefixes].filter((_, i) => i % EVERY === 0);
  log(
    `finder built in ${buildMs.toFixed(0)} ms; ${prefixes.size} distinct prefixes of ${communes.length} commune names, measuring ${list.length}`,
  );

  const inMemory: number[] = [];
  for (const [i, prefix] of list.entries()) {
    const t = performance.now();
    finder.find(prefix, 8);
    inMemory.push(performance.now() - t);
    if (i % 20_000 === 0 && i) log(`finder ${i}/${list.length}`);
  }

  const config = loadConfig({ PUBLIC_URL: 'http://essor.bench', LOG_LEVEL: 'silent', DATABASE_URL: file, NODE_ENV: 'production' });
  const app = await buildApp(config, database, { logger: false });
  const rng = createRandom(20261210);
  const sample = (n: number, from: string[]) => Array.from({ length: n }, () => from[Math.floor(rng.next() * from.length)]!);

  // The suggestions route, out of the page cache (each prefix asked once).
  const routeTimes: number[] = [];
  for (const prefix of sample(Math.min(5000, list.length), list)) {
    app.pageCache.clear();
    const t = performance.now();
    const res = await app.inject({ method: 'GET', url: `/territoires/suggestions?q=${encodeURIComponent(prefix)}` });
    routeTimes.push(performance.now() - t);
    if (res.statusCode !== 200) throw new Error(`suggestions ${prefix}: ${res.statusCode}`);
  }

  // Communes' pages, cold: a new commune each request, the page cache emptied.
  const codes = sample(
    PAGES,
    communes.map((c) => c.code),
  );
  for (const code of codes.slice(0, 20)) await app.inject({ method: 'GET', url: `/territoires/${code}` });
  const pageTimes: number[] = [];
  for (const code of codes) {
    app.pageCache.clear();
    const t = performance.now();
    const res = await app.inject({ method: 'GET', url: `/territoires/${code}` });
    pageTimes.push(performance.now() - t);
    if (res.statusCode !== 200) throw new Error(`/territoires/${code}: ${res.statusCode}`);
  }
  await app.close();
  await database.close();

  const rows = {
    finder: stats(inMemory),
    suggestions: stats(routeTimes),
    communePage: stats(pageTimes),
  };
  console.log(`\nTerritory benchmark — ${communes.length} communes, ${prefixes.size} distinct prefixes (one in ${EVERY} measured)`);
  console.log(line('finder in memory, every prefix measured', rows.finder));
  console.log(line('/territoires/suggestions, out of the page cache', rows.suggestions));
  console.log(line('commune page, cold (a new commune, cache emptied)', rows.communePage));
  const out = writeResults(path.join(benchDir, 'results'), {
    kind: 'territories',
    machine: describeMachine(),
    finderBuildMs: buildMs,
    ...rows,
  });
  log(`results written to ${out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
