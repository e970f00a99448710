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
    await createTestMember(db, { slug: 'grand-poitiers', name: 'Grand Poitiers', joinedYear: 2007, updatedAt: '2019-01-16' });
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
    assert.equal(view.budgetPerInhabitant?.value, Math.round((35_200_000 / view.population.value) * 100) / 100);
    assert.equal(view.stale, true);
    assert.equal(presentProfile(profile!, new Date('2020-06-01T00:00:00Z')).stale, false);
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
