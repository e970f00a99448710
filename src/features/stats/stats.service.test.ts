import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachDatabase } from '../../../test/databases.ts';
import { createTestMember } from '../../../test/factories.ts';
import { countCommunesIn, findTerritory } from '../territories/territories.public.ts';
import { cumulateYears, getNetworkStats, indicatorYears } from './stats.service.ts';
import type { Indicator } from '../indicators/indicators.public.ts';

test('cumulative membership fills the years without new members and sets unknown years apart', () => {
  const { byYear, unknownYear } = cumulateYears([
    { year: null, n: 2 },
    { year: 2004, n: 1 },
    { year: 2007, n: 3 },
    { year: 2005, n: 1 },
  ]);
  assert.deepEqual(byYear, [
    { year: 2004, joined: 1, total: 1 },
    { year: 2005, joined: 1, total: 2 },
    { year: 2006, joined: 0, total: 2 },
    { year: 2007, joined: 3, total: 5 },
  ]);
  assert.equal(unknownYear, 2);
  assert.deepEqual(cumulateYears([{ year: null, n: 4 }]), { byYear: [], unknownYear: 4 });
});

test('indicators over the years: per year, all members then each kind; a total only for an indicator that adds up', () => {
  const indicator = (code: string, aggregation: Indicator['aggregation']): Indicator => ({
    code,
    label: code,
    unit: '€',
    definition: 'Une définition.',
    memberKinds: [],
    aggregation,
    perInhabitant: false,
    visibility: 'public',
  });
  const values = [
    { kind: 'budget_eur', year: 2025, member_kind: 'region' as const, value: 10 },
    { kind: 'budget_eur', year: 2025, member_kind: 'region' as const, value: 30 },
    { kind: 'budget_eur', year: 2025, member_kind: 'commune' as const, value: 2 },
    { kind: 'budget_eur', year: 2024, member_kind: 'commune' as const, value: 1 },
    { kind: 'ess_employment_share', year: 2025, member_kind: 'commune' as const, value: 12 },
  ];
  const [budget, share] = indicatorYears(
    [indicator('budget_eur', 'sum'), indicator('ess_employment_share', 'share'), indicator('staff_fte', 'sum')],
    values,
  );
  assert.deepEqual(
    budget!.years.map((y) => [y.year, y.overall, y.byKind.map((k) => [k.kind, k.cell.n, k.cell.sum, k.cell.median])]),
    [
      [
        2025,
        { n: 3, sum: 42, median: 10 },
        [
          ['region', 2, 40, 20],
          ['commune', 1, 2, 2],
        ],
      ],
      [2024, { n: 1, sum: 1, median: 1 }, [['commune', 1, 1, 1]]],
    ],
  );
  assert.deepEqual(share!.years[0]!.overall, { n: 1, sum: null, median: 12 }, 'a share is never added up');
  assert.equal(indicatorYears([indicator('staff_fte', 'sum')], values).length, 0, 'an indicator nobody gives is left out');
});

describeEachDatabase('network statistics', (getDb) => {
  const population = async (kind: 'departement' | 'epci' | 'commune', code: string) =>
    (await findTerritory(getDb().db, kind, code))!.population!;

  before(async () => {
    const { db } = getDb();
    // Nested: Poitiers lies in Grand Poitiers, which lies in the Vienne.
    await createTestMember(db, { slug: 'vienne', territory: { kind: 'departement', code: '86' }, joinedYear: 2010, figures: [] });
    await createTestMember(db, { slug: 'grand-poitiers', territory: { kind: 'epci', code: '200069854' }, joinedYear: 2007 });
    await createTestMember(db, { slug: 'poitiers', territory: { kind: 'commune', code: '86194' }, joinedYear: 2007, figures: [] });
    // Apart: Rennes. A former member (Bretagne) covers nothing any more.
    await createTestMember(db, {
      slug: 'rennes',
      territory: { kind: 'commune', code: '35238' },
      joinedYear: null,
      figures: [
        { kind: 'ess_jobs', value: 100, year: 2020, source: 's' },
        { kind: 'budget_eur', value: 1_000_000, year: 2021, source: 's' },
      ],
    });
    await createTestMember(db, { slug: 'bretagne', territory: { kind: 'region', code: '53' }, status: 'former', joinedYear: 2001 });
  });

  test('population covered counts each commune once, however many members cover it', async () => {
    const stats = await getNetworkStats(getDb().db);
    const vienne = await population('departement', '86');
    const rennes = await population('commune', '35238');
    assert.equal(stats.population.covered, vienne + rennes);
    assert.equal(stats.population.communes, (await countCommunesIn(getDb().db, 'departement', '86')) + 1);
    assert.equal(
      stats.population.summed,
      vienne + (await population('epci', '200069854')) + (await population('commune', '86194')) + rennes,
    );
    assert.ok(stats.population.national > 66_000_000 && stats.population.national < 70_000_000, `${stats.population.national}`);
  });

  test('counts are over active members: by kind, by région, by year, figures given', async () => {
    const stats = await getNetworkStats(getDb().db);
    assert.equal(stats.members, 4);
    assert.deepEqual(
      stats.byKind.map((k) => [k.kind, k.n]),
      [
        ['region', 0],
        ['departement', 1],
        ['metropole', 0],
        ['intercommunalite', 1],
        ['commune', 2],
      ],
    );
    assert.deepEqual(
      stats.byRegion.slice(0, 2).map((r) => [r.name, r.n]),
      [
        ['Nouvelle-Aquitaine', 3],
        ['Bretagne', 1],
      ],
    );
    assert.equal(stats.byRegion.length, 18, 'the eighteen régions, none of the other overseas collectivities');
    assert.deepEqual(
      stats.byYear.map((y) => y.total),
      [2, 2, 2, 3],
    );
    assert.equal(stats.byYear[0]!.year, 2007);
    assert.equal(stats.unknownYear, 1);
    const given = Object.fromEntries(stats.figures.map((f) => [f.kind, f.n]));
    assert.equal(given.budget_eur, 2, 'Grand Poitiers and Rennes; the former member’s budget is not counted');
    assert.equal(given.ess_jobs, 1);
    assert.equal(given.staff_fte, 0);
  });
});
