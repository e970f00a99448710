import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTerritoryAddress, territoryKindLabel, territoryPath } from './territories.present.ts';

test('each kind of territory has an address that reads back to it', () => {
  const cases = [
    ['region', '53'],
    ['departement', '2A'],
    ['departement', '971'],
    ['epci', '200069854'],
    ['commune', '86194'],
    ['commune', '2B033'],
  ] as const;
  for (const [kind, code] of cases) {
    const path = territoryPath(kind, code);
    assert.deepEqual(parseTerritoryAddress(path.replace('/territoires/', '')), { kind, code }, path);
  }
  assert.equal(territoryPath('region', '53'), '/territoires/region-53');
  assert.equal(territoryPath('epci', '200069854'), '/territoires/200069854');
});

test('a bare short code is left to the route to resolve; nonsense is refused', () => {
  assert.deepEqual(parseTerritoryAddress('35'), { kind: 'bare', code: '35' });
  assert.deepEqual(parseTerritoryAddress('2a'), { kind: 'bare', code: '2A' });
  for (const bad of ['', 'x', 'region-', 'canton-12', '1234', '1234567890', '86194 ', 'departement-1234']) {
    assert.equal(parseTerritoryAddress(bad), undefined, JSON.stringify(bad));
  }
});

test('EPCI are named by their legal form', () => {
  assert.equal(territoryKindLabel({ kind: 'epci', epci_type: 'CA' }), 'Communauté d’agglomération');
  assert.equal(territoryKindLabel({ kind: 'epci', epci_type: 'METRO' }), 'Métropole');
  assert.equal(territoryKindLabel({ kind: 'epci', epci_type: null }), 'Intercommunalité');
  assert.equal(territoryKindLabel({ kind: 'departement', epci_type: null }), 'Département');
});
