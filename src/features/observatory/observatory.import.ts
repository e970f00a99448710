/**
 * `essor observatory:import`: reads INSEE's SIRENE stock files (legal units and establishments;
 * CSV, zipped CSV or Parquet; columns found by name) with DuckDB, embedded, without loading them
 * into the application database, and stores only aggregates per commune, EPCI, département and
 * région with the extract's date. DuckDB joins the establishments to the ESS legal units and
 * counts them per commune; the communes are then added up into their EPCI, département and
 * région here, and the vintage is written in one transaction: a failed or killed run leaves the
 * previous figures whole, and the same extract imported again changes nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Insertable } from 'kysely';
import type { Database } from '../../db/database.ts';
import { InvalidInput } from '../../errors.ts';
import { listAllTerritories } from '../territories/territories.public.ts';
import { SQL } from './observatory.codes.ts';
import * as repo from './observatory.repository.ts';
import type { ObservatoryFiguresTable } from './observatory.table.ts';

export interface ObservatoryImportOptions {
  unitesLegales: string;
  etablissements: string;
  /** YYYY-MM-DD; otherwise the latest processing date found in the legal units file. */
  date?: string | undefined;
  synthetic?: boolean;
  /** Stage messages, for a progress display. */
  progress?: (message: string) => void;
  /** DuckDB's memory limit (default 1GB) and where it may spill. */
  memoryLimit?: string;
  tempDirectory?: string;
}

export interface ObservatoryImportResult {
  status: 'imported' | 'unchanged';
  extractDate: string;
  legalUnits: number;
  establishments: number;
  unplaced: number;
  figures: number;
  ms: number;
}

const LEGAL_UNIT_COLUMNS = ['siren', 'economieSocialeSolidaireUniteLegale', 'categorieJuridiqueUniteLegale'];
const ESTABLISHMENT_COLUMNS = [
  'siren',
  'codeCommuneEtablissement',
  'etatAdministratifEtablissement',
  'caractereEmployeurEtablissement',
  'trancheEffectifsEtablissement',
  'activitePrincipaleEtablissement',
];

/** The column names of a source. */
async function columnsOf(
  connection: { runAndReadAll(sql: string): Promise<{ getRowObjectsJson(): Record<string, unknown>[] }> },
  source: string,
) {
  return new Set(
    (await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`)).getRowObjectsJson().map((r) => String(r.column_name)),
  );
}

/** A file as DuckDB reads it; zipped CSV is unzipped to a temporary folder first. */
async function sourceOf(file: string, scratch: string): Promise<string> {
  if (!fs.existsSync(file)) throw new InvalidInput([`Fichier introuvable : ${file}`]);
  const quoted = (p: string) => `'${p.replace(/'/g, "''")}'`;
  if (/\.parquet$/i.test(file)) return `read_parquet(${quoted(file)})`;
  let csv = file;
  if (/\.zip$/i.test(file)) {
    const { default: unzipper } = await import('unzipper');
    const directory = await unzipper.Open.file(file);
    const entry = directory.files.find((f) => /\.csv$/i.test(f.path));
    if (!entry) throw new InvalidInput([`${path.basename(file)} : aucune table CSV dans l’archive.`]);
    csv = path.join(scratch, path.basename(entry.path));
    await new Promise<void>((resolve, reject) => entry.stream().pipe(fs.createWriteStream(csv)).on('finish', resolve).on('error', reject));
  }
  return `read_csv(${quoted(csv)}, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"', strict_mode = false, null_padding = true)`;
}

