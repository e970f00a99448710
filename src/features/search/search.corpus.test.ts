/**
 * Search on a French corpus (search.corpus.ts) through the search service, on SQLite and on
 * PostgreSQL: words, stems, accents, prefixes, phrases, exclusions, suggestions, facets,
 * pagination and ranking; then a parity test running the same queries on both databases.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestDatabase, describeEachDatabase, dialects } from '../../../test/databases.ts';
import type { Database } from '../../db/database.ts';
import { loadCorpus } from './search.corpus.ts';
import { search, type SearchRequest, type SearchResponse } from './search.service.ts';

type Options = Partial<Omit<SearchRequest, 'q'>>;

function find(database: Database, q: string, options: Options = {}): Promise<SearchResponse> {
  return search(database, { q, page: 1, pageSize: 50, viewer: { role: 'visitor' }, ...options });
}
const slugs = (response: SearchResponse) => response.results.map((r) => r.slug);
const sorted = (list: string[]) => [...list].sort();

describeEachDatabase('search on a French corpus', (getDb) => {
  const run = (q: string, options?: Options) => find(getDb(), q, options);
  const slugsOf = async (q: string, options?: Options) => slugs(await run(q, options));

  before(async () => {
    await loadCorpus(getDb().db);
  });

  test('"monnaie locale" finds every document with both words, by stem, the title match first', async () => {
    const found = await slugsOf('monnaie locale');
    assert.equal(found[0], 'monnaie-locale-poitiers');
    assert.deepEqual(
      sorted(found),
      sorted([
        'monnaie-locale-poitiers',
        'monnaies-locales-rennes',
        'budget-participatif-grenoble',
        'ville-de-grenoble',
        'ville-de-rennes',
        'ville-de-poitiers',
        'metropole-de-lyon',
        'ville-de-brest', // "production locale … monnaie solidaire": both words, apart
        'banque-de-france', // "monnaie … circuits locaux": locaux has the stem of locale
      ]),
    );
    // Quoted, the words must be side by side.
    const phrase = await slugsOf('"monnaie locale"');
    assert.ok(phrase.includes('monnaie-locale-poitiers') && phrase.includes('ville-de-rennes'));
    assert.ok(!phrase.includes('ville-de-brest') && !phrase.includes('banque-de-france'));
    assert.ok(!phrase.includes('monnaies-locales-rennes')); // a phrase is matched as written, not by stem
  });

  test('"tiers-lieux" is a phrase of its parts, written with a hyphen or not; "tiers" and "lieux" apart do not match it', async () => {
    const expected = [
      'appel-tiers-lieux',
      'tiers-lieux-ruraux',
      'region-nouvelle-aquitaine',
      'departement-loire-atlantique',
      'nantes-metropole',
      'ville-de-rennes',
      'grenoble-alpes-metropole',
      'ville-de-poitiers',
    ];
    assert.deepEqual(sorted(await slugsOf('tiers-lieux')), sorted(expected));
    assert.deepEqual(await slugsOf('"tiers lieux"'), await slugsOf('tiers-lieux'));
    // "Un tiers du budget … tous les lieux publics": both words, so found by the two words, not by the phrase.
    assert.ok((await slugsOf('tiers lieux')).includes('budget-rennes-metropole'));
    assert.ok(!(await slugsOf('tiers-lieux')).includes('budget-rennes-metropole'));
  });

  test('"commande publique responsable" needs all three words (responsables counts), the title match first', async () => {
    const found = await slugsOf('commande publique responsable');
    assert.equal(found[0], 'commande-publique-insertion');
    assert.deepEqual(
      sorted(found),
      sorted(['commande-publique-insertion', 'bordeaux-metropole', 'rennes-metropole', 'metropole-de-lyon', 'schema-achats-rennes']),
    );
  });

  test('a town: "Grenoble" finds its members and the news that name it, titles first; a cooperative by its name', async () => {
    const grenoble = await slugsOf('Grenoble');
    assert.deepEqual(
      sorted(grenoble),
      sorted([
        'ville-de-grenoble',
        'grenoble-alpes-metropole',
        'rencontres-ess-grenoble',
        'reparer-grenoble',
        'fonds-innovation-grenoble',
        /* "grenobloise", same stem */ 'budget-participatif-grenoble' /* its member's name */,
      ]),
    );
    assert.deepEqual(
      sorted(grenoble.slice(0, 4)),
      sorted(['ville-de-grenoble', 'grenoble-alpes-metropole', 'rencontres-ess-grenoble', 'reparer-grenoble']),
    );
    const clain = await slugsOf('Ateliers du Clain');
    assert.deepEqual(sorted(clain.slice(0, 2)), ['ateliers-du-clain-dix-ans', 'ateliers-du-clain-recyclerie']);
    assert.deepEqual(clain.slice(2), ['grand-poitiers']);
    assert.deepEqual(sorted(await slugsOf('"Ateliers du Clain"')), sorted(clain));
  });

  test('accents and case do not matter', async () => {
    const accented = await slugsOf('économie');
    assert.ok(accented.length > 10);
    assert.deepEqual(await slugsOf('economie'), accented);
    assert.deepEqual(await slugsOf('ÉCONOMIE'), accented);
    assert.ok(accented.includes('ressourcerie-bordeaux')); // "Economie circulaire" written without its accent
  });

  test('singular and plural find the same documents', async () => {
    assert.deepEqual(sorted(await slugsOf('monnaies locales')), sorted(await slugsOf('monnaie locale')));
    assert.deepEqual(sorted(await slugsOf('mutuelle')), sorted(await slugsOf('mutuelles')));
  });

  test('stems: "coopératives" finds "coopérative" (and "coopération", same Snowball stem); "associatif" finds "associations"', async () => {
    const cooperatives = await slugsOf('coopératives');
    assert.ok(cooperatives.includes('ville-de-limoges')); // only "Une coopérative d’artisans"
    assert.ok(cooperatives.includes('cooperative-habitants-nantes'));
    assert.ok(cooperatives.includes('cooperation-ports-bretons'));
    const associatif = await slugsOf('associatif');
    for (const slug of ['forum-angouleme', 'ville-d-angouleme', 'ess-emploi-bretagne']) assert.ok(associatif.includes(slug), slug); // "associations" only
  });

  test('the word being typed matches as a prefix of the words as written', async () => {
    const found = await slugsOf('coopérat');
    for (const slug of ['ville-de-limoges', 'cae-auvergne', 'cooperation-ports-bretons']) assert.ok(found.includes(slug), slug);
    assert.deepEqual(sorted(await slugsOf('Grenob')), sorted(await slugsOf('Grenoble')));
    assert.deepEqual(await slugsOf('"coopérat"'), []); // quoted: a whole word
  });

  test('a phrase in quotes needs its words side by side, in order', async () => {
    const words = await slugsOf('économie circulaire');
    const phrase = await slugsOf('"économie circulaire"');
    assert.deepEqual(sorted(phrase), sorted(['ressourcerie-bordeaux', 'ville-de-lyon', 'ville-de-bordeaux', 'nantes-metropole']));
    assert.ok(words.includes('reparer-grenoble') && words.includes('metropole-de-lyon')); // "économie … circulaire", apart
    assert.ok(phrase.every((slug) => words.includes(slug)));
  });

  test('-word excludes the documents holding it', async () => {
    const all = await slugsOf('monnaie locale');
    const found = await slugsOf('monnaie locale -Grenoble');
    assert.deepEqual(
      found,
      all.filter((s) => s !== 'ville-de-grenoble' && s !== 'budget-participatif-grenoble'),
    );
    assert.equal((await run('-Grenoble')).searchable, false);
  });

  test('a typo in a member name finds nothing and suggests the name', async () => {
    const typo = await run('Greoble');
    assert.equal(typo.total, 0);
    assert.equal(typo.suggestion, 'Grenoble');
    assert.equal((await run('Rennnes')).suggestion, 'Rennes');
    const suggested = await run('economie Greoble');
    assert.equal(suggested.suggestion, 'economie Grenoble');
    assert.ok((await run(suggested.suggestion!)).total > 0);
    assert.equal((await run('Grenoble')).suggestion, null);
  });

  test('facets count the matches by type, member kind, region and year (as numbers); the corpus has no theme', async () => {
    const { facets, total } = await run('tiers-lieux');
    assert.equal(total, 8);
    assert.deepEqual(facets, {
      type: [
        { value: 'member', count: 6 },
        { value: 'news', count: 2 },
      ],
      member_kind: [
        { value: 'commune', count: 2 },
        { value: 'departement', count: 2 },
        { value: 'metropole', count: 2 },
        { value: 'region', count: 2 },
      ],
      region: [
        { value: '52', count: 3 },
        { value: '75', count: 3 },
        { value: '53', count: 1 },
        { value: '84', count: 1 },
      ],
      year: [
        { value: '2025', count: 5 },
        { value: '2024', count: 2 },
        { value: '2026', count: 1 },
      ],
      theme: [],
    });
  });

  test('a filter narrows the results and the other facets; its own facet still shows every value', async () => {
    const all = await run('tiers-lieux');
    const communes = await run('tiers-lieux', { memberKind: 'commune' });
    assert.deepEqual(sorted(slugs(communes)), ['ville-de-poitiers', 'ville-de-rennes']);
    assert.equal(communes.total, 2);
    assert.deepEqual(communes.facets.member_kind, all.facets.member_kind);
    assert.deepEqual(communes.facets.type, [{ value: 'member', count: 2 }]);
    assert.deepEqual(communes.facets.region, [
      { value: '53', count: 1 },
      { value: '75', count: 1 },
    ]);
    const in2025 = await run('tiers-lieux', { year: 2025, types: ['news'] });
    assert.deepEqual(slugs(in2025), ['tiers-lieux-ruraux']);
    assert.deepEqual(in2025.facets.year, [
      { value: '2025', count: 1 },
      { value: '2026', count: 1 },
    ]);
    assert.deepEqual(in2025.facets.type, [
      { value: 'member', count: 4 },
      { value: 'news', count: 1 },
    ]);
    const region = await run('économie', { regionCode: '53' });
    assert.ok(region.total > 0 && region.results.every((r) => r.regionCode === '53'));
  });

  test('pages: total, page count, and pages that follow each other without overlap', async () => {
    const all = await run('économie');
    const pages = [];
    for (let page = 1; page <= 4; page++) pages.push(await run('économie', { page, pageSize: 5 }));
    assert.equal(all.total, pages[0]!.total);
    assert.equal(pages[0]!.pageCount, Math.ceil(all.total / 5));
    assert.deepEqual(pages.flatMap(slugs), slugs(all).slice(0, 20));
    const beyond = await run('économie', { page: 10, pageSize: 5 });
    assert.deepEqual(beyond.results, []);
    assert.equal(beyond.total, all.total);
  });

  test('a word in the title ranks above the same word in the body, all else equal', async () => {
    // Same date, same length; the body-only item was written first, so a tie would put it first.
    const found = await slugsOf('ressourcerie');
    assert.ok(found.indexOf('ressourcerie-niort') < found.indexOf('nouveau-lieu-niort'));
  });

  test('recency boosts mildly: equals favour the recent one, a much better old document stays above a weak recent one', async () => {
    const epiceries = await slugsOf('épicerie solidaire');
    assert.ok(epiceries.indexOf('epicerie-brest') < epiceries.indexOf('epicerie-dijon')); // 2026 before 2019, written after it
    const found = await slugsOf('ressourcerie');
    assert.ok(found.indexOf('ressourceries-pilier') < found.indexOf('semaine-dechets')); // 2018, word in title and body × 3; 2026, once
  });

  test('a document hidden from visitors is neither found nor counted; an administrator finds it', async () => {
    const { db } = getDb();
    await db.updateTable('search_documents').set({ visibility: 'staff' }).where('slug', '=', 'mutuelles-niort').execute();
    try {
      const visitor = await run('mutuelles');
      assert.deepEqual(slugs(visitor), ['ville-de-niort']);
      assert.deepEqual(visitor.facets.type, [{ value: 'member', count: 1 }]);
      assert.deepEqual(sorted(slugs(await run('mutuelles', { viewer: { role: 'admin' } }))), ['mutuelles-niort', 'ville-de-niort']);
    } finally {
      await db.updateTable('search_documents').set({ visibility: 'public' }).where('slug', '=', 'mutuelles-niort').execute();
    }
  });
});

