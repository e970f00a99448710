/**
 * Search knows territories: a query that names a place exactly (a name, an official code, a
 * postcode) shows it first as a card, and a well-known place name is matched as written, never
 * stemmed into a verb ("Vienne" does not find "viennent").
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../../test/app.ts';
import { describeEachDatabase } from '../../../test/databases.ts';
import { createTestMember, createTestNews } from '../../../test/factories.ts';
import { rebuildSearchIndex } from './search.index.ts';

describeEachDatabase('search and places', (getDb) => {
  let app: FastifyInstance;
  before(async () => {
    const { db } = getDb();
    await createTestMember(db, { slug: 'grand-poitiers', name: 'Grand Poitiers' });
    await createTestNews(db, {
      slug: 'vienne-tiers-lieux',
      title: 'Les tiers-lieux de la Vienne se fédèrent',
      publishedAt: '2025-03-01',
      memberSlugs: ['grand-poitiers'],
    });
    await createTestNews(db, {
      slug: 'cooperatives-viennent',
      title: 'Les coopératives viennent en aide aux associations',
      publishedAt: '2025-03-02',
      memberSlugs: ['grand-poitiers'],
    });
    await rebuildSearchIndex(db);
    app = await buildTestApp(getDb());
  });
  after(async () => app.close());

  const text = async (url: string) => (await app.inject(url)).body;

  test('a place name is matched as written: "Vienne" finds the Vienne, not "viennent"', async () => {
    const html = await text('/recherche?q=Vienne');
    assert.ok(html.includes('/actualites/vienne-tiers-lieux'));
    assert.ok(!html.includes('/actualites/cooperatives-viennent'), 'not stemmed into a verb, nor read as a prefix');
    // An ordinary word still matches by its stem.
    assert.ok((await text('/recherche?q=cooperative')).includes('/actualites/cooperatives-viennent'));
  });

  test('a query naming a territory shows it first as a card: names, département numbers, INSEE codes, postcodes', async () => {
    const haute = await text('/recherche?q=Haute-Vienne');
    assert.match(
      haute,
      /<li class="place-card"><strong>Haute-Vienne<\/strong> — département 87 — <a href="\/territoires\/departement-87">voir le territoire<\/a><\/li>/,
    );
    assert.match(await text('/recherche?q=86'), /<strong>Vienne<\/strong> — département 86 — <a href="\/territoires\/departement-86">/);
    assert.match(await text('/recherche?q=87085'), /<strong>Limoges<\/strong> — commune, Haute-Vienne \(87\) — /);
    assert.match(await text('/recherche?q=87000'), /<strong>Limoges<\/strong> — commune, Haute-Vienne \(87\), code postal 87000 — /);
    assert.match(await text('/recherche?q=200069854'), /<strong>CU du Grand Poitiers<\/strong> — communauté urbaine, Vienne \(86\) — /);
    assert.doesNotMatch(await text('/recherche?q=cooperative'), /place-card/);
  });
});
