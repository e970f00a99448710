/**
 * Observatory benchmark (issue 18): synthetic SIRENE stock files of growing size (legal units;
 * establishments are about 1.3 times as many) imported into a copy of the benchmark database:
 * total time, peak memory of the process (Node and the embedded DuckDB together: VmHWM, reset
 * before the import), disk used by the files and by the figures, then communes' territory pages
 * rendered cold with the figures. Targets at national size (30 M legal units, 40 M
 * establishments): under 10 minutes, under 2 GB, a territory page under 30 ms.
 *
 *   npm run bench:observatory [-- --sizes 1000000,5000000 --keep]
 *
 * Files are written once per size under bench/.data/sirene-<size>/ (kept with --keep).
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
import { importObservatory } from '../src/features/observatory/observatory.import.ts';
import { writeSyntheticSirene } from '../src/features/observatory/observatory.synthetic.ts';
import { ensureTerritories } from '../src/features/territories/territories.service.ts';
import { listTerritories } from '../src/features/territories/territories.public.ts';
import { ensureDataset } from './generate.ts';
import { createRandom } from './random.ts';
import { describeMachine, writeResults } from './report.ts';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000000' },
    keep: { type: 'boolean', default: false },
    pages: { type: 'string', default: '300' },
  },
});
const SIZES = args.sizes.split(',').map(Number);
const log = (message: string) => process.stderr.write(`[observatory] ${message}\n`);

function peakRssMb(): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}
function resetPeak(): void {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    log('cannot reset the peak memory (no /proc/self/clear_refs): the peak includes the generation');
  }
}
const sizeMb = (file: string) => fs.statSync(file).size / 1024 / 1024;

async function main() {
  const dataset = await ensureDataset(path.join(benchDir, '.data'));
  const rows = [];
  for (const size of SIZES) {
    const dir = path.join(benchDir, '.data', `sirene-${size}`);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'essor-observatory-')), 'bench.db');
    fs.copyFileSync(dataset.file, file);
    const database = openDatabase({ dialect: 'sqlite', file });
    await migrateToLatest(database);
    await ensureTerritories(database);
    let files = { unitesLegales: path.join(dir, 'StockUniteLegale.csv'), etablissements: path.join(dir, 'StockEtablissement.csv') };
    if (!fs.existsSync(files.etablissements)) {
      const started = performance.now();
      const communes = (await listTerritories(database.db, 'commune')).map((c) => ({
        code: c.code,
        name: c.name,
        population: c.population,
        postcode: c.postcodes?.split(' ')[0] ?? null,
      }));
      files = await writeSyntheticSirene({
        outDir: dir,
        legalUnits: size,
        communes,
        date: '2026-11-01',
        progress: (n) => n % 1_000_000 < 20_000 && log(`generating: ${n} / ${size} legal units`),
      });
      log(`files for ${size} legal units written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const dbBefore = sizeMb(file);
    resetPeak();
    const result = await importObservatory(database, { ...files, progress: (m) => log(m) });
    const peak = peakRssMb();
    const dbAfter = sizeMb(file);

    const config = loadConfig({ PUBLIC_URL: 'http://essor.bench', LOG_LEVEL: 'silent', DATABASE_URL: file, NODE_ENV: 'production' });
    const app = await buildApp(config, database, { logger: false });
    const communes = await listTerritories(database.db, 'commune');
    const rng = createRandom(size);
    const times: number[] = [];
    for (let i = 0; i < Number(args.pages) + 20; i++) {
      const code = communes[Math.floor(rng.next() * communes.length)]!.code;
      app.pageCache.clear();
      const t = performance.now();
      const res = await app.inject({ method: 'GET', url: `/territoires/${code}` });
      if (i >= 20) times.push(performance.now() - t);
      if (res.statusCode !== 200 || !res.body.includes('répertoire SIRENE')) throw new Error(`/territoires/${code}: ${res.statusCode}`);
    }
    await app.close();
    await database.close();
    times.sort((a, b) => a - b);
    const row = {
      legalUnits: result.legalUnits,
      establishments: result.establishments,
      importSeconds: result.ms / 1000,
      peakRssMb: peak,
      filesMb: sizeMb(files.unitesLegales) + sizeMb(files.etablissements),
      figuresMb: dbAfter - dbBefore,
      figures: result.figures,
      pageP50: times[Math.floor(times.length * 0.5)]!,
      pageP95: times[Math.floor(times.length * 0.95)]!,
    };
    rows.push(row);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    if (!args.keep) fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log('\nObservatory benchmark — synthetic SIRENE files, embedded DuckDB, SQLite');
  for (const r of rows)
    console.log(
      `  ${String(r.legalUnits).padStart(10)} legal units, ${String(r.establishments).padStart(10)} establishments: import ${r.importSeconds.toFixed(1)} s, peak RSS ${r.peakRssMb.toFixed(0)} MB, files ${r.filesMb.toFixed(0)} MB, figures ${r.figures} (${r.figuresMb.toFixed(1)} MB), commune page cold p50 ${r.pageP50.toFixed(1)} ms p95 ${r.pageP95.toFixed(1)} ms`,
    );
  log(`results written to ${writeResults(path.join(benchDir, 'results'), { kind: 'observatory', machine: describeMachine(), rows })}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
