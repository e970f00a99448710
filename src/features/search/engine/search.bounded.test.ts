/**
 * Bounded search on both databases: beyond MATCH_CAP matches the total is a lower bound, facets
 * cover the most recent matches, and the page says so; a filter applies before the bound; hidden
 * documents count nowhere. The approximate ranking weighs titles and recency like the engines.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../../../test/app.ts';
import { describeEachDatabase } from '../../../../test/databases.ts';
import { formatNumber } from '../../../web/format.ts';
import { EXAMINE_CAP, MATCH_CAP, rankCandidates, walkWithin } from './search.bounded.ts';
import { parseQuery } from './search.query.ts';
import { search, searchEngineFor } from '../search.service.ts';
import type { NewSearchDocument, Visibility } from '../search.table.ts';
import { stemsOf } from './search.text.ts';

const PUBLIC = MATCH_CAP + 100;
const HIDDEN = 50;

function doc(i: number, visibility: Visibility): NewSearchDocument {
  const title = `Chantier ${i}`;
  const body = `Le chantier d’insertion numéro ${i}.`;
  const year = i <= 40 ? 2015 : 2025; // the oldest 40 are the only ones of 2015
  return {
    doc_type: 'news',
    doc_id: i,
    slug: `chantier-${i}`,
    title,
    body,
    title_stems: stemsOf(title),
    body_stems: stemsOf(body),
    member_kind: null,
    region_code: null,
    year,
    date: `${year}-03-01T00:00:00.000Z`,
    visibility,
  };
}

describe('approximate ranking', () => {
  test('a title match ranks first, then the more recent of equals', () => {
    const query = parseQuery('insertion ');
    const rows = [1, 2, 3].map((id) => ({
      id,
      type: 'news',
      memberKind: null,
      region: null,
      year: null,
      themes: '',
      date: id === 3 ? '2026-01-01' : '2016-01-01',
    }));
    const stems = new Map([
      [1, { title: 'chanti', body: 'insert' }],
      [2, { title: 'insert', body: 'chanti' }],
      [3, { title: 'chanti', body: 'insert' }],
    ]);
    assert.deepEqual(rankCandidates(query, rows, stems, Date.parse('2026-06-01')), [2, 3, 1]);
  });
});

describeEachDatabase('bounded search', (getDb) => {
  let app: FastifyInstance;
  before(async () => {
    const rows = [
      ...Array.from({ length: PUBLIC }, (_, i) => doc(i + 1, 'public')),
      ...Array.from({ length: HIDDEN }, (_, i) => doc(PUBLIC + i + 1, 'staff')),
    ];
    for (let i = 0; i < rows.length; i += 100)
      await getDb()
        .db.insertInto('search_documents')
        .values(rows.slice(i, i + 100))
        .execute();
    app = await buildTestApp(getDb());
  });
  after(async () => app.close());

  test('beyond the bound, the total is a lower bound and the facets cover the most recent matches, hidden ones never', async () => {
    const response = await search(getDb(), { q: 'chantier', page: 1, pageSize: 10, viewer: { role: 'visitor' } });
    assert.deepEqual(response.approximate, { total: true, facets: true });
    assert.equal(response.total, MATCH_CAP);
    assert.equal(response.results.length, 10);
    assert.ok(
      response.results.every((r) => r.docId <= PUBLIC),
      'no staff-only document',
    );
    // The most recent MATCH_CAP public matches: none of the 40 oldest, of 2015.
    assert.deepEqual(response.facets.year, [{ value: '2025', count: MATCH_CAP }]);
    const last = await search(getDb(), { q: 'chantier', page: MATCH_CAP / 10, pageSize: 10, viewer: { role: 'visitor' } });
    assert.equal(last.results.length, 10);
    assert.deepEqual(
      (await search(getDb(), { q: 'chantier', page: MATCH_CAP / 10 + 1, pageSize: 10, viewer: { role: 'visitor' } })).results,
      [],
    );
  });

  test('a filter applies before the bound: a narrow one is counted and ranked exactly', async () => {
    const old = await search(getDb(), { q: 'chantier', year: 2015, page: 1, pageSize: 50, viewer: { role: 'visitor' } });
    assert.deepEqual(old.approximate, { total: false, facets: true });
    assert.equal(old.total, 40);
    assert.equal(old.results.length, 40);
    const admin = await search(getDb(), { q: 'chantier', year: 2015, page: 1, pageSize: 10, viewer: { role: 'admin' } });
    assert.equal(admin.total, 40);
  });

  test('a filtered walk examines the most recent matches the viewer may see, and says when it was cut short', async () => {
    const { db, helpers } = getDb();
    const engine = searchEngineFor(helpers);
    const query = parseQuery('chantier ');
    const old = { types: [], year: 2015, visibilities: ['public' as const] };
    // The 50 newest documents are staff-only: they take no place among the examined ones.
    const within = (examine: number) => walkWithin(db, engine, query, old, MATCH_CAP + 1, examine);
    const newest = (await within(100)).recent;
    assert.ok(
      newest.every((r) => r.id <= PUBLIC),
      'no staff-only document',
    );
    assert.deepEqual(
      newest.map((r) => r.id),
      Array.from({ length: 101 }, (_, i) => PUBLIC - i),
      'the 100 + 1 most recent, newest first',
    );
    const all = await within(PUBLIC);
    assert.equal(all.rows.length, 40);
    assert.equal(all.cut, false);
    const recent = await within(PUBLIC - 39);
    assert.deepEqual(
      recent.rows.map((r) => r.id),
      [40],
    );
    assert.equal(recent.cut, true);
    const none = await within(100);
    assert.deepEqual({ rows: none.rows, cut: none.cut }, { rows: [], cut: true });
  });

  test('the page and the API say that the counts are approximate', async () => {
    const page = await app.inject('/recherche?q=chantier');
    const cap = formatNumber(MATCH_CAP); // "500"; "1\u00a0000" for 1,000
    assert.ok(page.body.includes(`Plus de ${cap}\u00a0résultats pour « chantier »`));
    assert.ok(page.body.includes(`Nombres approximatifs : comptés parmi les ${cap} résultats les plus récents.`));
    assert.ok(page.body.includes(`Recherche très large : les résultats sont classés parmi les ${cap} plus récents qui correspondent.`));
    const api = (await app.inject('/api/v1/search?q=chantier')).json();
    assert.equal(api.meta.total, MATCH_CAP);
    assert.deepEqual(api.approximate, { total: true, facets: true, sample_size: MATCH_CAP, examined: null });
  });
});

describeEachDatabase('a narrow filter over a very common word', (getDb) => {
  let app: FastifyInstance;
  const COUNT = EXAMINE_CAP + 100;
  before(async () => {
    // Only the 40 oldest are of 2015: beyond the EXAMINE_CAP most recent matches.
    const rows = Array.from({ length: COUNT }, (_, i) => doc(i + 1, 'public'));
    for (let i = 0; i < rows.length; i += 100)
      await getDb()
        .db.insertInto('search_documents')
        .values(rows.slice(i, i + 100))
        .execute();
    app = await buildTestApp(getDb());
  });
  after(async () => app.close());

  test('the filter is tested on the EXAMINE_CAP most recent matches, and the page and the API say so', async () => {
    const response = await search(getDb(), { q: 'chantier', year: 2015, page: 1, pageSize: 10, viewer: { role: 'visitor' } });
    assert.equal(response.total, 0);
    assert.equal(response.examined, EXAMINE_CAP);
    assert.deepEqual(response.approximate, { total: true, facets: true });
    assert.equal(response.suggestion, null);
    const page = await app.inject('/recherche?q=chantier&annee=2015');
    assert.match(page.body, /Aucun résultat avec ces filtres parmi les 2\u00a0000\u00a0résultats les plus récents pour « chantier »/);
    assert.match(page.body, /les filtres ont été appliqués aux 2\u00a0000 résultats les plus récents seulement/);
    const api = (await app.inject('/api/v1/search?q=chantier&year=2015')).json();
    assert.equal(api.meta.total, 0);
    assert.deepEqual(api.approximate, { total: true, facets: true, sample_size: MATCH_CAP, examined: EXAMINE_CAP });
  });
});
