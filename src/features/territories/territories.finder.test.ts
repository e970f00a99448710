/** The territory finder over the real official geography: names, codes and postcodes as people type them. */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { readTerritories } from './territories.source.ts';
import { buildTerritoryFinder, foldPlace, type TerritoryFinder } from './territories.finder.ts';
import type { TerritoryRow } from './territories.table.ts';

let finder: TerritoryFinder;
before(() => {
  finder = buildTerritoryFinder(readTerritories() as TerritoryRow[]);
});

const first = (q: string) => finder.find(q).hits[0]?.territory;
const names = (q: string, limit = 10) => finder.find(q, limit).hits.map((h) => `${h.territory.kind}:${h.territory.name}`);

test('folding: accents, case, hyphens, apostrophes and Saint/St', () => {
  assert.equal(foldPlace('Saint-Étienne'), 'st etienne');
  assert.equal(foldPlace('ST ETIENNE'), 'st etienne');
  assert.equal(foldPlace('Côte-d’Or'), 'cote d or');
  assert.equal(foldPlace("Côte-d'Or"), 'cote d or');
});

test('names: a département by name, a commune without its accents, a word inside an EPCI name', () => {
  assert.deepEqual([first('Haute-Vienne')?.kind, first('Haute-Vienne')?.code], ['departement', '87']);
  assert.deepEqual([first('haute vienne')?.kind, first('haute vienne')?.code], ['departement', '87']);
  assert.equal(first('st etienne')?.code, '42218');
  assert.equal(first('Saint Étienne')?.code, '42218');
  assert.equal(first('limoges')?.code, '87085');
  assert.ok(names('grand poitiers').includes('epci:CU du Grand Poitiers'), names('grand poitiers').join(', '));
  // Exact names first, the larger territory first: the département, then the commune of Isère.
  assert.deepEqual(names('Vienne', 2), ['departement:Vienne', 'commune:Vienne']);
  assert.equal(first('nouvelle aquitaine')?.kind, 'region');
});

test('codes: département numbers, INSEE codes, SIREN, Corsica', () => {
  assert.deepEqual([first('87')?.kind, first('87')?.name], ['departement', 'Haute-Vienne']);
  assert.deepEqual([first('2A')?.kind, first('2a')?.name], ['departement', 'Corse-du-Sud']);
  assert.equal(first('87085')?.name, 'Limoges');
  assert.equal(first('200069854')?.name, 'CU du Grand Poitiers');
  assert.equal(first('971')?.name, 'Guadeloupe');
});

test('postcodes: one that covers several communes lists them all; a postcode prefix lists its communes', () => {
  const limoges = finder.find('87000');
  assert.equal(limoges.hits[0]?.territory.name, 'Limoges');
  assert.equal(limoges.hits[0]?.by, 'postcode');
  const shared = finder.find('86340', 50);
  assert.ok(shared.total > 1, 'several communes share 86340');
  assert.ok(shared.hits.every((h) => h.territory.postcodes?.split(' ').includes('86340')));
  assert.ok(finder.find('870').total > 5);
  assert.equal(first('75011')?.name, 'Paris');
});

test('bad input finds nothing and never throws', () => {
  for (const q of ['', '   ', '😀', "'; DROP TABLE territories; --", 'NEAR(a b)', '"*"', 'x'.repeat(2048), '999999999', '00000'])
    assert.doesNotThrow(() => finder.find(q), q.slice(0, 20));
  assert.equal(finder.find('😀').total, 0);
  assert.equal(finder.find('x'.repeat(2048)).total, 0);
  assert.equal(finder.find('00000').total, 0);
});

test('exact names and codes for the site search; place names kept from stemming', () => {
  assert.deepEqual(
    finder.exact('Haute-Vienne').map((h) => h.territory.code),
    ['87'],
  );
  assert.deepEqual(
    finder.exact('Vienne').map((h) => `${h.territory.kind}:${h.territory.code}`),
    ['departement:86', 'commune:38544'],
  );
  assert.deepEqual(
    finder.exact('86').map((h) => h.territory.name),
    ['Vienne'],
  );
  assert.deepEqual(finder.exact('coopératives'), [], 'a common word is no place');
  assert.deepEqual([...finder.placeWordsIn('Vienne')], ['vienne']);
  assert.deepEqual([...finder.placeWordsIn('tiers-lieux en Haute-Vienne')].sort(), ['haute', 'vienne']);
  assert.deepEqual([...finder.placeWordsIn('les coopératives viennent')], []);
});
