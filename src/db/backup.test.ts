/**
 * Backups taken while the site writes hold every row committed before they finished, as one
 * consistent snapshot, and restore to the same rows (a plain copy of a running SQLite file lost
 * news, resources, media and audit rows: issue #14).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import pgPkg from 'pg';
import { dialects } from '../../test/databases.ts';
import { backupDatabase, backupSqlite, restoreDatabase, restoreSqlite } from './backup.ts';
import { openDatabase } from './database.ts';
import { migrateToLatest } from './migrate.ts';

let dir: string;
let file: string;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'essor-backup-'));
  file = path.join(dir, 'essor.db');
  const database = openDatabase({ dialect: 'sqlite', file });
  await migrateToLatest(database);
  await database.close();
  // About 16 MB of content, so that a backup takes many pages.
  const db = new SQLite(file);
  db.exec('CREATE TABLE ballast (id INTEGER PRIMARY KEY, data BLOB)');
  const insert = db.prepare('INSERT INTO ballast (data) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 4000; i++) insert.run(Buffer.alloc(4000, i % 256));
  })();
  db.close();
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Another connection writing rows `w-1`, `w-2`… one transaction each, as the site does; `committed[0]` counts them. */
function startWriter(): { committed: Int32Array; stop: () => Promise<void> } {
  const shared = new SharedArrayBuffer(8);
  const committed = new Int32Array(shared);
  const worker = new Worker(
    `const { workerData } = require('node:worker_threads');
     const SQLite = require(workerData.module);
     const db = new SQLite(workerData.file);
     db.pragma('journal_mode = WAL');
     db.pragma('busy_timeout = 5000');
     const insert = db.prepare("INSERT INTO meta (key, value) VALUES (?, 'x')");
     const state = new Int32Array(workerData.shared);
     for (let n = 1; Atomics.load(state, 1) === 0; n++) {
       insert.run('w-' + n);
       Atomics.store(state, 0, n);
     }
     db.close();`,
    { eval: true, workerData: { file, shared, module: createRequire(import.meta.url).resolve('better-sqlite3') } },
  );
  return {
    committed,
    stop: async () => {
      Atomics.store(committed, 1, 1);
      await new Promise((resolve) => worker.once('exit', resolve));
    },
  };
}

const writtenRows = (db: SQLite.Database) =>
  (db.prepare("SELECT key FROM meta WHERE key LIKE 'w-%'").all() as { key: string }[])
    .map((r) => Number(r.key.slice(2)))
    .sort((a, b) => a - b);

test('a backup under write load holds every row committed before it, as a consistent prefix, and passes integrity_check', async () => {
  const writer = startWriter();
  try {
    while (Atomics.load(writer.committed, 0) < 500) await new Promise((resolve) => setTimeout(resolve, 5));
    const committedBefore = Atomics.load(writer.committed, 0);
    const progress: number[] = [];
    const report = await backupSqlite(file, path.join(dir, 'sauvegarde.db'), (p) => progress.push(p));
    const committedAfter = Atomics.load(writer.committed, 0);
    assert.equal(report.integrity, 'ok');
    assert.equal(progress.at(-1), 100);
    const copy = new SQLite(report.file, { readonly: true });
    const rows = writtenRows(copy);
    copy.close();
    assert.ok(rows.length >= committedBefore, `${rows.length} rows in the backup, ${committedBefore} committed before it started`);
    assert.ok(rows.length <= committedAfter);
    assert.deepEqual(
      rows,
      Array.from({ length: rows.length }, (_, i) => i + 1),
      'no row missing inside the snapshot',
    );
    assert.ok(committedAfter > committedBefore, 'the writer kept writing during the backup');
  } finally {
    await writer.stop();
  }
});

test('restore puts back exactly the rows of the backup; nothing is overwritten by a backup; a file that is not a backup is refused', async () => {
  const backup = path.join(dir, 'sauvegarde.db');
  const copy = new SQLite(backup, { readonly: true });
  const expected = writtenRows(copy);
  copy.close();
  const restored = path.join(dir, 'restauree.db');
  const report = await restoreSqlite(backup, restored);
  assert.equal(report.integrity, 'ok');
  const db = new SQLite(restored, { readonly: true });
  assert.deepEqual(writtenRows(db), expected);
  db.close();

  await assert.rejects(backupSqlite(file, backup), /sauvegarde\.db existe déjà : choisissez un autre nom, rien n’est écrasé/);
  const notes = path.join(dir, 'notes.txt');
  fs.writeFileSync(notes, 'pas une base');
  await assert.rejects(restoreSqlite(notes, restored), /notes\.txt n’est pas une sauvegarde SQLite/);
});

const pg = dialects().find((d) => d.name === 'postgres')!;

/** Drops a database once the sessions of closed pools are gone (without FORCE: terminated sessions surface as errors in their pools). */
async function dropWhenFree(admin: pgPkg.Client, name: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      return;
    } catch (error) {
      if (attempt === 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

test('on PostgreSQL, essor backup is a pg_dump that restore brings back', { skip: pg.skip }, async () => {
  const admin = new pgPkg.Client({ connectionString: process.env.ESSOR_TEST_PG_URL });
  await admin.connect();
  const name = `essor_backup_${process.pid}`;
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.ESSOR_TEST_PG_URL!);
  url.pathname = `/${name}`;
  const config = { dialect: 'postgres', url: url.toString() } as const;
  const database = openDatabase(config);
  try {
    await migrateToLatest(database);
    await database.db.insertInto('meta').values({ key: 'avant', value: 'sauvegardé' }).execute();
    const dump = path.join(dir, 'pg.dump');
    const report = await backupDatabase(config, dump);
    assert.ok(report.bytes > 0);
    await database.db.updateTable('meta').set({ value: 'modifié' }).where('key', '=', 'avant').execute();
    await database.db.insertInto('meta').values({ key: 'après', value: 'perdu' }).execute();
    await database.close();
    await restoreDatabase(config, dump);
    const restored = openDatabase(config);
    try {
      const rows = await restored.db.selectFrom('meta').select(['key', 'value']).where('key', 'in', ['avant', 'après']).execute();
      assert.deepEqual(rows, [{ key: 'avant', value: 'sauvegardé' }]);
    } finally {
      await restored.close();
    }
  } finally {
    await database.close().catch(() => undefined);
    await dropWhenFree(admin, name);
    await admin.end();
  }
});
