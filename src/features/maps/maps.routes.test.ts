/** The maps in the pages, on each database: the directory's map follows its filters; profiles show their région. */
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../../test/app.ts';
import { describeEachDatabase } from '../../../test/databases.ts';
import { createTestMember } from '../../../test/factories.ts';
import { getCoverage } from './maps.service.ts';
import { listMapMembers } from '../members/members.public.ts';

/** The part of a page between two markers. */
function between(html: string, start: string, end: string): string {
  const from = html.indexOf(start);
  assert.notEqual(from, -1, `missing: ${start}`);
  return html.slice(from, html.indexOf(end, from));
}

describeEachDatabase('maps in pages', (getDb) => {
  let app: FastifyInstance;
  before(async () => {
    const { db } = getDb();
    await createTestMember(db, { slug: 'grand-poitiers', name: 'Grand Poitiers', joinedYear: 2007 });
    await createTestMember(db, {
      slug: 'region-bretagne',
      name: 'Région Bretagne',
      territory: { kind: 'region', code: '53' },
      joinedYear: 2004,
    });
    await createTestMember(db, {
      slug: 'ville-de-rennes',
      name: 'Ville de Rennes',
      territory: { kind: 'commune', code: '35238' },
      joinedYear: 2010,
    });
    await createTestMember(db, {
      slug: 'ancien-gers',
      name: 'Département du Gers',
      territory: { kind: 'departement', code: '32' },
      status: 'former',
    });
    app = await buildTestApp(getDb());
  });
  after(async () => app.close());

  test('the directory draws every listed member, not only the first page, and follows the filters', async () => {
    const all = await app.inject('/adherents');
    assert.equal(all.statusCode, 200);
    const map = between(all.body, '<svg class="map map-national"', '</svg>');
    for (const slug of ['grand-poitiers', 'region-bretagne', 'ville-de-rennes'])
      assert.match(map, new RegExp(`<a href="/adherents/${slug}"`));
    assert.doesNotMatch(map, /ancien-gers/, 'former members are not listed by default, nor drawn');
    assert.match(all.body, /Contours : IGN Admin Express 2018 via france-geojson, Licence Ouverte/);

    const regions = await app.inject('/adherents?type=region');
    const filtered = between(regions.body, '<svg class="map map-national"', '</svg>');
    assert.match(
      filtered,
      /<a href="\/adherents\/region-bretagne" class="map-member kind-region" aria-label="Région Bretagne \(région\)">/,
    );
    assert.doesNotMatch(filtered, /grand-poitiers|ville-de-rennes/);

    const former = await app.inject('/adherents?statut=anciens');
    assert.match(
      between(former.body, '<svg class="map map-national"', '</svg>'),
      /<a href="\/adherents\/ancien-gers" class="map-member kind-departement"/,
    );

    const none = await app.inject('/adherents?q=introuvable');
    assert.doesNotMatch(none.body, /class="map /, 'no map without members');
  });

  test('the directory shows the distribution by région and département', async () => {
    const res = await app.inject('/adherents');
    const section = between(res.body, '<section class="map-distribution"', '</section>');
    // Bretagne: the région (and Rennes within it) — 2 members, its whole population covered.
    assert.match(section, /<title>Bretagne : 2\u00a0adhérents, 100\u00a0% de la population couverte<\/title>/);
    assert.match(section, /<tr><th scope="row">Ille-et-Vilaine<\/th><td>1<\/td><td>[\d\u00a0]+<\/td><td>100\u00a0%<\/td><\/tr>/);
    assert.match(section, /<title>Vienne : 1\u00a0adhérent, \d+(,\d)?\u00a0% de la population couverte<\/title>/);
  });

  test('coverage counts a commune inside a member région once', async () => {
    const { db } = getDb();
    const members = await listMapMembers(db, { status: 'active' });
    assert.deepEqual(members.map((m) => m.slug).sort(), ['grand-poitiers', 'region-bretagne', 'ville-de-rennes']);
    const coverage = await getCoverage(db, members);
    const bretagne = coverage.regions.find((r) => r.code === '53')!;
    assert.equal(bretagne.members, 2);
    assert.equal(bretagne.covered, bretagne.population);
    const vienne = coverage.departements.find((d) => d.code === '86')!;
    assert.ok(vienne.covered > 150_000 && vienne.covered < vienne.population, `Vienne: ${vienne.covered} of ${vienne.population}`);
  });

  test('a profile shows the member within its région, as an image served beside it', async () => {
    const res = await app.inject('/adherents/ville-de-rennes');
    assert.equal(res.statusCode, 200);
    const figure = between(res.body, '<figure class="map-figure map-profile">', '</figure>');
    assert.match(figure, /<figcaption>Rennes dans la région Bretagne<\/figcaption>/);
    assert.match(
      figure,
      /<img class="map map-region" src="\/adherents\/ville-de-rennes\/carte.svg" alt="Carte : Rennes dans la région Bretagne"/,
    );
    assert.match(figure, /Contours : IGN Admin Express 2018/);
    const image = await app.inject({ url: '/adherents/ville-de-rennes/carte.svg', headers: { 'accept-encoding': 'gzip' } });
    assert.equal(image.statusCode, 200);
    assert.equal(image.headers['content-type'], 'image/svg+xml; charset=utf-8');
    assert.equal(image.headers['content-encoding'], 'gzip');
    const svg = gunzipSync(image.rawPayload).toString();
    assert.match(svg, /<title>Carte : Rennes dans la région Bretagne<\/title>/);
    assert.match(svg, /<circle cx="\d+" cy="\d+" r="9" fill="#8a4b00"/);
    assert.equal((await app.inject('/adherents/personne/carte.svg')).statusCode, 404);
  });
});
