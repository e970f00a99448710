/**
 * `npm run bench`: builds (or reuses) the benchmark data set, starts the real server in
 * production mode, measures public pages and the API with autocannon while sampling the
 * server's memory, then prints a table and writes bench/results/<timestamp>.json.
 *
 * Flags: --duration S (10), --connections N (32), --warmup S (3), --rebuild.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/database.ts';
import { ensureDataset, GENERATOR_VERSION } from './generate.ts';
import { formatImportResult, measureImportParse } from './import.ts';
import { distinctProfilePaths, measureTarget, type RunOptions, type Target } from './measure.ts';
import { readMemory, sampleMemory } from './memory.ts';
import { createRandom } from './random.ts';
import { describeMachine, formatTable, writeResults, type TargetRow } from './report.ts';
import { startServer, type RunningServer } from './server.ts';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const projectDir = path.dirname(benchDir);

const USAGE = `Usage: npm run bench -- [--duration S] [--connections N] [--warmup S] [--rebuild]
  --duration S      measured run per target, in seconds (default 10)
  --connections N   concurrent connections (default 32)
  --warmup S        warm-up run per target before measuring, in seconds (default 3)
  --rebuild         rebuild the data set even if bench/.data holds a current one`;

/** Reads the command-line flags; exits with the usage on nonsense. */
function readOptions(argv: string[]): RunOptions & { rebuild: boolean } {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '32' },
      warmup: { type: 'string', default: '3' },
      rebuild: { type: 'boolean', default: false },
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
  return { durationS, connections, warmupS, rebuild: values.rebuild };
}

/** Member slugs of the data set, in a fixed shuffled order (for the cold profile case). */
async function shuffledSlugs(file: string): Promise<string[]> {
  const database = openDatabase({ dialect: 'sqlite', file });
  try {
    const rows = await database.db.selectFrom('members').select('slug').orderBy('id').execute();
    return createRandom(7).shuffle(rows.map((r) => r.slug));
  } finally {
    await database.close();
  }
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const machine = describeMachine();
  console.log(`Machine: ${machine.cpus} CPU × ${machine.cpuModel}, ${machine.memoryGb} GB, Node.js ${machine.node} (${machine.platform})`);

  const dataset = await ensureDataset(path.join(benchDir, '.data'), { rebuild: options.rebuild });
  console.log(
    `Data set: ${dataset.members} members, ${dataset.news} news — ${dataset.reused ? 'reused, built' : 'built'} in ${(dataset.buildMs / 1000).toFixed(1)} s`,
  );
  const importer = measureImportParse(5);
  console.log(formatImportResult(importer));
  const slugs = await shuffledSlugs(dataset.file);
  const targets: Target[] = [
    { label: 'profile (cached)', path: '/adherents/grand-poitiers' },
    { label: 'directory (cached)', path: '/adherents' },
    { label: 'directory, filtered (cached)', path: '/adherents?type=commune&tri=maj&page=3' },
    { label: 'API members (uncached)', path: '/api/v1/members?per_page=20' },
    { label: 'profile, cold (distinct URLs)', path: '/adherents/<slug>?page=<n>', nextPath: distinctProfilePaths(slugs) },
  ];

  const server: RunningServer = await startServer(projectDir, { databaseUrl: `sqlite:${dataset.file}` });
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
