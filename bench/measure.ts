/**
 * One measurement with autocannon's programmatic API: a first request (which renders
 * when the URL is not cached yet), a warm-up run, then the measured run.
 */
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';

export interface Target {
  label: string;
  /** A fixed path, or a description of the paths when `nextPath` varies them. */
  path: string;
  /** Gives a new path for every request (to defeat the page cache). */
  nextPath?: () => string;
}

export interface RunOptions {
  durationS: number;
  warmupS: number;
  connections: number;
}

export interface TargetResult {
  label: string;
  path: string;
  /** Status and time of the very first request (rendered, not cached), and its body size. */
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
}

/** Runs autocannon against `baseUrl` for one target: first request, warm-up, measured run. */
export async function measureTarget(baseUrl: string, target: Target, options: RunOptions): Promise<TargetResult> {
  const firstPath = target.nextPath ? target.nextPath() : target.path;
  const started = performance.now();
  const response = await fetch(baseUrl + firstPath);
  const body = Buffer.from(await response.arrayBuffer());
  const firstMs = performance.now() - started;

  const run = (durationS: number) =>
    autocannon({
      url: baseUrl + (target.nextPath ? '/' : target.path),
      connections: options.connections,
      duration: durationS,
      ...(target.nextPath ? { requests: [{ setupRequest: (request) => ({ ...request, path: target.nextPath!() }) }] } : {}),
    } satisfies autocannon.Options);
  if (options.warmupS > 0) await run(options.warmupS);
  const result = await run(options.durationS);
  return {
    label: target.label,
    path: target.path,
    firstStatus: response.status,
    firstMs,
    bytes: body.length,
    requestsPerSecond: result.requests.mean,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMaxMs: result.latency.max,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

/**
 * Paths of profile pages that are all different: every member in turn (shuffled), then
 * again with the next news page, so that each request misses the page cache.
 */
export function distinctProfilePaths(slugs: readonly string[]): () => string {
  let i = 0;
  return () => {
    const slug = slugs[i % slugs.length]!;
    const page = 1 + Math.floor(i / slugs.length);
    i++;
    return `/adherents/${slug}?page=${page}`;
  };
}
