/**
 * Publishing news from the back office, on both databases: what a publication does to the page
 * cache, taking an item offline and back, admins' direct and scheduled publication, links to
 * several members kept through an editor's edit, and the admin list's pages.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachDatabase } from '../../../../test/databases.ts';
import { createTestNews } from '../../../../test/factories.ts';
import { indexDueContent } from '../../search/search.public.ts';
import { newsAuthoring } from './news.admin-testing.ts';

describeEachDatabase('news publication in the back office', (getDb) => {
  const t = newsAuthoring(getDb);
  const { get, postForm, postNews, news, idOf, slug, base } = t;

  test('saving a draft leaves this instance’s cached pages; a publication empties them at once', async () => {
    assert.equal((await get('/actualites')).statusCode, 200);
    assert.ok(t.app.pageCache.get('/actualites'), 'the list is cached');
    const created = await postNews(`${base}/nouvelle`, t.editor, news({ title: 'Brouillon sans effet sur le site' }));
    assert.equal(created.statusCode, 303);
    const id = idOf(created.headers.location);
    await postNews(`${base}/${id}`, t.editor, news({ title: 'Brouillon retouché', action: 'submit' }));
    assert.ok(t.app.pageCache.get('/actualites'), 'a draft and a submission change no public page');
    const decided = await postForm(`/admin/actualites/${id}/moderation`, t.admin, { decision: 'approve' });
    assert.equal(decided.statusCode, 303);
    assert.equal(t.app.pageCache.get('/actualites'), undefined, 'published: the cached list is gone before the answer');
    assert.match((await get('/actualites')).body, /Brouillon retouché/);
  });

  test('a published item is taken offline by its member’s editor, everywhere at once, and comes back when submitted again', async () => {
    const created = await postNews(
      `${base}/nouvelle`,
      t.editor,
      news({ title: 'Marché de producteurs retiré', summary: 'Un marché.', action: 'submit' }),
    );
    const id = idOf(created.headers.location);
    await postForm(`/admin/actualites/${id}/moderation`, t.admin, { decision: 'approve' });
    const slugOf = async () => (await getDb().db.selectFrom('news').select('slug').where('id', '=', id).executeTakeFirstOrThrow()).slug;
    const publicUrl = `/actualites/${await slugOf()}`;
    assert.equal((await get(publicUrl)).statusCode, 200);
    assert.match((await get(`${base}/${id}`, t.editor)).body, /Retirer de la publication/);

    assert.equal(
      (await postForm(`/admin/adherents/autre-ville/actualites/${id}/depublier`, t.otherEditor, {})).statusCode,
      404,
      'not an item of the other member',
    );
    assert.equal((await postForm(`${base}/${id}/depublier`, t.otherEditor, {})).statusCode, 403);
    const res = await postForm(`${base}/${id}/depublier`, t.editor, {});
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `${base}/${id}?message=depublie`);
    assert.equal((await get(publicUrl)).statusCode, 404);
    for (const url of [
      '/actualites',
      '/actualites/flux.atom',
      '/sitemaps/actualites-1.xml',
      `/adherents/${slug}`,
      '/recherche?q=marche+producteurs',
      '/api/v1/news',
    ]) {
      assert.doesNotMatch((await get(url)).body, /Marché de producteurs retiré/, url);
    }
    const { db } = getDb();
    assert.ok(
      await db
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'news.unpublished')
        .where('target_id', '=', String(id))
        .executeTakeFirst(),
    );
    assert.doesNotMatch((await get(`${base}/${id}`, t.editor)).body, /Retirer de la publication/);
    assert.ok((await get(`${base}/${id}/historique`, t.editor)).body.includes('Marché de producteurs retiré'), 'its versions stay');

    await postNews(`${base}/${id}`, t.editor, news({ title: 'Marché de producteurs de retour', summary: 'Un marché.', action: 'submit' }));
    assert.equal((await get(publicUrl)).statusCode, 404, 'submitted again: waits for the network');
    await postForm(`/admin/actualites/${id}/moderation`, t.admin, { decision: 'approve' });
    assert.equal(`/actualites/${await slugOf()}`, publicUrl, 'back at the same address, whatever its new title');
    assert.match((await get(publicUrl)).body, /Marché de producteurs de retour/, 'submitted again: back online');
  });

  test('admins publish at once, to several members; a scheduled item stays out of every public list until due', async () => {
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const created = await postNews(
      '/admin/actualites/nouvelle',
      t.admin,
      news({
        title: 'Rencontre nationale programmée',
        summary: 'Annonce programmée.',
        date: future,
        time: '09:30',
        members: [String(t.memberId), String(t.otherId)],
        action: 'submit',
      }),
    );
    assert.equal(created.statusCode, 303);
    assert.match(String(created.headers.location), /\?message=publie$/);
    const id = idOf(created.headers.location);
    const list = await get('/admin/actualites', t.admin);
    assert.match(list.body, /Programmée pour le/);
    for (const url of [
      '/actualites',
      '/actualites/flux.atom',
      '/sitemaps/actualites-1.xml',
      '/adherents/autre-ville',
      '/',
      '/recherche?q=rencontre+nationale',
      '/api/v1/news',
    ]) {
      assert.doesNotMatch((await get(url)).body, /Rencontre nationale programmée|rencontre-nationale-programmee/, url);
    }
    assert.equal((await get('/actualites/rencontre-nationale-programmee')).statusCode, 404);

    // Time passes: the date comes.
    const { db } = getDb();
    await db
      .updateTable('news')
      .set({ published_at: new Date(Date.now() - 60_000).toISOString() })
      .where('id', '=', id)
      .execute();
    assert.deepEqual((await indexDueContent(db)).news, [id]);
    assert.deepEqual((await indexDueContent(db)).news, [], 'indexed once');
    await new Promise((resolve) => setTimeout(resolve, 60));
    assert.match((await get('/actualites')).body, /Rencontre nationale programmée/);
    assert.match((await get('/recherche?q=rencontre+nationale')).body, /href="\/actualites\/rencontre-nationale-programmee"/);
    assert.match((await get('/adherents/autre-ville')).body, /Rencontre nationale programmée/);
  });

  test('an editor editing an item the network linked to several members keeps those links', async () => {
    const created = await postNews(
      `/admin/adherents/${slug}/actualites/nouvelle`,
      t.admin,
      news({ title: 'Coopération entre villes', members: [String(t.memberId), String(t.otherId)], action: 'submit' }),
    );
    const id = idOf(created.headers.location);
    const page = await get(`${base}/${id}`, t.editor);
    assert.match(page.body, /Adhérents concernés : <strong>Autre ville, Ville rédactrice<\/strong>/);
    const edited = await postNews(`${base}/${id}`, t.editor, news({ title: 'Coopération entre deux villes', action: 'save' }));
    assert.equal(edited.statusCode, 303);
    const { db } = getDb();
    const draft = await db
      .selectFrom('revisions')
      .select('snapshot')
      .where('subject_type', '=', 'news')
      .where('subject_id', '=', id)
      .where('state', '=', 'draft')
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      (JSON.parse(draft.snapshot) as { members: { id: number }[] }).members.map((m) => m.id).sort(),
      [t.memberId, t.otherId].sort(),
    );
  });

  test('the admin list goes by pages of 50, newest first', async () => {
    const { db } = getDb();
    for (let i = 1; i <= 55; i++) await createTestNews(db, { title: `Brève numéro ${i}`, slug: `breve-numero-${i}` });
    const total = Number(
      (
        await db
          .selectFrom('news')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    const first = await get('/admin/actualites', t.admin);
    assert.equal([...first.body.matchAll(/<th scope="row">/g)].length, 50);
    assert.match(first.body, new RegExp(`<caption>${total} actualités, de la plus récente à la plus ancienne</caption>`));
    assert.match(first.body, /Brève numéro 55/);
    assert.match(first.body, /<nav[^>]*aria-label="Pages des actualités"/);
    assert.match(first.body, /href="\/admin\/actualites\?page=2"/);
    const second = await get('/admin/actualites?page=2', t.admin);
    assert.equal([...second.body.matchAll(/<th scope="row">/g)].length, total - 50);
    assert.doesNotMatch(second.body, /Brève numéro 55</);
    assert.equal((await get('/admin/actualites?page=0', t.admin)).statusCode, 400);
  });
});
