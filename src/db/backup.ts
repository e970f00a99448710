/**
 * Backups of the database while the site runs.
 *
 * SQLite: the online backup API copies the pages of a consistent snapshot, restarting when another
 * connection writes meanwhile, so that a backup taken under write load holds every row committed
 * before it finished and no half-written page (a plain copy of the file, or of the file without its
 * `-wal`, loses rows: see db/backup.test.ts). The copy is then checked with `integrity_check`.
 * Restoring copies a checked backup into the configured file through the same API, so that a
 * restore never leaves a half-written database; the server must be stopped first.
 *
 * PostgreSQL: `pg_dump --format=custom` and `pg_restore --clean`, the tools the server ships with.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import type { DatabaseConfig } from '../config.ts';

export interface BackupReport {
  file: string;
  bytes: number;
  /** `ok`, or what SQLite's integrity_check found. */
  integrity: string;
}

/** Runs SQLite's integrity_check on a file: `ok` or the problems found. */
export function checkIntegrity(file: string): string {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join('; ');
  } finally {
    db.close();
  }
}

/** Whether a file starts like an SQLite database. */
function isSqliteFile(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(16);
    fs.readSync(fd, header, 0, 16, 0);
    return header.toString('latin1') === 'SQLite format 3\0';
  } finally {
    fs.closeSync(fd);
  }
}

/** Copies the live SQLite database `source` to `target` (online, consistent), then checks the copy. */
export async function backupSqlite(source: string, target: string, onProgress?: (percent: number) => void): Promise<BackupReport> {
  if (!fs.existsSync(source)) throw new Error(`la base ${source} n’existe pas.`);
  if (fs.existsSync(target)) throw new Error(`${target} existe déjà : choisissez un autre nom, rien n’est écrasé.`);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const db = new SQLite(source, { fileMustExist: true });
  const partial = `${target}.partiel`;
  try {
    db.pragma('busy_timeout = 5000');
    await db.backup(partial, {
      // After the first step, everything left in one step: a step reads one snapshot (writers go on
      // in the WAL), whereas small steps restart whenever the site writes between two of them, and
      // under steady writes might never finish.
      progress: ({ totalPages, remainingPages }) => {
        if (totalPages > 0) onProgress?.(Math.round(((totalPages - remainingPages) / totalPages) * 100));
        return Math.max(remainingPages, 1);
      },
    });
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    db.close();
  }
  onProgress?.(100);
  const integrity = checkIntegrity(partial);
  fs.renameSync(partial, target);
  return { file: target, bytes: fs.statSync(target).size, integrity };
}

/** Replaces the SQLite database `target` with the backup `source`, after checking the backup. */
export async function restoreSqlite(source: string, target: string): Promise<BackupReport> {
  if (!fs.existsSync(source)) throw new Error(`${source} n’existe pas.`);
  if (!isSqliteFile(source)) throw new Error(`${source} n’est pas une sauvegarde SQLite.`);
  const integrity = checkIntegrity(source);
  if (integrity !== 'ok') throw new Error(`${source} est endommagée (integrity_check : ${integrity}) : rien n’est restauré.`);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const backup = new SQLite(source, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(target);
  } finally {
    backup.close();
  }
  return { file: target, bytes: fs.statSync(target).size, integrity: checkIntegrity(target) };
}

/** Runs a PostgreSQL client tool; rejects with its error output. */
function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'ENOENT'
            ? `${command} est introuvable : installez le client PostgreSQL (paquet postgresql-client).`
            : error.message,
        ),
      ),
    );
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} a échoué (code ${code}) : ${stderr.trim()}`))));
  });
}

/** Backs up or restores the configured database. */
export async function backupDatabase(
  config: DatabaseConfig,
  target: string,
  onProgress?: (percent: number) => void,
): Promise<BackupReport> {
  if (config.dialect === 'sqlite') {
    if (config.file === ':memory:') throw new Error('une base en mémoire ne se sauvegarde pas.');
    return backupSqlite(config.file, target, onProgress);
  }
  if (fs.existsSync(target)) throw new Error(`${target} existe déjà : choisissez un autre nom, rien n’est écrasé.`);
  await run('pg_dump', ['--format=custom', '--no-owner', `--file=${target}`, config.url]);
  return { file: target, bytes: fs.statSync(target).size, integrity: 'ok' };
}

export async function restoreDatabase(config: DatabaseConfig, source: string): Promise<BackupReport> {
  if (config.dialect === 'sqlite') {
    if (config.file === ':memory:') throw new Error('une base en mémoire ne se restaure pas.');
    return restoreSqlite(source, config.file);
  }
  if (!fs.existsSync(source)) throw new Error(`${source} n’existe pas.`);
  await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', `--dbname=${config.url}`, source]);
  return { file: source, bytes: fs.statSync(source).size, integrity: 'ok' };
}