/**
 * Queries whose first ten results must come in the same order on both databases, with the same totals and
 * facets. Both match on the same folded words and JavaScript stems (PostgreSQL through tsv_folded and
 * tsv_stems), and PostgreSQL computes FTS5's bm25.
 */
const PARITY_QUERIES = [
  'monnaie locale',
  'monnaies locales',
  '"monnaie locale"',
  'tiers-lieux',
  'tiers lieux',
  'commande publique responsable',
  'Grenoble',
  'Grenob',
  'Poitiers',
  'Nouvelle-Aquitaine',
  'Ateliers du Clain',
  '"Ateliers du Clain"',
  'economie',
  'économie sociale',
  '"économie sociale et solidaire"',
  'coopératives',
  'coopérat',
  'associatif',
  'économie circulaire',
  '"économie circulaire"',
  'monnaie locale -Grenoble',
  'coopérative -grenoble -nantes',
  'ressourcerie',
  'épicerie solidaire',
  'insertion',
  'achats responsables',
  'mutuelles',
  'emploi des jeunes',
  'économie de',
  'collectivités',
  '"collectivités"',
  'collectivités locales',
  'Greoble',
];

describe('search parity between SQLite and PostgreSQL', () => {
  const skip = dialects().find((d) => d.name === 'postgres')!.skip;
  let sqlite: Database | undefined;
  let postgres: Database | undefined;
  before(async () => {
    if (skip) return;
    [sqlite, postgres] = await Promise.all([createTestDatabase('sqlite'), createTestDatabase('postgres')]);
    await loadCorpus(sqlite.db);
    await loadCorpus(postgres.db);
  });
  after(async () => {
    await Promise.all([sqlite?.close(), postgres?.close()]);
  });

  test('the same queries give the same first ten results in the same order, with the same totals and facets', { skip }, async () => {
    for (const q of PARITY_QUERIES) {
      const [a, b] = await Promise.all([find(sqlite!, q, { pageSize: 10 }), find(postgres!, q, { pageSize: 10 })]);
      assert.deepEqual(
        b.results.map((r) => [r.docType, r.docId]),
        a.results.map((r) => [r.docType, r.docId]),
        q,
      );
      assert.deepEqual([b.total, b.facets, b.suggestion], [a.total, a.facets, a.suggestion], q);
    }
  });
});
