/**
 * The word being typed, on both databases: up to COMPLETE_UP_TO characters it always matches as a
 * prefix; a longer one is taken as written (or by its stem) when that finds something, and is
 * completed only when it finds nothing. And function words ("de", "la"), which SQLite checks apart
 * (search.engine.sqlite.ts), are required like any other word.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachDatabase } from '../../../test/databases.ts';
import { COMPLETE_UP_TO, search } from './search.service.ts';
import type { NewSearchDocument } from './search.table.ts';
import { stemsOf } from './engine/search.text.ts';

const TITLES = ['Communauté de communes du Bocage', 'Un projet communautaire', 'Plan de communication', 'Communication locale'];

function doc(i: number): NewSearchDocument {
  const title = TITLES[i]!;
  const body = 'Une actualité réseau.';
  return {
    doc_type: 'news',
    doc_id: i + 1,
    slug: `doc-${i + 1}`,
    title,
    body,
    title_stems: stemsOf(title),
    body_stems: stemsOf(body),
    member_kind: null,
    region_code: null,
    year: 2025,
    date: '2025-03-01T00:00:00.000Z',
    visibility: 'public',
  };
}

describeEachDatabase('the word being typed, function words', (getDb) => {
  before(async () => {
    await getDb()
      .db.insertInto('search_documents')
      .values(TITLES.map((_, i) => doc(i)))
      .execute();
  });

  /** The titles found; the total and the facets count them alike (matching and ranking agree). */
  const titles = async (q: string) => {
    const response = await search(getDb(), { q, page: 1, pageSize: 10, viewer: { role: 'visitor' } });
    assert.equal(response.total, response.results.length, `total of ${q}`);
    assert.equal(
      response.facets.type.reduce((sum, f) => sum + f.count, 0),
      response.results.length,
      `facets of ${q}`,
    );
    return response.results.map((r) => r.title).sort();
  };

  test(`up to ${COMPLETE_UP_TO} characters, it completes`, async () => {
    assert.deepEqual(await titles('commu'), [...TITLES].sort());
    assert.deepEqual(await titles('commun'), [...TITLES].sort());
    assert.deepEqual(await titles('locale commu'), ['Communication locale']);
  });

  test('longer, a word that finds something is taken as written', async () => {
    assert.deepEqual(await titles('Communauté'), ['Communauté de communes du Bocage']);
    assert.deepEqual(await titles('bocage communauté'), ['Communauté de communes du Bocage']);
  });

  test('longer, a word that finds nothing as written is completed', async () => {
    // "communautai" is "communaut" by its stem, as "Communauté": with "projet", that finds nothing.
    assert.deepEqual(await titles('communautai'), ['Communauté de communes du Bocage']);
    assert.deepEqual(await titles('projet communautai'), ['Un projet communautaire']);
    assert.deepEqual(await titles('communicat'), ['Communication locale', 'Plan de communication']);
    assert.deepEqual(await titles('"communicat"'), []); // quoted: a whole word
  });

  test('function words are required like any other word', async () => {
    assert.deepEqual(await titles('de plan'), ['Plan de communication']);
    assert.deepEqual(await titles('de locale'), []);
    assert.deepEqual(await titles('communication de la'), []);
    assert.deepEqual(await titles('du Bocage'), ['Communauté de communes du Bocage']);
    assert.deepEqual(await titles('le réseau'), []);
    // Alone, they are looked for as usual.
    assert.deepEqual(await titles('"de" "du"'), ['Communauté de communes du Bocage']);
  });
});
