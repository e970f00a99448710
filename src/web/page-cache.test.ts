import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import Fastify, { type FastifyInstance } from 'fastify';
import { buildTestApp } from '../../test/app.ts';
import { createTestDatabase, describeEachDatabase } from '../../test/databases.ts';
import { createTestMember } from '../../test/factories.ts';
import { bumpContentVersion } from '../db/meta.repository.ts';
import { pageKey, servePublic, type AppContext } from './context.ts';
import { acceptsGzip, PageCache, watchContentVersion } from './page-cache.ts';

test('the cache drops the oldest entry when full; an expired entry is no longer fresh but can still be sent', () => {
  const cache = new PageCache({ maxEntries: 2, ttlMs: 1000 });
  cache.set('/a', 'a', 'text/plain', undefined);
  cache.set('/b', 'b', 'text/plain', undefined);
  cache.set('/c', 'c', 'text/plain', undefined);
  assert.equal(cache.get('/a'), undefined);
  assert.equal(cache.get('/c')?.body.toString(), 'c');
  assert.equal(cache.getExpired('/c'), undefined);
  assert.equal(cache.get('/c', Date.now() + 1001), undefined);
  assert.equal(cache.getExpired('/c', Date.now() + 1001)?.body.toString(), 'c');
});

test('the cache holds at most its bytes: bodies, keys and room for gzipped copies; the oldest go first', () => {
  const cache = new PageCache({ maxBytes: 100_000 });
  const html = '<p>Une page de texte ordinaire.</p>'.repeat(300);
  for (let i = 0; i < 50; i++) cache.set(`/page-${i}`, html, 'text/html', undefined);
  assert.ok(cache.bytes <= 100_000, `${cache.bytes} bytes held`);
  assert.ok(cache.size >= 5 && cache.size < 50, `${cache.size} entries`);
  assert.equal(cache.get('/page-0'), undefined, 'the oldest went first');
  assert.ok(cache.get('/page-49'));
  cache.set('/page-49', 'petit', 'text/plain', undefined);
  const small = cache.bytes;
  assert.ok(small < 100_000 - html.length, 'replacing an entry gives its bytes back');
  cache.set('/trop-grand', 'x'.repeat(200_000), 'text/plain', undefined);
  assert.equal(cache.get('/trop-grand'), undefined, 'a body larger than the cache is sent, not kept');
  assert.equal(cache.bytes, small);
  cache.clear();
  assert.equal(cache.bytes, 0);
});

test('cache keys: the path in one encoding, then only the values the page read, in its order', () => {
  assert.equal(pageKey('/adherents/grand-poitiers?utm_source=lettre&x=1'), '/adherents/grand-poitiers');
  assert.equal(pageKey('/adherents/%67rand-poitiers'), '/adherents/grand-poitiers');
  assert.equal(pageKey('/comparer?membres=a%2Cb&x=1', { membres: 'a,b' }), '/comparer?membres=a,b');
  assert.equal(pageKey('/adherents?tri=nom&page=02&junk=1', { q: undefined, tri: 'nom', page: 2 }), '/adherents?tri=nom&page=2');
  assert.equal(pageKey('/recherche?q=%C3%A9conomie+sociale', { q: 'économie sociale' }), '/recherche?q=%C3%A9conomie+sociale');
  assert.equal(pageKey('/territoires/commune/2A004'), '/territoires/commune/2A004');
  assert.equal(pageKey('/x/%E0%A4%A'), '/x/%E0%A4%A', 'a malformed escape is kept as it came');
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

test('servePublic renders a page once for requests arriving together, and sends an expired page while one request renders it again', async () => {
  const cache = new PageCache({ ttlMs: 200 });
  const ctx = { cache } as unknown as AppContext;
  let renders = 0;
  let release: () => void = () => {};
  const app = Fastify();
  app.get('/p', (request, reply) =>
    servePublic(ctx, request, reply, async () => {
      const n = ++renders;
      await new Promise<void>((resolve) => (release = resolve));
      return { body: `version ${n}`, contentType: 'text/plain' };
    }),
  );
  try {
    const together = Array.from({ length: 10 }, () => app.inject('/p'));
    await sleep(20);
    release();
    const bodies = (await Promise.all(together)).map((r) => r.body);
    assert.deepEqual(new Set(bodies), new Set(['version 1']));
    assert.equal(renders, 1);

    await sleep(250); // past the time to live
    const stale = await Promise.all(Array.from({ length: 10 }, () => app.inject('/p')));
    assert.deepEqual(new Set(stale.map((r) => r.body)), new Set(['version 1']), 'the expired page, at once');
    assert.equal(renders, 2, 'one rendering in the background for all of them');
    release();
    await sleep(20);
    assert.equal((await app.inject('/p')).body, 'version 2');

    // A page rendered while the cache was cleared (content changed) is sent, not kept.
    cache.clear();
    const during = app.inject('/p');
    await sleep(20);
    cache.clear();
    release();
    assert.equal((await during).body, 'version 3');
    assert.equal(cache.size, 0);
  } finally {
    await app.close();
  }
});

test('a page rendered again after a gzipped copy of it was sent keeps only its own headers', async () => {
  const ctx = { cache: new PageCache({ ttlMs: 100 }) } as unknown as AppContext;
  let renders = 0;
  const app = Fastify();
  app.get('/long', (request, reply) =>
    servePublic(ctx, request, reply, async () => ({ body: `<p>${'Version '.repeat(300)}${++renders}</p>`, contentType: 'text/html' })),
  );
  try {
    const gzip = { 'accept-encoding': 'gzip' };
    assert.equal((await app.inject({ url: '/long', headers: gzip })).headers['content-encoding'], 'gzip');
    await sleep(150); // past the time to live: the expired copy goes gzipped while the page renders again
    assert.equal((await app.inject({ url: '/long', headers: gzip })).headers['content-encoding'], 'gzip');
    await sleep(20);
    assert.equal(renders, 2);
    const plain = await app.inject('/long');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.headers.vary, 'accept-encoding');
    assert.match(plain.body, /Version 2<\/p>$/);
    assert.equal((await app.inject({ url: '/long', headers: gzip })).headers['content-encoding'], 'gzip');
  } finally {
    await app.close();
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
    // The request id is each request's own (and the fast path, which logs nothing, sends none).
    const headers = (r: Response) =>
      Object.fromEntries([...r.headers].filter(([k]) => !['date', 'keep-alive', 'connection', 'x-request-id'].includes(k)));
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

  test('junk query strings share the entry of the page they decorate: the cache does not grow', async () => {
    const canonical = await fetch(`${base}/adherents/cached`);
    const entries = app.pageCache.size;
    const bytes = app.pageCache.bytes;
    for (let i = 0; i < 300; i++) {
      const response = await fetch(`${base}/adherents/cached?utm_source=${i}&${'x'.repeat(i)}=${i}`);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('etag'), canonical.headers.get('etag'));
      await response.arrayBuffer();
      const list = await fetch(`${base}/actualites?page=1&bruit=${i}`);
      assert.equal(list.status, 200);
      await list.arrayBuffer();
    }
    assert.ok(app.pageCache.size <= entries + 1, `${app.pageCache.size} entries after 600 junk URLs (${entries} before)`);
    assert.ok(app.pageCache.bytes <= bytes + 200_000, `${app.pageCache.bytes} bytes (${bytes} before)`);
    // The values a page reads still make their own pages.
    const second = await fetch(`${base}/adherents?statut=tous`);
    assert.equal(second.status, 200);
    assert.equal(app.pageCache.size, entries + 2);
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
