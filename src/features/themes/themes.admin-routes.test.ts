/** The themes' back office, on both databases: seeded themes, create, rename, describe, reorder, delete (refused while in use), audit. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, csrfPair, form, sessionCookie } from '../../../test/app.ts';
import { describeEachDatabase } from '../../../test/databases.ts';
import { createTestMember, createTestNews, createTestUser } from '../../../test/factories.ts';

describeEachDatabase('themes in the back office', (getDb) => {
  let app: FastifyInstance;
  let csrf: { cookie: string; token: string };
  let admin: string;
  let editor: string;

  before(async () => {
    const database = getDb();
    const member = await createTestMember(database.db);
    admin = await sessionCookie(database, (await createTestUser(database.db, { role: 'admin' })).id);
    editor = await sessionCookie(database, (await createTestUser(database.db, { role: 'editor', memberId: member.id })).id);
    app = await buildTestApp(database);
    csrf = await csrfPair(app);
  });
  after(() => app.close());

  const post = (url: string, session: string, fields: Record<string, string>) =>
    app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `${csrf.cookie}; ${session}` },
      payload: form({ _csrf: csrf.token, ...fields }),
    });
  const themes = () => getDb().db.selectFrom('themes').selectAll().orderBy('position').execute();

  test('the network’s usual themes are there from the start, in order', async () => {
    const names = (await themes()).map((t) => t.name);
    for (const name of [
      'Alimentation',
      'Commande publique responsable',
      'Finance solidaire et monnaies locales',
      'Tiers-lieux',
      'Insertion par l’activité économique',
      'Mobilités',
      'Économie circulaire',
      'Emploi et formation',
      'Culture',
      'Habitat',
    ]) {
      assert.ok(names.includes(name), name);
    }
    const page = await app.inject({ url: '/admin/thematiques', headers: { cookie: admin } });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /value="Finance solidaire et monnaies locales"/);
    assert.equal((await app.inject({ url: '/admin/thematiques', headers: { cookie: editor } })).statusCode, 403);
  });

  test('create (a name is required), rename and describe, keeping the address', async () => {
    const refused = await post('/admin/thematiques', admin, { name: ' ', description: 'Sans nom' });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /Nom : donnez un nom à la thématique\./);
    assert.match(refused.body, /value="Sans nom"/, 'what was typed is kept');
    const created = await post('/admin/thematiques', admin, { name: 'Numérique  solidaire', description: 'Médiation numérique.' });
    assert.equal(created.headers.location, '/admin/thematiques?message=ajout');
    const theme = (await themes()).at(-1)!;
    assert.deepEqual([theme.slug, theme.name, theme.description], ['numerique-solidaire', 'Numérique solidaire', 'Médiation numérique.']);
    await post(`/admin/thematiques/${theme.id}`, admin, { name: 'Inclusion numérique', description: 'Médiation et accès aux droits.' });
    const renamed = (await themes()).at(-1)!;
    assert.deepEqual(
      [renamed.slug, renamed.name, renamed.description],
      ['numerique-solidaire', 'Inclusion numérique', 'Médiation et accès aux droits.'],
    );
  });

  test('reorder: up and down swap neighbours', async () => {
    const before = await themes();
    const second = before[1]!;
    await post(`/admin/thematiques/${second.id}/deplacer`, admin, { direction: 'up' });
    const after = await themes();
    assert.equal(after[0]!.id, second.id);
    assert.equal(after[1]!.id, before[0]!.id);
    assert.deepEqual(
      after.map((t) => t.position),
      after.map((_t, i) => i + 1),
    );
    await post(`/admin/thematiques/${second.id}/deplacer`, admin, { direction: 'down' });
    assert.deepEqual(
      (await themes()).map((t) => t.id),
      before.map((t) => t.id),
    );
  });

  test('a theme in use cannot be deleted; an unused one can; every change is in the audit log', async () => {
    const { db } = getDb();
    const used = (await themes())[0]!;
    const news = await createTestNews(db, { title: 'Cantines bio' });
    await db.insertInto('news_themes').values({ news_id: news.id, theme_id: used.id }).execute();
    const refused = await post(`/admin/thematiques/${used.id}/supprimer`, admin, {});
    assert.equal(refused.statusCode, 409);
    assert.match(
      refused.body,
      new RegExp(`La thématique « ${used.name} » est utilisée par une actualité : retirez-la d’abord de ce contenu`),
    );
    const resource = await db
      .insertInto('resources')
      .values({
        slug: 'guide-cantines',
        title: 'Guide des cantines',
        type: 'guide',
        summary: 'Résumé.',
        body_html: '',
        visibility: 'public',
        status: 'published',
        published_at: '2026-01-01T00:00:00.000Z',
        created_at: '2026-01-01T00:00:00.000Z',
        updated_at: '2026-01-01T00:00:00.000Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const onlyResources = (await themes())[1]!;
    await db.insertInto('resource_themes').values({ resource_id: resource.id, theme_id: onlyResources.id }).execute();
    const refusedForResource = await post(`/admin/thematiques/${onlyResources.id}/supprimer`, admin, {});
    assert.equal(refusedForResource.statusCode, 409, 'a theme used by a resource only is refused too, not a database error');
    assert.match(refusedForResource.body, /est utilisée par une ressource/);
    await db.insertInto('resource_themes').values({ resource_id: resource.id, theme_id: used.id }).execute();
    assert.match(
      (await post(`/admin/thematiques/${used.id}/supprimer`, admin, {})).body,
      /est utilisée par 1 actualité, 1 ressource : retirez-la d’abord de ces contenus/,
    );
    assert.ok((await themes()).some((t) => t.id === used.id));
    const unused = (await themes()).at(-1)!;
    const deleted = await post(`/admin/thematiques/${unused.id}/supprimer`, admin, {});
    assert.equal(deleted.headers.location, '/admin/thematiques?message=suppression');
    assert.ok(!(await themes()).some((t) => t.id === unused.id));
    const actions = (await db.selectFrom('audit_log').select('action').where('target_type', '=', 'theme').execute()).map((r) => r.action);
    assert.deepEqual([...new Set(actions)].sort(), ['theme.changed', 'theme.created', 'theme.deleted', 'theme.moved']);
  });
});
