/** Footnotes: page-wide renumbering across sections, orphans dropped both ways. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sanitizeRichText } from './html.ts';
import { renumberFootnotes } from './footnotes.ts';

const ref = (n: number | string) => `<sup id="fnref-${n}"><a href="#fn-${n}">${n}</a></sup>`;
const note = (n: number | string, text: string) => `<li id="fn-${n}">${text} <a href="#fnref-${n}">↩</a></li>`;
const notes = (...items: string[]) => `<section class="footnotes"><ol>${items.join('')}</ol></section>`;

test('sections numbered from 1 each get page-unique, sequential numbers', () => {
  const out = renumberFootnotes([
    `<p>Un${ref(1)} et deux${ref(2)}.</p>${notes(note(1, 'Note A'), note(2, 'Note B'))}`,
    `<p>Trois${ref(1)}.</p>${notes(note(1, 'Note C'))}`,
  ]);
  assert.deepEqual(out, [
    `<p>Un${ref(1)} et deux${ref(2)}.</p>${notes(note(1, 'Note A'), note(2, 'Note B'))}`,
    `<p>Trois${ref(3)}.</p>${notes(note(3, 'Note C'))}`,
  ]);
});

test('notes are listed in the order of their references', () => {
  const [out] = renumberFootnotes([`<p>B${ref(2)} puis A${ref(1)}</p>${notes(note(1, 'A'), note(2, 'B'))}`]);
  assert.equal(out, `<p>B${ref(1)} puis A${ref(2)}</p>${notes(note(1, 'B'), note(2, 'A'))}`);
});

test('a note whose reference is gone is dropped, and so is an emptied notes block', () => {
  assert.deepEqual(renumberFootnotes([`<p>Deux${ref(2)}</p>${notes(note(1, 'A'), note(2, 'B'))}`]), [
    `<p>Deux${ref(1)}</p>${notes(note(1, 'B'))}`,
  ]);
  assert.deepEqual(renumberFootnotes([`<p>Rien</p>${notes(note(1, 'A'))}`]), ['<p>Rien</p>']);
});

test('a reference whose note is gone is dropped', () => {
  assert.deepEqual(renumberFootnotes([`<p>Un${ref(1)} deux${ref(2)}</p>${notes(note(2, 'B'))}`]), [
    `<p>Un deux${ref(1)}</p>${notes(note(1, 'B'))}`,
  ]);
  assert.deepEqual(renumberFootnotes([`<p>Seul${ref(1)}</p>`]), ['<p>Seul</p>']);
});

test('a second reference to the same note shows its number without repeating the id', () => {
  const [out] = renumberFootnotes([`<p>a${ref(1)} b<sup><a href="#fn-1">1</a></sup></p>${notes(note(1, 'A'))}`]);
  assert.equal(out, `<p>a${ref(1)} b<sup><a href="#fn-1">1</a></sup></p>${notes(note(1, 'A'))}`);
});

test('a note without a way back gets one; several notes blocks become one at the end', () => {
  const [out] = renumberFootnotes([
    `<p>a${ref(7)}</p><section class="footnotes"><ol><li id="fn-7">Sept</li></ol></section><p>b${ref(9)}</p>${notes(note(9, 'Neuf'))}`,
  ]);
  assert.equal(out, `<p>a${ref(1)}</p><p>b${ref(2)}</p>${notes(note(1, 'Sept'), note(2, 'Neuf'))}`);
});

test('text, entities and other markup are kept as they are; sections without notes are untouched', () => {
  const section =
    '<h3>Budget &amp; moyens</h3><p>35,2&nbsp;M€ — <a href="https://example.org/?a=1&amp;b=2" rel="noopener noreferrer">source</a><br /></p>';
  assert.deepEqual(renumberFootnotes([section, '']), [section, '']);
  const [out] = renumberFootnotes([`<p>Coût &lt;5 %${ref(1)}</p>${notes(note(1, '<em>INSEE</em> &amp; CRESS'))}`]);
  assert.equal(out, `<p>Coût &lt;5 %${ref(1)}</p>${notes(note(1, '<em>INSEE</em> &amp; CRESS'))}`);
});

test('the output of sanitized editor HTML survives sanitizing unchanged', () => {
  const input = sanitizeRichText(`<p>Texte${ref(1)}</p>${notes(note(1, 'Source : CRESS, 2018.'))}`);
  const [out] = renumberFootnotes(['<p>x</p>', input].map(sanitizeRichText)).slice(1);
  assert.equal(out, `<p>Texte${ref(1)}</p>${notes(note(1, 'Source : CRESS, 2018.'))}`);
  assert.equal(sanitizeRichText(out!), out);
});
