/**
 * Writing news through the back office, on both databases: drafts, submission, moderation
 * (approve, reject with a comment), direct publication by admins, scheduling, the image and its
 * alternative text, history and restore, and what an editor may not do.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, csrfPair, form, sessionCookie } from '../../../../test/app.ts';
import { describeEachDatabase } from '../../../../test/databases.ts';
import { createTestMember, createTestNews, createTestUser } from '../../../../test/factories.ts';
import { multipartBody, TINY_PNG } from '../../../../test/multipart.ts';
import { indexDueContent } from '../../search/search.public.ts';

describeEachDatabase('news authoring in the back office', (getDb) => {
  let app: FastifyInstance;
  let csrf: { cookie: string; token: string };
  let editor: string;
  let otherEditor: string;
  let admin: string;
  let memberId: number;
  let otherId: number;
  const slug = 'ville-redactrice';
  const base = `/admin/adherents/${slug}/actualites`;

  before(async () => {
    const database = getDb();
    const { db } = database;
    memberId = (await createTestMember(db, { slug, name: 'Ville rédactrice' })).id;
    otherId = (await createTestMember(db, { slug: 'autre-ville', name: 'Autre ville' })).id;
    editor = await sessionCookie(database, (await createTestUser(db, { role: 'editor', memberId, name: 'Rédactrice' })).id);
    otherEditor = await sessionCookie(database, (await createTestUser(db, { role: 'editor', memberId: otherId })).id);
    admin = await sessionCookie(database, (await createTestUser(db, { role: 'admin', name: 'Équipe réseau' })).id);
    app = await buildTestApp(database);
    csrf = await csrfPair(app);
  });
  after(() => app.close());

  const get = (url: string, session?: string) => app.inject({ method: 'GET', url, headers: session ? { cookie: session } : {} });
  const postForm = (url: string, session: string, fields: Record<string, string>) =>
    app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `${csrf.cookie}; ${session}` },
      payload: form({ _csrf: csrf.token, ...fields }),
    });
  const postNews = (
    url: string,
    session: string,
    fields: Record<string, string | string[]>,
    file?: { filename: string; type: string; data: Buffer },
  ) => {
    const { payload, contentType } = multipartBody({ _csrf: csrf.token, ...fields }, file ? { name: 'image', ...file } : undefined);
    return app.inject({ method: 'POST', url, headers: { 'content-type': contentType, cookie: `${csrf.cookie}; ${session}` }, payload });
  };
  const news = (extra: Record<string, string | string[]> = {}) => ({
    title: 'Forum des tiers-lieux',
    summary: 'Rencontre des tiers-lieux du territoire.',
    body: '<p>Programme de la journée.</p>',
    date: '',
    time: '',
    image_alt: '',
    action: 'save',
    ...extra,
  });
  const idOf = (location: unknown) => Number(/\/actualites\/(\d+)/.exec(String(location))?.[1]);

  test('the editor gets a multipart form with the rich-text editor; visitors and other editors do not', async () => {
    const page = await get(`${base}/nouvelle`, editor);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /enctype="multipart\/form-data"/);
    assert.match(page.body, /<textarea id="body" name="body" rows="16" data-rich-text="true">/);
    assert.match(page.body, /Soumettre au réseau/);
    assert.equal((await get(`${base}/nouvelle`, otherEditor)).statusCode, 403);
    assert.equal((await get(`${base}/nouvelle`)).statusCode, 303);
    assert.equal((await get('/admin/actualites', editor)).statusCode, 403);
    // The multipart form is protected like the others: CSRF token and session.
    const noToken = multipartBody(news(), { name: 'image', filename: 'a.png', type: 'image/png', data: TINY_PNG });
    const refused = await app.inject({
      method: 'POST',
      url: `${base}/nouvelle`,
      headers: { 'content-type': noToken.contentType, cookie: `${csrf.cookie}; ${editor}` },
      payload: noToken.payload,
    });
    assert.equal(refused.statusCode, 403);
    assert.match(refused.body, /jeton de sécurité manquant ou invalide/);
    assert.equal((await postNews(`${base}/nouvelle`, '', news())).statusCode, 401);
    assert.equal(
      Number(
        (
          await getDb()
            .db.selectFrom('media')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
      0,
      'nothing stored',
    );
  });

  test('junk alternative texts are refused in French, and the form keeps everything typed, image included', async () => {
    const cases: [string, RegExp][] = [
      ['', /décrivez ce que montre l’image/],
      ['dfgh', /« dfgh » est trop court/],
      ['image', /« image » ne décrit pas l’image/],
      ['IMG_1234.jpg', /« IMG_1234\.jpg » est un nom de fichier/],
      ['Forum des tiers-lieux', /ne répétez pas le titre/],
      ['qsdfghjk azerty', /ne ressemble pas à une description/],
    ];
    for (const [alt, message] of cases) {
      const response = await postNews(`${base}/nouvelle`, editor, news({ image_alt: alt }), {
        filename: 'DSC_0042.png',
        type: 'image/png',
        data: TINY_PNG,
      });
      assert.equal(response.statusCode, 400, alt);
      assert.match(response.body, message, alt);
      assert.match(response.body, /value="Forum des tiers-lieux"/);
      assert.match(response.body, /name="image_key" value="[0-9a-f]{64}"/, 'the uploaded image is kept');
    }
    const { db } = getDb();
    assert.equal(
      (await db.selectFrom('news').select('id').where('title', '=', 'Forum des tiers-lieux').execute()).length,
      0,
      'nothing saved',
    );
  });

  test('a file that is not a JPEG, PNG or WebP, or is larger than 5 MB, is refused', async () => {
    const fake = await postNews(`${base}/nouvelle`, editor, news({ image_alt: 'Des bénévoles devant le tiers-lieu' }), {
      filename: 'photo.jpg',
      type: 'image/jpeg',
      data: Buffer.from('<svg onload="alert(1)"></svg>'),
    });
    assert.equal(fake.statusCode, 400);
    assert.match(fake.body, /« photo\.jpg » n’est pas une image JPEG, PNG ou WebP/);
    const gif = await postNews(`${base}/nouvelle`, editor, news({ image_alt: 'Des bénévoles devant le tiers-lieu' }), {
      filename: 'anim.gif',
      type: 'image/gif',
      data: Buffer.from('GIF89a\x01\x00\x01\x00'),
    });
    assert.match(gif.body, /n’est pas une image JPEG, PNG ou WebP/);
    const big = Buffer.concat([TINY_PNG, Buffer.alloc(5 * 1024 * 1024)]);
    const tooBig = await postNews(`${base}/nouvelle`, editor, news({ image_alt: 'Des bénévoles devant le tiers-lieu' }), {
      filename: 'grande.png',
      type: 'image/png',
      data: big,
    });
    assert.equal(tooBig.statusCode, 400);
    assert.match(tooBig.body, /« grande\.png » dépasse 5 Mo/);
    const { db } = getDb();
    assert.equal(
      Number(
        (
          await db
            .selectFrom('media')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
      1,
      'only the valid PNG of the previous test is stored',
    );
  });

  test('draft → submission → approval → public page with its image, alt text, members and themes', async () => {
    const theme = await getDb().db.selectFrom('themes').select(['id', 'name']).where('slug', '=', 'tiers-lieux').executeTakeFirstOrThrow();
    const saved = await postNews(
      `${base}/nouvelle`,
      editor,
      news({ image_alt: 'Des bénévoles repeignent la façade du tiers-lieu', themes: String(theme.id) }),
      { filename: 'facade.png', type: 'image/png', data: TINY_PNG },
    );
    assert.equal(saved.statusCode, 303);
    const id = idOf(saved.headers.location);
    assert.equal(saved.headers.location, `${base}/${id}?message=brouillon`);
    assert.doesNotMatch((await get('/actualites')).body, /Forum des tiers-lieux/, 'a draft is not public');

    const edit = await get(`${base}/${id}`, editor);
    assert.match(edit.body, /Vous reprenez le brouillon/);
    const key = /name="image_key" value="([0-9a-f]{64})"/.exec(edit.body)?.[1];
    assert.ok(key);
    const submitted = await postNews(
      `${base}/${id}`,
      editor,
      news({ image_key: key, image_alt: 'Des bénévoles repeignent la façade du tiers-lieu', themes: String(theme.id), action: 'submit' }),
    );
    assert.equal(submitted.headers.location, `${base}/${id}?message=soumis`);
    assert.doesNotMatch((await get('/actualites')).body, /Forum des tiers-lieux/, 'nothing is public before validation');
    // The image of content not yet public is not public either: its editor and the network's admins see it, uncached.
    assert.equal((await get(`/medias/${key}.png`)).statusCode, 404);
    for (const who of [editor, admin]) {
      const privateImage = await get(`/medias/${key}.png`, who);
      assert.equal(privateImage.statusCode, 200);
      assert.equal(privateImage.headers['cache-control'], 'private, no-store');
      assert.equal(privateImage.headers.etag, undefined);
    }

    const queue = await get('/admin/moderation', admin);
    assert.match(queue.body, new RegExp(`href="/admin/actualites/${id}/moderation">Forum des tiers-lieux</a> \\(Ville rédactrice\\)`));
    const dashboard = await get('/admin', admin);
    assert.match(
      dashboard.body,
      new RegExp(`href="/admin/actualites/${id}/moderation">Actualité « Forum des tiers-lieux »</a>`),
      'the dashboard lists news waiting for validation',
    );
    const review = await get(`/admin/actualites/${id}/moderation`, admin);
    assert.equal(review.statusCode, 200);
    assert.match(review.body, /Titre <span class="diff-status">\(ajoutée\)/);
    assert.match(review.body, /Thématiques <span class="diff-status">\(ajoutée\)/);
    const approved = await postForm(`/admin/actualites/${id}/moderation`, admin, { decision: 'approve' });
    assert.equal(approved.statusCode, 303);

    const list = await get('/actualites');
    assert.match(list.body, /href="\/actualites\/forum-des-tiers-lieux">Forum des tiers-lieux/);
    const page = await get('/actualites/forum-des-tiers-lieux');
    assert.equal(page.statusCode, 200);
    const img = new RegExp(`<img src="/medias/${key}\\.png" alt="Des bénévoles repeignent la façade du tiers-lieu" width="1" height="1"/>`);
    assert.match(page.body, img);
    assert.match(page.body, /<span class="tag">Tiers-lieux<\/span>/);
    assert.match(page.body, /href="\/adherents\/ville-redactrice">Ville rédactrice/);

    const api = (await get('/api/v1/news')).json() as { data: { slug: string; image: unknown; themes: unknown }[] };
    const json = api.data.find((n) => n.slug === 'forum-des-tiers-lieux')!;
    assert.deepEqual(json.image, {
      url: `http://essor.test/medias/${key}.png`,
      alt: 'Des bénévoles repeignent la façade du tiers-lieu',
      width: 1,
      height: 1,
    });
    assert.deepEqual(json.themes, [{ slug: 'tiers-lieux', name: 'Tiers-lieux' }]);

    const media = await get(`/medias/${key}.png`);
    assert.equal(media.statusCode, 200);
    assert.equal(media.headers['content-type'], 'image/png');
    assert.equal(media.headers['x-content-type-options'], 'nosniff');
    assert.equal(media.headers.etag, `"${key}"`);
    assert.match(String(media.headers['cache-control']), /max-age=31536000, immutable/);
    assert.deepEqual(media.rawPayload, TINY_PNG);
    assert.equal((await app.inject({ url: `/medias/${key}.png`, headers: { 'if-none-match': `"${key}"` } })).statusCode, 304);
    assert.equal((await get(`/medias/${key}.jpg`)).statusCode, 404, 'one address per file');

    const search = await get('/recherche?q=tiers-lieux+forum');
    assert.match(search.body, /href="\/actualites\/forum-des-tiers-lieux"/);
    const { db } = getDb();
    const actions = (
      await db.selectFrom('audit_log').select('action').where('target_type', '=', 'news').where('target_id', '=', String(id)).execute()
    ).map((r) => r.action);
    assert.deepEqual([...new Set(actions)].sort(), ['news.created', 'news.draft_saved', 'news.published', 'news.submitted']);
  });

  test('a rejection needs a comment, which the editor then sees; the online version stays', async () => {
    const { db } = getDb();
    const { id } = await db.selectFrom('news').select('id').where('slug', '=', 'forum-des-tiers-lieux').executeTakeFirstOrThrow();
    await postNews(`${base}/${id}`, editor, news({ title: 'Forum des tiers-lieux (complet)', action: 'submit' }));
    const empty = await postForm(`/admin/actualites/${id}/moderation`, admin, { decision: 'reject', comment: ' ' });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /Commentaire : expliquez au rédacteur/);
    const rejected = await postForm(`/admin/actualites/${id}/moderation`, admin, {
      decision: 'reject',
      comment: 'Merci d’ajouter l’horaire de la rencontre.',
    });
    assert.equal(rejected.statusCode, 303);
    const edit = await get(`${base}/${id}`, editor);
    assert.match(edit.body, /a été refusée le .* par Équipe réseau/);
    assert.match(edit.body, /Merci d’ajouter l’horaire de la rencontre\./);
    assert.doesNotMatch((await get('/actualites/forum-des-tiers-lieux')).body, /\(complet\)/);
  });

  test('an editor cannot link news to another member, nor reach another member’s news', async () => {
    const crafted = await postNews(`${base}/nouvelle`, editor, news({ title: 'Détournement', members: String(otherId) }));
    assert.equal(crafted.statusCode, 403);
    assert.match(crafted.body, /qu’à votre propre collectivité/);
    const { db } = getDb();
    assert.equal(await db.selectFrom('news').select('id').where('title', '=', 'Détournement').executeTakeFirst(), undefined);
    const { id } = await db.selectFrom('news').select('id').where('slug', '=', 'forum-des-tiers-lieux').executeTakeFirstOrThrow();
    assert.equal((await get(`/admin/adherents/autre-ville/actualites/${id}`, otherEditor)).statusCode, 404, 'not an item of that member');
    assert.equal((await get(`${base}/${id}`, otherEditor)).statusCode, 403);
    assert.equal((await postNews(`${base}/${id}`, otherEditor, news())).statusCode, 403);
  });

  test('saving a draft leaves this instance’s cached pages; a publication empties them at once', async () => {
    assert.equal((await get('/actualites')).statusCode, 200);
    assert.ok(app.pageCache.get('/actualites'), 'the list is cached');
    const created = await postNews(`${base}/nouvelle`, editor, news({ title: 'Brouillon sans effet sur le site' }));
    assert.equal(created.statusCode, 303);
    const id = idOf(created.headers.location);
    await postNews(`${base}/${id}`, editor, news({ title: 'Brouillon retouché', action: 'submit' }));
    assert.ok(app.pageCache.get('/actualites'), 'a draft and a submission change no public page');
    const decided = await postForm(`/admin/actualites/${id}/moderation`, admin, { decision: 'approve' });
    assert.equal(decided.statusCode, 303);
    assert.equal(app.pageCache.get('/actualites'), undefined, 'published: the cached list is gone before the answer');
    assert.match((await get('/actualites')).body, /Brouillon retouché/);
  });

  test('a published item is taken offline by its member’s editor, everywhere at once, and comes back when submitted again', async () => {
    const created = await postNews(
      `${base}/nouvelle`,
      editor,
      news({ title: 'Marché de producteurs retiré', summary: 'Un marché.', action: 'submit' }),
    );
    const id = idOf(created.headers.location);
    await postForm(`/admin/actualites/${id}/moderation`, admin, { decision: 'approve' });
    const slugOf = async () => (await getDb().db.selectFrom('news').select('slug').where('id', '=', id).executeTakeFirstOrThrow()).slug;
    const publicUrl = `/actualites/${await slugOf()}`;
    assert.equal((await get(publicUrl)).statusCode, 200);
    assert.match((await get(`${base}/${id}`, editor)).body, /Retirer de la publication/);

    assert.equal(
      (await postForm(`/admin/adherents/autre-ville/actualites/${id}/depublier`, otherEditor, {})).statusCode,
      404,
      'not an item of the other member',
    );
    assert.equal((await postForm(`${base}/${id}/depublier`, otherEditor, {})).statusCode, 403);
    const res = await postForm(`${base}/${id}/depublier`, editor, {});
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `${base}/${id}?message=depublie`);
    assert.equal((await get(publicUrl)).statusCode, 404);
    for (const url of [
      '/actualites',
      '/actualites/flux.atom',
      '/sitemap.xml',
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
    assert.doesNotMatch((await get(`${base}/${id}`, editor)).body, /Retirer de la publication/);
    assert.ok((await get(`${base}/${id}/historique`, editor)).body.includes('Marché de producteurs retiré'), 'its versions stay');

    await postNews(`${base}/${id}`, editor, news({ title: 'Marché de producteurs de retour', summary: 'Un marché.', action: 'submit' }));
    assert.equal((await get(publicUrl)).statusCode, 404, 'submitted again: waits for the network');
    await postForm(`/admin/actualites/${id}/moderation`, admin, { decision: 'approve' });
    assert.equal(`/actualites/${await slugOf()}`, publicUrl, 'back at the same address, whatever its new title');
    assert.match((await get(publicUrl)).body, /Marché de producteurs de retour/, 'submitted again: back online');
  });

  test('admins publish at once, to several members; a scheduled item stays out of every public list until due', async () => {
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const created = await postNews(
      '/admin/actualites/nouvelle',
      admin,
      news({
        title: 'Rencontre nationale programmée',
        summary: 'Annonce programmée.',
        date: future,
        time: '09:30',
        members: [String(memberId), String(otherId)],
        action: 'submit',
      }),
    );
    assert.equal(created.statusCode, 303);
    assert.match(String(created.headers.location), /\?message=publie$/);
    const id = idOf(created.headers.location);
    const list = await get('/admin/actualites', admin);
    assert.match(list.body, /Programmée pour le/);
    for (const url of [
      '/actualites',
      '/actualites/flux.atom',
      '/sitemap.xml',
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
      admin,
      news({ title: 'Coopération entre villes', members: [String(memberId), String(otherId)], action: 'submit' }),
    );
    const id = idOf(created.headers.location);
    const page = await get(`${base}/${id}`, editor);
    assert.match(page.body, /Adhérents concernés : <strong>Autre ville, Ville rédactrice<\/strong>/);
    const edited = await postNews(`${base}/${id}`, editor, news({ title: 'Coopération entre deux villes', action: 'save' }));
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
      [memberId, otherId].sort(),
    );
  });

  test('markup in the title and summary is escaped; the body is sanitized', async () => {
    const created = await postNews(
      '/admin/actualites/nouvelle',
      admin,
      news({
        title: '<script>alert("titre")</script> Forum',
        summary: '<img src=x onerror=alert(1)> Résumé',
        body: '<p onclick="alert(1)">Texte <a href="javascript:alert(1)">lien</a></p><script>alert(2)</script><iframe src="//x"></iframe>',
        action: 'submit',
      }),
    );
    assert.equal(created.statusCode, 303);
    const page = await get('/actualites/script-alert-titre-script-forum');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h1>&lt;script>alert\(&quot;titre&quot;\)&lt;\/script> Forum<\/h1>/);
    assert.match(page.body, /<p class="lead">&lt;img src=x onerror=alert\(1\)> Résumé<\/p>/);
    assert.doesNotMatch(page.body, /<script>alert|onclick=|javascript:|<iframe|<img src=x/);
    assert.match(page.body, /<p>Texte <a>lien<\/a><\/p>/);
  });

  test('history lists every version; an admin compares two and restores an earlier one', async () => {
    const { db } = getDb();
    const { id } = await db.selectFrom('news').select('id').where('slug', '=', 'forum-des-tiers-lieux').executeTakeFirstOrThrow();
    const renamed = await postNews(`/admin/actualites/${id}`, admin, news({ title: 'Forum des tiers-lieux 2025', action: 'submit' }));
    assert.match(String(renamed.headers.location), /message=publie/);
    assert.match((await get('/actualites/forum-des-tiers-lieux')).body, /<h1>Forum des tiers-lieux 2025<\/h1>/, 'the address stays');
    const history = await get(`${base}/${id}/historique`, editor);
    assert.equal(history.statusCode, 200);
    assert.doesNotMatch(history.body, /Restaurer une version/, 'editors do not restore');
    const versions = [...history.body.matchAll(/<th scope="row">n° (\d+)<\/th>/g)].map((m) => Number(m[1]));
    assert.equal(versions.length, 3, 'published, rejected, published');
    const first = versions.at(-1)!;
    const compare = await get(`${base}/${id}/historique/comparer?de=${first}&a=${versions[0]}`, editor);
    assert.match(compare.body, /<ins><span class="visually-hidden">\[ajouté : <\/span>[^<]*2025/);
    const restored = await postForm(`/admin/actualites/${id}/historique/restaurer`, admin, { version: String(first) });
    assert.equal(restored.statusCode, 303);
    assert.match((await get('/actualites/forum-des-tiers-lieux')).body, /<h1>Forum des tiers-lieux<\/h1>/);
    assert.match((await get(`/admin/actualites/${id}/historique`, admin)).body, /Restauration/);
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
    const first = await get('/admin/actualites', admin);
    assert.equal([...first.body.matchAll(/<th scope="row">/g)].length, 50);
    assert.match(first.body, new RegExp(`<caption>${total} actualités, de la plus récente à la plus ancienne</caption>`));
    assert.match(first.body, /Brève numéro 55/);
    assert.match(first.body, /<nav[^>]*aria-label="Pages des actualités"/);
    assert.match(first.body, /href="\/admin\/actualites\?page=2"/);
    const second = await get('/admin/actualites?page=2', admin);
    assert.equal([...second.body.matchAll(/<th scope="row">/g)].length, total - 50);
    assert.doesNotMatch(second.body, /Brève numéro 55</);
    assert.equal((await get('/admin/actualites?page=0', admin)).statusCode, 400);
  });
});
