import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachDatabase } from '../../../test/databases.ts';
import { createTestMember } from '../../../test/factories.ts';
import { AppError } from '../../errors.ts';
import { createMember, getDirectory, getProfile } from './members.service.ts';
import { presentProfile } from './members.present.ts';

describeEachDatabase('members service', (getDb) => {
  before(async () => {
    const { db } = getDb();
    await createTestMember(db, {
      slug: 'grand-poitiers',
      name: 'Grand Poitiers',
      joinedYear: 2007,
      updatedAt: '2019-01-16',
      figures: [{ kind: 'budget_eur', value: 35_200_000, year: 2016, source: 'Compte administratif 2016', followsDefinition: true }],
    });
    await createTestMember(db, {
      slug: 'region-bretagne',
      name: 'Région Bretagne',
      territory: { kind: 'region', code: '53' },
      joinedYear: 2004,
      figures: [],
    });
    await createTestMember(db, {
      slug: 'ville-de-grenoble',
      name: 'Ville de Grenoble',
      territory: { kind: 'commune', code: '38185' },
      joinedYear: 2010,
      status: 'former',
    });
    await createTestMember(db, {
      slug: 'metropole-lille',
      name: 'Métropole Européenne de Lille',
      territory: { kind: 'epci', code: '200093201' },
      joinedYear: 2004,
    });
  });

  test('refuses a territory that does not exist, with the code in the message', async () => {
    await assert.rejects(
      createMember(getDb().db, {
        ...(await import('../../../test/factories.ts')).buildMember({ territory: { kind: 'commune', code: '99999' } }),
      }),
      (error: unknown) => error instanceof AppError && error.status === 400 && /99999/.test(error.message),
    );
  });

  test('derives the kind from the official territory (ME → métropole, CU → intercommunalité)', async () => {
    const lille = await getProfile(getDb().db, 'metropole-lille');
    const poitiers = await getProfile(getDb().db, 'grand-poitiers');
    assert.equal(lille?.member.kind, 'metropole');
    assert.equal(poitiers?.member.kind, 'intercommunalite');
  });

  test('a profile resolves its territory, département and région, and keeps its section order', async () => {
    const profile = await getProfile(getDb().db, 'grand-poitiers');
    assert.ok(profile);
    assert.equal(profile.place.territory.name, 'CU du Grand Poitiers');
    assert.equal(profile.place.departement?.name, 'Vienne');
    assert.equal(profile.place.region?.name, 'Nouvelle-Aquitaine');
    assert.deepEqual(
      profile.sections.map((s) => s.kind),
      ['panorama', 'budget', 'programme', 'actions'],
    );
    assert.equal(profile.sections[0]?.heading, 'Panorama de l’ESS sur le territoire');
  });

  test('the presenter computes budget per inhabitant from the summed EPCI population, and flags stale profiles', async () => {
    const profile = await getProfile(getDb().db, 'grand-poitiers');
    const view = presentProfile(profile!, new Date('2026-11-26T00:00:00Z'));
    assert.ok(view.population && view.population.value > 190_000 && view.population.value < 210_000);
    const expected = Math.round((35_200_000 / view.population.value) * 100) / 100;
    assert.deepEqual(view.budgetPerInhabitant, { value: expected, budgetYear: 2016, populationYear: view.population.year });
    assert.deepEqual(
      view.series.map((s) => [s.indicator.code, s.perInhabitant?.value ?? null]),
      [['budget_eur', expected]],
    );
    assert.equal(view.stale, true);
    assert.equal(presentProfile(profile!, new Date('2020-06-01T00:00:00Z')).stale, false);
  });

  test('no value per inhabitant from a budget whose definition is not checked, nor from an extracted or different one', async () => {
    const { db } = getDb();
    // Métropole de Lille's budget is declared without saying whether it follows the definition.
    const lille = presentProfile((await getProfile(db, 'metropole-lille'))!);
    assert.ok(lille.population);
    assert.equal(lille.series[0]?.latest.followsDefinition, null);
    assert.equal(lille.series[0]?.perInhabitant, null);
    assert.equal(lille.budgetPerInhabitant, null);
    for (const [slug, quality] of [
      ['budget-extrait', { status: 'extracted', followsDefinition: true }],
      ['budget-autre-definition', { status: 'declared', followsDefinition: false, definitionNote: 'Fonds européens compris.' }],
    ] as const) {
      await createTestMember(db, {
        slug,
        name: slug,
        territory: { kind: 'commune', code: '86194' },
        figures: [{ kind: 'budget_eur', value: 1_000_000, year: 2020, source: null, ...quality }],
      });
      const view = presentProfile((await getProfile(db, slug))!);
      assert.ok(view.population, slug);
      assert.equal(view.series[0]?.latest.status, quality.status, slug);
      assert.equal(view.budgetPerInhabitant, null, slug);
    }
  });

  test('a profile gives each indicator its series, oldest year first, the latest year as its latest value', async () => {
    const { db } = getDb();
    await createTestMember(db, {
      slug: 'serie',
      name: 'Commune avec une série',
      territory: { kind: 'commune', code: '86194' },
      figures: [
        { kind: 'ess_jobs', value: 4300, year: 2021, source: 'Observatoire', followsDefinition: true },
        { kind: 'budget_eur', value: 900_000, year: 2022, source: null, followsDefinition: true },
        { kind: 'budget_eur', value: 800_000, year: 2019, source: null, followsDefinition: true },
        { kind: 'budget_eur', value: 850_000, year: 2020, source: null, followsDefinition: true },
      ],
    });
    const profile = (await getProfile(db, 'serie'))!;
    // The network's order of indicators: budget first, then jobs.
    assert.deepEqual(
      profile.series.map((s) => [s.indicator.code, s.latest.year, s.history.map((f) => f.year)]),
      [
        ['budget_eur', 2022, [2019, 2020, 2022]],
        ['ess_jobs', 2021, [2021]],
      ],
    );
    assert.deepEqual(
      profile.figures.map((f) => [f.kind, f.year]),
      [
        ['budget_eur', 2019],
        ['budget_eur', 2020],
        ['budget_eur', 2022],
        ['ess_jobs', 2021],
      ],
    );
    assert.equal(profile.series[0]?.latest.label, 'Budget annuel consacré à l’ESS');
    const view = presentProfile(profile);
    assert.equal(view.budgetPerInhabitant?.value, Math.round((900_000 / view.population!.value) * 100) / 100);
    assert.equal(view.budgetPerInhabitant?.budgetYear, 2022);
  });

  test('sanitizes section HTML on write', async () => {
    const { db } = getDb();
    await createTestMember(db, {
      slug: 'xss',
      name: 'Commune XSS',
      territory: { kind: 'commune', code: '86194' },
      sections: [
        { kind: 'panorama', html: '<p onclick="alert(1)">Texte<script>alert(1)</script><a href="javascript:alert(1)">lien</a></p>' },
      ],
    });
    const html = (await getProfile(db, 'xss'))!.sections[0]!.html;
    assert.doesNotMatch(html, /script|onclick|javascript:/);
    assert.match(html, /Texte/);
  });

  test('empty sections are not shown', async () => {
    const { db } = getDb();
    await createTestMember(db, {
      slug: 'vide',
      name: 'Commune vide',
      territory: { kind: 'commune', code: '86041' },
      sections: [
        { kind: 'budget', html: '  ' },
        { kind: 'actions', html: '<p>Une action</p>' },
      ],
    });
    assert.deepEqual(
      (await getProfile(db, 'vide'))!.sections.map((s) => s.kind),
      ['actions'],
    );
  });

  test('the directory filters by kind, région, year, name (accents ignored) and status', async () => {
    const { db } = getDb();
    const names = async (filter: Parameters<typeof getDirectory>[1]) => (await getDirectory(db, filter, 'name', 1)).rows.map((r) => r.slug);
    assert.deepEqual(await names({ kind: 'region', status: 'active' }), ['region-bretagne']);
    assert.deepEqual(await names({ regionCode: '32', status: 'active' }), ['metropole-lille']);
    assert.deepEqual(await names({ joinedYear: 2004, status: 'active' }), ['metropole-lille', 'region-bretagne']);
    assert.deepEqual(await names({ nameFolded: 'metropole europeenne', status: 'active' }), ['metropole-lille']);
    assert.deepEqual(await names({ status: 'former' }), ['ville-de-grenoble']);
    assert.deepEqual(await names({ nameFolded: '100%_', status: 'active' }), []);
  });

  test('the directory sorts and paginates with a total', async () => {
    const { db } = getDb();
    const page1 = await getDirectory(db, { status: 'active' }, 'joined', 1, 2);
    const page2 = await getDirectory(db, { status: 'active' }, 'joined', 2, 2);
    assert.equal(page1.total, page2.total);
    assert.ok(page1.total >= 3);
    assert.equal(page1.pageCount, Math.ceil(page1.total / 2));
    const years = [...page1.rows, ...page2.rows].map((r) => r.joined_year ?? 0);
    assert.deepEqual(
      years,
      [...years].sort((a, b) => b - a),
    );
  });
});
