/**
 * `essor import-pages PATH… [--dry-run] [--json]`: imports legacy member pages (.txt, .html, .htm;
 * files or folders). Progress and the summary go to stderr; with --json, stdout holds one JSON
 * array describing every file in input order. Exits 1 when any file failed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { prepareDatabase } from '../server/prepare.ts';
import { parseLegacyPage, type ParsedPage } from '../features/imports/parse/imports.parse.ts';
import { importPages, type ImportSource } from '../features/imports/imports.service.ts';

const EXTENSIONS = new Set(['.txt', '.html', '.htm']);
const STATE_LABELS = { imported: 'importé', updated: 'mis à jour', unchanged: 'inchangé', failed: 'échec', 'dry-run': 'analysé' } as const;

/** Expands folders (recursively, sorted) and keeps the given order of arguments. */
export function collectFiles(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (p: string) => {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) missing.push(p);
    else if (stat.isDirectory()) for (const entry of fs.readdirSync(p).sort()) walk(path.join(p, entry));
    else if (EXTENSIONS.has(path.extname(p).toLowerCase())) files.push(p);
  };
  paths.forEach(walk);
  return { files, missing };
}

/** Reads one file; a file that cannot be read fails alone, like a page that cannot be parsed. */
function readPage(file: string, now: Date): ParsedPage {
  try {
    return parseLegacyPage(fs.readFileSync(file), file, { now });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    const page = parseLegacyPage(new Uint8Array(), file, { now });
    return { ...page, error: `${file} : lecture impossible (${reason}).` };
  }
}

export async function importPagesCommand(config: Readonly<Config>, args: string[]): Promise<number> {
  const dryRun = args.includes('--dry-run');
  const json = args.includes('--json');
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--dry-run' && a !== '--json');
  const paths = args.filter((a) => !a.startsWith('--'));
  if (unknown.length || paths.length === 0) {
    console.error(
      `${unknown.length ? `Option inconnue : ${unknown.join(', ')}\n` : ''}Usage : essor import-pages CHEMIN… [--dry-run] [--json]`,
    );
    return 2;
  }
  const { files, missing } = collectFiles(paths);
  for (const m of missing) console.error(`Introuvable : ${m}`);
  if (files.length === 0) {
    console.error('Aucune page à importer (.txt, .html, .htm).');
    return missing.length ? 1 : 2;
  }

  const now = new Date();
  const sources: ImportSource[] = files.map((file) => ({ file, read: () => readPage(file, now) }));
  const report: ParsedPage[] = [];
  const database = openDatabase(config.database);
  try {
    await prepareDatabase(database, { demo: false });
    const showProgress = files.length > 1;
    const summary = await importPages(database, sources, {
      dryRun,
      now,
      onProgress: (done, outcome, page) => {
        if (json) report.push({ ...page, file: outcome.file, error: outcome.error });
        if (showProgress || outcome.error) {
          // An error already names its file (and line).
          console.error(
            `[${done}/${files.length}] ${outcome.error ? `échec : ${outcome.error}` : `${outcome.file} — ${STATE_LABELS[outcome.state]}`}`,
          );
        }
        for (const w of outcome.warnings) console.error(`    avertissement : ${w}`);
      },
    });
    if (json) {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    }
    const c = summary.counts;
    console.error(
      dryRun
        ? `Analyse terminée (rien n’a été écrit) : ${files.length - c.failed} page(s) lisible(s), ${c.failed} en échec.`
        : `Import terminé : ${c.imported} importé(s), ${c.updated} mis à jour, ${c.unchanged} inchangé(s), ${c.failed} en échec.`,
    );
    return c.failed > 0 || missing.length > 0 ? 1 : 0;
  } finally {
    await database.close();
  }
}
