/** The layers of src/ hold: no upward import, features only through their public surfaces, no new pair of features importing each other. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { featureCycles, privateImports, readImports, upwardImports } from './layers.ts';

const SRC = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../src');

/**
 * Pairs of features that still import each other. One is left: a member's profile page (members)
 * lists its news, while news belong to members (their back-office routes are member-scoped). This
 * list may only shrink.
 */
const KNOWN_CYCLES = ['members ↔ news'];

test('nothing in src/ imports a layer above its own', () => {
  const up = upwardImports(readImports(SRC)).map((e) => `${e.from} → ${e.to}`);
  assert.deepEqual(up, []);
});

test('a feature uses another only through its public surface (<name>.public.ts)', () => {
  const around = privateImports(readImports(SRC)).map((e) => `${e.from} → ${e.to}`);
  assert.deepEqual(around, []);
});

test('no new pair of features imports each other', () => {
  const cycles = featureCycles(readImports(SRC));
  assert.deepEqual(
    cycles.filter((c) => !KNOWN_CYCLES.includes(c)),
    [],
    'a new cycle between features',
  );
  assert.deepEqual(
    KNOWN_CYCLES.filter((c) => !cycles.includes(c)),
    [],
    'a known cycle is gone: remove it from KNOWN_CYCLES',
  );
});

test('the checker finds an upward import, a cycle and a private import in a tree that has them', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'essor-layers-'));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  write('web/layout.tsx', "import { thing } from '../features/a/a.service.ts';\nexport const x = thing;\n");
  write('features/a/a.service.ts', "import { other } from '../b/b.service.ts';\nexport const thing = other;\n");
  write('features/b/b.service.ts', "import type { T } from '../a/a.service.ts';\nexport const other = 1 as unknown as T;\n");
  write('db/schema.ts', "import type { ATable } from '../features/a/a.table.ts';\nexport type DB = { a: ATable };\n");
  write('shared/text.ts', "export { x } from '../web/layout.tsx';\n");
  try {
    const edges = readImports(dir);
    assert.deepEqual(
      upwardImports(edges)
        .map((e) => `${e.from} → ${e.to}`)
        .sort(),
      ['shared/text.ts → web/layout.tsx', 'web/layout.tsx → features/a/a.service.ts'],
    );
    assert.deepEqual(featureCycles(edges), ['a ↔ b']);
    assert.deepEqual(
      privateImports(edges)
        .map((e) => `${e.from} → ${e.to}`)
        .sort(),
      ['features/a/a.service.ts → features/b/b.service.ts', 'features/b/b.service.ts → features/a/a.service.ts'],
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
