/** The word-level diff: exact parts on small cases, and a round trip on longer texts. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diffWords, hasChanges } from './diff.ts';

const rebuild = (parts: ReturnType<typeof diffWords>, side: 'before' | 'after') =>
  parts
    .filter((p) => p.op === 'same' || p.op === (side === 'before' ? 'del' : 'add'))
    .map((p) => p.text)
    .join('');

test('identical texts give one unchanged part', () => {
  const parts = diffWords('La région soutient les SCIC.', 'La région soutient les SCIC.');
  assert.deepEqual(parts, [{ op: 'same', text: 'La région soutient les SCIC.' }]);
  assert.equal(hasChanges(parts), false);
});

test('a replaced word shows as a removal and an addition between unchanged text', () => {
  const parts = diffWords('Le budget est de 2 M€ en 2024.', 'Le budget est de 3 M€ en 2024.');
  assert.deepEqual(parts, [
    { op: 'same', text: 'Le budget est de ' },
    { op: 'del', text: '2' },
    { op: 'add', text: '3' },
    { op: 'same', text: ' M€ en 2024.' },
  ]);
});

test('both sides can be rebuilt from the parts', () => {
  const before = 'Panorama : 1 200 établissements, 12 000 emplois. La métropole finance les tiers-lieux et la monnaie locale.';
  const after =
    'Panorama : 1 250 établissements employeurs, 12 400 emplois. La métropole finance les tiers-lieux, la monnaie locale et la commande publique responsable.';
  const parts = diffWords(before, after);
  assert.equal(rebuild(parts, 'before'), before);
  assert.equal(rebuild(parts, 'after'), after);
  assert.ok(parts.some((p) => p.op === 'add' && p.text.includes('commande')));
});

test('a very long rewrite falls back to one removal and one addition, still exact', () => {
  const before = Array.from({ length: 3000 }, (_, i) => `mot${i}`).join(' ');
  const after = Array.from({ length: 3000 }, (_, i) => `terme${i}`).join(' ');
  const parts = diffWords(before, after);
  assert.equal(rebuild(parts, 'before'), before);
  assert.equal(rebuild(parts, 'after'), after);
});

test('a rewritten passage reads as one removal then one addition', () => {
  const parts = diffWords('Plus d’un millier d’établissements.', 'Le territoire compte 1 250 établissements.');
  assert.deepEqual(parts, [
    { op: 'del', text: 'Plus d’un millier d’établissements.' },
    { op: 'add', text: 'Le territoire compte 1 250 établissements.' },
  ]);
});
