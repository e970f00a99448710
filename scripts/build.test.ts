/**
 * The production build: plain JavaScript that needs no TypeScript loader, answers `--help` without
 * loading the server, and serves the site with its static files and maps from dist/.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { freePort } from '../bench/server.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let dir: string;

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'essor-build-'));
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  assert.match(build.stderr, /^Essor construit dans dist\/ \(\d+ ms\)\.$/m);
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('the build is plain JavaScript: no TypeScript loader, no import of a .ts file', () => {
  const files = fs
    .readdirSync(path.join(ROOT, 'dist'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.js'));
  assert.ok(files.includes('essor.js'));
  for (const file of files) {
    const code = fs.readFileSync(path.join(ROOT, 'dist', file), 'utf8');
    assert.doesNotMatch(code, /from ["']tsx|import\(["'][^"']*\.tsx?["']\)|from ["'][^"']*\.tsx?["']/, file);
  }
});

test('essor --help answers from the build without loading the server', () => {
  const run = spawnSync(process.execPath, ['bin/essor.js', '--help'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^Usage: essor <command>/);
  const unknown = spawnSync(process.execPath, ['dist/essor.js', 'servir'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: ':memory:' },
  });
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /Unknown command "servir"/);
});

test('the built server serves pages, static files and maps', async () => {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/essor.js', 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: `sqlite:${path.join(dir, 'essor.db')}`,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
    },
    stdio: 'ignore',
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    let home: Response | undefined;
    for (let i = 0; i < 300 && !home; i++) {
      home = await fetch(base).catch(() => undefined);
      if (!home) await sleep(100);
    }
    assert.equal(home?.status, 200);
    const css = await fetch(`${base}/static/style.css`);
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /text\/css/);
    const directory = await (await fetch(`${base}/adherents`)).text();
    assert.match(directory, /<svg[^>]*class="[^"]*map/);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
});
