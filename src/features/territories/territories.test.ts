import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { describeEachDatabase } from '../../../test/databases.ts';
import { ensureTerritories, resolveTerritory } from './territories.service.ts';
import { countTerritories } from './territories.repository.ts';
import { readTerritories } from './territories.source.ts';

describeEachDatabase('territories', (getDb) => {
  test('every current commune, EPCI, département and région of the source is loaded', async () => {
    const rows = readTerritories();
    const expected = { region: 0, departement: 0, epci: 0, commune: 0 };
    for (const row of rows) expected[row.kind]++;
    assert.deepEqual(await countTerritories(getDb().db), expected);
    assert.ok(expected.commune > 34_000 && expected.epci > 1_200 && expected.region >= 18);
  });

  test('loading again is a no-op while the source version is unchanged', async () => {
    assert.equal(await ensureTerritories(getDb()), false);
  });

  test('département and région populations are the sums of their communes', async () => {
    const { db } = getDb();
    const mismatches = await sql<{ code: string }>`
      select d.code from territories d
      where d.kind in ('departement', 'region')
        and d.population <> (select coalesce(sum(c.population), 0) from territories c
                             where c.kind = 'commune' and (case when d.kind = 'region' then c.region_code else c.departement_code end) = d.code)`.execute(
      db,
    );
    assert.deepEqual(mismatches.rows, []);
    const nouvelleAquitaine = await resolveTerritory(db, 'region', '75');
    assert.ok(nouvelleAquitaine!.territory.population! > 6_000_000);
  });

  test('EPCI populations are the sums of their member communes, which point back to them', async () => {
    const { db } = getDb();
    const mismatches = await sql<{ code: string }>`
      select e.code from territories e
      where e.kind = 'epci'
        and e.population <> (select coalesce(sum(c.population), 0) from territories c where c.kind = 'commune' and c.epci_code = e.code)`.execute(
      db,
    );
    assert.deepEqual(mismatches.rows, []);
    const poitiers = await resolveTerritory(db, 'commune', '86194');
    assert.equal(poitiers?.territory.epci_code, '200069854');
    assert.equal(poitiers?.departement?.name, 'Vienne');
    assert.equal(poitiers?.region?.name, 'Nouvelle-Aquitaine');
  });

  test('an EPCI takes the département and région of its most populous commune', async () => {
    const grandPoitiers = await resolveTerritory(getDb().db, 'epci', '200069854');
    assert.equal(grandPoitiers?.territory.epci_type, 'CU');
    assert.equal(grandPoitiers?.departement?.code, '86');
    assert.equal(grandPoitiers?.region?.code, '75');
  });

  test('an unknown code resolves to nothing', async () => {
    assert.equal(await resolveTerritory(getDb().db, 'commune', '00000'), undefined);
  });
});
