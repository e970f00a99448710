import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../../test/app.ts';
import { describeEachDatabase } from '../../../test/databases.ts';
import { createTestMember, createTestNews } from '../../../test/factories.ts';
import { rebuildSearchIndex } from './search.index.ts';
import { SEARCH_PER_MINUTE } from './search.routes.ts';

describeEachDatabase('search page and API', (getDb) => {
  let app: FastifyInstance;
  before(async () => {
    const { db } = getDb();
    await createTestMember(db, {
      slug: 'ville-de-grenoble',
      name: 'Ville de Grenoble',
      territory: { kind: 'commune', code: '38185' },
      sections: [{ kind: 'panorama', html: '<p>La monnaie locale du bassin grenoblois, le Cairn, circule depuis 2017.</p>' }],
    });
    await createTestNews(db, {
      slug: 'tiers-lieu-rural',
      title: 'Un tiers-lieu rural ouvre ses portes',
      publishedAt: '2025-03-01',
      bodyHtml: '<p>Atelier partagé, épicerie <script>alert(1)</script>coopérative et café associatif.</p>',
      memberSlugs: ['ville-de-grenoble'],
    });
    app = await buildTestApp(getDb());
  });
  after(async () => app.close());

  test('every page has a search field in its header', async () => {
    const res = await app.inject('/adherents');
    assert.match(res.body, /<form class="header-search" method="get" action="\/recherche" role="search"/);
    assert.match(res.body, /<label for="recherche-entete" class="visually-hidden">Rechercher sur le site<\/label>/);
  });

  test('the search page shows typed, dated results with highlighted snippets', async () => {
    const res = await app.inject('/recherche?q=cooperatives');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /1\u00a0résultat pour « cooperatives »/);
    assert.match(res.body, /Actualité · <time datetime="2025-03-01">publié le 01\/03\/2025<\/time>/);
    assert.match(res.body, /<mark>coopérative<\/mark>/);
    assert.match(res.body, /href="\/adherents\/ville-de-grenoble">Ville de Grenoble<\/a>/);
    assert.doesNotMatch(res.body, /<script>alert/);
  });

  test('facets link to the filtered search, and filters combine with the query', async () => {
    const all = await app.inject('/recherche?q=grenoble');
    assert.match(all.body, /href="\/recherche\?q=grenoble&amp;type=member">Adhérents <span class="count">\(1\)<\/span>/);
    const members = await app.inject('/recherche?q=grenoble&type=member');
    assert.match(members.body, /1\u00a0résultat pour « grenoble »/);
    assert.match(members.body, /aria-current="true">Adhérents/);
  });

  test('a typo gets a suggestion, and an empty query explains itself', async () => {
    const typo = await app.inject('/recherche?q=Grenobel');
    assert.match(typo.body, /Aucun résultat pour « Grenobel »/);
    assert.match(typo.body, /Vouliez-vous dire <a href="\/recherche\?q=Grenoble">Grenoble<\/a>/);
    const onlyExcluded = await app.inject('/recherche?q=-grenoble');
    assert.match(onlyExcluded.body, /Saisissez au moins un mot à rechercher/);
    const bad = await app.inject('/recherche?q=a&type=canton');
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /type : « canton » n’est pas une valeur possible/);
  });

  test('GET /api/v1/search returns results, facets and pagination', async () => {
    const res = await app.inject('/api/v1/search?q=monnaie%20locale');
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.meta.total, 1);
    assert.equal(body.data[0].type, 'member');
    assert.equal(body.data[0].url, 'http://essor.test/adherents/ville-de-grenoble');
    assert.match(body.data[0].snippet_html, /<mark>monnaie<\/mark> <mark>locale<\/mark>/);
    assert.deepEqual(body.facets.type, [{ value: 'member', count: 1 }]);
    const missing = await app.inject('/api/v1/search');
    assert.equal(missing.statusCode, 400);
    assert.match(missing.json().detail, /q/);
  });

  test('search:rebuild gives the same results as the index kept up to date on writes', async () => {
    const before = (await app.inject('/api/v1/search?q=coop')).json();
    await rebuildSearchIndex(getDb().db);
    const after = (await app.inject('/api/v1/search?q=coop&per_page=20')).json();
    assert.deepEqual(
      after.data.map((d: { slug: string }) => d.slug),
      before.data.map((d: { slug: string }) => d.slug),
    );
  });

  test(`beyond ${SEARCH_PER_MINUTE} searches a minute, one address gets 429 with Retry-After; another address still searches`, async () => {
    const limited = await buildTestApp(getDb());
    try {
      const ask = (i: number, remoteAddress = '192.0.2.50') => limited.inject({ url: `/api/v1/search?q=cairn+${i}`, remoteAddress });
      const statuses: number[] = [];
      for (let i = 0; i < SEARCH_PER_MINUTE + 2; i++) statuses.push((await ask(i)).statusCode);
      assert.equal(statuses.filter((s) => s === 200).length, SEARCH_PER_MINUTE);
      const refused = await ask(0);
      assert.equal(refused.statusCode, 429);
      assert.ok(Number(refused.headers['retry-after']) > 0, 'Retry-After in seconds');
      assert.match(refused.body, /Trop de recherches/);
      assert.equal(refused.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.equal(JSON.parse(refused.body).status, 429);
      const spec = JSON.parse((await limited.inject({ url: '/api/openapi.json' })).body);
      assert.ok(spec.paths['/api/v1/search'].get.responses['429'], 'the 429 is documented');
      assert.equal((await ask(0, '192.0.2.51')).statusCode, 200);
    } finally {
      await limited.close();
    }
  });
});
