/** Imports: HTML pages — finding the profile inside the site layout, then reading its structure. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksLikeHtml, MAX_NESTING } from './imports.html.ts';
import { limitNesting } from './imports.nesting.ts';
import { parseLegacyPage } from './imports.parse.ts';

const parse = (html: string, file = 'page.html') => parseLegacyPage(Buffer.from(html), file, { now: new Date('2025-06-01') });
const LAYOUT_TOP =
  '<!doctype html><html><head><title>Site</title><script>var budget = "Budget consacré à l’ESS";</script></head><body><header><h1>RTES</h1><nav><a href="/">Accueil</a></nav></header>';
const LAYOUT_END = '<aside><h2>Autres adhérents</h2><p>Ville voisine</p></aside><footer><p>Mentions légales</p></footer></body></html>';

test('HTML is recognised by extension or by a document start', () => {
  assert.equal(looksLikeHtml('texte', 'page.HTM'), true);
  assert.equal(looksLikeHtml('\n <!DOCTYPE html><html>', 'page.txt'), true);
  assert.equal(looksLikeHtml('Texte avec <br> au milieu', 'page.txt'), false);
});

test('without main or article, the content is the element around the update line; the layout is dropped', () => {
  const page = parse(
    `${LAYOUT_TOP}<div id="page"><div class="fiche"><h2>Ville de Brume</h2><p>Dernière mise à jour : 03/04/2019</p><h3>Panorama de l’ESS sur le territoire</h3><p>Un tissu associatif dense et ancien.</p></div>${LAYOUT_END}</div>`,
  );
  assert.equal(page.error, null);
  assert.equal(page.name, 'Ville de Brume');
  assert.equal(page.updatedAt, '2019-04-03');
  assert.deepEqual(page.sections, [
    { kind: 'panorama', heading: 'Panorama de l’ESS sur le territoire', html: '<p>Un tissu associatif dense et ancien.</p>' },
  ]);
});

test('the name may come from the page’s h1 outside the content', () => {
  const page = parse(
    `${LAYOUT_TOP}<div class="bandeau"><h1>Département du Val</h1></div><main><p>Dernière mise à jour : 03/04/2019</p><h2>Exemples d’actions</h2><p>Un fonds pour les coopératives.</p></main>${LAYOUT_END}`,
  );
  assert.equal(page.name, 'Département du Val');
  assert.deepEqual(
    page.sections.map((s) => s.kind),
    ['actions'],
  );
});

test('headings: known ones (also as a bold paragraph), free sections at their level, sub-headings below', () => {
  const page = parse(`<html><body><article><h1>Ville de Brume</h1>
    <h2>Présentation générale</h2><p>Une ville engagée.</p><h3>Histoire</h3><p>Depuis 1990.</p><h4>Détail</h4><p>Ici.</p>
    <p><strong>Budget consacré à l’ESS :</strong></p><p>Un budget de 120 000 € consacré à l’ESS.</p>
    <table><tr><th>Année</th><td>2019</td></tr></table>
    <p>Voir <a href="/interne">la page interne</a> et <a href="https://exemple.fr/x">le site</a>[[Une note.]]</p>
  </article></body></html>`);
  assert.deepEqual(
    page.sections.map((s) => `${s.kind}: ${s.heading}`),
    ['other: Présentation générale', 'budget: Budget consacré à l’ESS'],
  );
  assert.equal(page.sections[0]?.html, '<p>Une ville engagée.</p><h3>Histoire</h3><p>Depuis 1990.</p><h4>Détail</h4><p>Ici.</p>');
  assert.equal(
    page.sections[1]?.html,
    '<p>Un budget de 120 000 € consacré à l’ESS.</p><p>Année 2019</p><p>Voir la page interne et <a href="https://exemple.fr/x" rel="noopener noreferrer">le site</a><sup id="fnref-1"><a href="#fn-1">1</a></sup></p><section class="footnotes"><ol><li id="fn-1">Une note. <a href="#fnref-1">↩</a></li></ol></section>',
  );
  assert.deepEqual(
    page.figures.map((f) => [f.kind, f.value]),
    [['budget_eur', 120000]],
  );
});

test('breadcrumbs, menus and share buttons inside the content are dropped', () => {
  const page = parse(
    `<html><body><main><div class="breadcrumb">Accueil &gt; Adhérents</div><h1>Ville de Brume</h1><ul class="share-links"><li>Partager</li></ul><h2>Exemples d’actions</h2><p>Une recyclerie.</p></main></body></html>`,
  );
  assert.equal(page.name, 'Ville de Brume');
  assert.equal(page.sections[0]?.html, '<p>Une recyclerie.</p>');
});

test('lists nested without <li>, and absurdly deep nesting, keep their words', () => {
  const page = parse(
    `<html><main><h1>Ville de Brume</h1><h2>Exemples d’actions</h2><ul><li>Un</li><ul><li>un-a</li></ul></ul>${'<div>'.repeat(3000)}profond${'</div>'.repeat(3000)}</main></html>`,
  );
  assert.equal(page.sections[0]?.html, '<ul><li>Un<ul><li>un-a</li></ul></li></ul><p>profond</p>');
});

test('100,000 nested tags, or a million unknown ones never closed, parse within the page budget and keep their text', () => {
  const deep = `<html><main><h1>Ville de Brume</h1><h2>Panorama de l’ESS</h2><p>Un tissu dense. ${'<b>'.repeat(100_000)}profond${'</b>'.repeat(100_000)}</p></main></html>`;
  const page = parse(deep);
  assert.equal(page.error, null);
  assert.match(page.sections[0]!.html, /Un tissu dense\. profond/);
  assert.ok(
    page.warnings.includes(
      `Balises HTML imbriquées sur plus de ${MAX_NESTING} niveaux : ${100_000 - MAX_NESTING + 3} balise(s) ignorée(s), leur texte est conservé.`,
    ),
  );
  const unknown = parse(`<html><main><h1>Ville de Brume</h1><h2>Panorama de l’ESS</h2><p>Début ${'<x>'.repeat(1_000_000)}fin`);
  assert.equal(unknown.error, null);
  assert.match(unknown.sections[0]!.html, /Début fin/);
});

test('the nesting limit leaves ordinary pages untouched and counts unclosed list items as siblings', () => {
  const html = `<ul>${'<li>point'.repeat(2000)}</ul><p>${'<i>'.repeat(MAX_NESTING - 3)}fond</p>`;
  assert.deepEqual(limitNesting(html, MAX_NESTING), { html, removed: 0 });
  const cut = limitNesting('<div><b><i>a</i></b> b</div><p>c</p>', 2);
  assert.deepEqual(cut, { html: '<div><b>a</b> b</div><p>c</p>', removed: 1 });
});

test('a page over its time budget fails alone, with a message that says so', () => {
  const big = `<html><main><h1>Ville de Brume</h1><h2>Panorama de l’ESS</h2>${'<p>Un paragraphe.</p>'.repeat(50_000)}</main></html>`;
  const page = parseLegacyPage(Buffer.from(big), 'lourde.html', { budgetMs: 1 });
  assert.equal(
    page.error,
    'lourde.html, ligne 1 : analyse abandonnée après 1 ms (page trop lourde ou trop imbriquée) ; les autres fichiers sont importés.',
  );
  assert.deepEqual(page.sections, []);
  assert.equal(parseLegacyPage(Buffer.from(big), 'lourde.html').error, null);
});

test('malformed HTML still gives a result', () => {
  for (const html of [
    '<html><body><main><h1>Ville<p>texte</main>',
    '<html><<<>>>',
    '<html><body></body></html>',
    '<html><main><h2>Panorama de l’ESS sur le territoire</h2></main>',
  ]) {
    const page = parse(html);
    assert.ok(page.error === null || page.error.startsWith('page.html, ligne '), page.error ?? '');
  }
  assert.match(
    parse('<html><body>\n\n<main><h2>Panorama de l’ESS sur le territoire</h2><p>Texte.</p></main></body></html>').error ?? '',
    /^page\.html, ligne 3 : nom de l’adhérent introuvable/,
  );
});
