/**
 * Imports: the parser on every fixture page (expected results in `*.expected.json`), the
 * "nothing lost" check on each, and errors that name the file and the line.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { sanitizeRichText } from '../../shared/html.ts';
import { decodeWindows1252 } from './parse/imports.decode.ts';
import { parseLegacyPage } from './parse/imports.parse.ts';
import { contentOfHtml, contentOfText, FIXTURES, fixturePages, missingWords } from './imports.testing.ts';

const NOW = new Date('2025-06-01T00:00:00Z');

interface Expected {
  name: string | null;
  updatedAt: string | null;
  joinedYear: number | null;
  error: string | null;
  sections: { kind: string; heading: string }[];
  figures: { kind: string; value: number; year: number | null }[];
  /** One substring per expected warning, in order. */
  warnings: string[];
  htmlIncludes: string[];
}

function readFixture(file: string): { bytes: Buffer; text: string } {
  const bytes = fs.readFileSync(path.join(FIXTURES, file));
  const text = file.includes('1252') ? decodeWindows1252(bytes) : new TextDecoder().decode(bytes);
  return { bytes, text };
}

describe('legacy page fixtures', () => {
  const pages = fixturePages();

  test('fixtures keep their encodings (Windows-1252 with 0x92, UTF-8 with BOM and no-break spaces)', () => {
    const cp1252 = fs.readFileSync(path.join(FIXTURES, 'windows-1252.txt'));
    assert.ok(cp1252.includes(0x92) && cp1252.includes(0xe9));
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(cp1252));
    const bom = fs.readFileSync(path.join(FIXTURES, 'bom-nbsp.txt'));
    assert.deepEqual([...bom.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.ok(bom.includes(Buffer.from('\u00a0')) && bom.includes(Buffer.from('\u202f')));
    assert.equal(fs.statSync(path.join(FIXTURES, 'vide.txt')).size, 0);
  });

  test('there are at least ten fixtures, each with its expected result', () => {
    assert.ok(pages.length >= 10, pages.join(', '));
    for (const page of pages) assert.ok(fs.existsSync(path.join(FIXTURES, page.replace(/\.[a-z]+$/, '.expected.json'))), page);
  });

  for (const file of pages) {
    test(`${file}: matches its expected result and loses no word`, () => {
      const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, file.replace(/\.[a-z]+$/, '.expected.json')), 'utf8')) as Expected;
      const { bytes, text } = readFixture(file);
      const page = parseLegacyPage(bytes, file, { now: NOW });

      assert.equal(page.file, file);
      assert.equal(page.error, expected.error);
      assert.equal(page.name, expected.name);
      assert.equal(page.updatedAt, expected.updatedAt);
      assert.equal(page.joinedYear, expected.joinedYear);
      assert.deepEqual(
        page.sections.map((s) => ({ kind: s.kind, heading: s.heading })),
        expected.sections,
      );
      assert.deepEqual(
        page.figures.map((f) => ({ kind: f.kind, value: f.value, year: f.year })),
        expected.figures,
      );
      assert.equal(page.warnings.length, expected.warnings.length, page.warnings.join('\n'));
      expected.warnings.forEach((w, i) => assert.ok(page.warnings[i]!.includes(w), `${page.warnings[i]} ⊅ ${w}`));
      const html = page.sections.map((s) => s.html).join('\n');
      for (const part of expected.htmlIncludes) assert.ok(html.includes(part), `missing in HTML: ${part}\n${html}`);

      for (const section of page.sections) assert.equal(sanitizeRichText(section.html), section.html, 'section HTML is already sanitized');
      for (const figure of page.figures)
        assert.deepEqual(missingWords(figure.text, page), [], `figure text comes from the page: ${figure.text}`);
      if (page.error === null) {
        const content = file.endsWith('.html') ? contentOfText(contentOfHtml(text), page.name) : contentOfText(text, page.name);
        assert.deepEqual(missingWords(content, page), [], 'every word of the content is published');
      }
    });
  }
});

