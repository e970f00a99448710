/**
 * Drafts and history of resources in the back office: a draft of a published resource changes
 * nothing public (page, search) until it is published; every publication is kept, compared and
 * restorable; only staff may do any of it.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, csrfPair, form, sessionCookie } from '../../../../test/app.ts';
import { describeEachDatabase } from '../../../../test/databases.ts';
import { createTestMember, createTestUser } from '../../../../test/factories.ts';
import { multipartBody } from '../../../../test/multipart.ts';

describeEachDatabase('resource drafts and history', (getDb) => {
  let app: FastifyInstance;
  let admin: string;
  let reader: string;
  let token: string;
  let csrfCookie: string;

  before(async () => {
    const { db } = getDb();
    app = await buildTestApp(getDb());
    const csrf = await csrfPair(app);
    token = csrf.token;
    csrfCookie = csrf.cookie;
    admin = `${csrf.cookie}; ${await sessionCookie(getDb(), (await createTestUser(db, { role: 'admin', name: 'Camille Admin' })).id)}`;
    const member = await createTestMember(db);
    reader = `${csrf.cookie}; ${await sessionCookie(getDb(), (await createTestUser(db, { role: 'reader', memberId: member.id })).id)}`;
  });
  after(async () => app.close());

  const fields = (over: Record<string, string | string[]> = {}) => ({
    _csrf: token,
    title: 'Guide des cantines durables',
    type: 'guide',
    series: '',
    number: '',
    summary: 'Un guide pour les cantines.',
    body: '<p>Première version du texte, avec des légumes.</p>',
    visibility: 'public',
    status: 'published',
    date: '2026-02-01',
    themes: ['alimentation'],
    file_title: '',
    ...over,
  });
  const post = (url: string, f: Record<string, string | string[]>, cookie = admin) => {
    const body = multipartBody(f);
    return app.inject({ method: 'POST', url, headers: { cookie, 'content-type': body.contentType }, payload: body.payload });
  };
  const postForm = (url: string, f: Record<string, string>, cookie = admin) =>
    app.inject({ method: 'POST', url, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: form(f) });
  const get = (url: string, cookie?: string) => app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
  const indexed = async (id: number) =>
    (await getDb()
      .db.selectFrom('search_documents')
      .select(['title', 'body'])
      .where('doc_type', '=', 'resource')
      .where('doc_id', '=', id)
      .executeTakeFirst()) ?? null;
  const idOf = (location: unknown) => Number(/\/admin\/ressources\/(\d+)/.exec(String(location))?.[1]);
  const versions = (body: string) => [...body.matchAll(/name="a" value="(\d+)"/g)].map((m) => Number(m[1]));

  let id: number;

  test('a draft of a published resource changes neither its public page nor search, until it is published', async () => {
    const created = await post('/admin/ressources/nouvelle', fields());
    assert.equal(created.statusCode, 303);
    id = idOf(created.headers.location);
    assert.match((await get('/ressources/guide-des-cantines-durables')).body, /Première version du texte/);

    const draft = await post(
      `/admin/ressources/${id}`,
      fields({
        status: 'draft',
        title: 'Guide des cantines durables et locales',
        body: '<p>Seconde version du texte, avec des fruits.</p>',
        visibility: 'members',
      }),
    );
    assert.equal(draft.statusCode, 303);
    assert.match(String(draft.headers.location), /message=brouillon/);
    const page = await get('/ressources/guide-des-cantines-durables');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Première version du texte/);
    assert.doesNotMatch(page.body, /Seconde version|et locales|Réservé aux adhérents/);
    const doc = await indexed(id);
    assert.ok(doc);
    assert.equal(doc.title, 'Guide des cantines durables');
    assert.doesNotMatch(doc.body, /fruits/);

    // The back office shows the draft, says so, and links to the public page and the history.
    const list = await get('/admin/ressources', admin);
    assert.match(list.body, /Brouillon en cours/);
    const edit = await get(`/admin/ressources/${id}`, admin);
    assert.match(edit.body, /value="Guide des cantines durables et locales"/);
    assert.match(edit.body, /Vous modifiez un brouillon<\/strong>, enregistré le .* par Camille Admin, qui diffère de la version en ligne/);
    assert.match(edit.body, /href="\/ressources\/guide-des-cantines-durables"/);
    assert.match(edit.body, new RegExp(`href="/admin/ressources/${id}/historique"`));
    assert.ok(
      await getDb()
        .db.selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'resource.draft_saved')
        .where('target_id', '=', String(id))
        .executeTakeFirst(),
    );

    const published = await post(
      `/admin/ressources/${id}`,
      fields({
        status: 'published',
        title: 'Guide des cantines durables et locales',
        body: '<p>Seconde version du texte, avec des fruits.</p>',
        visibility: 'public',
      }),
    );
    assert.equal(published.statusCode, 303);
    assert.match(String(published.headers.location), /message=publie/);
    const after = await get('/ressources/guide-des-cantines-durables');
    assert.match(after.body, /Seconde version du texte/);
    assert.match(after.body, /Guide des cantines durables et locales/);
    assert.match((await indexed(id))!.body, /fruits/);
    assert.doesNotMatch((await get('/admin/ressources', admin)).body, /Brouillon en cours/);
    assert.doesNotMatch((await get(`/admin/ressources/${id}`, admin)).body, /Vous modifiez un brouillon/);
    assert.ok(
      await getDb()
        .db.selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'resource.published')
        .where('target_id', '=', String(id))
        .executeTakeFirst(),
    );
  });

  test('the history lists every version; two versions compare word by word', async () => {
    const history = await get(`/admin/ressources/${id}/historique`, admin);
    assert.equal(history.statusCode, 200);
    const ids = versions(history.body);
    assert.equal(ids.length, 2, 'the creation and the publication of the draft');
    assert.match(history.body, /En ligne/);
    assert.match(history.body, /Création/);
    assert.match(history.body, /Camille Admin/);

    const compare = await get(`/admin/ressources/${id}/historique/comparer?de=${ids[1]}&a=${ids[0]}`, admin);
    assert.equal(compare.statusCode, 200);
    assert.match(compare.body, new RegExp(`Version n° ${ids[1]} → version n° ${ids[0]}`));
    assert.match(compare.body, /<del>.*Première.*<\/del>/s);
    assert.match(compare.body, /<ins>.*Seconde.*<\/ins>/s);
    assert.match(compare.body, /<ins>.*et locales.*<\/ins>/s);

    const foreign = await get(`/admin/ressources/${id}/historique/comparer?de=${ids[1]}&a=999999`, admin);
    assert.equal(foreign.statusCode, 400);
    assert.match(foreign.body, /Choisissez deux versions de cette ressource/);
  });

  test('a version is restored as a draft (nothing public changes) or published again', async () => {
    const [, first] = versions((await get(`/admin/ressources/${id}/historique`, admin)).body);
    const asDraft = await postForm(`/admin/ressources/${id}/historique/restaurer`, {
      _csrf: token,
      version: String(first),
      mode: 'brouillon',
    });
    assert.equal(asDraft.statusCode, 303);
    assert.match((await get('/ressources/guide-des-cantines-durables')).body, /Seconde version du texte/);
    assert.match((await get(`/admin/ressources/${id}`, admin)).body, /Première version du texte/);

    const restored = await postForm(`/admin/ressources/${id}/historique/restaurer`, {
      _csrf: token,
      version: String(first),
      mode: 'publier',
    });
    assert.equal(restored.statusCode, 303);
    const page = await get('/ressources/guide-des-cantines-durables');
    assert.match(page.body, /Première version du texte/);
    assert.doesNotMatch(page.body, /Seconde version/);
    assert.doesNotMatch((await indexed(id))!.body, /fruits/);
    const history = (await get(`/admin/ressources/${id}/historique`, admin)).body;
    assert.equal(versions(history).length, 4, 'creation, publication, the draft set aside, the restoration');
    assert.match(history, /Brouillon remplacé/);
    assert.match(history, /Restauration/);
    const logged = await getDb()
      .db.selectFrom('audit_log')
      .select('summary')
      .where('action', '=', 'resource.restored')
      .where('target_id', '=', String(id))
      .execute();
    assert.equal(logged.length, 2);
    assert.match(logged[1]!.summary, new RegExp(`Version n° ${first} .* publiée`));

    const missing = await postForm(`/admin/ressources/${id}/historique/restaurer`, { _csrf: token, version: '', mode: 'publier' });
    assert.equal(missing.statusCode, 400);
  });

  test('restoring over an open draft sets it aside; the open draft itself and unknown versions are refused', async () => {
    await post(`/admin/ressources/${id}`, fields({ status: 'draft', body: '<p>Un brouillon de passage.</p>' }));
    const ids = versions((await get(`/admin/ressources/${id}/historique`, admin)).body);
    const [draft, , , , creation] = ids;
    const own = await postForm(`/admin/ressources/${id}/historique/restaurer`, { _csrf: token, version: String(draft), mode: 'publier' });
    assert.equal(own.statusCode, 400);
    assert.match(own.body, /c’est le brouillon en cours/);
    assert.equal(
      (await postForm(`/admin/ressources/${id}/historique/restaurer`, { _csrf: token, version: '999999', mode: 'publier' })).statusCode,
      404,
    );
    assert.equal(
      (await postForm(`/admin/ressources/${id}/historique/restaurer`, { _csrf: token, version: String(creation), mode: 'effacer' }))
        .statusCode,
      400,
    );

    assert.equal(
      (await postForm(`/admin/ressources/${id}/historique/restaurer`, { _csrf: token, version: String(creation), mode: 'brouillon' }))
        .statusCode,
      303,
    );
    const states = await getDb()
      .db.selectFrom('revisions')
      .select('state')
      .where('subject_type', '=', 'resource')
      .where('subject_id', '=', id)
      .orderBy('id')
      .execute();
    assert.deepEqual(
      states.map((r) => r.state),
      ['published', 'published', 'superseded', 'published', 'superseded', 'draft'],
    );
    assert.match((await get(`/admin/ressources/${id}`, admin)).body, /Première version du texte/);
    assert.match((await get('/ressources/guide-des-cantines-durables')).body, /Première version du texte/);
  });

  test('a never-published resource stays invisible through its drafts until it is published', async () => {
    const created = await post(
      '/admin/ressources/nouvelle',
      fields({ title: 'Note sur les achats', status: 'draft', body: '<p>Brouillon initial.</p>' }),
    );
    assert.equal(created.statusCode, 303);
    const draftId = idOf(created.headers.location);
    assert.equal((await get('/ressources/note-sur-les-achats')).statusCode, 404);
    assert.equal(await indexed(draftId), null);
    await post(
      `/admin/ressources/${draftId}`,
      fields({ title: 'Note sur les achats publics', status: 'draft', body: '<p>Brouillon repris.</p>' }),
    );
    assert.equal((await get('/ressources/note-sur-les-achats')).statusCode, 404);
    assert.match((await get('/admin/ressources', admin)).body, /Note sur les achats publics/);
    assert.doesNotMatch((await get(`/admin/ressources/${draftId}`, admin)).body, /Vous modifiez un brouillon/);
    await post(
      `/admin/ressources/${draftId}`,
      fields({ title: 'Note sur les achats publics', status: 'published', body: '<p>Brouillon repris.</p>' }),
    );
    assert.match((await get('/ressources/note-sur-les-achats')).body, /Brouillon repris/);
    assert.ok(await indexed(draftId));
  });

  test('a published resource is taken offline and stays a draft until published again', async () => {
    const res = await postForm(`/admin/ressources/${id}/depublier`, { _csrf: token });
    assert.equal(res.statusCode, 303);
    assert.equal((await get('/ressources/guide-des-cantines-durables')).statusCode, 404);
    assert.equal(await indexed(id), null);
    assert.ok(
      await getDb()
        .db.selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'resource.unpublished')
        .where('target_id', '=', String(id))
        .executeTakeFirst(),
    );
    await post(`/admin/ressources/${id}`, fields({ status: 'draft' }));
    const offline = await get(`/admin/ressources/${id}`, admin);
    assert.match(offline.body, /cette ressource a été retirée de la publication/);
    assert.doesNotMatch(offline.body, /jamais été publiée/);
    await post(`/admin/ressources/${id}`, fields({ status: 'published' }));
    assert.match((await get('/ressources/guide-des-cantines-durables')).body, /Première version du texte/);
  });

  test('an open draft is abandoned: the form starts again from what is online, the draft stays in the history', async () => {
    await post(`/admin/ressources/${id}`, fields({ status: 'draft', body: '<p>Brouillon à abandonner, avec des navets.</p>' }));
    const form = await get(`/admin/ressources/${id}`, admin);
    assert.match(form.body, /navets/);
    assert.match(form.body, /Abandonner ce brouillon/);
    const res = await postForm(`/admin/ressources/${id}/brouillon/abandonner`, { _csrf: token });
    assert.equal(res.statusCode, 303);
    assert.match(String(res.headers.location), /\?message=abandonne$/);
    const after = await get(`/admin/ressources/${id}`, admin);
    assert.doesNotMatch(after.body, /navets/);
    assert.doesNotMatch(after.body, /Abandonner ce brouillon/);
    assert.match(after.body, /Première version du texte/);
    assert.match((await get('/ressources/guide-des-cantines-durables')).body, /Première version du texte/, 'the public page never changed');
    const { db } = getDb();
    const kept = await db
      .selectFrom('revisions')
      .select('state')
      .where('subject_type', '=', 'resource')
      .where('subject_id', '=', id)
      .where('snapshot', 'like', '%navets%')
      .execute();
    assert.deepEqual(
      kept.map((k) => k.state),
      ['superseded'],
    );
    assert.ok(
      await db
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'resource.draft_discarded')
        .where('target_id', '=', String(id))
        .executeTakeFirst(),
    );
    // Saving the content that is online is no change: no draft, no version, and the editor is told.
    const countVersions = async () =>
      (await db.selectFrom('revisions').select('id').where('subject_type', '=', 'resource').where('subject_id', '=', id).execute()).length;
    const before = await countVersions();
    const unchanged = await post(
      `/admin/ressources/${id}`,
      fields({ status: 'draft', body: '<p>Première  version du texte,\r\n avec des <b>légumes</b>.</p>' }),
    );
    assert.match(String(unchanged.headers.location), /message=brouillon/, 'bold is a change');
    await postForm(`/admin/ressources/${id}/brouillon/abandonner`, { _csrf: token });
    const spaced = await post(
      `/admin/ressources/${id}`,
      fields({ status: 'draft', body: '<p>Première  version du texte,\r\n avec des légumes.</p>\n<p></p>' }),
    );
    assert.match(String(spaced.headers.location), /message=inchange/, 'spacing and an empty paragraph are not');
    const republished = await post(`/admin/ressources/${id}`, fields());
    assert.match(String(republished.headers.location), /message=inchange/);
    assert.equal(await countVersions(), before + 1, 'only the bold draft, set aside, was kept');
    assert.match((await get(`/admin/ressources/${id}?message=inchange`, admin)).body, /Aucune modification/);
    assert.doesNotMatch((await get(`/admin/ressources/${id}`, admin)).body, /Abandonner ce brouillon/);
    const again = await postForm(`/admin/ressources/${id}/brouillon/abandonner`, { _csrf: token });
    assert.equal(again.headers.location, `/admin/ressources/${id}`, 'nothing to abandon: no message');
    assert.equal((await postForm(`/admin/ressources/${id}/brouillon/abandonner`, { _csrf: token }, reader)).statusCode, 403);
  });

  test('only staff may see the history or restore; the form needs its CSRF token', async () => {
    assert.equal((await get(`/admin/ressources/${id}/historique`, reader)).statusCode, 403);
    const visitor = await get(`/admin/ressources/${id}/historique`);
    assert.equal(visitor.statusCode, 303);
    assert.match(String(visitor.headers.location), /^\/connexion\?retour=/);
    assert.equal(
      (await postForm(`/admin/ressources/${id}/historique/restaurer`, { _csrf: token, version: '1', mode: 'publier' }, reader)).statusCode,
      403,
    );
    assert.equal(
      (await postForm(`/admin/ressources/${id}/historique/restaurer`, { _csrf: token, version: '1', mode: 'publier' }, csrfCookie))
        .statusCode,
      401,
    );
    assert.equal((await postForm(`/admin/ressources/${id}/historique/restaurer`, { version: '1', mode: 'publier' })).statusCode, 403);
  });
});
