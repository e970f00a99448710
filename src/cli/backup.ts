/**
 * `essor backup FILE` and `essor restore FILE`: an online backup of the configured database
 * (SQLite's backup API, checked with integrity_check; pg_dump on PostgreSQL), and its restore
 * (server stopped). Nothing existing is overwritten by a backup.
 */
import type { Config } from '../config.ts';
import { backupDatabase, restoreDatabase } from '../db/backup.ts';

const size = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;

export async function backupCommand(config: Readonly<Config>, args: string[], mode: 'backup' | 'restore'): Promise<number> {
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length !== 1 || files.length !== args.length) {
    console.error(`Usage : essor ${mode} FICHIER`);
    return 2;
  }
  const file = files[0]!;
  try {
    if (mode === 'backup') {
      let shown = -1;
      const report = await backupDatabase(config.database, file, (percent) => {
        if (percent >= shown + 10 || percent === 100) {
          shown = percent;
          process.stderr.write(`\rSauvegarde : ${percent} %`);
        }
      });
      if (shown >= 0) process.stderr.write('\n');
      if (report.integrity !== 'ok') {
        console.error(`Sauvegarde écrite dans ${file} mais endommagée (integrity_check : ${report.integrity}).`);
        return 1;
      }
      console.error(`Sauvegarde écrite : ${file} (${size(report.bytes)}, contrôle d’intégrité : ok).`);
    } else {
      const report = await restoreDatabase(config.database, file);
      console.error(`Base restaurée depuis ${file} (${size(report.bytes)}, contrôle d’intégrité : ${report.integrity}).`);
    }
    return 0;
  } catch (error) {
    console.error(
      `${mode === 'backup' ? 'Sauvegarde' : 'Restauration'} impossible : ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
}
