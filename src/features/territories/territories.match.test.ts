import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildTerritoryMatcher, splitName } from './territories.match.ts';
import { readTerritories } from './territories.source.ts';
import type { TerritoryRow } from './territories.table.ts';

const match = buildTerritoryMatcher(readTerritories() as TerritoryRow[]);
const code = (name: string) => {
  const result = match(name);
  return result.ok ? `${result.territory.kind}:${result.territory.code}` : `none (${result.candidates.length})`;
};

test('names with a kind prefix find their territory', () => {
  assert.equal(code('Région Nouvelle-Aquitaine'), 'region:75');
  assert.equal(code('Département de la Gironde'), 'departement:33');
  assert.equal(code('Ville de Poitiers'), 'commune:86194');
  assert.equal(code('Communauté d’agglomération du Pays Basque'), 'epci:200067106');
  assert.equal(code('Métropole Européenne de Lille'), 'epci:200093201');
});

test('a usual name without prefix finds the EPCI whose official name carries the prefix', () => {
  assert.equal(code('Grand Poitiers'), 'epci:200069854');
  assert.equal(code('grand poitiers'), 'epci:200069854');
});

test('ambiguous or unknown names are refused with the candidates', () => {
  assert.match(code('Ville de Saint-Denis'), /^none \([2-9]\)$/);
  assert.equal(code('Atlantide'), 'none (0)');
});

test('splitName', () => {
  assert.deepEqual(splitName('Région Bretagne'), { kind: 'region', core: 'bretagne' });
  assert.deepEqual(splitName('Région'), { kind: null, core: 'region' });
});
