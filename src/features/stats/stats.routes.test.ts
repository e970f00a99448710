import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../../test/app.ts';
import { describeEachDatabase } from '../../../test/databases.ts';
import { createTestMember } from '../../../test/factories.ts';
import { formatNumber } from '../../web/format.ts';
import { findTerritory } from '../territories/territories.public.ts';

describeEachDatabase('statistics page', (getDb) => {
  let app: FastifyInstance;
  before(async () => {
    const { db } = getDb();
    await createTestMember(db, {
      slug: 'grand-poitiers',
      name: 'Grand Poitiers',
      territory: { kind: 'epci', code: '200069854' },
      joinedYear: 2007,
      updatedAt: '2024-02-01',
    });
    await createTestMember(db, {
      slug: 'poitiers',
      name: 'Ville de Poitiers',
      territory: { kind: 'commune', code: '86194' },
      joinedYear: 2015,
      updatedAt: '2023-01-01',
      figures: [],
    });
    await createTestMember(db, {
      slug: 'bretagne',
      name: 'Région Bretagne',
      territory: { kind: 'region', code: '53' },
      joinedYear: 2004,
      updatedAt: '2022-01-01',
      figures: [],
    });
    app = await buildTestApp(getDb());
  });
  after(async () => app.close());

  test('the page shows the network by kind, région and year, with French numbers and sources', async () => {
    const res = await app.inject('/statistiques');
    assert.equal(res.statusCode, 200);
    const html = res.body;
    const { db } = getDb();
    const covered = (await findTerritory(db, 'epci', '200069854'))!.population! + (await findTerritory(db, 'region', '53'))!.population!;
    assert.ok(
      html.includes(`<span class="figure-value">${formatNumber(covered)}</span>`),
      'Poitiers, inside Grand Poitiers, is not counted twice',
    );
    assert.match(html, /3\u00a0collectivités adhérentes/);
    assert.match(html, /<th scope="row">Régions<\/th><td>1<\/td>/);
    assert.match(html, /<th scope="row">Communes<\/th><td>1<\/td>/);
    assert.match(html, /<th scope="row">Nouvelle-Aquitaine<\/th><td>2<\/td><\/tr><tr><th scope="row">Bretagne<\/th><td>1<\/td>/);
    assert.match(html, /de 2004 à 2015/);
    assert.match(html, /<th scope="row">2006<\/th><td>1<\/td><\/tr><tr><th scope="row">2007<\/th><td>2<\/td>/);
    assert.match(html, /<th scope="row">Budget annuel consacré à l’ESS<\/th><td>1 sur 3 \(33,3\u00a0%\)<\/td>/);
    assert.equal((html.match(/<figure class="chart">/g) ?? []).length, 4);
    assert.equal((html.match(/<p class="chart-source">Source : /g) ?? []).length, 5, 'each chart, and the population, says its source');
    assert.match(html, /profils à jour au 01\/02\/2024/);
    assert.equal(res.headers['last-modified'], new Date('2024-02-01T00:00:00Z').toUTCString());
  });

  test('the statistics and the comparison are linked from the home page and listed in the sitemap', async () => {
    const home = (await app.inject('/')).body;
    assert.match(home, /<a href="\/statistiques">Le réseau en statistiques<\/a>/);
    const sitemap = (await app.inject('/sitemaps/pages.xml')).body;
    assert.match(sitemap, /<loc>http:\/\/essor\.test\/statistiques<\/loc>/);
    assert.match(sitemap, /<loc>http:\/\/essor\.test\/comparer<\/loc>/);
  });
});
