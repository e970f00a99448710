import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../../test/app.ts';
import { describeEachDatabase } from '../../../test/databases.ts';
import { createTestMember, createTestNews } from '../../../test/factories.ts';
import { PROFILE_NEWS_PAGE_SIZE } from './members.routes.ts';

/** Positions of each needle in the text, asserting that all are present. */
function positions(text: string, needles: string[]): number[] {
  return needles.map((needle) => {
    const at = text.indexOf(needle);
    assert.notEqual(at, -1, `missing on the page: ${needle}`);
    return at;
  });
}

describeEachDatabase('member pages', (getDb) => {
  let app: FastifyInstance;
  before(async () => {
    const { db } = getDb();
    await createTestMember(db, {
      slug: 'grand-poitiers',
      name: 'Grand Poitiers',
      joinedYear: 2007,
      updatedAt: '2019-01-16',
      website: 'https://www.grandpoitiers.fr',
      sections: [
        { kind: 'panorama', html: '<p>Panorama text</p>' },
        { kind: 'budget', heading: 'Budget et moyens consacrés à l’ESS', html: '<p>Budget text</p>' },
        { kind: 'programme', html: '' },
        { kind: 'actions', html: '<p>Actions text</p>' },
      ],
      figures: [
        { kind: 'budget_eur', value: 35_200_000, year: 2016, source: 'Compte administratif 2016', followsDefinition: true },
        { kind: 'budget_eur', value: 31_000_000, year: 2014, source: 'Compte administratif 2014', followsDefinition: true },
        { kind: 'ess_jobs', value: 4200, year: null, source: null, status: 'extracted', sourceText: 'Environ 4 200 emplois.' },
      ],
    });
    await createTestMember(db, {
      slug: 'region-bretagne',
      name: 'Région Bretagne',
      territory: { kind: 'region', code: '53' },
      joinedYear: 2004,
      updatedAt: new Date().toISOString(),
    });
    for (let i = 1; i <= PROFILE_NEWS_PAGE_SIZE + 2; i++) {
      await createTestNews(db, {
        slug: `news-gp-${i}`,
        title: `Nouvelle ${i} de Poitiers`,
        publishedAt: `2020-01-${String(i).padStart(2, '0')}`,
        memberSlugs: ['grand-poitiers'],
      });
    }
    app = await buildTestApp(getDb());
  });
  after(async () => app.close());

  test('the profile shows its parts in the order of the legacy site', async () => {
    const res = await app.inject('/adherents/grand-poitiers');
    assert.equal(res.statusCode, 200);
    const html = res.body;
    const order = positions(html, [
      '<h1>Grand Poitiers</h1>',
      'Dernière mise à jour : <time datetime="2019-01-16">16/01/2019</time>',
      'Panorama de l’ESS sur le territoire',
      'Budget et moyens consacrés à l’ESS',
      'Exemples d’actions soutenues par la collectivité',
      'Chiffres clés',
      'Année d’adhésion : 2007',
      'Nouvelle-Aquitaine',
      'Les actualités de l’adhérent',
    ]);
    assert.deepEqual(
      order,
      [...order].sort((a, b) => a - b),
    );
    assert.doesNotMatch(html, /Programme d’intervention/, 'an empty section has no heading');
    assert.match(html, /n’a pas été mis à jour depuis plus de deux ans/);
    assert.match(html, /35,2\u00a0M€/);
    assert.match(html, /INSEE, population municipale 2023/);
    assert.doesNotMatch(html, /Budget ESS par habitant/, 'the value per inhabitant is part of the budget’s item now');
  });

  test('an indicator shows its latest value, its status, its value per inhabitant, its earlier years and its definition', async () => {
    const html = (await app.inject('/adherents/grand-poitiers')).body;
    const budget = html.slice(html.indexOf('Budget annuel consacré à l’ESS</dt>'), html.indexOf('Emplois dans l’ESS</dt>'));
    assert.match(budget, /^Budget annuel consacré à l’ESS<\/dt><dd><span class="figure-value">35,2\u00a0M€<\/span>/);
    assert.match(budget, /2016 — source : Compte administratif 2016/);
    assert.match(budget, /<span class="figure-status figure-status-declared">conforme à la définition, déclaré par l’adhérent<\/span>/);
    // 35,2 M€ for the 197 000 or so inhabitants of Grand Poitiers.
    assert.match(budget, /<span class="figure-per-inhabitant">soit 1\d\d,\d\d\u00a0€ par habitant \(population 2023\)<\/span>/);
    assert.match(budget, /<p class="figure-history">Années précédentes : 2014 : 31\u00a0M€<\/p>/);
    assert.doesNotMatch(budget, /2016 : /, 'the latest year is not repeated among the earlier ones');
    assert.match(
      budget,
      /<details class="figure-definition"><summary>Définition<\/summary><p>Crédits dédiés à l’ESS votés au budget primitif/,
    );
  });

  test('a figure read by the importer is marked as to be confirmed, and has no value per inhabitant nor earlier years', async () => {
    const html = (await app.inject('/adherents/grand-poitiers')).body;
    const jobs = html.slice(html.indexOf('Emplois dans l’ESS</dt>'), html.indexOf('Population du territoire'));
    assert.match(
      jobs,
      /^Emplois dans l’ESS<\/dt><dd><span class="figure-value">4\u00a0200\u00a0emplois<\/span><span class="figure-source">Année non précisée — source non précisée<\/span><span class="figure-status figure-status-extracted">extrait du texte, à confirmer<\/span>/,
    );
    assert.doesNotMatch(jobs, /par habitant|figure-history/);
    const budget = html.slice(html.indexOf('Budget annuel consacré à l’ESS</dt>'), html.indexOf('Emplois dans l’ESS</dt>'));
    assert.doesNotMatch(budget, /à confirmer/);
  });

  test('a budget whose definition is not checked says so and is not divided by the population', async () => {
    // Région Bretagne's budget is declared without saying whether it follows the definition.
    const html = (await app.inject('/adherents/region-bretagne')).body;
    const budget = html.slice(html.indexOf('Budget annuel consacré à l’ESS</dt>'), html.indexOf('Population du territoire'));
    assert.match(budget, /<span class="figure-value">35,2\u00a0M€<\/span>/);
    assert.match(budget, /<span class="figure-status figure-status-declared">déclaré, définition non vérifiée<\/span>/);
    assert.match(html, /Population du territoire/);
    assert.doesNotMatch(html, /par habitant/);
  });

  test('the member news are newest first and paginated', async () => {
    const page1 = (await app.inject('/adherents/grand-poitiers')).body;
    const [n7, n6] = positions(page1, ['Nouvelle 7 de Poitiers', 'Nouvelle 6 de Poitiers']);
    assert.ok(n7! < n6!);
    assert.doesNotMatch(page1, /Nouvelle 1 de Poitiers/);
    const page2 = (await app.inject('/adherents/grand-poitiers?page=2')).body;
    assert.match(page2, /Nouvelle 1 de Poitiers/);
  });

  test('a recent profile has no stale notice', async () => {
    const res = await app.inject('/adherents/region-bretagne');
    assert.equal(res.statusCode, 200);
    assert.doesNotMatch(res.body, /depuis plus de deux ans/);
  });

  test('an unknown member is a French 404 page', async () => {
    const res = await app.inject('/adherents/nexiste-pas');
    assert.equal(res.statusCode, 404);
    assert.match(res.headers['content-type'] as string, /text\/html/);
    assert.match(res.body, /Page introuvable/);
    assert.match(res.body, /Aucun adhérent ne correspond à cette adresse/);
  });

  test('a bad page number is a 400 that names the parameter', async () => {
    const res = await app.inject('/adherents/grand-poitiers?page=zero');
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /page : « zero » doit être un nombre entier/);
  });

  test('the directory filters by kind and name and keeps the state in the URL', async () => {
    const all = await app.inject('/adherents');
    assert.equal(all.statusCode, 200);
    assert.match(all.body, /2\u00a0adhérents/);
    const regions = await app.inject('/adherents?type=region');
    assert.match(regions.body, /Région Bretagne/);
    assert.doesNotMatch(regions.body, /href="\/adherents\/grand-poitiers"/);
    assert.match(regions.body, /<option value="region" selected>/);
    const byName = await app.inject('/adherents?q=POITIERS');
    assert.match(byName.body, /1\u00a0adhérent correspond/);
    const none = await app.inject('/adherents?q=zzz');
    assert.match(none.body, /Aucun adhérent ne correspond à ces critères/);
  });

  test('the directory refuses an unknown kind with a clear message', async () => {
    const res = await app.inject('/adherents?type=canton');
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /type : « canton » n’est pas une valeur possible/);
  });

  test('public pages carry ETag and Last-Modified and answer 304 to a matching request', async () => {
    const res = await app.inject('/adherents/grand-poitiers');
    const etag = res.headers.etag as string;
    assert.ok(etag);
    assert.equal(res.headers['last-modified'], new Date('2020-01-07T08:00:00Z').toUTCString());
    const again = await app.inject({ url: '/adherents/grand-poitiers', headers: { 'if-none-match': etag } });
    assert.equal(again.statusCode, 304);
    const since = await app.inject({
      url: '/adherents/grand-poitiers',
      headers: { 'if-modified-since': res.headers['last-modified'] as string },
    });
    assert.equal(since.statusCode, 304);
    const older = await app.inject({
      url: '/adherents/grand-poitiers',
      headers: { 'if-modified-since': new Date('2019-01-01').toUTCString() },
    });
    assert.equal(older.statusCode, 200);
  });

  test('security headers: a CSP without inline scripts, nosniff, frame denial', async () => {
    const res = await app.inject('/adherents');
    const csp = res.headers['content-security-policy'] as string;
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.doesNotMatch(res.body, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
  });
});
