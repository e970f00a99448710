/**
 * `essor observatory:import --unites-legales FILE --etablissements FILE [--date AAAA-MM-JJ]`:
 * counts the ESS of every territory from INSEE's SIRENE stock files (CSV, zipped CSV or Parquet),
 * with progress; `essor observatory:generate --out DIR [--unites-legales N] [--date AAAA-MM-JJ]`
 * writes synthetic files with the real headers (demo, tests, benchmark).
 */
import { parseArgs } from 'node:util';
import type { Config } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { InvalidInput } from '../errors.ts';
import { importObservatory } from '../features/observatory/observatory.import.ts';
import { writeSyntheticSirene } from '../features/observatory/observatory.synthetic.ts';
import { listTerritories } from '../features/territories/territories.public.ts';
import { prepareDatabase } from '../server/prepare.ts';

export async function observatoryImportCommand(config: Readonly<Config>, argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      'unites-legales': { type: 'string' },
      etablissements: { type: 'string' },
      date: { type: 'string' },
      synthetic: { type: 'boolean', default: false },
    },
  });
  if (!values['unites-legales'] || !values.etablissements) {
    console.error('Usage : essor observatory:import --unites-legales FICHIER --etablissements FICHIER [--date AAAA-MM-JJ]');
    return 2;
  }
  const database = openDatabase(config.database);
  try {
    await prepareDatabase(database, { demo: false });
    const result = await importObservatory(database, {
      unitesLegales: values['unites-legales'],
      etablissements: values.etablissements,
      date: values.date,
      synthetic: values.synthetic,
      progress: (message) => process.stderr.write(`${message}\n`),
    });
    process.stderr.write(
      result.status === 'unchanged'
        ? `Extrait du ${result.extractDate} déjà importé : rien n’a changé.\n`
        : `Extrait du ${result.extractDate} importé : ${result.legalUnits} unités légales, ${result.establishments} établissements lus, ${result.figures} chiffres par territoire, ${result.unplaced} établissements actifs hors des communes connues, en ${(result.ms / 1000).toFixed(1)} s.\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof InvalidInput) {
      console.error(error.problems.join('\n'));
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}

export async function observatoryGenerateCommand(config: Readonly<Config>, argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      'unites-legales': { type: 'string', default: '100000' },
      date: { type: 'string', default: '2026-11-01' },
      seed: { type: 'string', default: '20261101' },
    },
  });
  const legalUnits = Number(values['unites-legales']);
  if (!values.out || !Number.isInteger(legalUnits) || legalUnits < 1) {
    console.error('Usage : essor observatory:generate --out DOSSIER [--unites-legales N] [--date AAAA-MM-JJ] [--seed N]');
    return 2;
  }
  const database = openDatabase(config.database);
  try {
    await prepareDatabase(database, { demo: false });
    const communes = (await listTerritories(database.db, 'commune')).map((c) => ({
      code: c.code,
      name: c.name,
      population: c.population,
      postcode: c.postcodes?.split(' ')[0] ?? null,
    }));
    const files = await writeSyntheticSirene({
      outDir: values.out,
      legalUnits,
      communes,
      date: values.date,
      seed: Number(values.seed),
      progress: (n) => process.stderr.write(`\r${n} / ${legalUnits} unités légales écrites`),
    });
    process.stderr.write(`\n${files.unitesLegales}\n${files.etablissements} (${files.establishments} établissements)\n`);
    return 0;
  } finally {
    await database.close();
  }
}