describe('grand-poitiers.txt (a real page)', () => {
  const { bytes } = readFixture('grand-poitiers.txt');
  const page = parseLegacyPage(bytes, 'grand-poitiers.txt', { now: NOW });

  test('the budget figure comes from the whole sentence, with its year', () => {
    const budget = page.figures.find((f) => f.kind === 'budget_eur');
    assert.deepEqual(budget, {
      kind: 'budget_eur',
      value: 35200000,
      year: 2016,
      text: 'La Communauté urbaine de Grand Poitiers consacre 5 % de son budget général au subventionnement du milieu associatif (35,2 M€) auxquels s’ajoutent 3,5 M€ d’achats de prestations (chiffres 2016).',
    });
  });

  test('the news block is not profile content', () => {
    assert.ok(!page.sections.some((s) => /actualités/i.test(s.heading + s.html)));
  });

  test('footnote ids are unique and every reference has its note', () => {
    const html = page.sections.map((s) => s.html).join('');
    const ids = [...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length);
    for (const m of html.matchAll(/href="#(fn-\d+)"/g)) assert.ok(ids.includes(m[1]), m[1]);
  });
});

describe('errors name the file and the line, and never throw', () => {
  const parse = (text: string, file = 'page.txt') => parseLegacyPage(Buffer.from(text), file, { now: NOW });

  test('whitespace only is an empty file', () => {
    assert.equal(parse(' \n\u00a0\n\t\n').error, 'page.txt, ligne 1 : fichier vide.');
  });

  test('a header without content is an empty page', () => {
    const page = parse(
      'Réseau des collectivités Territoriales pour une Économie Solidaire\n\nVille de Test\n\nDernière mise à jour : 01/02/2020\n\nLes actualités de l’adhérent\n\nUne actualité',
    );
    assert.equal(page.error, 'page.txt, ligne 3 : aucun contenu de profil après l’en-tête (page vide).');
    assert.deepEqual(page.sections, []);
  });

  test('a first line that is a sentence is not taken for a name', () => {
    const page = parse(
      '\n\nLa ville soutient les associations depuis longtemps, avec constance.\n\nPanorama de l’ESS sur le territoire\n\nTexte.',
    );
    assert.match(page.error ?? '', /^page\.txt, ligne 3 : nom de l’adhérent introuvable/);
  });

  test('only header lines: no name', () => {
    assert.match(parse('Dernière mise à jour : 01/02/2020\n').error ?? '', /^page\.txt, ligne \d+ : nom de l’adhérent introuvable/);
  });

  test('binary noise and odd inputs give a result, not an exception', () => {
    for (const bytes of [
      Buffer.from([0, 0, 0]),
      Buffer.from([0xff, 0xfe, 0x41, 0x00]),
      Buffer.from([0xc3]),
      Buffer.alloc(5000, 0x5b),
      Buffer.from('<html><body></body></html>'),
    ]) {
      const page = parseLegacyPage(bytes, 'x.txt', { now: NOW });
      assert.equal(typeof page, 'object');
      assert.ok(page.error === null || page.error.startsWith('x.txt, ligne '), page.error ?? '');
    }
  });

  test('a membership year in the future is reported', () => {
    const page = parse(
      'Ville de Test\n\nAnnée d’adhésion au RTES : 2031\n\nPanorama de l’ESS sur le territoire\n\nLa ville compte de nombreuses associations actives.',
    );
    assert.equal(page.joinedYear, 2031);
    assert.deepEqual(page.warnings, ['Année d’adhésion 2031 dans le futur.']);
  });

  test('an unreadable date or year is reported, not guessed', () => {
    const page = parse(
      'Ville de Test\n\nDernière mise à jour : 31/02/2020\n\nAnnée d’adhésion au RTES : bientôt\n\nPanorama de l’ESS sur le territoire\n\nLa ville compte de nombreuses associations actives.',
    );
    assert.equal(page.updatedAt, null);
    assert.equal(page.joinedYear, null);
    assert.deepEqual(
      page.warnings.slice(0, 2).map((w) => w.split(' (')[0]),
      ['Date de mise à jour illisible', 'Année d’adhésion illisible'],
    );
  });
});
