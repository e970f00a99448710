/** `essor backup` and `essor restore`: French reports, no overwrite, usage errors (the copy itself: db/backup.test.ts). */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { backupCommand } from './backup.ts';

let dir: string;
let file: string;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'essor-backup-cli-'));
  file = path.join(dir, 'essor.db');
  const database = openDatabase({ dialect: 'sqlite', file });
  await migrateToLatest(database);
  await database.close();
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('essor backup and restore report in French and exit non-zero on a bad use', async () => {
  const config = loadConfig({ DATABASE_URL: `sqlite:${file}`, LOG_LEVEL: 'silent' });
  const lines: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void lines.push(args.join(' '));
  const stderrWrite = process.stderr.write;
  process.stderr.write = (() => true) as typeof process.stderr.write;
  try {
    assert.equal(await backupCommand(config, [path.join(dir, 'cli.db')], 'backup'), 0);
    assert.match(lines.at(-1)!, /^Sauvegarde écrite : .*cli\.db \([\d,]+ Mo, contrôle d’intégrité : ok\)\.$/);
    assert.equal(await backupCommand(config, [path.join(dir, 'cli.db')], 'backup'), 1);
    assert.match(lines.at(-1)!, /^Sauvegarde impossible : .*cli\.db existe déjà/);
    assert.equal(await backupCommand(config, [], 'restore'), 2);
    assert.equal(lines.at(-1), 'Usage : essor restore FICHIER');
    assert.equal(await backupCommand(config, [path.join(dir, 'cli.db')], 'restore'), 0);
    assert.match(lines.at(-1)!, /^Base restaurée depuis .*cli\.db \([\d,]+ Mo, contrôle d’intégrité : ok\)\.$/);
  } finally {
    console.error = original;
    process.stderr.write = stderrWrite;
  }
});
