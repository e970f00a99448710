/**
 * Operations: liveness, readiness (database reachable, schema current), request ids, and the
 * Prometheus metrics behind their token, on both databases.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../test/app.ts';
import { describeEachDatabase } from '../../test/databases.ts';
import { createTestNews } from '../../test/factories.ts';
import { queueMail } from '../features/mail/mail.public.ts';

const TOKEN = 'jeton-de-metriques-0123456789';

describeEachDatabase('operations endpoints', (getDb, dialect) => {
  let app: FastifyInstance;
  before(async () => {
    app = await buildTestApp(getDb(), { METRICS_TOKEN: TOKEN });
  });
  after(() => app.close());

  test('/healthz answers while the process runs; /readyz when the database answers with a current schema', async () => {
    const health = await app.inject({ url: '/healthz' });
    assert.equal(health.statusCode, 200);
    assert.deepEqual(health.json(), { status: 'ok' });
    assert.equal(health.headers['cache-control'], 'no-store');
    const ready = await app.inject({ url: '/readyz' });
    assert.equal(ready.statusCode, 200);
    assert.deepEqual(ready.json(), { status: 'ready' });
  });

  test('/readyz says 503 when the schema is behind the code', async () => {
    const { db, schema } = getDb();
    const table = schema ? `${schema}.kysely_migration` : 'kysely_migration';
    const last = await db
      .selectFrom('kysely_migration' as never)
      .select('name' as never)
      .orderBy('name' as never, 'desc')
      .executeTakeFirstOrThrow();
    const name = (last as { name: string }).name;
    await db
      .deleteFrom('kysely_migration' as never)
      .where('name' as never, '=', name as never)
      .execute();
    try {
      const ready = await app.inject({ url: '/readyz' });
      assert.equal(ready.statusCode, 503, table);
      assert.deepEqual(ready.json(), { status: 'schema-outdated', pending: [name] });
    } finally {
      await db
        .insertInto('kysely_migration' as never)
        .values({ name, timestamp: new Date().toISOString() } as never)
        .execute();
    }
    assert.equal((await app.inject({ url: '/readyz' })).statusCode, 200);
  });

  test('every answer carries a request id: the proxy’s when it is sane, a new one otherwise', async () => {
    const own = await app.inject({ url: '/healthz' });
    assert.match(String(own.headers['x-request-id']), /^[0-9a-f-]{36}$/);
    assert.equal(
      (await app.inject({ url: '/healthz', headers: { 'x-request-id': 'nginx-4f2a9c' } })).headers['x-request-id'],
      'nginx-4f2a9c',
    );
    assert.notEqual(
      (await app.inject({ url: '/healthz', headers: { 'x-request-id': 'a b<script>' } })).headers['x-request-id'],
      'a b<script>',
    );
    const first = await app.inject({ url: '/adherents' });
    const cached = await app.inject({ url: '/adherents' });
    assert.notEqual(
      cached.headers['x-request-id'],
      first.headers['x-request-id'],
      'a cached page does not repeat the id of the request that made it',
    );
  });

  test('/metrics needs the token, then gives routes, cache, outbox, scheduler and pool in the Prometheus format', async () => {
    assert.equal((await app.inject({ url: '/metrics' })).statusCode, 401);
    assert.equal((await app.inject({ url: '/metrics', headers: { authorization: 'Bearer mauvais-jeton-0123456789' } })).statusCode, 401);
    await queueMail(getDb().db, { to: 'personne@example.org', subject: 'Essai', text: 'Essai' });
    await createTestNews(getDb().db, { publishedAt: '2099-01-01' });
    await app.inject({ url: '/adherents' });
    await app.inject({ url: '/adherents' });
    const metrics = await app.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(metrics.statusCode, 200);
    assert.match(String(metrics.headers['content-type']), /^text\/plain; version=0\.0\.4/);
    const text = metrics.body;
    assert.match(text, /essor_http_request_duration_seconds_count\{method="GET",route="\/adherents",status_code="200"\} [1-9]/);
    assert.match(text, /^essor_page_cache_hits_total [1-9]/m);
    assert.match(text, /^essor_page_cache_misses_total [1-9]/m);
    assert.match(text, /^essor_page_cache_bytes [1-9]/m);
    assert.match(text, /^essor_outbox_messages\{state="kept"\} [1-9]/m);
    assert.match(text, /^essor_scheduler_runs_total\{job="hourly",outcome="ok"\} \d/m);
    assert.match(text, /^essor_scheduler_last_success_timestamp_seconds\{job="due"\} \d/m);
    assert.match(text, /^essor_scheduled_content\{type="news"\} 1$/m);
    assert.match(text, /^essor_scheduled_content\{type="resources"\} 0$/m);
    assert.match(text, /^essor_process_resident_memory_bytes \d/m);
    if (dialect === 'postgres') assert.match(text, /^essor_db_pool_connections\{state="total"\} [1-9]/m);
    else assert.doesNotMatch(text, /essor_db_pool_connections\{/);
  });

  test('without METRICS_TOKEN there is no /metrics', async () => {
    const plain = await buildTestApp(getDb());
    try {
      assert.equal((await plain.inject({ url: '/metrics' })).statusCode, 404);
    } finally {
      await plain.close();
    }
  });
});
