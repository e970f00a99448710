/**
 * The theme facet on both databases: news and resources carry their themes, members those of
 * their published news and resources; counts and filters combine with the query and never reveal
 * a link that comes from content the viewer may not see; the index follows every write of links,
 * status and visibility; the page and the API name and filter by theme.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../../test/app.ts';
import { describeEachDatabase } from '../../../test/databases.ts';
import { createTestMember, createTestNews } from '../../../test/factories.ts';
import { createResource, updateResource, type ResourceInput } from '../resources/resources.public.ts';
import { MATCH_CAP } from './engine/search.bounded.ts';
import { indexNews, rebuildSearchIndex } from './search.index.ts';
import type { Viewer } from './search.policy.ts';
import { search, type SearchRequest } from './search.service.ts';

const RESOURCE = {
  type: 'guide',
  bodyHtml: '<p>Une coopérative pionnière.</p>',
  publishedAt: '2026-01-10',
  memberSlugs: ['ville-de-quimper'],
};
const STAFF_NOTE: ResourceInput = {
  ...RESOURCE,
  slug: 'cr-mobilites',
  title: 'Compte rendu mobilités',
  summary: 'Interne.',
  visibility: 'staff',
  themeSlugs: ['mobilites'],
  memberSlugs: ['ville-de-quimper'],
};

describeEachDatabase('search by theme', (getDb) => {
  let app: FastifyInstance;
  let staffNoteId: number;
  const find = (viewer: Viewer, options: Partial<SearchRequest> = {}) =>
    search(getDb(), { q: 'coopérative', page: 1, pageSize: 10, viewer, ...options });
  const themeFacet = async (viewer: Viewer, options: Partial<SearchRequest> = {}) => (await find(viewer, options)).facets.theme;

  before(async () => {
    const { db } = getDb();
    await createTestMember(db, {
      slug: 'ville-de-quimper',
      name: 'Ville de Quimper',
      territory: { kind: 'commune', code: '29232' },
      sections: [{ kind: 'panorama', html: '<p>Une coopérative de territoire.</p>' }],
    });
    await createResource(db, {
      ...RESOURCE,
      slug: 'guide-tiers-lieux',
      title: 'Guide des tiers-lieux',
      summary: 'Ouvert.',
      visibility: 'public',
      themeSlugs: ['tiers-lieux'],
    });
    await createResource(db, {
      ...RESOURCE,
      slug: 'note-alimentation',
      title: 'Note alimentation',
      summary: 'Réservée.',
      visibility: 'members',
      themeSlugs: ['alimentation'],
    });
    staffNoteId = await createResource(db, STAFF_NOTE);
    const news = await createTestNews(db, {
      slug: 'festival-quimper',
      title: 'Festival coopératif',
      bodyHtml: '<p>Une coopérative culturelle.</p>',
      memberSlugs: ['ville-de-quimper'],
    });
    // What publishing a news item does (news.editing.ts): links replaced, then the item indexed, in one transaction.
    await db.transaction().execute(async (trx) => {
      const culture = await trx.selectFrom('themes').select('id').where('slug', '=', 'culture').executeTakeFirstOrThrow();
      await trx.insertInto('news_themes').values({ news_id: news.id, theme_id: culture.id }).execute();
      await indexNews(trx, news.id);
    });
    app = await buildTestApp(getDb());
  });
  after(async () => app.close());

  test('each viewer counts the themes of what they may see: a member’s theme from staff-only content stays hidden', async () => {
    // Equal counts in the themes' own order.
    assert.deepEqual(await themeFacet({ role: 'visitor' }), [
      { value: 'tiers-lieux', count: 2 },
      { value: 'culture', count: 2 },
    ]);
    assert.deepEqual(await themeFacet({ role: 'reader' }), [
      { value: 'alimentation', count: 2 },
      { value: 'tiers-lieux', count: 2 },
      { value: 'culture', count: 2 },
    ]);
    assert.deepEqual(await themeFacet({ role: 'admin' }), [
      { value: 'alimentation', count: 2 },
      { value: 'tiers-lieux', count: 2 },
      { value: 'mobilites', count: 2 },
      { value: 'culture', count: 2 },
    ]);
  });

  test('a theme filter combines with the query and the other facets, and finds nothing through a hidden link', async () => {
    const culture = await find({ role: 'visitor' }, { themeSlug: 'culture' });
    assert.deepEqual(culture.results.map((r) => r.slug).sort(), ['festival-quimper', 'ville-de-quimper']);
    assert.deepEqual(culture.facets.type, [
      { value: 'member', count: 1 },
      { value: 'news', count: 1 },
    ]);
    assert.equal(culture.facets.theme.length, 2, 'its own facet still lists every value');
    const members = await find({ role: 'visitor' }, { themeSlug: 'culture', types: ['member'] });
    assert.deepEqual(
      members.results.map((r) => r.slug),
      ['ville-de-quimper'],
    );
    const hidden = await find({ role: 'visitor' }, { themeSlug: 'mobilites' });
    assert.equal(hidden.total, 0);
    assert.deepEqual(hidden.results, []);
    assert.equal((await find({ role: 'reader' }, { themeSlug: 'mobilites' })).total, 0);
    assert.deepEqual((await find({ role: 'admin' }, { themeSlug: 'mobilites' })).results.map((r) => r.slug).sort(), [
      'cr-mobilites',
      'ville-de-quimper',
    ]);
    assert.equal((await find({ role: 'admin' }, { themeSlug: 'inconnue' })).total, 0);
  });

  test('the index follows changes of visibility, themes and member links, in the writing transaction', async () => {
    const { db } = getDb();
    await db.transaction().execute((trx) => updateResource(trx, staffNoteId, { ...STAFF_NOTE, visibility: 'public' }));
    assert.deepEqual(
      (await themeFacet({ role: 'visitor' })).find((f) => f.value === 'mobilites'),
      { value: 'mobilites', count: 2 },
    );
    await updateResource(db, staffNoteId, { ...STAFF_NOTE, visibility: 'public', themeSlugs: ['habitat'] });
    const changed = await themeFacet({ role: 'admin' });
    assert.equal(
      changed.find((f) => f.value === 'mobilites'),
      undefined,
    );
    assert.deepEqual(
      changed.find((f) => f.value === 'habitat'),
      { value: 'habitat', count: 2 },
    );
    await updateResource(db, staffNoteId, { ...STAFF_NOTE, visibility: 'public', themeSlugs: ['habitat'], memberSlugs: [] });
    assert.deepEqual(
      (await themeFacet({ role: 'admin' })).find((f) => f.value === 'habitat'),
      { value: 'habitat', count: 1 },
    );
    await updateResource(db, staffNoteId, { ...STAFF_NOTE, status: 'draft' });
    assert.equal(
      (await themeFacet({ role: 'admin' })).find((f) => f.value === 'habitat' || f.value === 'mobilites'),
      undefined,
    );
    const before = await themeFacet({ role: 'admin' });
    await rebuildSearchIndex(db);
    assert.deepEqual(await themeFacet({ role: 'admin' }), before, 'a rebuild gives the same themes');
  });

  test('the page names the themes and filters by slug; the API gives the facet and takes the filter', async () => {
    const page = await app.inject('/recherche?q=coop%C3%A9rative');
    assert.match(page.body, /<h3>Thématique<\/h3>/);
    assert.match(page.body, /href="\/recherche\?q=coop%C3%A9rative&amp;theme=tiers-lieux">Tiers-lieux <span class="count">\(2\)<\/span>/);
    assert.doesNotMatch(page.body, /Alimentation/);
    const filtered = await app.inject('/recherche?q=coop%C3%A9rative&theme=culture');
    assert.match(filtered.body, /2\u00a0résultats pour « coopérative »/);
    assert.match(filtered.body, /aria-current="true">Culture/);
    const api = (await app.inject('/api/v1/search?q=cooperative&theme=culture')).json();
    assert.equal(api.meta.total, 2);
    assert.deepEqual(api.facets.theme, [
      { value: 'tiers-lieux', count: 2 },
      { value: 'culture', count: 2 },
    ]);
    assert.deepEqual(api.approximate, { total: false, facets: false, sample_size: MATCH_CAP, examined: null });
    assert.equal((await app.inject('/api/v1/search?q=cooperative&theme=Pas%20un%20slug')).statusCode, 400);
  });
});
