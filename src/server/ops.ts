/**
 * Operations endpoints: `/healthz` (the process answers), `/readyz` (the database answers and its
 * schema is current: a load balancer takes an instance out of the pool otherwise) and, when
 * METRICS_TOKEN is set, `/metrics` in the Prometheus text format behind `Authorization: Bearer`:
 * request durations per route, page-cache hits and size, the outbox by state, the scheduler's runs
 * and failures, the database pool, and Node's own process metrics.
 */
import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { pendingMigrations } from '../db/migrate.ts';
import { countOutboxByState } from '../features/mail/mail.public.ts';
import { countScheduledContent } from '../features/search/search.public.ts';
import type { AppContext } from '../web/context.ts';
import { schedulerStats } from './scheduler.ts';

/** Liveness and readiness, always on; answered by the application, never cached. */
export function registerHealth(app: FastifyInstance, ctx: AppContext): void {
  app.get('/healthz', { logLevel: 'warn' }, async (_request, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' }));
  app.get('/readyz', { logLevel: 'warn' }, async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    try {
      const pending = await pendingMigrations(ctx.database);
      if (pending.length) return reply.code(503).send({ status: 'schema-outdated', pending });
      return reply.send({ status: 'ready' });
    } catch (error) {
      return reply.code(503).send({ status: 'database-unreachable', error: error instanceof Error ? error.message : String(error) });
    }
  });
}

/** Whether two tokens are equal, in constant time. */
function sameToken(given: string, expected: string): boolean {
  const a = crypto.createHash('sha256').update(given).digest();
  const b = crypto.createHash('sha256').update(expected).digest();
  return crypto.timingSafeEqual(a, b);
}

/** Prometheus metrics behind a bearer token (nothing is registered without one). */
export function registerMetrics(app: FastifyInstance, ctx: AppContext, token: string): void {
  const register = new Registry();
  collectDefaultMetrics({ register, prefix: 'essor_' });
  const durations = new Histogram({
    name: 'essor_http_request_duration_seconds',
    help: 'Time to answer a request handled by the application (cached pages served before it are counted in essor_page_cache_hits_total)',
    labelNames: ['method', 'route', 'status_code'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [register],
  });
  app.addHook('onResponse', async (request, reply) => {
    durations.observe(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status_code: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
  const cache = ctx.cache;
  new Counter({
    name: 'essor_page_cache_hits_total',
    help: 'Public pages answered from the page cache',
    registers: [register],
    collect() {
      this.reset();
      this.inc(cache.hits);
    },
  });
  new Counter({
    name: 'essor_page_cache_misses_total',
    help: 'Public pages rendered because the page cache did not hold them',
    registers: [register],
    collect() {
      this.reset();
      this.inc(cache.misses);
    },
  });
  new Gauge({
    name: 'essor_page_cache_entries',
    help: 'Pages held in the page cache',
    registers: [register],
    collect() {
      this.set(cache.size);
    },
  });
  new Gauge({
    name: 'essor_page_cache_bytes',
    help: 'Bytes counted against PAGE_CACHE_MB',
    registers: [register],
    collect() {
      this.set(cache.bytes);
    },
  });
  new Gauge({
    name: 'essor_outbox_messages',
    help: 'Messages of the outbox by state (kept: no SMTP server; failed: to look at)',
    labelNames: ['state'],
    registers: [register],
    async collect() {
      this.reset();
      for (const [state, count] of Object.entries(await countOutboxByState(ctx.database.db))) this.set({ state }, count);
    },
  });
  new Counter({
    name: 'essor_scheduler_runs_total',
    help: 'Runs of the scheduled jobs, by job and outcome',
    labelNames: ['job', 'outcome'],
    registers: [register],
    collect() {
      this.reset();
      for (const [job, counts] of Object.entries(schedulerStats)) {
        this.inc({ job, outcome: 'ok' }, counts.ok);
        this.inc({ job, outcome: 'failed' }, counts.failed);
      }
    },
  });
  new Gauge({
    name: 'essor_scheduler_last_success_timestamp_seconds',
    help: 'When each scheduled job last succeeded (0: not yet); "hourly" runs every hour, "due" every minute',
    labelNames: ['job'],
    registers: [register],
    collect() {
      for (const [job, counts] of Object.entries(schedulerStats)) this.set({ job }, counts.lastOkAt / 1000);
    },
  });
  new Gauge({
    name: 'essor_scheduled_content',
    help: 'Published news and resources whose date has not come yet: the scheduler makes them public then',
    labelNames: ['type'],
    registers: [register],
    async collect() {
      for (const [type, count] of Object.entries(await countScheduledContent(ctx.database.db))) this.set({ type }, count);
    },
  });
  new Gauge({
    name: 'essor_db_pool_connections',
    help: 'PostgreSQL pool connections by state (total, idle, waiting clients); absent on SQLite',
    labelNames: ['state'],
    registers: [register],
    collect() {
      this.reset();
      const pool = ctx.database.helpers.pool?.();
      if (pool) for (const [state, count] of Object.entries(pool)) this.set({ state }, count);
    },
  });
  app.get('/metrics', { logLevel: 'warn' }, async (request, reply) => {
    const header = request.headers.authorization ?? '';
    if (!header.startsWith('Bearer ') || !sameToken(header.slice(7), token))
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer')
        .header('cache-control', 'no-store')
        .send('Jeton de métriques manquant ou invalide.\n');
    return reply
      .header('cache-control', 'no-store')
      .type(register.contentType)
      .send(await register.metrics());
  });
}
