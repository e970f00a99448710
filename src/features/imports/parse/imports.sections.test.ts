/**
 * Imports: heading detection in plain text (known variants, sub-headings, free titles, what is
 * never a heading), the intro section, lists, the membership line and the news block.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseLegacyPage } from './imports.parse.ts';

const HEADER =
  'Réseau des collectivités Territoriales pour une Économie Sociale et Solidaire\n\nVille d’Essai\n\nDernière mise à jour : 01/02/2020\n\n';
const parse = (body: string) => parseLegacyPage(Buffer.from(HEADER + body), 'essai.txt', { now: new Date('2025-06-01') });
const outline = (body: string) => parse(body).sections.map((s) => `${s.kind}: ${s.heading}`);
const PARA = 'La collectivité soutient les acteurs du territoire depuis de longues années.';

test('every known heading variant, with or without " :", straight or curly apostrophes, in any order', () => {
  const variants: [string, string][] = [
    ['Exemples d’actions', 'actions'],
    ["Budget et moyens consacrés à l'ESS :", 'budget'],
    ['Panorama de l’ESS et de l’innovation sociale sur le territoire', 'panorama'],
    ["Programme d'intervention dans le champ de l'ESS :", 'programme'],
    ['Budget consacré à l’ESS', 'budget'],
    ["Panorama de l'ESS sur le territoire :", 'panorama'],
    ['Budget annuel consacré à l’ESS', 'budget'],
    ["Exemples d'actions soutenues par la collectivité :", 'actions'],
  ];
  const body = variants.map(([heading]) => `${heading}\n\n${PARA}\n\n`).join('');
  assert.deepEqual(
    outline(body),
    variants.map(([heading, kind]) => `${kind}: ${heading.replace(/ :$/, '')}`),
  );
});

test('a heading directly followed by its text (no blank line), or with the text on the same line', () => {
  assert.deepEqual(outline(`Budget consacré à l’ESS :\n${PARA}`), ['budget: Budget consacré à l’ESS']);
  const page = parse('Budget consacré à l’ESS : 350 000 € en 2019.');
  assert.equal(page.sections[0]?.html, '<p>350 000 € en 2019.</p>');
  assert.deepEqual(
    page.figures.map((f) => [f.kind, f.value, f.year]),
    [['budget_eur', 350000, 2019]],
  );
});

test('text before the first heading is a "Présentation" section; "En résumé :" is a sub-heading', () => {
  const page = parse(`${PARA}\n\nPanorama de l’ESS sur le territoire\n\nEn résumé :\n\n${PARA}`);
  assert.deepEqual(
    page.sections.map((s) => `${s.kind}: ${s.heading}`),
    ['other: Présentation', 'panorama: Panorama de l’ESS sur le territoire'],
  );
  assert.equal(page.sections[1]?.html, `<h3>En résumé</h3><p>${PARA}</p>`);
});

test('a lone short title line starts a free section; ordinary paragraphs never do', () => {
  assert.deepEqual(outline(`Panorama de l’ESS sur le territoire\n\n${PARA}\n\nContacts\n\nMairie, place de la Gare.`), [
    'panorama: Panorama de l’ESS sur le territoire',
    'other: Contacts',
  ]);
  const ordinary = [
    'Cf. Portrait de territoire n°12, L’Economie Sociale et Solidaire sur le territoire. Novembre 2013',
    'Soutien au CAPEE (Comité des Alternatives Poitevines Emploi et Entraide) qui coordonne les SIAE',
    'La ville accompagne aussi les associations.',
    'http://alterbative.fr/',
    'une ligne sans majuscule',
    'Les partenaires : la CRESS, France Active et les réseaux locaux',
  ];
  for (const line of ordinary)
    assert.deepEqual(
      outline(`Panorama de l’ESS sur le territoire\n\n${line}\n\n${PARA}`),
      ['panorama: Panorama de l’ESS sur le territoire'],
      line,
    );
  assert.deepEqual(
    outline(`Panorama de l’ESS sur le territoire\n\n${PARA}\n\nContacts`),
    ['panorama: Panorama de l’ESS sur le territoire'],
    'a last line is no title',
  );
});

test('lists: "•", "-", "*" and SPIP "-*", nested by indentation, items continued on indented lines', () => {
  const page = parse('Exemples d’actions\n\n• Un\n  - un-a\n    * un-a-i\n  - un-b\n• Deux,\n  suite de deux\n\n-* Trois\n-** trois-a');
  assert.equal(
    page.sections[0]?.html,
    '<ul><li>Un<ul><li>un-a<ul><li>un-a-i</li></ul></li><li>un-b</li></ul></li><li>Deux, suite de deux</li><li>Trois<ul><li>trois-a</li></ul></li></ul>',
  );
});

test('the membership line between sections is read and left out of the content', () => {
  const page = parse(`Panorama de l’ESS sur le territoire\n${PARA}\nAnnée d'adhésion au RTES: 2001\n\nExemples d’actions\n\n${PARA}`);
  assert.equal(page.joinedYear, 2001);
  assert.deepEqual(
    page.sections.map((s) => s.html),
    [`<p>${PARA}</p>`, `<p>${PARA}</p>`],
  );
  assert.deepEqual(page.warnings, []);
});

test('the news block ends the profile; a known section after it is reported', () => {
  const page = parse(
    `Panorama de l’ESS sur le territoire\n\n${PARA}\n\nLes actualités de l'adhérent :\n\nForum le 12 mars\n\nExemples d’actions\n\n${PARA}`,
  );
  assert.deepEqual(
    page.sections.map((s) => s.kind),
    ['panorama'],
  );
  assert.match(page.warnings[0]!, /^Contenu après « Les actualités de l’adhérent » ignoré, dont la section « Exemples d’actions »/);
});

test('junk is flagged: empty and very short sections, placeholders, mojibake, duplicated sections', () => {
  const page = parse(
    'Panorama de l’ESS sur le territoire\n\nBudget consacré à l’ESS\n\nxxx\n\nExemples d’actions\n\nLorem ipsum dolor sit amet, texte à compléter plus tard.\n\nExemples d’actions\n\nLa rÃ©gie de quartier accueille des habitants.',
  );
  assert.deepEqual(page.warnings, [
    'Section « Exemples d’actions » en double (lignes 13 et 17).',
    'Section « Panorama de l’ESS sur le territoire » vide.',
    'Texte provisoire dans « Budget consacré à l’ESS » : « xxx ».',
    'Section « Budget consacré à l’ESS » très courte : « xxx ».',
    'Texte provisoire dans « Exemples d’actions » : « lorem ipsum ».',
    'Caractères mal encodés dans « Exemples d’actions » (« Ã© ») ; vérifier l’encodage du fichier.',
  ]);
});
