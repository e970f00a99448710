/** The network's list of resource types, on both databases: seeded, added, renamed (address kept), reordered, deleted only when unused; used by filters, forms, the API and search. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, csrfPair, form, sessionCookie } from '../../../test/app.ts';
import { describeEachDatabase } from '../../../test/databases.ts';
import { createTestMember, createTestUser } from '../../../test/factories.ts';
import { createResource } from './resources.service.ts';

describeEachDatabase('resource types', (getDb) => {
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
  const types = () => getDb().db.selectFrom('resource_types').selectAll().orderBy('position').execute();

  test('the usual eight types are there from the start, in order; only staff manage them', async () => {
    assert.deepEqual(
      (await types()).map((t) => t.name),
      ['Guide', 'Fiche initiative', 'Note juridique', 'Étude', 'Délibération', 'Communiqué', 'Replay', 'Autre'],
    );
    const page = await app.inject({ url: '/admin/ressources/types', headers: { cookie: admin } });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /value="Note juridique"/);
    assert.match(page.body, /Adresse : \/ressources\?type=note-juridique · aucune ressource/);
    assert.equal((await app.inject({ url: '/admin/ressources/types', headers: { cookie: editor } })).statusCode, 403);
    assert.equal((await post('/admin/ressources/types', editor, { name: 'Podcast' })).statusCode, 403);
  });

  test('add (a name is required, no duplicate), rename keeping the address, and the new name reaches pages, API and search', async () => {
    const empty = await post('/admin/ressources/types', admin, { name: ' ' });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /Nom : donnez un nom au type de ressource\./);
    const twice = await post('/admin/ressources/types', admin, { name: 'guide' });
    assert.equal(twice.statusCode, 400);
    assert.match(twice.body, /le type « guide » existe déjà/);
    assert.match(twice.body, /value="guide"/, 'what was typed is kept');

    const added = await post('/admin/ressources/types', admin, { name: 'Podcast  audio' });
    assert.equal(added.headers.location, '/admin/ressources/types?message=ajout');
    const podcast = (await types()).at(-1)!;
    assert.deepEqual([podcast.slug, podcast.name, podcast.position], ['podcast-audio', 'Podcast audio', 9]);

    const { db } = getDb();
    await createResource(db, {
      title: 'Épisode sur les cantines',
      type: 'podcast-audio',
      summary: 'Un épisode.',
      bodyHtml: '<p>Texte.</p>',
      visibility: 'public',
      publishedAt: '2026-03-01',
    });
    await post(`/admin/ressources/types/${podcast.id}`, admin, { name: 'Émission de radio' });
    const renamed = (await types()).at(-1)!;
    assert.deepEqual([renamed.slug, renamed.name], ['podcast-audio', 'Émission de radio']);

    const list = await app.inject('/ressources?type=podcast-audio');
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /<option value="podcast-audio" selected[^>]*>Émission de radio<\/option>/);
    assert.match(list.body, /Épisode sur les cantines/);
    const api = (await app.inject('/api/v1/resources?type=podcast-audio')).json();
    assert.deepEqual(
      api.data.map((r: { type: string; type_name: string }) => [r.type, r.type_name]),
      [['podcast-audio', 'Émission de radio']],
    );
    const found = await app.inject(`/recherche?q=${encodeURIComponent('émission radio')}`);
    assert.match(found.body, /Épisode sur les cantines/, 'the index follows the new name');
  });

  test('an unknown type is a clear 400 on the page, the API and the form', async () => {
    const page = await app.inject('/ressources?type=cassette');
    assert.equal(page.statusCode, 400);
    assert.match(page.body, /type : « cassette » n’est pas un type de ressource/);
    assert.equal((await app.inject('/api/v1/resources?type=Pas%20un%20slug')).statusCode, 400);
    const api = await app.inject('/api/v1/resources?type=cassette');
    assert.equal(api.statusCode, 400);
    assert.match(api.json().detail, /« cassette » n’est pas un type de ressource/);
  });

  test('reorder; a type in use cannot be deleted, an unused one can; every change is audited', async () => {
    const before = await types();
    await post(`/admin/ressources/types/${before[1]!.id}/deplacer`, admin, { direction: 'up' });
    assert.deepEqual(
      (await types()).slice(0, 2).map((t) => t.slug),
      ['fiche-initiative', 'guide'],
    );

    // A type only an open draft uses is in use too: deleting it would change that draft's type silently.
    const { db } = getDb();
    const guide = await createResource(db, {
      title: 'Guide à reclasser',
      type: 'guide',
      summary: 'Un guide.',
      bodyHtml: '<p>Texte.</p>',
      visibility: 'public',
      publishedAt: '2026-03-02',
    });
    const deliberation = (await types()).find((t) => t.slug === 'deliberation')!;
    await db
      .insertInto('revisions')
      .values({
        subject_type: 'resource',
        subject_id: guide,
        created_at: new Date().toISOString(),
        author: 'Test',
        author_id: null,
        origin: 'edit',
        state: 'draft',
        content_hash: 'x',
        snapshot: JSON.stringify({
          title: 'Guide à reclasser',
          type: 'deliberation',
          series: null,
          number: null,
          summary: 'Un guide.',
          bodyHtml: '',
          visibility: 'public',
          publishedAt: null,
          themeSlugs: [],
          memberSlugs: [],
        }),
      })
      .execute();
    const draftOnly = await post(`/admin/ressources/types/${deliberation.id}/supprimer`, admin, {});
    assert.equal(draftOnly.statusCode, 409);
    assert.match(draftOnly.body, /Le type « Délibération » est celui d’une ressource \(ou de son brouillon\)/);

    const renamedTwice = await post(`/admin/ressources/types/${deliberation.id}`, admin, { name: 'GUIDE' });
    assert.equal(renamedTwice.statusCode, 400, 'two types may not share a name');
    assert.match(renamedTwice.body, /le type « GUIDE » existe déjà/);

    const used = (await types()).find((t) => t.slug === 'podcast-audio')!;
    const page = (await app.inject({ url: '/admin/ressources/types', headers: { cookie: admin } })).body;
    assert.doesNotMatch(page, new RegExp(`action="/admin/ressources/types/${used.id}/supprimer"`), 'no delete button for a type in use');
    assert.match(page, /En usage : suppression impossible\./);
    assert.match(page, new RegExp(`action="/admin/ressources/types/${(await types()).find((t) => t.slug === 'replay')!.id}/supprimer"`));
    const refused = await post(`/admin/ressources/types/${used.id}/supprimer`, admin, {});
    assert.equal(refused.statusCode, 409);
    assert.match(
      refused.body,
      /Le type « Émission de radio » est celui d’une ressource \(ou de son brouillon\) : changez d’abord son type/,
    );
    const unused = (await types()).find((t) => t.slug === 'replay')!;
    const deleted = await post(`/admin/ressources/types/${unused.id}/supprimer`, admin, {});
    assert.equal(deleted.headers.location, '/admin/ressources/types?message=suppression');
    assert.ok(!(await types()).some((t) => t.slug === 'replay'));
    assert.equal((await app.inject('/ressources?type=replay')).statusCode, 400, 'the deleted type is no longer a filter');

    const actions = (await db.selectFrom('audit_log').select('action').where('target_type', '=', 'resource_type').execute()).map(
      (r) => r.action,
    );
    assert.deepEqual([...new Set(actions)].sort(), [
      'resource_type.created',
      'resource_type.deleted',
      'resource_type.moved',
      'resource_type.renamed',
    ]);
  });
});
