/**
 * The observatory import on SIRENE files with the real headers, on both databases: ceased units
 * and closed establishments left out, non-ESS units counted in the totals only, unknown staff
 * bands counting no staff, partially diffusible rows counted, arrondissements of Paris, Lyon and
 * Marseille counted in their commune and its EPCI; the same extract again changes nothing; a
 * newer one adds a vintage (the trend); a run that fails, even while writing, leaves the previous
 * figures whole. Then the figures on a territory page and a member's profile.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, csrfPair, form, sessionCookie } from '../../../test/app.ts';
import { describeEachDatabase } from '../../../test/databases.ts';
import { createTestMember, createTestUser } from '../../../test/factories.ts';
import { zipOf } from '../../../test/zip.ts';
import { InvalidInput } from '../../errors.ts';
import { importObservatory } from './observatory.import.ts';
import { getTerritoryObservatory } from './observatory.service.ts';
import { ESTABLISHMENT_HEADER, LEGAL_UNIT_HEADER } from './observatory.synthetic.ts';

const UL = LEGAL_UNIT_HEADER.split(',');
const ET = ESTABLISHMENT_HEADER.split(',');

function csv(header: string[], rows: Record<string, string>[]): string {
  return [header.join(','), ...rows.map((r) => header.map((c) => r[c] ?? '').join(','))].join('\n') + '\n';
}

/** A legal unit: ESS flag, legal category, state, last processing date. */
const unit = (siren: string, ess: string, category: string, state = 'A', date = '2026-10-30T04:00:00.000') => ({
  siren,
  economieSocialeSolidaireUniteLegale: ess,
  categorieJuridiqueUniteLegale: category,
  etatAdministratifUniteLegale: state,
  dateDernierTraitementUniteLegale: date,
  denominationUniteLegale: `UNITE ${siren}`,
});
/** An establishment: commune, state, employer, staff band, activity, diffusion. */
const establishment = (
  siren: string,
  nic: string,
  commune: string,
  state: string,
  employer: string,
  band: string,
  naf: string,
  diffusion = 'O',
) => ({
  siren,
  nic,
  siret: siren + nic,
  codeCommuneEtablissement: commune,
  etatAdministratifEtablissement: state,
  caractereEmployeurEtablissement: employer,
  trancheEffectifsEtablissement: band,
  activitePrincipaleEtablissement: naf,
  statutDiffusionEtablissement: diffusion,
  libelleCommuneEtablissement: '"PARIS, 11E ARRONDISSEMENT"',
});

const UNITS = [
  unit('100000001', 'O', '9220'), // an association
  unit('100000002', 'O', '5460'), // a cooperative
  unit('100000003', 'N', '5710'), // a company outside the ESS
  unit('100000004', '', '1000'), // unknown flag: outside the ESS
  unit('100000005', 'O', '9220', 'C'), // a ceased association
  unit('100000006', 'O', '8210'), // a mutual insurer
];
const ESTABLISHMENTS = [
  establishment('100000001', '00011', '75111', 'A', 'O', '11', '88.99B'), // Paris 11e: 10-19
  establishment('100000001', '00029', '69383', 'A', 'O', 'NN', '88.99B'), // Lyon 3e, band unknown
  establishment('100000001', '00037', '13208', 'A', 'O', '01', '94.99Z', 'P'), // Marseille 8e, partially diffusible
  establishment('100000002', '00012', '75056', 'A', 'O', '02', '47.11F'), // Paris: 3-5
  establishment('100000002', '00020', '75056', 'F', 'O', '12', '47.11F'), // closed: not counted
  establishment('100000003', '00013', '75056', 'A', 'O', '21', '62.01Z'), // not ESS: 50-99
  establishment('100000004', '00014', '75056', 'A', 'N', 'NN', '96.02A'),
  establishment('100000005', '00015', '75056', 'F', 'O', '03', '88.99B'), // ceased unit
  establishment('100000006', '00016', '86194', 'A', 'O', '01', '65.12Z'), // Poitiers: 1-2
  establishment('100000006', '00024', '99999', 'A', 'O', '01', '65.12Z'), // unknown commune
];

