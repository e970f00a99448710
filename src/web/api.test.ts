import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { Validator } from '@seriousme/openapi-schema-validator';
import { buildTestApp } from '../../test/app.ts';
import { describeEachDatabase } from '../../test/databases.ts';
import { createTestMember, createTestNews } from '../../test/factories.ts';

describeEachDatabase('read API', (getDb) => {
  let app: FastifyInstance;
  before(async () => {
    const { db } = getDb();
    await createTestMember(db, {
      slug: 'grand-poitiers',
      name: 'Grand Poitiers',
      updatedAt: '2019-01-16',
      figures: [
        { kind: 'budget_eur', value: 35_200_000, year: 2016, source: 'Compte administratif 2016', followsDefinition: true },
        {
          kind: 'budget_eur',
          value: 30_000_000,
          year: 2014,
          source: 'Compte administratif 2014',
          followsDefinition: false,
          definitionNote: 'Fonds européens compris.',
        },
        { kind: 'ess_jobs', value: 4200, year: null, source: null, status: 'extracted', sourceText: 'Environ 4 200 emplois.' },
      ],
    });
    for (const [slug, code] of [
      ['region-bretagne', '53'],
      ['region-occitanie', '76'],
      ['region-normandie', '28'],
    ] as const) {
      await createTestMember(db, { slug, name: slug, territory: { kind: 'region', code } });
    }
    await createTestNews(db, { slug: 'n1', publishedAt: '2024-01-01', memberSlugs: ['grand-poitiers'] });
    await createTestNews(db, { slug: 'n2', publishedAt: '2024-02-01', memberSlugs: ['region-bretagne'] });
    app = await buildTestApp(getDb());
  });
  after(async () => app.close());

  test('GET /api/v1/members paginates with meta and links', async () => {
    const res = await app.inject('/api/v1/members?per_page=2&kind=region');
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.meta.total, 3);
    assert.equal(body.meta.page_count, 2);
    assert.equal(body.data.length, 2);
    assert.equal(body.data[0].kind, 'region');
    assert.equal(body.links.next, 'http://essor.test/api/v1/members?per_page=2&kind=region&page=2');
    assert.equal(body.links.prev, null);
  });

  test('GET /api/v1/members/:slug returns the profile with figures and population', async () => {
    const res = await app.inject('/api/v1/members/grand-poitiers');
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.kind, 'intercommunalite');
    assert.equal(body.territory.code, '200069854');
    assert.equal(body.region.name, 'Nouvelle-Aquitaine');
    assert.equal(body.stale, true);
    assert.deepEqual(
      body.sections.map((s: { kind: string }) => s.kind),
      ['panorama', 'budget', 'programme', 'actions'],
    );
    // Every value, by indicator then year, with how it stands against the definition.
    assert.deepEqual(body.figures, [
      {
        kind: 'budget_eur',
        label: 'Budget annuel consacré à l’ESS',
        value: 30_000_000,
        unit: '€',
        year: 2014,
        source: 'Compte administratif 2014',
        status: 'declared',
        follows_definition: false,
        definition_note: 'Fonds européens compris.',
        confirmed: true,
      },
      {
        kind: 'budget_eur',
        label: 'Budget annuel consacré à l’ESS',
        value: 35_200_000,
        unit: '€',
        year: 2016,
        source: 'Compte administratif 2016',
        status: 'declared',
        follows_definition: true,
        definition_note: null,
        confirmed: true,
      },
      {
        kind: 'ess_jobs',
        label: 'Emplois dans l’ESS',
        value: 4200,
        unit: 'emplois',
        year: null,
        source: null,
        status: 'extracted',
        follows_definition: null,
        definition_note: null,
        confirmed: false,
      },
    ]);
    assert.doesNotMatch(res.body, /Environ 4 200 emplois/, 'the sentence a figure was read from stays private');
    // Each indicator with its definition, its latest value and its series, oldest first.
    assert.deepEqual(
      body.indicators.map((i: { code: string; latest: { year: number | null }; series: { year: number | null }[] }) => [
        i.code,
        i.latest.year,
        i.series.map((f) => f.year),
      ]),
      [
        ['budget_eur', 2016, [2014, 2016]],
        ['ess_jobs', null, [null]],
      ],
    );
    assert.equal(body.indicators[0].unit, '€');
    assert.match(body.indicators[0].definition, /^Crédits dédiés à l’ESS/);
    assert.equal(body.population.year, 2023);
    assert.deepEqual(body.budget_per_inhabitant, {
      value: Math.round((35_200_000 / body.population.value) * 100) / 100,
      budget_year: 2016,
      population_year: 2023,
    });
  });

  test('GET /api/v1/members/:slug gives no budget per inhabitant from a value whose definition is not checked', async () => {
    const body = (await app.inject('/api/v1/members/region-bretagne')).json();
    assert.equal(body.figures.length, 1);
    assert.equal(body.figures[0].status, 'declared');
    assert.equal(body.figures[0].follows_definition, null);
    assert.equal(body.figures[0].confirmed, true);
    assert.ok(body.population.value > 1_000_000);
    assert.equal(body.budget_per_inhabitant, null);
  });

  test('errors are RFC 9457 problem documents with the field named', async () => {
    const missing = await app.inject('/api/v1/members/nope');
    assert.equal(missing.statusCode, 404);
    assert.match(missing.headers['content-type'] as string, /application\/problem\+json/);
    assert.equal(missing.json().status, 404);
    assert.equal(missing.json().instance, '/api/v1/members/nope');

    const bad = await app.inject('/api/v1/members?per_page=1000');
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().detail, /^per_page: /);

    const badKind = await app.inject('/api/v1/members?kind=canton');
    assert.equal(badKind.statusCode, 400);
    assert.match(badKind.json().detail, /^kind: /);

    const unknownRoute = await app.inject('/api/v1/nothing');
    assert.equal(unknownRoute.statusCode, 404);
    assert.equal(unknownRoute.json().title, 'Page introuvable');
  });

  test('GET /api/v1/news filters by member and refuses an unknown one', async () => {
    const res = await app.inject('/api/v1/news?member=region-bretagne');
    assert.equal(res.statusCode, 200);
    assert.deepEqual(
      res.json().data.map((n: { slug: string }) => n.slug),
      ['n2'],
    );
    assert.equal(res.json().data[0].members[0].url, 'http://essor.test/adherents/region-bretagne');
    assert.equal((await app.inject('/api/v1/news?member=nope')).statusCode, 404);
    assert.deepEqual(
      (await app.inject('/api/v1/news')).json().data.map((n: { slug: string }) => n.slug),
      ['n2', 'n1'],
    );
  });

  test('/api/openapi.json is an OpenAPI 3 document describing the API routes only', async () => {
    const res = await app.inject('/api/openapi.json');
    assert.equal(res.statusCode, 200);
    const doc = res.json();
    assert.match(doc.openapi, /^3\./);
    assert.deepEqual(Object.keys(doc.paths).sort(), [
      '/api/v1/members',
      '/api/v1/members/{slug}',
      '/api/v1/news',
      '/api/v1/resources',
      '/api/v1/search',
    ]);
    const result = await new Validator().validate(doc);
    assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
    const params = doc.paths['/api/v1/members'].get.parameters.map((p: { name: string }) => p.name);
    assert.ok(params.includes('kind') && params.includes('per_page'));
  });
});
