/**
 * The SCDL "subventions" check on the published examples (the valid one passes; the invalid ones
 * fail with the rows and columns of their errors) and on files in the messy shapes of real
 * publications: Windows-1252, `;`, older column names, line breaks in quoted cells, amounts with a
 * decimal comma and spaces, SIRET numbers written as floats, "NC", dates in other forms.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { checkSubsidies } from './subsidies.check.ts';

const EXAMPLES = path.resolve(import.meta.dirname, '../../../test/fixtures/scdl-subventions');
const example = (name: string) => checkSubsidies(name, fs.readFileSync(path.join(EXAMPLES, name)));
const triples = (r: ReturnType<typeof checkSubsidies>) => r.problems.map((p) => `${p.row}|${p.column}|${p.code}`);

/** The errors of the invalid example's cells, row by row. */
const CELL_ERRORS = [
  '1|conditionsVersement|enum',
  '1|pourcentageSubvention|percentage-range',
  '2|pourcentageSubvention|percentage-range',
  '3|pourcentageSubvention|percentage-range',
  '4|rnaBeneficiaire|rna-format',
  '4|dateConvention|date-not-iso',
  '5|idBeneficiaire|siret-float',
  '5|montant|number-format',
  '5|notificationUE|enum',
  '6|idAttribuant|siret-format',
  '7|datesPeriodeVersement|period-format',
  '7|notificationUE|enum',
  '8|pourcentageSubvention|number-format',
  '9|montant|required',
  '11|rnaBeneficiaire|rna-format',
  '15|nature|enum',
  '29|rnaBeneficiaire|rna-format',
];

test('the valid example passes: SCDL 2.0, 29 rows, its amounts by year', () => {
  const r = example('exemple_valide.csv');
  assert.deepEqual(r.problems, []);
  assert.equal(r.layout, 'scdl-2.0');
  assert.equal(r.encoding, 'utf-8');
  assert.equal(r.delimiter, ',');
  assert.equal(r.rows, 29);
  assert.equal(r.amountTotal, 2_821_393.5);
  assert.equal(r.amountsByYear['2013'], 1_076_690.93);
});

test('the invalid examples fail with the rows and columns of their errors', () => {
  const cells = example('exemple_invalide_erreurs_cellules.csv');
  assert.deepEqual(triples(cells).sort(), [...CELL_ERRORS].sort());
  assert.ok(
    cells.problems.every((p) => p.message.length > 20 && /[«:]/.test(p.message)),
    'each problem says what is wrong in French',
  );
  const columns = example('exemple_invalide_erreurs_colonnes.csv');
  assert.deepEqual(
    triples(columns).sort(),
    ['0|NOM_Beneficiaire|unknown-column', '0|nomBeneficiaire|missing-column', ...CELL_ERRORS].sort(),
  );
  assert.equal(columns.rows, 29, 'a wrong column does not stop the rows from being read');
});

test('messy real-world shapes: Windows-1252, semicolons, an older layout, line breaks, floats, NC', () => {
  const text = [
    'ANNEE;COLL_NOM;COLL_SIRET;COLL_TYPE;ACTE_DATE;ACTE_REF;ATTRIB_NOM;ATTRIB_SIRET;SUB_OBJ;SUB_MONTANT;type',
    '2018;Département de la Vienne;22860001300016;DEP;2018/01/30;D-1;Régie de quartier;21860194600000.0;"Fonctionnement\nsur deux lignes";137 825,00;x',
    '2018;Département de la Vienne;22860001300016;DEP;2018-02-01;D-2;Épicerie solidaire;;Investissement;NC;x',
    '2017;Département de la Vienne;22860001300016;DEP;31/02/2017;D-3;Café associatif;52499120500013;Animation;1500.0;x',
    '',
  ].join('\r\n');
  const bytes = Buffer.from(text, 'latin1'); // Windows-1252 for these characters
  const r = checkSubsidies('vienne.csv', bytes);
  assert.equal(r.encoding, 'windows-1252');
  assert.equal(r.delimiter, ';');
  assert.equal(r.layout, 'legacy');
  assert.equal(r.rows, 3, 'a line break inside quotes is not a new row');
  assert.equal(r.subsidies[0]!.beneficiary, 'Régie de quartier');
  assert.deepEqual(
    triples(r).sort(),
    [
      '0|COLL_TYPE|unknown-column',
      '0|type|unknown-column',
      '1|ACTE_DATE|date-not-iso',
      '1|ATTRIB_SIRET|siret-float',
      '1|SUB_MONTANT|number-format',
      '2|SUB_MONTANT|amount-not-number',
      '3|ACTE_DATE|date-format',
    ].sort(),
  );
  // Amounts that could be read, by year (the date's, else the budget year).
  assert.equal(r.amountTotal, 139_325);
  assert.deepEqual(r.amountsByYear, { '2018': 137_825, '2017': 1500 });
});

test('the 2.1 layout is recognised, columns are read whatever their case and order', () => {
  const header =
    'idSubvention,exerciceBudgetaire,montant,nomBeneficiaire,idBeneficiaire,nomAttribuant,idAttribuant,dateConvention,objet,nature,notificationUE,datesperiodeversement';
  const row = 'S-1,2025,2500,Association,52499120500013,Ville,21860194600013,2025-03-01,Objet,Aide en numéraire,non,2025-03-01/2025-12-31';
  const r = checkSubsidies('v21.csv', Buffer.from(`\ufeff${header}\n${row}\n`, 'utf8'));
  assert.equal(r.layout, 'scdl-2.1');
  assert.deepEqual(r.problems, []);
  assert.equal(r.amountsByYear['2025'], 2500);
});

test('essor subsidies:check --json prints one JSON array and exits 1 when a file has problems', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'essor-scdl-'));
  const cli = path.resolve(import.meta.dirname, '../../cli/main.ts');
  const args = [
    '--import',
    'tsx',
    cli,
    'subsidies:check',
    path.join(EXAMPLES, 'exemple_valide.csv'),
    path.join(EXAMPLES, 'exemple_invalide_erreurs_cellules.csv'),
    path.join(dir, 'absent.csv'),
    '--json',
  ];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  assert.equal(run.status, 1);
  const reports = JSON.parse(run.stdout);
  assert.equal(reports.length, 3);
  assert.deepEqual(Object.keys(reports[0]), [
    'file',
    'encoding',
    'delimiter',
    'layout',
    'rows',
    'amountTotal',
    'amountsByYear',
    'problems',
  ]);
  assert.equal(reports[1].problems.length, CELL_ERRORS.length);
  assert.equal(reports[2].problems[0].code, 'file-unreadable');
  const ok = execFileSync(process.execPath, ['--import', 'tsx', cli, 'subsidies:check', path.join(EXAMPLES, 'exemple_valide.csv')], {
    encoding: 'utf8',
  });
  assert.match(ok, /scdl-2\.0, utf-8, séparateur « , », 29 lignes, 2821393\.5 € au total, 0 problème/);
  fs.rmSync(dir, { recursive: true, force: true });
});
