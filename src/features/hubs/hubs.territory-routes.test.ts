import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../../test/app.ts';
import { describeEachDatabase } from '../../../test/databases.ts';
import { createTestMember, createTestNews } from '../../../test/factories.ts';
import { formatNumber } from '../../web/format.ts';
import { findTerritory } from '../territories/territories.public.ts';

/** The HTML under a member group heading, up to the next heading or the end of its section. */
function group(html: string, heading: string): string {
  const start = html.indexOf(`<h3>${heading}</h3>`);
  if (start === -1) return '';
  const rest = html.slice(start + heading.length + 9);
  const end = rest.search(/<h3>|<\/section>/);
  return end === -1 ? rest : rest.slice(0, end);
}

const SELF = 'Adhérent pour ce territoire';
const CONTAINS = 'Adhérents dont le territoire englobe celui-ci';
const WITHIN = 'Adhérents situés sur ce territoire';
const OVERLAPS = 'Adhérents dont le territoire s’étend en partie sur celui-ci';

describeEachDatabase('territory pages', (getDb) => {
  let app: FastifyInstance;
  before(async () => {
    const { db } = getDb();
    const member = (overrides: Parameters<typeof createTestMember>[1]) => createTestMember(db, { updatedAt: '2020-01-01', ...overrides });
    await member({
      slug: 'region-na',
      name: 'Région Nouvelle-Aquitaine',
      territory: { kind: 'region', code: '75' },
      figures: [{ kind: 'budget_eur', value: 12_000_000, year: 2025, source: 'Budget primitif 2025', followsDefinition: true }],
    });
    await member({ slug: 'dept-vienne', name: 'Département de la Vienne', territory: { kind: 'departement', code: '86' } });
    await member({ slug: 'grand-poitiers', name: 'Grand Poitiers', territory: { kind: 'epci', code: '200069854' } });
    await member({ slug: 'ville-poitiers', name: 'Ville de Poitiers', territory: { kind: 'commune', code: '86194' }, status: 'former' });
    // An EPCI with communes in the Landes (Nouvelle-Aquitaine) and the Gers (Occitanie).
    await member({ slug: 'cc-aire', name: 'CC d’Aire-sur-l’Adour', territory: { kind: 'epci', code: '200030435' } });
    await member({ slug: 'ville-rennes', name: 'Ville de Rennes', territory: { kind: 'commune', code: '35238' } });
    await createTestNews(db, { title: 'Nouvelle de Poitiers', memberSlugs: ['ville-poitiers'], publishedAt: '2024-05-02' });
    await createTestNews(db, { title: 'Nouvelle de Rennes', memberSlugs: ['ville-rennes'], publishedAt: '2024-05-03' });
    await createTestNews(db, { title: 'Nouvelle sans adhérent', memberSlugs: [], publishedAt: '2024-05-04' });
    await createTestNews(db, { title: 'Nouvelle de la Région', memberSlugs: ['region-na'], publishedAt: '2024-05-05' });
    await createTestNews(db, { title: 'La Région à Rennes', memberSlugs: ['region-na', 'ville-rennes'], publishedAt: '2024-05-06' });
    app = await buildTestApp(getDb());
  });
  after(async () => app.close());

  test('an unknown or malformed code is a French 404', async () => {
    for (const url of [
      '/territoires/xyz',
      '/territoires/99999',
      '/territoires/region-99',
      '/territoires/000000000',
      '/territoires/departement-1234',
    ]) {
      const res = await app.inject(url);
      assert.equal(res.statusCode, 404, url);
      assert.match(res.body, /Page introuvable/);
      assert.match(res.body, /Aucun territoire ne correspond au code « [^»]+ »\./, url);
    }
  });

  test('a bare two- or three-character code redirects to the département', async () => {
    const res = await app.inject('/territoires/86');
    assert.equal(res.statusCode, 301);
    assert.equal(res.headers.location, '/territoires/departement-86');
    assert.equal((await app.inject('/territoires/2a')).headers.location, '/territoires/departement-2A');
    assert.equal((await app.inject('/territoires/971')).headers.location, '/territoires/departement-971');
  });

  test('a commune: identity, population with its vintage, parents, members that contain it, their news', async () => {
    const res = await app.inject('/territoires/86194');
    assert.equal(res.statusCode, 200);
    const html = res.body;
    const poitiers = await findTerritory(getDb().db, 'commune', '86194');
    assert.match(html, /<h1>Poitiers<\/h1>/);
    assert.match(html, /Commune <span class="code">\(code INSEE 86194\)<\/span>/);
    assert.ok(html.includes(`${formatNumber(poitiers!.population!)}\u00a0habitants (INSEE, population municipale 2023)`));
    for (const href of ['/territoires/region-75', '/territoires/departement-86', '/territoires/200069854'])
      assert.ok(html.includes(`href="${href}"`), href);
    assert.match(group(html, SELF), /ville-poitiers.*Ancien adhérent/s);
    const containing = group(html, CONTAINS);
    for (const slug of ['region-na', 'dept-vienne', 'grand-poitiers']) assert.ok(containing.includes(`/adherents/${slug}"`), slug);
    assert.doesNotMatch(html, /ville-rennes|cc-aire/);
    assert.match(html, /Nouvelle de Poitiers/);
    assert.doesNotMatch(html, /Nouvelle de Rennes|Nouvelle sans adhérent/);
    assert.ok(res.headers.etag);
    assert.equal(res.headers['last-modified'], new Date('2024-05-05T08:00:00Z').toUTCString(), 'the latest date shown: its news');
  });

  test('an EPCI: its communes folded in a disclosure, member communes flagged, larger members containing it', async () => {
    const html = (await app.inject('/territoires/200069854')).body;
    assert.match(html, /Communauté urbaine <span class="code">\(SIREN 200069854\)<\/span>/);
    assert.match(
      html,
      /<h2 id="territoires-inclus">Communes membres<\/h2><details class="fold"><summary>Afficher les 40 communes<\/summary>/,
    );
    assert.match(
      html,
      /<a href="\/territoires\/86194">Poitiers<\/a>[^<]*<span class="child-population">[^<]*<\/span><span class="member-flag"> adhérent<\/span>/,
    );
    assert.ok(group(html, SELF).includes('/adherents/grand-poitiers"'));
    assert.ok(group(html, WITHIN).includes('/adherents/ville-poitiers"'));
    const containing = group(html, CONTAINS);
    assert.ok(containing.includes('/adherents/region-na"') && containing.includes('/adherents/dept-vienne"'));
  });

  test('an EPCI straddling two départements and two régions names them all, and overlaps each', async () => {
    const epci = (await app.inject('/territoires/200030435')).body;
    for (const href of ['/territoires/region-75', '/territoires/region-76', '/territoires/departement-40', '/territoires/departement-32']) {
      assert.ok(epci.includes(`href="${href}"`), href);
    }
    const gers = (await app.inject('/territoires/departement-32')).body;
    assert.ok(group(gers, OVERLAPS).includes('/adherents/cc-aire"'));
    assert.equal(group(gers, WITHIN), '');
    const na = (await app.inject('/territoires/region-75')).body;
    assert.ok(group(na, OVERLAPS).includes('/adherents/cc-aire"'));
    // A commune of its Gers part lies within it.
    const barcelonne = (await app.inject('/territoires/32027')).body;
    assert.ok(group(barcelonne, CONTAINS).includes('/adherents/cc-aire"'));
  });

  test('a région: its départements unfolded, every member within it, news of all of them', async () => {
    const html = (await app.inject('/territoires/region-75')).body;
    assert.match(html, /<h2 id="territoires-inclus">Départements de la région<\/h2><ul class="territory-children">/);
    assert.equal((html.match(/href="\/territoires\/departement-/g) ?? []).length, 12);
    assert.ok(group(html, SELF).includes('/adherents/region-na"'));
    const within = group(html, WITHIN);
    for (const slug of ['dept-vienne', 'grand-poitiers', 'ville-poitiers']) assert.ok(within.includes(`/adherents/${slug}"`), slug);
    assert.doesNotMatch(html, /ville-rennes/);
    assert.match(html, /Nouvelle de Poitiers/);
  });

  test('a member profile links to the pages of its territory, département and région', async () => {
    const html = (await app.inject('/adherents/grand-poitiers')).body;
    for (const href of ['/territoires/200069854', '/territoires/departement-86', '/territoires/region-75'])
      assert.ok(html.includes(`href="${href}"`), href);
    // Each page names its canonical address, whatever the query string.
    assert.ok(html.includes('<link rel="canonical" href="/adherents/grand-poitiers"/>'));
    assert.ok((await app.inject('/territoires/86194?utm=x')).body.includes('<link rel="canonical" href="/territoires/86194"/>'));
  });

  test('a territory with a few active members offers to compare them', async () => {
    const html = (await app.inject('/territoires/departement-86')).body;
    // Self, then containing, then within; the former member (Ville de Poitiers) is left out.
    assert.match(html, /<a href="\/comparer\?membres=dept-vienne,region-na,grand-poitiers">Comparer ces 3 adhérents<\/a>/);
  });

  test('a territory without members says so', async () => {
    const html = (await app.inject('/territoires/region-94')).body;
    assert.match(html, /<h1>Corse<\/h1>/);
    assert.match(html, /Aucune collectivité adhérente du réseau sur ce territoire pour le moment\./);
    assert.match(html, /Aucune actualité publiée pour le moment\./);
  });

  test('the coverage answer: each authority acting on the place, member or not, with since when and how fresh', async () => {
    const poitiers = (await app.inject('/territoires/86194')).body.replace(/<[^>]+>/g, '');
    assert.match(poitiers, /Qui agit pour l’ESS à Poitiers \?/);
    // The commune's member left the network: it is not counted as a member.
    assert.match(poitiers, /Poitiers \(commune\) n’est pas adhérente du réseau\./);
    assert.match(poitiers, /Grand Poitiers est adhérente du réseau depuis 2007 ; profil mis à jour le 01\/01\/2020\./);
    assert.match(poitiers, /Département de la Vienne est adhérent du réseau depuis 2007/);
    assert.match(poitiers, /Région Nouvelle-Aquitaine est adhérente du réseau depuis 2007/);
    assert.match(
      poitiers,
      /Région Nouvelle-Aquitaine [^.]+\. Budget annuel consacré à l’ESS en 2025 : 12\u00a0M€\./,
      'a comparable figure is quoted',
    );
    assert.doesNotMatch(poitiers, /Grand Poitiers [^.]+\. Budget/, 'a figure extracted from text is not');
    const limoges = (await app.inject('/territoires/87085')).body.replace(/<[^>]+>/g, '');
    assert.match(limoges, /Haute-Vienne \(département 87\) n’est pas adhérent du réseau\./);
    assert.match(limoges, /Limoges \(commune\) n’est pas adhérente du réseau\./);
    // Nobody acts on Auch: the nearest member is the one reaching into the Gers.
    const auch = (await app.inject('/territoires/32013')).body.replace(/<[^>]+>/g, '');
    assert.match(
      auch,
      /Aucune des collectivités qui agissent à Auch n’est adhérente du réseau\. Les adhérents les plus proches, dans Gers \(département 32\)/,
    );
    assert.match(auch, /CC d’Aire-sur-l’Adour/);
    // A map of the territory within its région, as an image of its own.
    const map = await app.inject('/territoires/87085/carte.svg');
    assert.equal(map.statusCode, 200);
    assert.match(String(map.headers['content-type']), /^image\/svg\+xml/);
    assert.ok(
      (await app.inject('/territoires/87085')).body.includes(
        'src="/territoires/87085/carte.svg" alt="Carte : Limoges dans la région Nouvelle-Aquitaine"',
      ),
    );
    assert.equal((await app.inject('/territoires/xyz/carte.svg')).statusCode, 404);
    const corse = (await app.inject('/territoires/region-94')).body.replace(/<[^>]+>/g, '');
    assert.match(corse, /Aucune collectivité adhérente du réseau n’agit sur ce territoire ni à proximité\./);
  });

  test('news are grouped by where they come from; a story about another place is left out', async () => {
    const html = (await app.inject('/territoires/departement-86')).body;
    assert.match(html, /<h3 id="actualites-groupe-\d">Région Nouvelle-Aquitaine<\/h3>/);
    assert.match(html, /<h3 id="actualites-groupe-\d">Adhérents situés sur ce territoire<\/h3>/);
    assert.ok(html.includes('Nouvelle de la Région') && html.includes('Nouvelle de Poitiers'));
    assert.ok(!html.includes('La Région à Rennes'), 'a story that also concerns Rennes is not about the Vienne');
    assert.ok((await app.inject('/territoires/region-75')).body.includes('La Région à Rennes') === false);
    assert.ok(
      (await app.inject('/territoires/35238')).body.includes('La Région à Rennes') === false,
      'nor about Rennes: the Région is not on it',
    );
  });

  test('the directory filters by département and by "acts on this territory", as shareable URLs', async () => {
    const slugsOf = (html: string) =>
      [...html.matchAll(/<h2 class="member-name"><a href="\/adherents\/([a-z0-9-]+)"/g)].map((m) => m[1]).sort();
    const poitiers = await app.inject('/adherents?territoire=commune-86194');
    assert.equal(poitiers.statusCode, 200);
    assert.deepEqual(slugsOf(poitiers.body), ['dept-vienne', 'grand-poitiers', 'region-na'], 'the former member is left out');
    assert.match(poitiers.body, /Adhérents qui agissent sur <a href="\/territoires\/86194">Poitiers<\/a> \(commune\)/);
    assert.deepEqual(slugsOf((await app.inject('/adherents?territoire=86194')).body), ['dept-vienne', 'grand-poitiers', 'region-na']);
    assert.deepEqual(slugsOf((await app.inject('/adherents?territoire=departement-35')).body), ['ville-rennes']);
    assert.deepEqual(slugsOf((await app.inject('/adherents?departement=86')).body), ['dept-vienne', 'grand-poitiers']);
    assert.match((await app.inject('/adherents')).body, /<option value="86">86 — Vienne<\/option>/);
    for (const bad of ['commune-99999', 'nimporte', 'epci-86194', '😀'.repeat(20)]) {
      const res = await app.inject(`/adherents?territoire=${encodeURIComponent(bad)}`);
      assert.equal(res.statusCode, 404, bad);
      assert.match(res.body, /territoire : aucun territoire ne correspond à/);
    }
    assert.ok((await app.inject('/territoires/86194')).body.includes('href="/adherents?territoire=commune-86194"'));
  });
});
