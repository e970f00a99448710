/**
 * Members-only and staff-only documents never reach those who may not see them: not in
 * results, counts, facets, snippets or suggestions. Until resources exist, such documents are
 * written straight into the index, which is what every feature's indexer does.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachDatabase } from '../../../test/databases.ts';
import type { Viewer } from './search.policy.ts';
import { search } from './search.service.ts';
import type { Visibility } from './search.table.ts';
import { stemsOf } from './engine/search.text.ts';

const DOCS: { id: number; title: string; body: string; visibility: Visibility }[] = [
  { id: 1, title: 'Guide public des coopératives', body: 'Un guide ouvert à tous sur les coopératives.', visibility: 'public' },
  {
    id: 2,
    title: 'Note juridique réservée : coopératives et marchés',
    body: 'Analyse confidentielle Zorglub des coopératives.',
    visibility: 'members',
  },
  {
    id: 3,
    title: 'Compte rendu interne des coopératives',
    body: 'Document du personnel Quetzalcoatl sur les coopératives.',
    visibility: 'staff',
  },
];

const VIEWERS: { viewer: Viewer; sees: number[] }[] = [
  { viewer: { role: 'visitor' }, sees: [1] },
  { viewer: { role: 'reader' }, sees: [1, 2] },
  { viewer: { role: 'editor' }, sees: [1, 2] },
  { viewer: { role: 'admin' }, sees: [1, 2, 3] },
];

describeEachDatabase('search visibility', (getDb) => {
  before(async () => {
    for (const d of DOCS) {
      await getDb()
        .db.insertInto('search_documents')
        .values({
          doc_type: 'resource',
          doc_id: d.id,
          slug: `ressource-${d.id}`,
          title: d.title,
          body: d.body,
          title_stems: stemsOf(d.title),
          body_stems: stemsOf(d.body),
          member_kind: null,
          region_code: null,
          year: 2025 + (d.id - 1),
          date: `${2025 + (d.id - 1)}-01-01T00:00:00.000Z`,
          visibility: d.visibility,
        })
        .execute();
    }
  });

  for (const { viewer, sees } of VIEWERS) {
    test(`a ${viewer.role} finds only what they may see, in results, counts and facets`, async () => {
      const response = await search(getDb(), { q: 'coopératives', page: 1, pageSize: 10, viewer });
      assert.deepEqual(response.results.map((r) => r.docId).sort(), sees);
      assert.equal(response.total, sees.length);
      assert.deepEqual(response.facets.type, [{ value: 'resource', count: sees.length }]);
      assert.deepEqual(
        response.facets.year.map((y) => y.value).sort(),
        sees.map((id) => String(2025 + id - 1)),
      );
      const hidden = DOCS.filter((d) => !sees.includes(d.id));
      for (const d of hidden) {
        assert.ok(!response.results.some((r) => r.snippetHtml.includes(d.body.split(' ')[2]!)), 'no snippet of a hidden document');
      }
    });
  }

  test('words found only in hidden documents give visitors nothing, not even a hint', async () => {
    for (const q of ['Zorglub', 'Quetzalcoatl', 'confidentielle']) {
      const response = await search(getDb(), { q, page: 1, pageSize: 10, viewer: { role: 'visitor' } });
      assert.equal(response.total, 0, q);
      assert.deepEqual(response.facets, { type: [], member_kind: [], region: [], year: [], theme: [] });
      assert.equal(response.suggestion, null);
    }
    const admin = await search(getDb(), { q: 'Quetzalcoatl', page: 1, pageSize: 10, viewer: { role: 'admin' } });
    assert.equal(admin.total, 1);
  });
});
