/**
 * `essor subsidies:check FILE… [--json]`: checks SCDL "subventions" files without writing
 * anything (src/features/subsidies/subsidies.check.ts); `--json` prints one JSON array, one entry
 * per file. Exit code 1 when a file has problems or cannot be read, 0 otherwise.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { checkSubsidies } from '../features/subsidies/subsidies.check.ts';

export function subsidiesCheckCommand(argv: string[]): number {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  if (positionals.length === 0) {
    console.error('Usage : essor subsidies:check FICHIER… [--json]');
    return 2;
  }
  let failed = false;
  const reports = positionals.map((file) => {
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      failed = true;
      return {
        file,
        encoding: null,
        delimiter: null,
        layout: 'unknown',
        rows: 0,
        amountTotal: 0,
        amountsByYear: {},
        problems: [{ row: 0, column: '', code: 'file-unreadable', message: `Fichier introuvable ou illisible : ${file}` }],
      };
    }
    const {
      file: name,
      encoding,
      delimiter,
      layout,
      rows,
      amountTotal,
      amountsByYear,
      problems,
    } = checkSubsidies(file, fs.readFileSync(file));
    if (problems.length) failed = true;
    return { file: name, encoding, delimiter, layout, rows, amountTotal, amountsByYear, problems };
  });
  if (values.json) console.log(JSON.stringify(reports, null, 2));
  else
    for (const r of reports) {
      console.log(
        `${r.file} : ${r.layout}, ${r.encoding ?? '?'}, séparateur « ${r.delimiter ?? '?'} », ${r.rows} lignes, ${r.amountTotal} € au total, ${r.problems.length} problème(s)`,
      );
      for (const p of r.problems) console.log(`  ligne ${p.row}, colonne ${p.column} [${p.code}] ${p.message}`);
    }
  return failed ? 1 : 0;
}
