import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../test/app.ts';
import { createTestDatabase, describeEachDatabase } from '../../test/databases.ts';
import { createTestMember } from '../../test/factories.ts';
import { bumpContentVersion } from '../db/meta.repository.ts';
import { acceptsGzip, PageCache, watchContentVersion } from './page-cache.ts';

test('the cache drops the oldest entry when full, and expired entries', () => {
  const cache = new PageCache({ maxEntries: 2, ttlMs: 1000 });
  cache.set('/a', 'a', 'text/plain', undefined);
  cache.set('/b', 'b', 'text/plain', undefined);
  cache.set('/c', 'c', 'text/plain', undefined);
  assert.equal(cache.get('/a'), undefined);
  assert.equal(cache.get('/c')?.body.toString(), 'c');
  assert.equal(cache.get('/c', Date.now() + 1001), undefined);
});

test('Accept-Encoding: gzip by name wins over *, a zero weight refuses', () => {
  const cases: [string | undefined, boolean][] = [
    ['gzip', true],
    ['gzip, deflate, br', true],
    ['GZIP;q=0.5', true],
    ['*', true],
    ['br, *;q=0.1', true],
    [undefined, false],
    ['', false],
    ['br', false],
    ['identity', false],
    ['gzip;q=0', false],
    ['gzip;q=0, *', false],
    ['*;q=0', false],
  ];
  for (const [header, expected] of cases) assert.equal(acceptsGzip(header), expected, String(header));
});

test('the first change of a database that had no content version yet is seen (e.g. settings saved by another instance)', async () => {
  const database = await createTestDatabase('sqlite');
  const cache = new PageCache();
  let changes = 0;
  const stop = watchContentVersion(database.db, cache, () => changes++, 10);
  try {
    await new Promise((resolve) => setTimeout(resolve, 50));
    cache.set('/', 'old', 'text/html', undefined);
    await bumpContentVersion(database.db);
    for (let i = 0; i < 100 && changes === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(changes, 1);
    assert.equal(cache.get('/'), undefined);
  } finally {
    stop();
    await database.close();
  }
});

describeEachDatabase('page cache over HTTP', (getDb) => {
  let app: FastifyInstance;
  let base: string;
  before(async () => {
    await createTestMember(getDb().db, { slug: 'cached', name: 'Commune mise en cache', territory: { kind: 'commune', code: '86194' } });
    app = await buildTestApp(getDb());
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  after(async () => app.close());

  test('the fast path answers with the same status, headers and body as the rendering path', async () => {
    const first = await fetch(`${base}/adherents/cached`);
    const second = await fetch(`${base}/adherents/cached`);
    assert.equal(first.status, 200);
    assert.equal(second.status, 200);
    const headers = (r: Response) => Object.fromEntries([...r.headers].filter(([k]) => !['date', 'keep-alive', 'connection'].includes(k)));
    assert.deepEqual(headers(second), headers(first));
    assert.equal(await second.text(), await first.text());
    assert.match(second.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    const notModified = await fetch(`${base}/adherents/cached`, { headers: { 'if-none-match': first.headers.get('etag')! } });
    assert.equal(notModified.status, 304);
  });

  test('pages go gzipped to clients that accept it, with their own ETag, from both paths; as they are to the others', async () => {
    const { request } = await import('node:http');
    const raw = (path: string, headers: Record<string, string>) =>
      new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
        const req = request(`${base}${path}`, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        });
        req.on('error', reject);
        req.end();
      });
    const plain = await raw('/adherents', {});
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.headers.vary, 'accept-encoding');
    const { gunzipSync } = await import('node:zlib');
    for (const round of ['first', 'second']) {
      const gz = await raw('/adherents', { 'accept-encoding': 'gzip, deflate, br' });
      assert.equal(gz.status, 200, round);
      assert.equal(gz.headers['content-encoding'], 'gzip', round);
      assert.equal(gz.headers.vary, 'accept-encoding');
      assert.equal(Number(gz.headers['content-length']), gz.body.length);
      assert.ok(gz.body.length * 3 < plain.body.length, `${gz.body.length} bytes gzipped, ${plain.body.length} plain`);
      assert.deepEqual(gunzipSync(gz.body), plain.body, 'the same page');
      assert.notEqual(gz.headers.etag, plain.headers.etag, 'each variant has its own ETag');
      const notModified = await raw('/adherents', { 'accept-encoding': 'gzip', 'if-none-match': String(gz.headers.etag) });
      assert.equal(notModified.status, 304);
      assert.equal(notModified.headers.etag, gz.headers.etag);
    }
    assert.equal(
      (await raw('/adherents', { 'accept-encoding': 'gzip;q=0, identity' })).headers['content-encoding'],
      undefined,
      'q=0 refuses gzip',
    );
    assert.equal((await raw('/adherents', { 'accept-encoding': 'br' })).headers['content-encoding'], undefined);
    // Through the application (a cookie skips the fast path), the same answer.
    const viaApp = await raw('/adherents', { 'accept-encoding': 'gzip', cookie: 'autre=1' });
    assert.equal(viaApp.headers['content-encoding'], 'gzip');
    assert.deepEqual(gunzipSync(viaApp.body), plain.body);
    assert.equal(viaApp.headers.vary, 'accept-encoding');
  });

  test('pages that depend on the reader say Vary: Cookie, from the cache too; the others do not', async () => {
    for (let i = 0; i < 2; i++) {
      const list = await fetch(`${base}/ressources`);
      assert.equal(list.status, 200);
      assert.equal(list.headers.get('vary'), 'cookie, accept-encoding', `request ${i + 1} (${i ? 'fast path' : 'rendered'})`);
      assert.match(list.headers.get('cache-control') ?? '', /^public/);
    }
    const notModified = await fetch(`${base}/ressources`, {
      headers: { 'if-none-match': (await fetch(`${base}/ressources`)).headers.get('etag')! },
    });
    assert.equal(notModified.status, 304);
    assert.equal(notModified.headers.get('vary'), 'cookie, accept-encoding');
    assert.equal((await fetch(`${base}/adherents/cached`)).headers.get('vary'), 'accept-encoding', 'a profile is the same for everyone');
  });

  test('a content change reaches the pages within the polling delay', async () => {
    const before = await (await fetch(`${base}/adherents`)).text();
    assert.doesNotMatch(before, /Nouvelle commune/);
    await createTestMember(getDb().db, { slug: 'nouvelle', name: 'Nouvelle commune', territory: { kind: 'commune', code: '86041' } });
    let text = '';
    for (let i = 0; i < 50 && !/Nouvelle commune/.test(text); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      text = await (await fetch(`${base}/adherents`)).text();
    }
    assert.match(text, /Nouvelle commune/);
  });
});
