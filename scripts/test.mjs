#!/usr/bin/env node
// `npm test`: type-checks, lints and checks the formatting of the project, then runs every test file
// with node's own runner.
//
// It runs everything this machine can run, and says what it skips and why:
// - PostgreSQL suites need ESSOR_TEST_PG_URL; when unset, a server answering on
//   127.0.0.1:5432 (database `test`, user postgres) is used if there is one.
// - Browser suites need Chromium (ESSOR_TEST_CHROMIUM, default /usr/bin/chromium).
// With ESSOR_TEST_REQUIRE_ALL=1 (CI), a suite that cannot run is a failure, not a skip.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const requireAll = process.env.ESSOR_TEST_REQUIRE_ALL === '1';
const env = { ...process.env };
const skipped = [];

function canConnect(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 1000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

if (!env.ESSOR_TEST_PG_URL && (await canConnect('127.0.0.1', 5432))) {
  env.ESSOR_TEST_PG_URL = 'postgres://postgres@127.0.0.1:5432/test';
}
if (!env.ESSOR_TEST_PG_URL) skipped.push('PostgreSQL suites: no ESSOR_TEST_PG_URL and nothing answers on 127.0.0.1:5432');

const chromium = env.ESSOR_TEST_CHROMIUM ?? '/usr/bin/chromium';
if (fs.existsSync(chromium)) env.ESSOR_TEST_CHROMIUM = chromium;
else {
  delete env.ESSOR_TEST_CHROMIUM;
  skipped.push(`browser suites (e2e/): no Chromium at ${chromium} (apt-get install chromium)`);
}

if (requireAll && skipped.length) {
  console.error(`ESSOR_TEST_REQUIRE_ALL=1 but some suites cannot run:\n${skipped.map((s) => `  - ${s}`).join('\n')}`);
  process.exit(1);
}

console.log('› Type-checking (tsc --noEmit, strict)…');
const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', root], { stdio: 'inherit' });
if (tsc.status !== 0) {
  console.error('Type-check failed.');
  process.exit(tsc.status ?? 1);
}

console.log('› Linting (eslint)…');
const lint = spawnSync(process.execPath, [path.join(root, 'node_modules/eslint/bin/eslint.js'), root], { stdio: 'inherit', cwd: root });
if (lint.status !== 0) {
  console.error('Lint failed.');
  process.exit(lint.status ?? 1);
}

console.log('› Checking the formatting (prettier --check)…');
const format = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/prettier/bin/prettier.cjs'), '--check', '--log-level=warn', '.'],
  { stdio: 'inherit', cwd: root },
);
if (format.status !== 0) {
  console.error('Some files are not formatted: run `npm run format`.');
  process.exit(format.status ?? 1);
}

function findTests(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return findTests(full);
    return /\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}
const files = [...findTests(path.join(root, 'src')), ...findTests(path.join(root, 'scripts')), ...findTests(path.join(root, 'e2e'))].sort();
const only = process.argv.slice(2);
const selected = only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files;

console.log(
  `› Running ${selected.length} test files${env.ESSOR_TEST_PG_URL ? ' on SQLite and PostgreSQL' : ' on SQLite only'}${env.ESSOR_TEST_CHROMIUM ? ', with Chromium' : ''}…`,
);
if (skipped.length) console.log(`› Skipped on this machine:\n${skipped.map((s) => `  - ${s}`).join('\n')}`);
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...selected], {
  stdio: 'inherit',
  env,
  cwd: root,
});
if (skipped.length) console.log(`\nSkipped on this machine (see above):\n${skipped.map((s) => `  - ${s}`).join('\n')}`);
process.exit(run.status ?? 1);
