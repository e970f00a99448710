/**
 * The caches of search follow the index exactly: the version moves with every insert, update and
 * delete of `search_documents` (a trigger, in the writing transaction), and counts kept for a
 * common word change as soon as a document does, on SQLite and PostgreSQL.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { describeEachDatabase } from '../../../test/databases.ts';
import { bumpContentVersion } from '../../db/meta.repository.ts';
import { MATCH_CAP } from './engine/search.bounded.ts';
import { searchVersion, VersionedCache } from './search.cache.ts';
import { search } from './search.service.ts';
import type { NewSearchDocument } from './search.table.ts';
import { stemsOf } from './engine/search.text.ts';

describe('VersionedCache', () => {
  test('serves an entry for its version only, and never lets an older version evict a newer one', () => {
    const cache = new VersionedCache<number>(2);
    cache.set('1', 'a', 1);
    assert.equal(cache.get('1', 'a'), 1);
    assert.equal(cache.get('2', 'a'), undefined);
    cache.set('2', 'b', 2);
    assert.equal(cache.get('1', 'a'), undefined);
    cache.set('1', 'a', 1); // a slow request that read version 1
    assert.equal(cache.get('2', 'b'), 2);
    assert.equal(cache.get('1', 'a'), undefined);
    cache.set(undefined, 'c', 3);
    assert.equal(cache.get(undefined, 'c'), undefined);
  });

  test('drops the least recently used entry', () => {
    const cache = new VersionedCache<number>(2);
    cache.set('1', 'a', 1);
    cache.set('1', 'b', 2);
    cache.get('1', 'a');
    cache.set('1', 'c', 3);
    assert.deepEqual(
      ['a', 'b', 'c'].map((k) => cache.get('1', k)),
      [1, undefined, 3],
    );
  });
});

const COMMON = MATCH_CAP - 100; // a common word, its total still exact

function doc(i: number): NewSearchDocument {
  const title = `Chantier ${i}`;
  const body = `Le chantier participatif numéro ${i} de la ressourcerie.`;
  return {
    doc_type: 'news',
    doc_id: i,
    slug: `chantier-${i}`,
    title,
    body,
    title_stems: stemsOf(title),
    body_stems: stemsOf(body),
    member_kind: i % 2 ? 'commune' : 'region',
    region_code: '75',
    year: 2020 + (i % 3),
    date: `${2020 + (i % 3)}-03-01T00:00:00.000Z`,
    visibility: 'public',
  };
}

describeEachDatabase('search caches follow the index', (getDb) => {
  const visitor = (q: string) => search(getDb(), { q, page: 1, pageSize: 10, viewer: { role: 'visitor' } });

  before(async () => {
    const rows = Array.from({ length: COMMON }, (_, i) => doc(i + 1));
    for (let i = 0; i < rows.length; i += 100)
      await getDb()
        .db.insertInto('search_documents')
        .values(rows.slice(i, i + 100))
        .execute();
  });

  test('the version moves with every insert, update and delete, within the writing transaction', async () => {
    const { db } = getDb();
    const versions = [await searchVersion(db)];
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('search_documents').values(doc(10_000)).execute();
      versions.push(await searchVersion(trx));
      await trx.updateTable('search_documents').set({ title: 'Chantier dix mille' }).where('doc_id', '=', 10_000).execute();
      versions.push(await searchVersion(trx));
      await trx.deleteFrom('search_documents').where('doc_id', '=', 10_000).execute();
      versions.push(await searchVersion(trx));
    });
    assert.ok(versions.every((v) => v !== undefined));
    assert.equal(new Set(versions).size, 4, versions.join(', '));
  });

  test('counts kept for a common word change as soon as a document is hidden, removed or added', async () => {
    const { db } = getDb();
    const first = await visitor('chantier');
    assert.equal(first.total, COMMON);
    assert.equal((await visitor('CHANTIER')).total, COMMON); // the same words: served from the cache
    await db.updateTable('search_documents').set({ visibility: 'staff' }).where('doc_id', '=', 1).execute();
    const hidden = await visitor('chantier');
    assert.equal(hidden.total, COMMON - 1);
    assert.deepEqual(hidden.facets.member_kind, [
      { value: 'region', count: COMMON / 2 },
      { value: 'commune', count: COMMON / 2 - 1 },
    ]);
    await db.deleteFrom('search_documents').where('doc_id', '=', 2).execute();
    assert.equal((await visitor('chantier')).total, COMMON - 2);
    await db
      .insertInto('search_documents')
      .values(doc(COMMON + 1))
      .execute();
    assert.equal((await visitor('chantier')).total, COMMON - 1);
    const admin = await search(getDb(), { q: 'chantier', page: 1, pageSize: 10, viewer: { role: 'admin' } });
    assert.equal(admin.total, COMMON);
  });
});

describeEachDatabase('search results are cached per request and visibility, until the index or the content changes', (getDb) => {
  const ask = (role: 'visitor' | 'admin', q = 'ressourcerie') => search(getDb(), { q, page: 1, pageSize: 10, viewer: { role } });

  before(async () => {
    await getDb()
      .db.insertInto('search_documents')
      .values([doc(1), { ...doc(2), visibility: 'staff' }])
      .execute();
  });

  test('a repeated search is answered from the cache; each visibility has its own results', async () => {
    const first = await ask('visitor');
    assert.equal(first.total, 1);
    assert.equal(await ask('visitor'), first, 'the same response, not searched again');
    const admin = await ask('admin');
    assert.equal(admin.total, 2);
    assert.equal(await ask('admin'), admin);
    assert.notEqual(await ask('visitor', 'chantier'), first);
  });

  test('a change of the index or of the published content is seen at once', async () => {
    const { db } = getDb();
    const before = await ask('visitor');
    await db.insertInto('search_documents').values(doc(3)).execute();
    const afterIndex = await ask('visitor');
    assert.equal(afterIndex.total, before.total + 1);
    await bumpContentVersion(db);
    const afterContent = await ask('visitor');
    assert.notEqual(afterContent, afterIndex, 'searched again after a content change');
    assert.equal(afterContent.total, afterIndex.total);
  });
});
