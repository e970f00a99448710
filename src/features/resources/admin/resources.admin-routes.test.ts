import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, csrfPair, sessionCookie } from '../../../../test/app.ts';
import { describeEachDatabase } from '../../../../test/databases.ts';
import { createTestUser } from '../../../../test/factories.ts';
import { multipartBody } from '../../../../test/multipart.ts';
import { simplePdf } from '../../demo/demo.public.ts';

describeEachDatabase('resource back office', (getDb) => {
  let app: FastifyInstance;
  let cookie: string;
  let token: string;
  before(async () => {
    app = await buildTestApp(getDb());
    const csrf = await csrfPair(app);
    token = csrf.token;
    cookie = `${csrf.cookie}; ${await sessionCookie(getDb(), (await createTestUser(getDb().db, { role: 'admin' })).id)}`;
  });
  after(async () => app.close());

  const fields = (over: Record<string, string | string[]> = {}) => ({
    _csrf: token,
    title: 'Guide des achats responsables',
    type: 'guide',
    series: '',
    number: '',
    summary: 'Un guide pour les acheteurs.',
    body: '<p>Contenu <script>alert(1)</script>réservé</p>',
    visibility: 'members',
    status: 'published',
    date: '2026-02-01',
    themes: ['alimentation'],
    file_title: 'Le guide en PDF',
    ...over,
  });
  const post = (url: string, f: Record<string, string | string[]>, file?: { filename: string; data: Buffer }) => {
    const body = multipartBody(f, file ? { name: 'file', filename: file.filename, type: 'application/pdf', data: file.data } : undefined);
    return app.inject({ method: 'POST', url, headers: { cookie, 'content-type': body.contentType }, payload: body.payload });
  };

  test('a .pdf that is not a PDF is refused with the reason, and nothing is created', async () => {
    const res = await post('/admin/ressources/nouvelle', fields(), { filename: 'guide.pdf', data: Buffer.from('<html>pas un pdf</html>') });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /n’est ni un PDF/);
    assert.match(res.body, /value="Guide des achats responsables"/);
    assert.equal((await getDb().db.selectFrom('resources').select('id').execute()).length, 0);
  });

  test('missing fields are named', async () => {
    const res = await post('/admin/ressources/nouvelle', fields({ title: '', summary: '', number: 'douze' }));
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Titre : indiquez/);
    assert.match(res.body, /Résumé : indiquez/);
    assert.match(res.body, /Numéro : un nombre entier/);
  });

  test('an admin creates a members-only resource with a PDF; it is audited, sanitized, listed and protected', async () => {
    const res = await post('/admin/ressources/nouvelle', fields(), { filename: 'Guide achats.pdf', data: simplePdf(['Guide']) });
    assert.equal(res.statusCode, 303);
    const id = /\/admin\/ressources\/(\d+)\?message=cree/.exec(res.headers.location as string)?.[1];
    assert.ok(id);
    const { db } = getDb();
    const row = await db.selectFrom('resources').selectAll().where('id', '=', Number(id)).executeTakeFirstOrThrow();
    assert.equal(row.visibility, 'members');
    assert.doesNotMatch(row.body_html, /script/);
    const logged = await db
      .selectFrom('audit_log')
      .select(['action', 'target_id'])
      .where('action', '=', 'resource.created')
      .executeTakeFirstOrThrow();
    assert.equal(logged.target_id, id);
    assert.match((await app.inject({ url: '/admin/ressources', headers: { cookie } })).body, /Guide des achats responsables/);
    const visitor = await app.inject('/ressources/guide-des-achats-responsables');
    assert.match(visitor.body, /Réservé aux adhérents/);
    assert.doesNotMatch(visitor.body, /réservé<\/p>/);
    const file = await db.selectFrom('resource_attachments').select('id').where('resource_id', '=', Number(id)).executeTakeFirstOrThrow();
    assert.equal((await app.inject(`/ressources/guide-des-achats-responsables/fichiers/${file.id}`)).statusCode, 303);
    const mine = await app.inject({ url: `/ressources/guide-des-achats-responsables/fichiers/${file.id}`, headers: { cookie } });
    assert.equal(mine.statusCode, 200);
    assert.match(mine.headers['content-disposition'] as string, /filename\*=UTF-8''Guide%20achats\.pdf/);

    // Editing: made staff-only, then visitors no longer see it at all.
    const edit = await post(`/admin/ressources/${id}`, fields({ visibility: 'staff' }));
    assert.equal(edit.statusCode, 303);
    assert.equal((await app.inject('/ressources/guide-des-achats-responsables')).statusCode, 404);
    assert.doesNotMatch((await app.inject('/ressources')).body, /Guide des achats/);
    assert.ok(await db.selectFrom('audit_log').select('id').where('action', '=', 'resource.published').executeTakeFirst());
  });
});
