import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../../test/app.ts';
import { describeEachDatabase } from '../../../test/databases.ts';
import { createTestMember, createTestNews } from '../../../test/factories.ts';

describeEachDatabase('news pages', (getDb) => {
  let app: FastifyInstance;
  before(async () => {
    const { db } = getDb();
    await createTestMember(db, { slug: 'grand-poitiers', name: 'Grand Poitiers' });
    await createTestMember(db, { slug: 'ville-de-poitiers', name: 'Ville de Poitiers', territory: { kind: 'commune', code: '86194' } });
    await createTestNews(db, {
      slug: 'forum-ess',
      title: 'Forum de l’ESS',
      publishedAt: '2024-05-02',
      updatedAt: '2024-05-10',
      memberSlugs: ['grand-poitiers', 'ville-de-poitiers'],
      bodyHtml: '<p>Programme du forum</p><img src=x onerror=alert(1)>',
    });
    await createTestNews(db, { slug: 'plus-ancienne', title: 'Plus ancienne', publishedAt: '2023-01-15', memberSlugs: ['grand-poitiers'] });
    await createTestNews(db, { slug: 'programmee', title: 'Programmée', publishedAt: '2999-01-01', memberSlugs: ['grand-poitiers'] });
    app = await buildTestApp(getDb());
  });
  after(async () => app.close());

  test('the news page shows its dates and linked members', async () => {
    const res = await app.inject('/actualites/forum-ess');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<h1>Forum de l’ESS<\/h1>/);
    assert.match(
      res.body,
      /Publié le <time datetime="2024-05-02">02\/05\/2024<\/time> – mis à jour le <time datetime="2024-05-10">10\/05\/2024<\/time>/,
    );
    assert.match(res.body, /href="\/adherents\/grand-poitiers">Grand Poitiers/);
    assert.match(res.body, /href="\/adherents\/ville-de-poitiers">Ville de Poitiers/);
    assert.doesNotMatch(res.body, /onerror/);
  });

  test('the list is newest first and hides scheduled items', async () => {
    const res = await app.inject('/actualites');
    assert.equal(res.statusCode, 200);
    assert.ok(res.body.indexOf('Forum de l’ESS') < res.body.indexOf('Plus ancienne'));
    assert.doesNotMatch(res.body, /Programmée/);
    assert.equal((await app.inject('/actualites/programmee')).statusCode, 404);
  });

  test('the Atom feed is well-formed, absolute, and limited to published items', async () => {
    const res = await app.inject('/actualites/flux.atom');
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'] as string, /application\/atom\+xml/);
    assert.match(res.body, /^<\?xml/);
    assert.match(res.body, /<link href="http:\/\/essor\.test\/actualites\/forum-ess"/);
    assert.doesNotMatch(res.body, /Programmée/);
    assert.doesNotMatch(res.body, /href="\//, 'no relative link');
  });

  test('each member has its own feed; an unknown member has none', async () => {
    const res = await app.inject('/adherents/ville-de-poitiers/flux.atom');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Forum de l’ESS/);
    assert.doesNotMatch(res.body, /Plus ancienne/);
    assert.equal((await app.inject('/adherents/inconnu/flux.atom')).statusCode, 404);
  });

  test('sitemap.xml is an index of sitemaps listing members, published news, territories and themes; robots.txt points to it', async () => {
    const index = await app.inject('/sitemap.xml');
    assert.equal(index.statusCode, 200);
    assert.match(index.body, /<sitemapindex /);
    const files = [...index.body.matchAll(/<loc>http:\/\/essor\.test(\/sitemaps\/[a-z0-9-]+\.xml)<\/loc>/g)].map((m) => m[1]!);
    assert.deepEqual(files, ['/sitemaps/pages.xml', '/sitemaps/territoires.xml', '/sitemaps/actualites-1.xml', '/sitemaps/ressources.xml']);
    const pages = (await app.inject('/sitemaps/pages.xml')).body;
    assert.match(pages, /<loc>http:\/\/essor\.test\/adherents\/grand-poitiers<\/loc>/);
    assert.match(pages, /<loc>http:\/\/essor\.test\/territoires<\/loc>/);
    const sitemap = await app.inject('/sitemaps/actualites-1.xml');
    assert.equal(sitemap.statusCode, 200);
    assert.match(sitemap.body, /<loc>http:\/\/essor\.test\/actualites\/forum-ess<\/loc><lastmod>2024-05-10<\/lastmod>/);
    assert.doesNotMatch(sitemap.body, /programmee/);
    assert.equal((await app.inject('/sitemaps/actualites-2.xml')).statusCode, 404);
    assert.equal((await app.inject('/sitemaps/nimporte.xml')).statusCode, 404);
    // Territory pages with a member on, above or within them; none elsewhere.
    const territories = (await app.inject('/sitemaps/territoires.xml')).body;
    for (const path of ['/territoires/200069854', '/territoires/86194', '/territoires/departement-86', '/territoires/region-75'])
      assert.ok(territories.includes(`<loc>http://essor.test${path}</loc>`), path);
    assert.ok(!territories.includes('/territoires/departement-87'), 'no member on, above or within the Haute-Vienne');
    const robots = await app.inject('/robots.txt');
    assert.match(robots.body, /Sitemap: http:\/\/essor\.test\/sitemap\.xml/);
  });

  test('the home page counts members by kind and shows the latest news', async () => {
    const res = await app.inject('/');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /2 collectivités adhérentes/);
    assert.match(res.body, /Forum de l’ESS/);
  });
});
