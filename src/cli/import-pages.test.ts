import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = path.join(ROOT, 'src/features/imports/fixtures');
let dir: string;

function essor(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: `sqlite:${path.join(dir, 'essor.db')}`, ESSOR_DEMO: '0', LOG_LEVEL: 'silent' },
  });
}

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'essor-import-'));
  fs.copyFileSync(path.join(FIXTURES, 'grand-poitiers.txt'), path.join(dir, 'grand-poitiers.txt'));
  fs.copyFileSync(path.join(FIXTURES, 'vide.txt'), path.join(dir, 'vide.txt'));
  fs.writeFileSync(path.join(dir, 'notes.md'), 'not a page');
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('--dry-run --json prints one JSON array in input order and writes nothing', () => {
  const run = essor('import-pages', '--dry-run', '--json', path.join(dir, 'vide.txt'), path.join(dir, 'grand-poitiers.txt'));
  assert.equal(run.status, 1, run.stderr);
  const report = JSON.parse(run.stdout);
  assert.deepEqual(
    report.map((r: { file: string }) => path.basename(r.file)),
    ['vide.txt', 'grand-poitiers.txt'],
  );
  assert.match(report[0].error, /vide\.txt, ligne 1/);
  assert.equal(report[1].name, 'Grand Poitiers');
  assert.equal(report[1].updatedAt, '2019-01-16');
  assert.deepEqual(Object.keys(report[1]).sort(), ['error', 'figures', 'file', 'joinedYear', 'name', 'sections', 'updatedAt', 'warnings']);
  assert.match(run.stderr, /Analyse terminée \(rien n’a été écrit\)/);
});

test('importing a folder reports progress and a summary, then re-importing changes nothing', () => {
  const first = essor('import-pages', dir);
  assert.equal(first.status, 1, 'the empty page fails, so the exit code is non-zero');
  assert.match(first.stderr, /\[1\/2\] .*grand-poitiers\.txt — importé/);
  assert.match(first.stderr, /\[2\/2\] échec : .*vide\.txt, ligne 1 : fichier vide/);
  assert.match(first.stderr, /Import terminé : 1 importé\(s\), 0 mis à jour, 0 inchangé\(s\), 1 en échec\./);
  const again = essor('import-pages', path.join(dir, 'grand-poitiers.txt'));
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stderr, /Import terminé : 0 importé\(s\), 0 mis à jour, 1 inchangé\(s\), 0 en échec\./);
});

test('bad usage is explained', () => {
  const none = essor('import-pages');
  assert.equal(none.status, 2);
  assert.match(none.stderr, /Usage : essor import-pages/);
  const missing = essor('import-pages', path.join(dir, 'absent.txt'));
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /Introuvable : .*absent\.txt/);
});