describeEachDatabase('observatory import', (getDb) => {
  let dir: string;
  let app: FastifyInstance;
  const files = (name: string, units = UNITS, establishments = ESTABLISHMENTS) => {
    const folder = path.join(dir, name);
    fs.mkdirSync(folder, { recursive: true });
    const unitesLegales = path.join(folder, 'StockUniteLegale.csv');
    const etablissements = path.join(folder, 'StockEtablissement.csv');
    fs.writeFileSync(unitesLegales, csv(UL, units));
    fs.writeFileSync(etablissements, csv(ET, establishments));
    return { unitesLegales, etablissements };
  };

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'essor-observatory-test-'));
    await createTestMember(getDb().db, {
      slug: 'ville-de-poitiers',
      name: 'Ville de Poitiers',
      territory: { kind: 'commune', code: '86194' },
    });
    app = await buildTestApp(getDb());
  });
  after(async () => {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('counts per commune, EPCI, département and région; arrondissements in their commune', async () => {
    const database = getDb();
    const result = await importObservatory(database, files('first'));
    assert.equal(result.status, 'imported');
    assert.equal(result.extractDate, '2026-10-30', 'the latest processing date of the files');
    assert.equal(result.legalUnits, 6);
    assert.equal(result.establishments, 10);
    assert.equal(result.unplaced, 1, 'the establishment of an unknown commune');
    const paris = await getTerritoryObservatory(database.db, 'commune', '75056');
    // Active: 75111 (ESS), 75056 ×3 (ESS coop, company, individual); closed and ceased left out.
    assert.deepEqual(paris!.all, { establishments: 4, employers: 3, staffMin: 10 + 3 + 50, staffMax: 19 + 5 + 99 });
    assert.deepEqual(paris!.ess, { establishments: 2, employers: 2, staffMin: 13, staffMax: 24 });
    assert.equal(paris!.employerShare, 2 / 3);
    assert.deepEqual(
      paris!.families.map((f) => [f.family, f.counts.establishments]),
      [
        ['association', 1],
        ['cooperative', 1],
      ],
    );
    const lyon = await getTerritoryObservatory(database.db, 'commune', '69123');
    assert.deepEqual(lyon!.ess, { establishments: 1, employers: 1, staffMin: 0, staffMax: 0 }, 'an unknown band counts no staff');
    const marseille = await getTerritoryObservatory(database.db, 'commune', '13055');
    assert.equal(marseille!.ess.establishments, 1, 'a partially diffusible establishment counts');
    const grandParis = await getTerritoryObservatory(database.db, 'epci', '200054781');
    assert.equal(grandParis!.all.establishments, 4);
    const ileDeFrance = await getTerritoryObservatory(database.db, 'region', '11');
    assert.equal(ileDeFrance!.ess.employers, 2);
    const vienne = await getTerritoryObservatory(database.db, 'departement', '86');
    assert.deepEqual(
      vienne!.families.map((f) => f.family),
      ['mutuelle'],
    );
    assert.equal((await getTerritoryObservatory(database.db, 'commune', '87085'))!.all.establishments, 0, 'nothing counted there');
  });

  test('the same extract again changes nothing; a newer one adds a vintage and the trend', async () => {
    const database = getDb();
    const count = async () =>
      Number(
        (
          await database.db
            .selectFrom('observatory_figures')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    assert.equal((await importObservatory(database, files('first'))).status, 'unchanged');
    assert.equal(await count(), before);
    const newer = UNITS.map((u) => ({ ...u, dateDernierTraitementUniteLegale: '2026-11-28T04:00:00.000' }));
    const more = [...ESTABLISHMENTS, establishment('100000001', '00045', '75111', 'A', 'O', '01', '88.99B')];
    const result = await importObservatory(database, files('newer', newer, more));
    assert.equal(result.extractDate, '2026-11-28');
    const paris = await getTerritoryObservatory(database.db, 'commune', '75056');
    assert.equal(paris!.extractDate, '2026-11-28');
    assert.equal(paris!.ess.employers, 3);
    assert.deepEqual(paris!.previous, { extractDate: '2026-10-30', ess: { establishments: 2, employers: 2, staffMin: 13, staffMax: 24 } });
  });

  test('a run that fails leaves the previous figures whole: missing columns, a bad date, a failure while writing', async () => {
    const database = getDb();
    const snapshot = async () => JSON.stringify(await getTerritoryObservatory(database.db, 'commune', '75056'));
    const was = await snapshot();
    const broken = path.join(dir, 'broken.csv');
    fs.writeFileSync(broken, 'siren,nic\n100000001,00011\n');
    await assert.rejects(importObservatory(database, { ...files('third'), etablissements: broken }), (error: unknown) => {
      assert.ok(error instanceof InvalidInput);
      assert.match(error.problems[0]!, /colonnes absentes \(codeCommuneEtablissement/);
      return true;
    });
    await assert.rejects(importObservatory(database, { ...files('third'), date: '28/11/2026' }), InvalidInput);
    // Killed while writing the figures: the transaction is rolled back.
    const later = UNITS.map((u) => ({ ...u, dateDernierTraitementUniteLegale: '2026-12-05T04:00:00.000' }));
    await assert.rejects(
      importObservatory(database, {
        ...files('killed', later),
        progress: (message) => {
          if (/chiffres écrits/.test(message)) throw new Error('killed');
        },
      }),
      /killed/,
    );
    assert.equal(await snapshot(), was);
    assert.equal((await database.db.selectFrom('observatory_vintages').select('extract_date').execute()).length, 2);
  });

  test('a territory page and a member profile show the figures, with the source, the date and what SIRENE counts', async () => {
    const page = (await app.inject('/territoires/75056')).body.replace(/<[^>]+>/g, '');
    assert.match(
      page,
      /Selon le répertoire SIRENE au 28 novembre 2026 : 3\s(établissements employeurs de l’ESS), 75\s% des établissements employeurs, entre 14 et 26 salariés\./,
    );
    assert.match(page, /\+1\sétablissement employeur de l’ESS depuis le 30 octobre 2026 \(2\)/);
    assert.match(page, /Les effectifs salariés officiels de l’ESS sont publiés par les observatoires régionaux/);
    const profile = (await app.inject('/adherents/ville-de-poitiers')).body.replace(/<[^>]+>/g, '');
    assert.match(profile, /L’ESS sur son territoire selon le répertoire SIRENE/);
    assert.match(profile, /Selon le répertoire SIRENE au 28 novembre 2026 : 1\sétablissement employeur de l’ESS/);
  });
  test('the ESS employers of a territory: diffusible ones only, filters, pages, CSV', async () => {
    const html = (await app.inject('/territoires/75056/acteurs')).body;
    assert.match(html, /<h1>Employeurs de l’ESS : Paris<\/h1>/);
    const sirets = [...html.matchAll(/SIRET (\d{14})/g)].map((m) => m[1]).sort();
    assert.deepEqual(
      sirets,
      ['10000000100011', '10000000100045', '10000000200012'],
      'active, employer, ESS, diffusible; arrondissements in Paris',
    );
    assert.match(html, /10 à 19 salariés/);
    assert.match(html, /Santé humaine et action sociale <span class="code">\(88\.99B\)<\/span>/);
    const coops = (await app.inject('/territoires/75056/acteurs?famille=cooperative')).body;
    assert.deepEqual(
      [...coops.matchAll(/SIRET (\d{14})/g)].map((m) => m[1]),
      ['10000000200012'],
    );
    const social = (await app.inject('/territoires/75056/acteurs?secteur=Q')).body;
    assert.equal([...social.matchAll(/SIRET (\d{14})/g)].length, 2);
    // Counted in Marseille's figures, never listed: partially diffusible.
    const marseille = (await app.inject('/territoires/13055/acteurs')).body;
    assert.match(marseille, /Aucun employeur de l’ESS ne correspond\./);
    assert.equal((await getTerritoryObservatory(getDb().db, 'commune', '13055'))!.ess.employers, 1);
    const csv = await app.inject('/territoires/75056/acteurs.csv');
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-disposition']), /employeurs-ess-commune-75056\.csv/);
    assert.ok(csv.body.includes('"=""10000000100011"""'), 'the SIRET stays text');
    assert.equal(csv.body.trim().split('\r\n').length, 4);
    assert.equal((await app.inject('/territoires/xyz/acteurs')).statusCode, 404);
    assert.equal((await app.inject('/territoires/75056/acteurs?famille=nimporte')).statusCode, 400);
    assert.ok((await app.inject('/territoires/75056')).body.includes('href="/territoires/75056/acteurs"'));
  });
  test('an editor quotes the figures in the panorama with one click (saved as a draft)', async () => {
    const { db } = getDb();
    const member = await db.selectFrom('members').select('id').where('slug', '=', 'ville-de-poitiers').executeTakeFirstOrThrow();
    const user = await createTestUser(db, { role: 'editor', memberId: member.id });
    const cookie = await sessionCookie(getDb(), user.id);
    const csrf = await csrfPair(app);
    const page = await app.inject({ method: 'GET', url: '/admin/adherents/ville-de-poitiers/profil', headers: { cookie } });
    assert.ok(page.body.includes('Citer ces chiffres à la fin du panorama'));
    const quoted = await app.inject({
      method: 'POST',
      url: '/admin/adherents/ville-de-poitiers/profil',
      headers: { cookie: `${csrf.cookie}; ${cookie}`, 'content-type': 'application/x-www-form-urlencoded' },
      payload: form({
        _csrf: csrf.token,
        action: 'quote-sirene',
        website: '',
        section_count: '1',
        s0_kind: 'panorama',
        s0_heading: '',
        s0_body: '<p>Le panorama de la ville.</p>',
        s0_position: '1',
        figure_count: '0',
      }),
    });
    assert.equal(quoted.statusCode, 303);
    assert.match(String(quoted.headers.location), /message=sirene/);
    const draft = await app.inject({ method: 'GET', url: '/admin/adherents/ville-de-poitiers/profil', headers: { cookie } });
    assert.match(draft.body, /Le panorama de la ville\.&lt;\/p>\s*&lt;p>Selon le répertoire SIRENE au 28 novembre 2026 : 1/);
    assert.ok(!(await app.inject('/adherents/ville-de-poitiers')).body.includes('Le panorama de la ville.'), 'a draft, not published');
  });
  test('zipped CSV and Parquet files are read like plain CSV', async () => {
    const database = getDb();
    const plain = files('formats');
    // The same extract as CSV inside ZIP archives, under a later date: the same counts.
    const zipped = {
      unitesLegales: path.join(dir, 'StockUniteLegale_utf8.zip'),
      etablissements: path.join(dir, 'StockEtablissement_utf8.zip'),
    };
    fs.writeFileSync(zipped.unitesLegales, zipOf([{ name: 'StockUniteLegale_utf8.csv', data: fs.readFileSync(plain.unitesLegales) }]));
    fs.writeFileSync(zipped.etablissements, zipOf([{ name: 'StockEtablissement_utf8.csv', data: fs.readFileSync(plain.etablissements) }]));
    const fromZip = await importObservatory(database, { ...zipped, date: '2026-12-10' });
    assert.equal(fromZip.status, 'imported');
    assert.equal(fromZip.establishments, ESTABLISHMENTS.length);
    const paris = await getTerritoryObservatory(database.db, 'commune', '75056');
    assert.equal(paris!.extractDate, '2026-12-10');
    assert.deepEqual(paris!.ess, { establishments: 2, employers: 2, staffMin: 13, staffMax: 24 });
    // Parquet, written by DuckDB from the CSV.
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const duck = await DuckDBInstance.create(':memory:');
    const connection = await duck.connect();
    const parquet = {
      unitesLegales: path.join(dir, 'StockUniteLegale.parquet'),
      etablissements: path.join(dir, 'StockEtablissement.parquet'),
    };
    for (const [from, to] of [
      [plain.unitesLegales, parquet.unitesLegales],
      [plain.etablissements, parquet.etablissements],
    ] as const)
      await connection.run(`COPY (SELECT * FROM read_csv('${from}', header = true, all_varchar = true)) TO '${to}' (FORMAT parquet)`);
    connection.closeSync();
    duck.closeSync();
    const fromParquet = await importObservatory(database, { ...parquet, date: '2026-12-11' });
    assert.equal(fromParquet.establishments, ESTABLISHMENTS.length);
    assert.deepEqual((await getTerritoryObservatory(database.db, 'commune', '75056'))!.ess, paris!.ess);
  });
  test('comparisons show each member territory’s ESS from SIRENE, on the page and in the CSV', async () => {
    const page = (await app.inject('/comparer?membres=ville-de-poitiers')).body.replace(/<[^>]+>/g, ' ');
    assert.match(page, /Établissements employeurs de l’ESS du territoire\s+répertoire SIRENE au 11 décembre 2026/);
    assert.match(page, /Salariés de ces établissements \(fourchette\)\s+1 à 2/);
    const csv = (await app.inject('/comparer.csv?membres=ville-de-poitiers')).body;
    assert.ok(csv.includes('Établissements employeurs de l’ESS (SIRENE 2026-12-11);Part des établissements employeurs (%)'));
  });
});
