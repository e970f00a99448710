/**
 * `npm run bench`: builds (or reuses) the benchmark data set, starts the real server in
 * production mode, measures public pages and the API with wrk while sampling the
 * server's memory, then prints a table and writes bench/results/<timestamp>.json.
 *
 * Flags: --duration S (10), --connections N (32), --warmup S (3), --rebuild, --server-dir DIR, --database FILE.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/database.ts';
import { ensureDataset, GENERATOR_VERSION } from './generate.ts';
import { formatImportResult, measureImportParse } from './import.ts';
import {
  apiPagePaths,
  distinctDirectoryPaths,
  distinctProfilePaths,
  requireWrk,
  measureTarget,
  type RunOptions,
  type Target,
} from './measure.ts';
import { readMemory, sampleMemory } from './memory.ts';
import { readThrough } from './os-cache.ts';
import { createRandom } from './random.ts';
import { describeMachine, formatTable, writeResults, type TargetRow } from './report.ts';
import { startServer, type RunningServer } from './server.ts';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const projectDir = path.dirname(benchDir);

const USAGE = `Usage: npm run bench -- [--duration S] [--connections N] [--warmup S] [--rebuild] [--server-dir DIR] [--database FILE]
  --duration S      measured run per target, in seconds (default 10)
  --connections N   concurrent connections (default 32)
  --warmup S        warm-up run per target before measuring, in seconds (default 3)
  --rebuild         rebuild the data set even if bench/.data holds a current one
  --server-dir DIR  measure the build of another checkout (e.g. a git worktree of an older commit), for a before/after
  --database FILE   serve this copy of the data set instead (an older checkout needs one at its own schema)`;

/** Reads the command-line flags; exits with the usage on nonsense. */
function readOptions(argv: string[]): RunOptions & { rebuild: boolean; serverDir: string; database: string | undefined } {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '32' },
      warmup: { type: 'string', default: '3' },
      rebuild: { type: 'boolean', default: false },
      'server-dir': { type: 'string' },
      database: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const durationS = Number(values.duration);
  const connections = Number(values.connections);
  const warmupS = Number(values.warmup);
  if (values.help || !(durationS > 0) || !Number.isInteger(connections) || connections < 1 || !(warmupS >= 0)) {
    console.error(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  return {
    durationS,
    connections,
    warmupS,
    rebuild: values.rebuild,
    serverDir: path.resolve(values['server-dir'] ?? projectDir),
    database: values.database && path.resolve(values.database),
  };
}

interface Sample {
  /** Member slugs, in a fixed shuffled order (cold profiles). */
  slugs: string[];
  /** Every directory filter set (kind, région, membership year) that lists at least one active member, in a fixed shuffled order. */
  filterSets: { kind: string; region: string; year: number | null }[];
  /** Pages of 20 in the members API. */
  apiPages: number;
}

/** What the cold targets walk through, read from the data set. */
async function readSample(file: string): Promise<Sample> {
  const database = openDatabase({ dialect: 'sqlite', file });
  try {
    const rows = await database.db
      .selectFrom('members as m')
      .leftJoin('territories as t', (join) => join.onRef('t.kind', '=', 'm.territory_kind').onRef('t.code', '=', 'm.territory_code'))
      .select(['m.slug', 'm.kind', 'm.status', 'm.joined_year', 't.region_code'])
      .orderBy('m.id')
      .execute();
    const sets = new Map<string, Sample['filterSets'][number]>();
    for (const row of rows.filter((r) => r.status === 'active'))
      for (const kind of ['', row.kind])
        for (const region of ['', row.region_code ?? ''])
          for (const year of [null, row.joined_year]) {
            // The unfiltered directory is the cached target.
            if (kind || region || year !== null) sets.set(`${kind}|${region}|${year}`, { kind, region, year });
          }
    const random = createRandom(7);
    return {
      slugs: random.shuffle(rows.map((r) => r.slug)),
      filterSets: random.shuffle([...sets.values()]),
      apiPages: Math.ceil(rows.filter((r) => r.status === 'active').length / 20),
    };
  } finally {
    await database.close();
  }
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  requireWrk();
  const machine = describeMachine();
  console.log(`Machine: ${machine.cpus} CPU × ${machine.cpuModel}, ${machine.memoryGb} GB, Node.js ${machine.node} (${machine.platform})`);

  const dataset = await ensureDataset(path.join(benchDir, '.data'), { rebuild: options.rebuild });
  console.log(
    `Data set: ${dataset.members} members, ${dataset.news} news — ${dataset.reused ? 'reused, built' : 'built'} in ${(dataset.buildMs / 1000).toFixed(1)} s`,
  );
  const importer = measureImportParse(5);
  console.log(formatImportResult(importer));
  const sample = await readSample(dataset.file);
  // A profile has 2 to 8 pages of news: the one-client run takes pages 2–4 of every member, the loaded run pages 6 and on.
  const profilePaths = distinctProfilePaths(sample.slugs, 60_000);
  const targets: Target[] = [
    { label: 'profile (cached)', path: '/adherents/grand-poitiers' },
    { label: 'directory (cached)', path: '/adherents' },
    { label: 'directory, filtered (cached)', path: '/adherents?type=commune&tri=maj&page=3' },
    { label: 'API members (uncached)', path: '/api/v1/members?per_page=20' },
    // One client alone: the latency of what misses the cache, as one visitor meets it.
    { label: 'profile, cold, 1 client', path: '/adherents/<slug>?page=<n>', connections: 1, paths: () => profilePaths.slice(0, 4000) },
    {
      label: 'API members, 1 client',
      path: '/api/v1/members?page=<n>',
      connections: 1,
      paths: () => apiPagePaths(20_000, sample.apiPages),
    },
    {
      label: 'directory, new filters, 1 client',
      path: '/adherents?type=…&region=…&adhesion=…',
      connections: 1,
      paths: () => distinctDirectoryPaths(sample.filterSets),
    },
    { label: 'profile, cold (distinct URLs)', path: '/adherents/<slug>?page=<n>', paths: () => profilePaths.slice(4000) },
  ];

  console.log(`Data set file read through once (OS cache) in ${(readThrough(options.database ?? dataset.file) / 1000).toFixed(1)} s`);
  const databaseFile = options.database ?? dataset.file;
  if (options.serverDir !== projectDir) console.log(`Server: the build of ${options.serverDir}, on ${databaseFile}`);
  const server: RunningServer = await startServer(options.serverDir, { databaseUrl: `sqlite:${databaseFile}` });
  process.once('SIGINT', () => void server.stop().then(() => process.exit(130)));
  const idle = readMemory(server.pid);
  console.log(`Server: pid ${server.pid} at ${server.url}, RSS at start ${idle?.rssMb.toFixed(0) ?? '?'} MB`);
  const loadAtStart = os.loadavg()[0]!;
  if (loadAtStart > 0.5)
    console.log(
      `Warning: load average ${loadAtStart.toFixed(2)} before the runs (other processes, or the data build just done): figures may be low.`,
    );
  console.log(`Runs: ${options.warmupS} s warm-up + ${options.durationS} s measured per target, ${options.connections} connections\n`);

  const sampler = sampleMemory(server.pid, 200);
  const rows: TargetRow[] = [];
  let hwmMb = NaN;
  try {
    for (const target of targets) {
      process.stderr.write(`[bench] ${target.label}: ${target.path} …\n`);
      sampler.resetPeak();
      const result = await measureTarget(server.url, target, options);
      rows.push({ ...result, peakRssMb: sampler.peakSinceReset() });
      process.stderr.write(`[bench]   ${result.requestsPerSecond.toFixed(0)} req/s, p99 ${result.latencyP99Ms} ms\n`);
      if (result.distinctPaths !== null && result.requests + 1 > result.distinctPaths)
        console.log(
          `Warning: ${target.label}: ${result.requests + 1} requests for ${result.distinctPaths} distinct paths, the last ones met the cache (shorten --duration).`,
        );
    }
    hwmMb = readMemory(server.pid)?.hwmMb ?? NaN;
  } catch (error) {
    console.error(`Server output:\n${server.output()}`);
    throw error;
  } finally {
    sampler.stop();
    await server.stop();
  }

  const memory = {
    startRssMb: idle?.rssMb ?? null,
    peakRssMb: sampler.overall().peakMb,
    vmHwmMb: hwmMb,
    samples: sampler.overall().samples,
    intervalMs: 200,
  };
  console.log(`\n${formatTable(rows)}\n`);
  console.log(
    `Server memory: peak VmRSS ${memory.peakRssMb.toFixed(0)} MB (sampled every 200 ms), VmHWM ${hwmMb.toFixed(0)} MB, ${memory.startRssMb?.toFixed(0) ?? '?'} MB at start`,
  );
  const file = writeResults(path.join(benchDir, 'results'), {
    date: new Date().toISOString(),
    machine,
    loadAverage1m: { start: loadAtStart, end: os.loadavg()[0] },
    options: { durationS: options.durationS, warmupS: options.warmupS, connections: options.connections },
    dataset: {
      generator: GENERATOR_VERSION,
      members: dataset.members,
      news: dataset.news,
      reused: dataset.reused,
      buildMs: dataset.buildMs,
    },
    memory,
    importer,
    results: rows,
  });
  console.log(`Results written to ${path.relative(projectDir, file)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
