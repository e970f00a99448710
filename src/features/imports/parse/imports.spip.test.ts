/** Imports: SPIP footnotes and links, bare URLs, escaping — and that the markup survives sanitizing. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sanitizeRichText } from '../../../shared/html.ts';
import { Footnotes, renderInline, type InlineContext } from './imports.spip.ts';

const context = (): InlineContext => ({ notes: new Footnotes(), warnings: [] });

test('a balanced footnote becomes a numbered reference and a note at the end of the section', () => {
  const ctx = context();
  const inline = renderInline('Texte [[Source : CRESS, 2018.]] suite.', ctx);
  assert.equal(inline.html, 'Texte<sup id="fnref-1"><a href="#fn-1">1</a></sup> suite.');
  assert.equal(inline.text, 'Texte suite.');
  assert.equal(
    ctx.notes.takeSection(),
    '<section class="footnotes"><ol><li id="fn-1">Source : CRESS, 2018. <a href="#fnref-1">↩</a></li></ol></section>',
  );
  assert.equal(ctx.notes.takeSection(), '');
  assert.deepEqual(ctx.warnings, []);
});

test('numbers continue across the sections of a page, so ids stay unique', () => {
  const ctx = context();
  renderInline('Un[[a]] deux[[b]]', ctx);
  assert.match(ctx.notes.takeSection(), /id="fn-1".*id="fn-2"/);
  assert.equal(renderInline('Trois[[c]]', ctx).html, 'Trois<sup id="fnref-3"><a href="#fn-3">3</a></sup>');
});

test('a footnote closed by a single bracket (as on real pages) is read up to it, with a warning', () => {
  const ctx = context();
  const inline = renderInline('emploi) [[L’Économie, édition 2018 par la CRESS]. avec des métiers', ctx);
  assert.equal(inline.html, 'emploi)<sup id="fnref-1"><a href="#fn-1">1</a></sup>. avec des métiers');
  assert.match(ctx.notes.takeSection(), /<li id="fn-1">L’Économie, édition 2018 par la CRESS <a href="#fnref-1">↩<\/a><\/li>/);
  assert.match(ctx.warnings[0]!, /fermée par un seul crochet/);
});

test('an unclosed or empty footnote stays as text', () => {
  assert.equal(renderInline('texte [[sans fin', context()).html, 'texte [[sans fin');
  assert.equal(renderInline('a [[]] b', context()).html, 'a [[]] b');
  assert.equal(renderInline('[[premier [[second]]', context()).html, '[[premier<sup id="fnref-1"><a href="#fn-1">1</a></sup>');
});

test('a footnote may hold a SPIP link', () => {
  const ctx = context();
  renderInline('x[[Voir [le rapport->https://exemple.org/r.pdf]]]', ctx);
  assert.match(ctx.notes.takeSection(), /<li id="fn-1">Voir <a href="https:\/\/exemple.org\/r.pdf">le rapport<\/a> <a href="#fnref-1">/);
});

test('SPIP links to the web become links; internal SPIP targets stay as text', () => {
  const ctx = context();
  assert.equal(
    renderInline('[la carte->http://carte.example.net/a] et [->www.exemple.fr]', ctx).html,
    '<a href="http://carte.example.net/a">la carte</a> et <a href="https://www.exemple.fr">www.exemple.fr</a>',
  );
  assert.equal(renderInline('[la délibération->art42]', ctx).html, '[la délibération-&gt;art42]');
  assert.equal(renderInline('[écrire->contact@ville.fr]', ctx).html, '<a href="mailto:contact@ville.fr">écrire</a>');
});

test('bare URLs and e-mail addresses become links, without their final punctuation', () => {
  const ctx = context();
  assert.equal(
    renderInline('Voir http://alterbative.fr/, ou (www.exemple.fr).', ctx).html,
    'Voir <a href="http://alterbative.fr/">http://alterbative.fr/</a>, ou (<a href="https://www.exemple.fr">www.exemple.fr</a>).',
  );
  assert.equal(renderInline('contact : accueil@ville.fr.', ctx).html, 'contact : <a href="mailto:accueil@ville.fr">accueil@ville.fr</a>.');
  assert.equal(renderInline('éric@ville.fr', ctx).html, 'éric@ville.fr', 'no link starting inside a word');
});

test('text is escaped; line breaks become <br>', () => {
  assert.equal(renderInline('a < b & "c"\nd', context()).html, 'a &lt; b &amp; "c"<br>d'.replace('"c"', '&quot;c&quot;'));
});

test('the footnote markup survives sanitizeRichText unchanged', () => {
  const ctx = context();
  const html = `<p>${renderInline('Texte[[Note [lien->https://exemple.org]]] fin.', ctx).html}</p>${ctx.notes.takeSection()}`;
  const clean = sanitizeRichText(html);
  for (const part of [
    '<sup id="fnref-1"><a href="#fn-1">1</a></sup>',
    '<section class="footnotes"><ol><li id="fn-1">',
    '<a href="#fnref-1">↩</a></li></ol></section>',
  ])
    assert.ok(clean.includes(part), part);
  assert.equal(clean, html.replace('<a href="https://exemple.org">', '<a href="https://exemple.org" rel="noopener noreferrer">'));
});
