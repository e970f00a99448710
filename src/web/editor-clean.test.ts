/**
 * The editor's HTML cleaning (src/web/static/editor-parse.js, editor-read.js, editor-clean.js:
 * browser scripts that need no DOM): clipboard HTML from Word, LibreOffice and Google Docs
 * (e2e/fixtures/paste/*.html, the expected result beside each), XSS payloads, the editor's own
 * markup, plain text — and that the server's sanitizer keeps whatever the editor produces.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sanitizeRichText } from '../shared/html.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = path.join(ROOT, 'e2e/fixtures/paste');

interface RichText {
  cleanPastedHtml(html: string): string;
  normalizeEditorHtml(html: string): string;
  textToHtml(text: string): string;
  safeHref(href: string): string | null;
}
// Classic scripts: importing them runs them, in the page's order, and they fill one global.
for (const file of ['editor-parse.js', 'editor-read.js', 'editor-clean.js'])
  await import(new URL(`./static/${file}`, import.meta.url).href);
const { cleanPastedHtml, normalizeEditorHtml, textToHtml, safeHref } = (globalThis as unknown as { EssorRichText: RichText }).EssorRichText;

/** Every tag of the output, attributes included; the editor writes only these. */
const markupOf = (html: string) => html.match(/<[^>]*>/g) ?? [];
const ALLOWED =
  /^<\/?(p|br|h3|h4|strong|em|sup|sub|ul|ol|li|blockquote|table|caption|tbody|tr|td|th|section)>$|^<\/a>$|^<a href="(https?:|mailto:|tel:|[/?#.\w%~-])[^"<>]*">$|^<(th scope="(row|col)"|sup id="fnref-\d+"|li id="fn-\d+"|section class="footnotes")>$/;

const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
/** What the server's sanitizer writes for markup it keeps: raw no-break spaces, rel on external links. */
const asServerWrites = (html: string) =>
  html.replace(/&nbsp;/g, '\u00a0').replace(/<a href="(https?:[^"]*)">/g, '<a href="$1" rel="noopener noreferrer">');

for (const name of ['word', 'libreoffice', 'google-docs', 'xss']) {
  test(`${name} clipboard HTML gives the expected markup, which the server keeps and a second cleaning leaves alone`, () => {
    const out = cleanPastedHtml(fixture(`${name}.html`));
    assert.equal(out, fixture(`${name}.expected.html`).trimEnd());
    assert.deepEqual(
      markupOf(out).filter((tag) => !ALLOWED.test(tag)),
      [],
    );
    assert.equal(sanitizeRichText(out), asServerWrites(out));
    assert.equal(cleanPastedHtml(out), out);
    assert.equal(normalizeEditorHtml(out), out);
  });
}

