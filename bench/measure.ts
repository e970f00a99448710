/**
 * One measurement with wrk (a C client: it leaves the cores to the server, where autocannon,
 * in Node.js, took one of the two): a first request (which renders when the URL is not cached
 * yet), a warm-up run, then the measured run. Targets whose every request must miss the page
 * cache give wrk the list of their paths, which a Lua script walks in turn.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export interface Target {
  label: string;
  /** A fixed path, or a description of the paths when `paths` varies them. */
  path: string;
  /** Paths requested in turn, each once (to defeat the page cache): more than the run can use. */
  paths?: () => string[];
  /** Concurrent connections [the run's]: 1 measures the latency of one client alone. */
  connections?: number;
}

export interface RunOptions {
  durationS: number;
  warmupS: number;
  connections: number;
}

export interface TargetResult {
  label: string;
  path: string;
  connections: number;
  /** Status and time of the very first request (rendered, not cached), and its body's bytes on the wire (gzip accepted). */
  firstStatus: number;
  firstMs: number;
  bytes: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMaxMs: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** How many distinct paths the target had (when it varies them): more requests than that met the cache. */
  distinctPaths: number | null;
}

const SCRIPT = `
local paths = {}
local file = os.getenv("ESSOR_BENCH_PATHS")
if file and file ~= "" then
  for line in io.lines(file) do paths[#paths + 1] = line end
end
local headers = { ["Accept-Encoding"] = "gzip" }
local counter = 0
-- Each thread takes every n-th path from its own offset, so no two requests share a URL.
local offset, step = 0, 1
function setup(thread)
  thread:set("offset", counter)
  counter = counter + 1
end
function init(args)
  step = tonumber(os.getenv("ESSOR_BENCH_THREADS") or "1")
end
local i = 0
function request()
  if #paths == 0 then return wrk.format("GET", nil, headers) end
  local path = paths[((i * step + offset) % #paths) + 1]
  i = i + 1
  return wrk.format("GET", path, headers)
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('ESSOR_RESULT {"requests":%d,"durationUs":%d,"p50":%d,"p99":%d,"max":%d,"status":%d,"connect":%d,"read":%d,"write":%d,"timeout":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max, e.status, e.connect, e.read, e.write, e.timeout))
end
`;

/** Throws, saying how to get it, when wrk is not installed. */
export function requireWrk(): void {
  const probe = spawnSync('wrk', ['--version'], { encoding: 'utf8' });
  if (probe.error) throw new Error('wrk is needed: `apt-get install wrk` (or ../shared/bench-peers/setup-peers.sh, which installs it).');
}

interface WrkRun {
  requests: number;
  durationUs: number;
  p50: number;
  p99: number;
  max: number;
  status: number;
  connect: number;
  read: number;
  write: number;
  timeout: number;
}

function runWrk(url: string, connections: number, durationS: number, dir: string, pathsFile: string | null): Promise<WrkRun> {
  const threads = Math.min(2, connections);
  const args = [
    '-t',
    String(threads),
    '-c',
    String(connections),
    '-d',
    `${durationS}s`,
    '--timeout',
    '10s',
    '-s',
    path.join(dir, 'bench.lua'),
    url,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', args, {
      env: { ...process.env, ESSOR_BENCH_PATHS: pathsFile ?? '', ESSOR_BENCH_THREADS: String(threads) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = /^ESSOR_RESULT (.+)$/m.exec(out);
      if (code !== 0 || !line) reject(new Error(`wrk failed (${code}):\n${out}`));
      else resolve(JSON.parse(line[1]!) as WrkRun);
    });
  });
}

/** One GET accepting gzip, as a browser asks: status and body bytes as sent (fetch would inflate them). */
function getRaw(url: string): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes }));
        response.on('error', reject);
      })
      .on('error', reject);
  });
}

/** Runs wrk against `baseUrl` for one target: first request, warm-up, measured run. */
export async function measureTarget(baseUrl: string, target: Target, options: RunOptions): Promise<TargetResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'essor-bench-'));
  try {
    fs.writeFileSync(path.join(dir, 'bench.lua'), SCRIPT);
    const paths = target.paths?.();
    let pathsFile: string | null = null;
    if (paths) {
      pathsFile = path.join(dir, 'paths.txt');
      // The first path is for the first request; wrk starts after it.
      fs.writeFileSync(pathsFile, paths.slice(1).join('\n'));
    }
    const firstPath = paths ? paths[0]! : target.path;
    const started = performance.now();
    const first = await getRaw(baseUrl + firstPath);
    const firstMs = performance.now() - started;
    const connections = target.connections ?? options.connections;
    const url = baseUrl + (paths ? '/' : target.path);
    // Cold targets are not warmed on their own paths (that would cache them): the server is warm from the targets before.
    if (options.warmupS > 0 && !paths) await runWrk(url, connections, options.warmupS, dir, null);
    const run = await runWrk(url, connections, options.durationS, dir, pathsFile);
    return {
      label: target.label,
      path: target.path,
      connections,
      firstStatus: first.status,
      firstMs,
      bytes: first.bytes,
      requestsPerSecond: run.requests / (run.durationUs / 1e6),
      latencyP50Ms: run.p50 / 1000,
      latencyP99Ms: run.p99 / 1000,
      latencyMaxMs: run.max / 1000,
      requests: run.requests,
      non2xx: run.status,
      errors: run.connect + run.read + run.write,
      timeouts: run.timeout,
      distinctPaths: paths ? paths.length : null,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Paths of profile pages that are all different: every member in turn (shuffled), then
 * again with the next news page, so that each request misses the page cache.
 */
export function distinctProfilePaths(slugs: readonly string[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => `/adherents/${slugs[i % slugs.length]}?page=${2 + Math.floor(i / slugs.length)}`);
}

/** Pages of the members API, 20 members each, with a different page each time (the API is not cached). */
export function apiPagePaths(count: number, pageCount: number): string[] {
  return Array.from({ length: count }, (_, i) => `/api/v1/members?per_page=20&page=${1 + (i % pageCount)}`);
}

/**
 * Directory pages that are all different and all list someone: one filter set (kind, région,
 * membership year) each, never asked before, so that the map of its members is drawn too.
 */
export function distinctDirectoryPaths(filterSets: readonly { kind: string; region: string; year: number | null }[]): string[] {
  return filterSets.map((f) => {
    const query = new URLSearchParams({ type: f.kind, region: f.region, ...(f.year === null ? {} : { adhesion: String(f.year) }) });
    return `/adherents?${query}`;
  });
}
