/**
 * Managing a resource's files in the back office: rename, reorder, remove after confirmation; the
 * public page and the API follow at once; stored bytes go only when nothing else uses them.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, csrfPair, form, sessionCookie } from '../../../test/app.ts';
import { describeEachDatabase } from '../../../test/databases.ts';
import { createTestMember, createTestUser } from '../../../test/factories.ts';
import { multipartBody } from '../../../test/multipart.ts';
import { simplePdf } from '../demo/demo.public.ts';
import { createResource } from './resources.service.ts';
import { getMeta } from '../../db/meta.repository.ts';

const pdf = (text: string) => ({ filename: `${text}.pdf`, mimetype: 'application/pdf', truncated: false, data: simplePdf([text]) });

describeEachDatabase('resource files in the back office', (getDb) => {
  let app: FastifyInstance;
  let admin: string;
  let reader: string;
  let token: string;
  let id: number;
  const files: Record<string, number> = {};

  before(async () => {
    const { db } = getDb();
    app = await buildTestApp(getDb());
    const csrf = await csrfPair(app);
    token = csrf.token;
    admin = `${csrf.cookie}; ${await sessionCookie(getDb(), (await createTestUser(db, { role: 'admin' })).id)}`;
    const member = await createTestMember(db);
    reader = `${csrf.cookie}; ${await sessionCookie(getDb(), (await createTestUser(db, { role: 'reader', memberId: member.id })).id)}`;
    id = await createResource(db, {
      slug: 'boite-a-outils',
      title: 'Boîte à outils',
      type: 'guide',
      summary: 'Des outils.',
      bodyHtml: '<p>Texte.</p>',
      visibility: 'public',
      publishedAt: '2026-03-01',
      attachments: [
        { title: 'Guide.pdf', upload: pdf('guide') },
        { title: 'Annexe', upload: pdf('annexe') },
        { title: 'Modèle de délibération', upload: pdf('modele') },
      ],
    });
    // Another resource holds the same bytes as "Annexe".
    await createResource(db, {
      slug: 'autre',
      title: 'Autre',
      type: 'guide',
      summary: 'x',
      bodyHtml: '',
      visibility: 'public',
      publishedAt: '2026-03-01',
      attachments: [{ title: 'Annexe aussi', upload: pdf('annexe') }],
    });
    for (const row of await db.selectFrom('resource_attachments').select(['id', 'title']).where('resource_id', '=', id).execute())
      files[row.title] = row.id;
  });
  after(async () => app.close());

  const postForm = (url: string, f: Record<string, string>, cookie = admin) =>
    app.inject({
      method: 'POST',
      url,
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: form({ _csrf: token, ...f }),
    });
  const publicTitles = async () => {
    const page = await app.inject('/ressources/boite-a-outils');
    return [...page.body.matchAll(/<a href="\/ressources\/boite-a-outils\/fichiers\/\d+" download>([^<]*)<\/a>/g)].map((m) => m[1]);
  };
  const apiTitles = async () => {
    const res = await app.inject('/api/v1/resources?per_page=50');
    assert.equal(res.statusCode, 200);
    const item = (res.json() as { data: { url: string; attachments: { title: string }[] }[] }).data.find((i) =>
      i.url.endsWith('/ressources/boite-a-outils'),
    );
    return item?.attachments.map((a) => a.title);
  };

  test('the edit page names each file in the labels of its controls', async () => {
    const page = await app.inject({ url: `/admin/ressources/${id}`, headers: { cookie: admin } });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /aria-label="Monter « Guide.pdf »" disabled>/);
    assert.match(page.body, /aria-label="Descendre « Guide.pdf »"/);
    assert.match(page.body, /aria-label="Retirer « Annexe »"/);
    assert.match(page.body, /<label for="file-title-\d+">Intitulé de « Modèle de délibération »<\/label>/);
    assert.deepEqual(await publicTitles(), ['Guide.pdf', 'Annexe', 'Modèle de délibération']);
  });

  test('a file is renamed; an empty name is refused', async () => {
    const res = await postForm(`/admin/ressources/${id}/fichiers/renommer`, {
      fichier: String(files['Guide.pdf']),
      title: '  Guide   complet ',
    });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `/admin/ressources/${id}?message=fichier-renomme#fichiers-joints`);
    assert.deepEqual(await publicTitles(), ['Guide complet', 'Annexe', 'Modèle de délibération']);
    const empty = await postForm(`/admin/ressources/${id}/fichiers/renommer`, { fichier: String(files['Guide.pdf']), title: ' ' });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /Intitulé de « Guide complet » : indiquez un intitulé/);
    assert.ok(await getDb().db.selectFrom('audit_log').select('id').where('action', '=', 'resource.attachment_rename').executeTakeFirst());
  });

  test('files move up and down; the public page and the API follow', async () => {
    assert.equal(
      (await postForm(`/admin/ressources/${id}/fichiers/deplacer`, { fichier: String(files['Modèle de délibération']), sens: 'haut' }))
        .statusCode,
      303,
    );
    assert.deepEqual(await publicTitles(), ['Guide complet', 'Modèle de délibération', 'Annexe']);
    await postForm(`/admin/ressources/${id}/fichiers/deplacer`, { fichier: String(files['Guide.pdf']), sens: 'bas' });
    assert.deepEqual(await publicTitles(), ['Modèle de délibération', 'Guide complet', 'Annexe']);
    // At an end, nothing moves.
    await postForm(`/admin/ressources/${id}/fichiers/deplacer`, { fichier: String(files['Annexe']), sens: 'bas' });
    assert.deepEqual(await apiTitles(), ['Modèle de délibération', 'Guide complet', 'Annexe']);
    assert.equal(
      (await postForm(`/admin/ressources/${id}/fichiers/deplacer`, { fichier: String(files['Annexe']), sens: 'gauche' })).statusCode,
      400,
    );
    assert.ok(await getDb().db.selectFrom('audit_log').select('id').where('action', '=', 'resource.attachment_move').executeTakeFirst());
  });

  test('removing asks for confirmation, detaches the file, and deletes its bytes unless used elsewhere', async () => {
    const { db } = getDb();
    const confirm = await app.inject({
      url: `/admin/ressources/${id}/fichiers/retirer?fichier=${files['Guide.pdf']}`,
      headers: { cookie: admin },
    });
    assert.equal(confirm.statusCode, 200);
    assert.match(confirm.body, /<button type="submit" class="button button-danger">Retirer « Guide complet »<\/button>/);
    assert.match(confirm.body, /name="_csrf"/);
    assert.deepEqual(await publicTitles(), ['Modèle de délibération', 'Guide complet', 'Annexe'], 'the confirmation page removes nothing');

    const guideMedia = (
      await db.selectFrom('resource_attachments').select('media_id').where('id', '=', files['Guide.pdf']!).executeTakeFirstOrThrow()
    ).media_id;
    assert.equal((await postForm(`/admin/ressources/${id}/fichiers/retirer`, { fichier: String(files['Guide.pdf']) })).statusCode, 303);
    assert.deepEqual(await publicTitles(), ['Modèle de délibération', 'Annexe']);
    assert.equal((await app.inject(`/ressources/boite-a-outils/fichiers/${files['Guide.pdf']}`)).statusCode, 404);
    assert.equal(await db.selectFrom('media').select('id').where('id', '=', guideMedia).executeTakeFirst(), undefined);

    const annexMedia = (
      await db.selectFrom('resource_attachments').select('media_id').where('id', '=', files['Annexe']!).executeTakeFirstOrThrow()
    ).media_id;
    await postForm(`/admin/ressources/${id}/fichiers/retirer`, { fichier: String(files['Annexe']) });
    assert.deepEqual(await apiTitles(), ['Modèle de délibération']);
    assert.ok(
      await db.selectFrom('media').select('id').where('id', '=', annexMedia).executeTakeFirst(),
      'still attached to another resource',
    );
    assert.equal((await app.inject('/ressources/autre')).body.includes('Annexe aussi'), true);

    const again = await postForm(`/admin/ressources/${id}/fichiers/retirer`, { fichier: String(files['Annexe']) });
    assert.equal(again.statusCode, 404);
    const logged = await db.selectFrom('audit_log').select('summary').where('action', '=', 'resource.attachment_remove').execute();
    assert.equal(logged.length, 2);
  });

  test('a file of another resource cannot be touched through this one; non-staff are refused', async () => {
    const other = await getDb()
      .db.selectFrom('resource_attachments as a')
      .innerJoin('resources as r', 'r.id', 'a.resource_id')
      .select('a.id')
      .where('r.slug', '=', 'autre')
      .executeTakeFirstOrThrow();
    assert.equal((await postForm(`/admin/ressources/${id}/fichiers/retirer`, { fichier: String(other.id) })).statusCode, 404);
    assert.equal(
      (await postForm(`/admin/ressources/${id}/fichiers/renommer`, { fichier: String(other.id), title: 'Piraté' })).statusCode,
      404,
    );
    assert.equal(
      (
        await postForm(
          `/admin/ressources/${id}/fichiers/renommer`,
          { fichier: String(files['Modèle de délibération']), title: 'Piraté' },
          reader,
        )
      ).statusCode,
      403,
    );
    assert.equal(
      (
        await app.inject({
          url: `/admin/ressources/${id}/fichiers/retirer?fichier=${files['Modèle de délibération']}`,
          headers: { cookie: reader },
        })
      ).statusCode,
      403,
    );
    const noToken = await app.inject({
      method: 'POST',
      url: `/admin/ressources/${id}/fichiers/retirer`,
      headers: { cookie: admin, 'content-type': 'application/x-www-form-urlencoded' },
      payload: form({ fichier: String(files['Modèle de délibération']) }),
    });
    assert.equal(noToken.statusCode, 403);
    assert.deepEqual(await publicTitles(), ['Modèle de délibération']);
  });

  test('a file added from the form comes last, online at once: every instance is told (content version)', async () => {
    const version = () => getMeta(getDb().db, 'content_version');
    const before = await version();
    const body = multipartBody(
      {
        _csrf: token,
        title: 'Boîte à outils',
        type: 'guide',
        series: '',
        number: '',
        summary: 'Des outils.',
        body: '<p>Texte.</p>',
        visibility: 'public',
        status: 'draft',
        date: '2026-03-01',
        file_title: 'Nouvelle annexe',
      },
      { name: 'file', filename: 'nouvelle.pdf', type: 'application/pdf', data: simplePdf(['nouvelle']) },
    );
    const res = await app.inject({
      method: 'POST',
      url: `/admin/ressources/${id}`,
      headers: { cookie: admin, 'content-type': body.contentType },
      payload: body.payload,
    });
    assert.equal(res.statusCode, 303);
    assert.deepEqual(await publicTitles(), ['Modèle de délibération', 'Nouvelle annexe']);
    assert.notEqual(await version(), before);
  });
});