test('Word: list paragraphs become nested lists, bullets or numbers from their marker, markers dropped', () => {
  const out = cleanPastedHtml(fixture('word.html'));
  assert.match(out, /<ul><li>l’action sociale, premier employeur&nbsp;;<ul><li>dont l’aide à domicile<\/li><\/ul><\/li><li>l’enseignement/);
  assert.match(out, /<ol><li>soutenir les tiers-lieux&nbsp;;<\/li><li>développer/);
  assert.doesNotMatch(out, /·|mso|Mso|<span|<o:p|style|class="(?!footnotes)|<img|file:|Calibri|_Toc|<!--|\[1\]/);
});

test('Word: junk between and inside paragraphs goes, downlevel-hidden blocks with their content', () => {
  const html = `<p class=MsoNormal>Un<span style='mso-spacerun:yes'>   </span>deux<!--[if gte mso 9]><xml><w:data>secret</w:data></xml><![endif]--></p>
<p class=MsoListParagraph style='mso-list:l3 level1 lfo1'><!--[if !supportLists]--><span>a)<span>&nbsp;</span></span><!--[endif]-->Premier</p><p class=MsoListParagraph style='mso-list:l3 level1 lfo1'><![if !supportLists]><span>b)</span><![endif]>Second</p>
<p class=MsoTitle>Titre du document</p><h1>Partie</h1><h2>Sous-partie</h2><h3>Plus bas</h3>`;
  assert.equal(
    cleanPastedHtml(html),
    '<p>Un deux</p>\n<ol><li>Premier</li><li>Second</li></ol>\n<h3>Titre du document</h3>\n<h3>Partie</h3>\n<h4>Sous-partie</h4>\n<h4>Plus bas</h4>',
  );
});

test('headings: the highest pasted level becomes h3, the others h4; the editor keeps its own levels', () => {
  assert.equal(cleanPastedHtml('<h2>A</h2><h3>B</h3><h4>C</h4>'), '<h3>A</h3>\n<h4>B</h4>\n<h4>C</h4>');
  assert.equal(cleanPastedHtml('<h4>Seul</h4>'), '<h3>Seul</h3>');
  assert.equal(normalizeEditorHtml('<h4>Seul</h4><h2>Deux</h2><h6>Six</h6>'), '<h4>Seul</h4>\n<h3>Deux</h3>\n<h4>Six</h4>');
  assert.equal(cleanPastedHtml('<h2><strong>Gras</strong> <em>titre</em></h2>'), '<h3>Gras <em>titre</em></h3>');
});

test('Google Docs: its <b> wrapper is not bold, its spans say what is bold and italic', () => {
  const out = cleanPastedHtml(fixture('google-docs.html'));
  assert.match(
    out,
    /^<h3>Programme d’intervention<\/h3>\n<p>Le programme s’articule autour de <strong>trois axes<\/strong> <em>prioritaires<\/em>&nbsp;:<\/p>\n<h4>Axes<\/h4>/,
  );
  assert.match(out, /<ul><li>l’alimentation durable<ul><li>circuits courts<\/li><\/ul><\/li><li>les monnaies locales<\/li><\/ul>/);
  assert.doesNotMatch(out, /googleusercontent|<img|docs-internal|<colgroup|<col/);
  assert.equal(
    cleanPastedHtml('<a href="https://www.google.com/url?q=https://www.avise.org/&amp;sa=D&amp;ust=1">Avise</a>'),
    '<p><a href="https://www.avise.org/">Avise</a></p>',
  );
});

test('LibreOffice: lists nested as siblings, fonts and spans dropped, footnotes kept as notes', () => {
  const out = cleanPastedHtml(fixture('libreoffice.html'));
  assert.match(
    out,
    /<li>Insertion par l’activité économique<ul><li>chantiers d’insertion<\/li><\/ul><\/li><li><em>Finance solidaire<\/em><\/li>/,
  );
  assert.match(out, /tiers-lieux<sup id="fnref-1"><a href="#fn-1">1<\/a><\/sup>\.<\/p>/);
  assert.match(
    out,
    /<section class="footnotes"><ol><li id="fn-1">Délibération du conseil métropolitain du 15\/12\/2022\. <a href="#fnref-1">↩<\/a><\/li><\/ol><\/section>$/,
  );
  assert.doesNotMatch(out, /<font|lang=|sdfootnote|<img|western|<br>/);
});

test('XSS: scripts, handlers, styles, frames, forms and unsafe URLs never survive', () => {
  const out = cleanPastedHtml(fixture('xss.html'));
  assert.doesNotMatch(
    out,
    /<script|<img|<svg|<iframe|<object|<form|<button|<math|<style|javascript:|vbscript:|data:|on\w+=|style=|\/\/evil|__pwned/i,
  );
  for (const payload of [
    '<a href="java&#115;cript:alert(1)">x</a>',
    '<a href="&#x6A;avascript:alert(1)">x</a>',
    '<a href="javascript&colon;alert(1)">x</a>',
    '<a href=javascript:alert(1)>x</a>',
    "<a href='\u0001javascript:alert(1)'>x</a>",
    '<p title="<img src=x onerror=alert(1)>">t</p>',
    '<<script>script>alert(1)<</script>/script>',
    '<scr<script>ipt>alert(1)</script>',
    '<script>alert(1)',
    '<style>*{x:expression(alert(1))}',
    '<img src=x onerror=alert(1)//',
    '<a href="https://ok.fr/" onclick="alert(1)" style="x">ok</a>',
  ]) {
    const clean = cleanPastedHtml(payload);
    assert.deepEqual(
      markupOf(clean).filter((tag) => !ALLOWED.test(tag)),
      [],
      `${payload} → ${clean}`,
    );
    assert.doesNotMatch(clean, /javascript:/i);
    assert.equal(sanitizeRichText(clean), asServerWrites(clean), `the server keeps ${clean}`);
  }
  assert.equal(cleanPastedHtml('<p title="<img src=x onerror=alert(1)>">t</p>'), '<p>t</p>');
  assert.equal(cleanPastedHtml('<b>1 &lt; 2 &amp;&amp; 3 &gt; 2</b>'), '<p><strong>1 &lt; 2 &amp;&amp; 3 &gt; 2</strong></p>');
});

test('links: http(s), mailto, tel and relative URLs only, like the server', () => {
  const ok = [
    'https://www.rtes.fr/',
    'http://exemple.fr/a?b=1&c=2',
    'mailto:contact@rtes.fr',
    'tel:+33549523535',
    '/adherents/grand-poitiers',
    '#fn-1',
    '?page=2',
    'fiche.pdf',
    'HTTPS://EXEMPLE.FR',
  ];
  for (const href of ok) assert.equal(safeHref(href), href, href);
  for (const href of [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:x',
    'data:text/html,x',
    'vbscript:x',
    '//evil.example/',
    '\\\\evil',
    'file:///etc/passwd',
    'ftp://x.fr/',
    '',
  ]) {
    assert.equal(safeHref(href), null, JSON.stringify(href));
  }
  assert.equal(
    cleanPastedHtml('<a href="#_Toc1">Sommaire</a> <a name="x">ancre</a>'),
    '<p>Sommaire ancre</p>',
    'fragment links of a pasted document mean nothing here',
  );
  assert.equal(
    normalizeEditorHtml('<p><a href="#contact">Contact</a></p>'),
    '<p><a href="#contact">Contact</a></p>',
    'the editor keeps the ones it was given',
  );
});

test('the editor’s own markup: Chrome’s b, i, div and styled spans become strong, em and paragraphs', () => {
  assert.equal(
    normalizeEditorHtml(
      '<p>Bonjour le&nbsp;<b>monde</b><i>&nbsp;entier</i></p><div>Ligne <span style="font-weight: bold;">grasse</span> et <span style="font-style: italic">penchée</span></div><p><br></p><p>&nbsp;</p>',
    ),
    '<p>Bonjour le <strong>monde</strong><em> entier</em></p>\n<p>Ligne <strong>grasse</strong> et <em>penchée</em></p>',
  );
  // French typography keeps its no-break spaces.
  assert.equal(
    normalizeEditorHtml('<p>Budget&nbsp;: 1&nbsp;875&nbsp;€ «&nbsp;<b>ESS</b>&nbsp;»</p>'),
    '<p>Budget&nbsp;: 1&nbsp;875&nbsp;€ «&nbsp;<strong>ESS</strong>&nbsp;»</p>',
  );
  assert.equal(normalizeEditorHtml('<p>a\u200b<wbr>b<span>c</span></p>'), '<p>abc</p>');
  assert.equal(
    normalizeEditorHtml('<p><ul><li>un</li><li>deux</li></ul></p>texte nu<ol><li>x<ol><li>y</li></ol></li></ol>'),
    '<ul><li>un</li><li>deux</li></ul>\n<p>texte nu</p>\n<ol><li>x<ol><li>y</li></ol></li></ol>',
  );
});

test('footnotes: editor ids (prefixed, temporary) become fn-1…fn-N in reading order; orphans go', () => {
  const live =
    '<p>a<sup id="rte-2-fnref-2"><a href="#rte-2-fn-2">2</a></sup> b<sup id="rte-2-new7-fnref-1"><a href="#rte-2-new7-fn-1">*</a></sup> c<sup id="rte-2-fnref-9"><a href="#rte-2-fn-9">9</a></sup></p>' +
    '<section class="footnotes"><ol><li id="rte-2-fn-2">Deux <a href="#rte-2-fnref-2">↩</a></li><li id="rte-2-new7-fn-1">Nouvelle <a href="#rte-2-new7-fnref-1">↩</a></li><li id="rte-2-fn-5">Orpheline <a href="#rte-2-fnref-5">↩</a></li></ol></section>';
  assert.equal(
    normalizeEditorHtml(live),
    '<p>a<sup id="fnref-1"><a href="#fn-1">1</a></sup> b<sup id="fnref-2"><a href="#fn-2">2</a></sup> c</p>\n' +
      '<section class="footnotes"><ol><li id="fn-1">Deux <a href="#fnref-1">↩</a></li><li id="fn-2">Nouvelle <a href="#fnref-2">↩</a></li></ol></section>',
  );
  // Two references to one note: one number, one id.
  assert.equal(
    normalizeEditorHtml(
      '<p>a<sup id="fnref-1"><a href="#fn-1">1</a></sup> b<sup><a href="#fn-1">1</a></sup></p><section class="footnotes"><ol><li id="fn-1">N <a href="#fnref-1">↩</a></li></ol></section>',
    ),
    '<p>a<sup id="fnref-1"><a href="#fn-1">1</a></sup> b<sup><a href="#fn-1">1</a></sup></p>\n<section class="footnotes"><ol><li id="fn-1">N <a href="#fnref-1">↩</a></li></ol></section>',
  );
});

test('plain text: paragraphs by blank lines, line breaks, simple lists, escaped', () => {
  assert.equal(
    textToHtml('Un\r\ndeux\r\n\r\n\r\n- a\n- b\n\n1. x\n2) y\n\n<b>x</b> & y'),
    '<p>Un<br>deux</p>\n<ul><li>a</li><li>b</li></ul>\n<ol><li>x</li><li>y</li></ol>\n<p>&lt;b&gt;x&lt;/b&gt; &amp; y</p>',
  );
  assert.equal(textToHtml('  \n\n '), '');
});

test('absurd input: deep nesting and a large paste neither crash nor take long', () => {
  const deep = `${'<div><span><b>'.repeat(5000)}profond${'</b></span></div>'.repeat(5000)}`;
  assert.match(cleanPastedHtml(deep), /profond/);
  const big = fixture('word.html').repeat(40); // about 400 kB
  const started = Date.now();
  const out = cleanPastedHtml(big);
  assert.ok(Date.now() - started < 3000, `${Date.now() - started} ms`);
  assert.equal((out.match(/<h3>/g) ?? []).length, 40);
  assert.equal(cleanPastedHtml('<p>texte <b>non fermé <i>du tout'), '<p>texte <strong>non fermé <em>du tout</em></strong></p>');
  assert.equal(cleanPastedHtml('texte < 5 et > 3 <p'), '<p>texte &lt; 5 et &gt; 3 &lt;p</p>');
});