export async function importObservatory(database: Database, options: ObservatoryImportOptions): Promise<ObservatoryImportResult> {
  const started = performance.now();
  const say = (message: string) => options.progress?.(`${message} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  const files = [options.unitesLegales, options.etablissements]
    .map((f) => `${path.basename(f)}:${fs.existsSync(f) ? fs.statSync(f).size : 'absent'}`)
    .join(' ');
  if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date))
    throw new InvalidInput([`--date : une date au format AAAA-MM-JJ (reçu « ${options.date} »).`]);

  const scratch = fs.mkdtempSync(path.join(options.tempDirectory ?? os.tmpdir(), 'essor-sirene-'));
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const duck = await DuckDBInstance.create(':memory:');
  const connection = await duck.connect();
  try {
    await connection.run(`SET memory_limit = '${options.memoryLimit ?? '1GB'}'`);
    await connection.run(`SET temp_directory = '${scratch.replace(/'/g, "''")}'`);
    await connection.run('SET preserve_insertion_order = false');
    const units = await sourceOf(options.unitesLegales, scratch);
    const establishments = await sourceOf(options.etablissements, scratch);

    // Columns are read by name (once per file): say which are missing rather than fail later.
    const unitColumns = await columnsOf(connection, units);
    const establishmentColumns = await columnsOf(connection, establishments);
    for (const [label, columns, wanted] of [
      ['unités légales', unitColumns, LEGAL_UNIT_COLUMNS],
      ['établissements', establishmentColumns, ESTABLISHMENT_COLUMNS],
    ] as const) {
      const missing = wanted.filter((c) => !columns.has(c));
      if (missing.length) throw new InvalidInput([`Fichier des ${label} : colonnes absentes (${missing.join(', ')}).`]);
    }

    say('Lecture des unités légales');
    const unitStats = (
      await connection.runAndReadAll(
        `SELECT count(*) AS n${unitColumns.has('dateDernierTraitementUniteLegale') ? ', max(substr(dateDernierTraitementUniteLegale, 1, 10)) AS last' : ''} FROM ${units}`,
      )
    ).getRowObjectsJson()[0]!;
    const legalUnits = Number(unitStats.n);
    const extractDate =
      options.date ?? (typeof unitStats.last === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(unitStats.last) ? unitStats.last : null);
    if (!extractDate) throw new InvalidInput(['La date de l’extrait ne se lit pas dans les fichiers : donnez-la avec --date AAAA-MM-JJ.']);

    const previous = await repo.findVintageByDate(database.db, extractDate);
    if (previous && previous.files === files) {
      say(`Extrait du ${extractDate} déjà importé avec les mêmes fichiers : rien ne change`);
      return {
        status: 'unchanged',
        extractDate,
        legalUnits,
        establishments: previous.establishments,
        unplaced: previous.unplaced,
        figures: 0,
        ms: performance.now() - started,
      };
    }

    const unitName = ['denominationUniteLegale', 'nomUniteLegale'].filter((c) => unitColumns.has(c));
    await connection.run(
      `CREATE TEMP TABLE ess AS SELECT siren, any_value(${SQL.family('categorieJuridiqueUniteLegale')}) AS family, any_value(${unitName.length ? `coalesce(${unitName.map((c) => `nullif(trim(${c}), '')`).join(', ')}, '')` : `''`}) AS name FROM ${units} WHERE economieSocialeSolidaireUniteLegale = 'O' GROUP BY siren`,
    );
    say('Lecture des établissements et décompte par commune');
    const employer = `caractereEmployeurEtablissement = 'O'`;
    const reader = await connection.runAndReadAll(`
      WITH e AS (
        SELECT ${SQL.commune('codeCommuneEtablissement')} AS commune,
               etatAdministratifEtablissement = 'A' AS active,
               ${employer} AS employer,
               ${SQL.staffMin('trancheEffectifsEtablissement')} AS staff_min,
               ${SQL.staffMax('trancheEffectifsEtablissement')} AS staff_max,
               activitePrincipaleEtablissement AS naf,
               siren
        FROM ${establishments}
      )
      SELECT e.commune,
             ess.siren IS NOT NULL AS is_ess,
             ess.family,
             CASE WHEN ess.siren IS NULL THEN NULL ELSE ${SQL.section('e.naf')} END AS section,
             count(*) FILTER (WHERE e.active) AS establishments,
             count(*) FILTER (WHERE e.active AND e.employer) AS employers,
             coalesce(sum(e.staff_min) FILTER (WHERE e.active AND e.employer), 0) AS staff_min,
             coalesce(sum(e.staff_max) FILTER (WHERE e.active AND e.employer), 0) AS staff_max,
             count(*) AS read
      FROM e LEFT JOIN ess ON ess.siren = e.siren
      GROUP BY ALL`);
    const rows = reader.getRowObjectsJson();

    say(`${rows.length} groupes par commune : report sur les intercommunalités, départements et régions`);
    const territories = await listAllTerritories(database.db);
    const communes = new Map(territories.filter((t) => t.kind === 'commune').map((t) => [t.code, t]));
    const figures = new Map<string, Insertable<ObservatoryFiguresTable>>();
    let read = 0;
    let unplaced = 0;
    const add = (kind: ObservatoryFiguresTable['territory_kind'], code: string | null, category: string, r: Record<string, unknown>) => {
      if (!code) return;
      const key = `${kind}|${code}|${category}`;
      let f = figures.get(key);
      if (!f)
        figures.set(
          key,
          (f = {
            vintage_id: 0,
            territory_kind: kind,
            territory_code: code,
            category,
            establishments: 0,
            employers: 0,
            staff_min: 0,
            staff_max: 0,
          }),
        );
      f.establishments += Number(r.establishments);
      f.employers += Number(r.employers);
      f.staff_min += Number(r.staff_min);
      f.staff_max += Number(r.staff_max);
    };
    for (const r of rows) {
      read += Number(r.read);
      if (Number(r.establishments) === 0) continue;
      const commune = typeof r.commune === 'string' ? communes.get(r.commune) : undefined;
      if (!commune) {
        unplaced += Number(r.establishments);
        continue;
      }
      const categories = ['all'];
      if (r.is_ess === true) {
        categories.push('ess', `ess-family:${String(r.family)}`);
        if (typeof r.section === 'string') categories.push(`ess-section:${r.section}`);
      }
      for (const category of categories) {
        add('commune', commune.code, category, r);
        add('epci', commune.epci_code, category, r);
        add('departement', commune.departement_code, category, r);
        add('region', commune.region_code, category, r);
      }
    }

    // The directory of ESS employers: diffusible active establishments that employ staff (never partially diffusible ones).
    say('Liste des établissements employeurs de l’ESS');
    const ownName = ['denominationUsuelleEtablissement', 'enseigne1Etablissement'].filter((c) => establishmentColumns.has(c));
    const diffusible = establishmentColumns.has('statutDiffusionEtablissement') ? `AND statutDiffusionEtablissement = 'O'` : '';
    const listed = (
      await connection.runAndReadAll(`
        SELECT siret, ${ownName.length ? `coalesce(${ownName.map((c) => `nullif(trim(${c}), '')`).join(', ')}, ess.name)` : 'ess.name'} AS name,
               coalesce(activitePrincipaleEtablissement, '') AS naf, ess.family,
               coalesce(trancheEffectifsEtablissement, '') AS band, ${SQL.commune('codeCommuneEtablissement')} AS commune
        FROM ${establishments} e JOIN ess ON ess.siren = e.siren
        WHERE etatAdministratifEtablissement = 'A' AND caractereEmployeurEtablissement = 'O' ${diffusible}`)
    )
      .getRowObjectsJson()
      .filter((r) => typeof r.commune === 'string' && communes.has(r.commune) && typeof r.siret === 'string');

    say(`Écriture de ${figures.size} chiffres et de ${listed.length} établissements (extrait du ${extractDate})`);
    const all = [...figures.values()];
    await database.db.transaction().execute(async (trx) => {
      if (previous) await repo.deleteVintage(trx, previous.id);
      const vintageId = await repo.insertVintage(trx, {
        extract_date: extractDate,
        imported_at: new Date().toISOString(),
        files,
        legal_units: legalUnits,
        establishments: read,
        unplaced,
        synthetic: options.synthetic ? 1 : 0,
      });
      for (const f of all) f.vintage_id = vintageId;
      let next = 0;
      await repo.insertFigures(trx, database.helpers, all, (written) => {
        if (written >= next) {
          say(`${written} / ${all.length} chiffres écrits`);
          next = written + Math.max(10_000, Math.round(all.length / 10));
        }
      });
      // Only the latest extract's list is kept (the figures keep every extract).
      await repo.deleteEstablishmentLists(trx);
      await repo.insertEstablishments(
        trx,
        database.helpers,
        listed.map((r) => ({
          vintage_id: vintageId,
          siret: String(r.siret),
          name: String(r.name ?? '').slice(0, 200) || 'Établissement sans nom diffusé',
          naf: String(r.naf),
          family: String(r.family),
          staff_band: String(r.band),
          commune_code: String(r.commune),
        })),
      );
    });
    say('Terminé');
    return {
      status: 'imported',
      extractDate,
      legalUnits,
      establishments: read,
      unplaced,
      figures: all.length,
      ms: performance.now() - started,
    };
  } finally {
    connection.closeSync();
    duck.closeSync();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
