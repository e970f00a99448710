/**
 * Writing news through the back office, on both databases: the form, drafts, submission,
 * moderation (approve, reject with a comment), the image and its alternative text, escaping,
 * history and restore, and what an editor may not do. Publication: news.admin-publication.test.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachDatabase } from '../../../../test/databases.ts';
import { multipartBody, TINY_PNG } from '../../../../test/multipart.ts';
import { newsAuthoring } from './news.admin-testing.ts';

describeEachDatabase('news authoring in the back office', (getDb) => {
  const t = newsAuthoring(getDb);
  const { get, postForm, postNews, news, idOf, base } = t;

  test('the editor gets a multipart form with the rich-text editor; visitors and other editors do not', async () => {
    const page = await get(`${base}/nouvelle`, t.editor);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /enctype="multipart\/form-data"/);
    assert.match(page.body, /<textarea id="body" name="body" rows="16" data-rich-text="true">/);
    assert.match(page.body, /Soumettre au réseau/);
    assert.equal((await get(`${base}/nouvelle`, t.otherEditor)).statusCode, 403);
    assert.equal((await get(`${base}/nouvelle`)).statusCode, 303);
    assert.equal((await get('/admin/actualites', t.editor)).statusCode, 403);
    // The multipart form is protected like the others: CSRF token and session.
    const noToken = multipartBody(news(), { name: 'image', filename: 'a.png', type: 'image/png', data: TINY_PNG });
    const refused = await t.app.inject({
      method: 'POST',
      url: `${base}/nouvelle`,
      headers: { 'content-type': noToken.contentType, cookie: `${t.csrf.cookie}; ${t.editor}` },
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
      const response = await postNews(`${base}/nouvelle`, t.editor, news({ image_alt: alt }), {
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
    const fake = await postNews(`${base}/nouvelle`, t.editor, news({ image_alt: 'Des bénévoles devant le tiers-lieu' }), {
      filename: 'photo.jpg',
      type: 'image/jpeg',
      data: Buffer.from('<svg onload="alert(1)"></svg>'),
    });
    assert.equal(fake.statusCode, 400);
    assert.match(fake.body, /« photo\.jpg » n’est pas une image JPEG, PNG ou WebP/);
    const gif = await postNews(`${base}/nouvelle`, t.editor, news({ image_alt: 'Des bénévoles devant le tiers-lieu' }), {
      filename: 'anim.gif',
      type: 'image/gif',
      data: Buffer.from('GIF89a\x01\x00\x01\x00'),
    });
    assert.match(gif.body, /n’est pas une image JPEG, PNG ou WebP/);
    const big = Buffer.concat([TINY_PNG, Buffer.alloc(5 * 1024 * 1024)]);
    const tooBig = await postNews(`${base}/nouvelle`, t.editor, news({ image_alt: 'Des bénévoles devant le tiers-lieu' }), {
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
      t.editor,
      news({ image_alt: 'Des bénévoles repeignent la façade du tiers-lieu', themes: String(theme.id) }),
      { filename: 'facade.png', type: 'image/png', data: TINY_PNG },
    );
    assert.equal(saved.statusCode, 303);
    const id = idOf(saved.headers.location);
    assert.equal(saved.headers.location, `${base}/${id}?message=brouillon`);
    assert.doesNotMatch((await get('/actualites')).body, /Forum des tiers-lieux/, 'a draft is not public');

    const edit = await get(`${base}/${id}`, t.editor);
    assert.match(edit.body, /Vous reprenez le brouillon/);
    const key = /name="image_key" value="([0-9a-f]{64})"/.exec(edit.body)?.[1];
    assert.ok(key);
    const submitted = await postNews(
      `${base}/${id}`,
      t.editor,
      news({ image_key: key, image_alt: 'Des bénévoles repeignent la façade du tiers-lieu', themes: String(theme.id), action: 'submit' }),
    );
    assert.equal(submitted.headers.location, `${base}/${id}?message=soumis`);
    assert.doesNotMatch((await get('/actualites')).body, /Forum des tiers-lieux/, 'nothing is public before validation');
    // The image of content not yet public is not public either: its editor and the network's admins see it, uncached.
    assert.equal((await get(`/medias/${key}.png`)).statusCode, 404);
    for (const who of [t.editor, t.admin]) {
      const privateImage = await get(`/medias/${key}.png`, who);
      assert.equal(privateImage.statusCode, 200);
      assert.equal(privateImage.headers['cache-control'], 'private, no-store');
      assert.equal(privateImage.headers.etag, undefined);
    }

    const queue = await get('/admin/moderation', t.admin);
    assert.match(queue.body, new RegExp(`href="/admin/actualites/${id}/moderation">Forum des tiers-lieux</a> \\(Ville rédactrice\\)`));
    const dashboard = await get('/admin', t.admin);
    assert.match(
      dashboard.body,
      new RegExp(`href="/admin/actualites/${id}/moderation">Actualité « Forum des tiers-lieux »</a>`),
      'the dashboard lists news waiting for validation',
    );
    const review = await get(`/admin/actualites/${id}/moderation`, t.admin);
    assert.equal(review.statusCode, 200);
    assert.match(review.body, /Titre <span class="diff-status">\(ajoutée\)/);
    assert.match(review.body, /Thématiques <span class="diff-status">\(ajoutée\)/);
    const approved = await postForm(`/admin/actualites/${id}/moderation`, t.admin, { decision: 'approve' });
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
    assert.equal((await t.app.inject({ url: `/medias/${key}.png`, headers: { 'if-none-match': `"${key}"` } })).statusCode, 304);
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
    await postNews(`${base}/${id}`, t.editor, news({ title: 'Forum des tiers-lieux (complet)', action: 'submit' }));
    const empty = await postForm(`/admin/actualites/${id}/moderation`, t.admin, { decision: 'reject', comment: ' ' });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /Commentaire : expliquez au rédacteur/);
    const rejected = await postForm(`/admin/actualites/${id}/moderation`, t.admin, {
      decision: 'reject',
      comment: 'Merci d’ajouter l’horaire de la rencontre.',
    });
    assert.equal(rejected.statusCode, 303);
    const edit = await get(`${base}/${id}`, t.editor);
    assert.match(edit.body, /a été refusée le .* par Équipe réseau/);
    assert.match(edit.body, /Merci d’ajouter l’horaire de la rencontre\./);
    assert.doesNotMatch((await get('/actualites/forum-des-tiers-lieux')).body, /\(complet\)/);
  });

  test('an editor cannot link news to another member, nor reach another member’s news', async () => {
    const crafted = await postNews(`${base}/nouvelle`, t.editor, news({ title: 'Détournement', members: String(t.otherId) }));
    assert.equal(crafted.statusCode, 403);
    assert.match(crafted.body, /qu’à votre propre collectivité/);
    const { db } = getDb();
    assert.equal(await db.selectFrom('news').select('id').where('title', '=', 'Détournement').executeTakeFirst(), undefined);
    const { id } = await db.selectFrom('news').select('id').where('slug', '=', 'forum-des-tiers-lieux').executeTakeFirstOrThrow();
    assert.equal((await get(`/admin/adherents/autre-ville/actualites/${id}`, t.otherEditor)).statusCode, 404, 'not an item of that member');
    assert.equal((await get(`${base}/${id}`, t.otherEditor)).statusCode, 403);
    assert.equal((await postNews(`${base}/${id}`, t.otherEditor, news())).statusCode, 403);
  });

  test('markup in the title and summary is escaped; the body is sanitized', async () => {
    const created = await postNews(
      '/admin/actualites/nouvelle',
      t.admin,
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
    const renamed = await postNews(`/admin/actualites/${id}`, t.admin, news({ title: 'Forum des tiers-lieux 2025', action: 'submit' }));
    assert.match(String(renamed.headers.location), /message=publie/);
    assert.match((await get('/actualites/forum-des-tiers-lieux')).body, /<h1>Forum des tiers-lieux 2025<\/h1>/, 'the address stays');
    const history = await get(`${base}/${id}/historique`, t.editor);
    assert.equal(history.statusCode, 200);
    assert.doesNotMatch(history.body, /Restaurer une version/, 'editors do not restore');
    const versions = [...history.body.matchAll(/<th scope="row">n° (\d+)<\/th>/g)].map((m) => Number(m[1]));
    assert.equal(versions.length, 3, 'published, rejected, published');
    const first = versions.at(-1)!;
    const compare = await get(`${base}/${id}/historique/comparer?de=${first}&a=${versions[0]}`, t.editor);
    assert.match(compare.body, /<ins><span class="visually-hidden">\[ajouté : <\/span>[^<]*2025/);
    const restored = await postForm(`/admin/actualites/${id}/historique/restaurer`, t.admin, { version: String(first) });
    assert.equal(restored.statusCode, 303);
    assert.match((await get('/actualites/forum-des-tiers-lieux')).body, /<h1>Forum des tiers-lieux<\/h1>/);
    assert.match((await get(`/admin/actualites/${id}/historique`, t.admin)).body, /Restauration/);
  });
});
