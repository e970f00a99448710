/** Scheduled content reaches search when its date comes, on both databases: news and resources alike, each once. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachDatabase } from '../../../test/databases.ts';
import { createTestNews } from '../../../test/factories.ts';
import { createResource } from '../resources/resources.public.ts';
import { indexDueContent } from './search.due.ts';

describeEachDatabase('scheduled content and the search index', (getDb) => {
  test('a news item and a resource dated in the future are indexed by the job once their date has come', async () => {
    const { db } = getDb();
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const news = await createTestNews(db, { title: 'Rencontre programmée', publishedAt: future });
    const resource = await createResource(db, {
      title: 'Guide programmé',
      type: 'guide',
      summary: 'À paraître.',
      bodyHtml: '<p>Texte.</p>',
      visibility: 'members',
      publishedAt: future,
    });
    const indexed = async () =>
      (
        await db
          .selectFrom('search_documents')
          .select(['doc_type', 'doc_id'])
          .where('title', 'in', ['Rencontre programmée', 'Guide programmé'])
          .orderBy('doc_type')
          .execute()
      ).map((d) => `${d.doc_type}:${d.doc_id}`);
    assert.deepEqual(await indexed(), [], 'nothing is searchable before its date');
    assert.deepEqual(await indexDueContent(db), { news: [], resources: [] });

    // Time passes: the date comes.
    const past = new Date(Date.now() - 60_000).toISOString();
    await db.updateTable('news').set({ published_at: past }).where('id', '=', news.id).execute();
    await db.updateTable('resources').set({ published_at: past }).where('id', '=', resource).execute();
    assert.deepEqual(await indexDueContent(db), { news: [news.id], resources: [resource] });
    assert.deepEqual(await indexed(), [`news:${news.id}`, `resource:${resource}`]);
    assert.deepEqual(await indexDueContent(db), { news: [], resources: [] }, 'indexed once');
    // Two instances at the same minute: both finish without error, and the item is in the index once.
    const later = await createTestNews(db, { title: 'Deuxième rencontre programmée', publishedAt: future });
    await db.updateTable('news').set({ published_at: past }).where('id', '=', later.id).execute();
    const both = await Promise.all([indexDueContent(db), indexDueContent(db)]);
    assert.deepEqual([...new Set(both.flatMap((b) => b.news))], [later.id], 'one or both may report it: indexing again is harmless');
    assert.equal(
      (await db.selectFrom('search_documents').select('id').where('doc_type', '=', 'news').where('doc_id', '=', later.id).execute()).length,
      1,
    );
    const visibility = await db
      .selectFrom('search_documents')
      .select('visibility')
      .where('doc_type', '=', 'resource')
      .where('doc_id', '=', resource)
      .executeTakeFirstOrThrow();
    assert.equal(visibility.visibility, 'members', 'with its visibility');
  });
});
