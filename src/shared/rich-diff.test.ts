/** The structured diff: blocks aligned, words inside a changed block, formatting as part of a word. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeRichText } from './html.ts';
import { diffHtml, diffText, hasChanges, type BlockDiff } from './rich-diff.ts';

/** One side's text rebuilt from the pieces (block texts joined by newlines). */
const side = (blocks: BlockDiff[], which: 'before' | 'after') =>
  blocks
    .map((b) =>
      b.pieces
        .filter((p) => p.op === 'same' || p.op === (which === 'before' ? 'del' : 'add'))
        .map((p) => p.text)
        .join(''),
    )
    .filter((t) => t !== '')
    .join('\n');

test('identical fragments: every block unchanged', () => {
  const html = '<p>La région soutient les SCIC.</p><ul><li>un</li><li>deux</li></ul>';
  const blocks = diffHtml(html, html);
  assert.deepEqual(
    blocks.map((b) => [b.kind, b.status]),
    [
      ['p', 'same'],
      ['li', 'same'],
      ['li', 'same'],
    ],
  );
  assert.equal(hasChanges(blocks), false);
});

test('a replaced word shows inside its paragraph, the other paragraphs unchanged', () => {
  const blocks = diffHtml('<p>Intro.</p><p>Le budget est de 2 M€ en 2024.</p>', '<p>Intro.</p><p>Le budget est de 3 M€ en 2024.</p>');
  assert.equal(blocks[0]!.status, 'same');
  assert.equal(blocks[1]!.status, 'changed');
  assert.deepEqual(
    blocks[1]!.pieces.map((p) => [p.op, p.text]),
    [
      ['same', 'Le budget est de '],
      ['del', '2'],
      ['add', '3'],
      ['same', ' M€ en 2024.'],
    ],
  );
});

test('a word put in bold is a change, shown with its formatting', () => {
  const blocks = diffHtml('<p>La région soutient les SCIC.</p>', '<p>La région soutient les <strong>SCIC</strong>.</p>');
  assert.equal(blocks[0]!.status, 'changed');
  const added = blocks[0]!.pieces.filter((p) => p.op === 'add');
  assert.ok(added.some((p) => p.text === 'SCIC' && p.marks.some((m) => m.tag === 'strong')));
});

test('a link whose address changes is a change, with both addresses', () => {
  const blocks = diffHtml('<p>Voir <a href="https://a.fr">le site</a>.</p>', '<p>Voir <a href="https://b.fr">le site</a>.</p>');
  assert.equal(blocks[0]!.status, 'changed');
  const hrefs = blocks[0]!.pieces.filter((p) => p.op !== 'same').map((p) => `${p.op}:${p.marks[0]?.href}`);
  assert.deepEqual(hrefs, ['del:https://a.fr', 'add:https://b.fr']);
});

test('list items added and removed are blocks of their own, in order', () => {
  const blocks = diffHtml('<ul><li>un</li><li>deux</li></ul>', '<ul><li>un</li><li>trois</li><li>quatre</li></ul>');
  assert.deepEqual(
    blocks.map((b) => [b.kind, b.status, b.pieces.map((p) => p.text).join('')]),
    [
      ['li', 'same', 'un'],
      ['li', 'removed', 'deux'],
      ['li', 'added', 'trois'],
      ['li', 'added', 'quatre'],
    ],
  );
});

test('a rewritten paragraph is paired with its old version; a new one beside it is added', () => {
  const before = '<p>Le territoire compte 1 200 établissements employeurs.</p>';
  const after = '<p>Une nouvelle politique.</p><p>Le territoire compte 1 250 établissements employeurs.</p>';
  const blocks = diffHtml(before, after);
  assert.deepEqual(
    blocks.map((b) => b.status),
    ['added', 'changed'],
  );
  assert.equal(side(blocks, 'before'), 'Le territoire compte 1 200 établissements employeurs.');
  assert.equal(side(blocks, 'after'), 'Une nouvelle politique.\nLe territoire compte 1 250 établissements employeurs.');
});

test('spacing and <b>/<strong> are not changes once normalized', () => {
  const stored = '<p>La région soutient <strong>les SCIC</strong>.</p><p>Deux</p>';
  const posted = '<p>La  région\r\n soutient <b>les SCIC</b>.</p>\n\n<p></p><p> Deux </p>';
  assert.equal(normalizeRichText(posted), stored);
  assert.equal(normalizeRichText(stored), stored);
  assert.equal(hasChanges(diffHtml(normalizeRichText(posted), stored)), false);
});

test('one word changed in a long text is found, not given up on', () => {
  const words = Array.from({ length: 20_000 }, (_, i) => `mot${i}`);
  const before = `<p>${words.join(' ')}</p>`;
  const after = `<p>${words.map((w, i) => (i === 12_345 ? 'remplacé' : w)).join(' ')}</p>`;
  const blocks = diffHtml(before, after);
  const changes = blocks[0]!.pieces.filter((p) => p.op !== 'same');
  assert.deepEqual(
    changes.map((p) => [p.op, p.text]),
    [
      ['del', 'mot12345'],
      ['add', 'remplacé'],
    ],
  );
});

test('a complete rewrite of a long text stays exact on both sides', () => {
  const before = Array.from({ length: 3000 }, (_, i) => `mot${i}`).join(' ');
  const after = Array.from({ length: 3000 }, (_, i) => `terme${i}`).join(' ');
  const blocks = diffText(before, after);
  assert.equal(side(blocks, 'before'), before);
  assert.equal(side(blocks, 'after'), after);
});
