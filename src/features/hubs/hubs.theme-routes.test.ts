/** Theme pages on both databases: what a theme gathers, for visitors, readers and staff, without leaks. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, sessionCookie } from '../../../test/app.ts';
import { describeEachDatabase } from '../../../test/databases.ts';
import { createTestMember, createTestNews, createTestUser } from '../../../test/factories.ts';
import { createResource } from '../resources/resources.public.ts';

describeEachDatabase('theme pages', (getDb) => {
  let app: FastifyInstance;
  let reader: string;
  let admin: string;
  let slug: string;

  before(async () => {
    const database = getDb();
    const { db } = database;
    const theme = await db.selectFrom('themes').select(['id', 'slug']).orderBy('position').limit(1).executeTakeFirstOrThrow();
    slug = theme.slug;
    const withNews = await createTestMember(db, { slug: 'ville-des-nouvelles', name: 'Ville des nouvelles' });
    await createTestMember(db, { slug: 'ville-secrete', name: 'Ville secrète' });
    await createTestMember(db, { slug: 'ville-adherente', name: 'Ville adhérente' });
    const news = await createTestNews(db, { title: 'Nouvelle thématique', memberSlugs: ['ville-des-nouvelles'] });
    await db.insertInto('news_themes').values({ news_id: news.id, theme_id: theme.id }).execute();
    await createTestNews(db, { title: 'Nouvelle hors thème', memberSlugs: [] });
    const base = { type: 'guide' as const, bodyHtml: '<p>Corps</p>', themeSlugs: [slug], publishedAt: '2026-01-10' };
    await createResource(db, { ...base, slug: 'guide-ouvert', title: 'Guide ouvert', summary: 'Résumé ouvert.', visibility: 'public' });
    await createResource(db, {
      ...base,
      slug: 'note-membres',
      title: 'Note des membres',
      summary: 'Résumé de la note.',
      visibility: 'members',
      memberSlugs: ['ville-adherente'],
    });
    await createResource(db, {
      ...base,
      slug: 'cr-interne',
      title: 'Compte rendu interne',
      summary: 'Résumé interne.',
      visibility: 'staff',
      memberSlugs: ['ville-secrete'],
    });
    reader = await sessionCookie(database, (await createTestUser(db, { role: 'reader', memberId: withNews.id })).id);
    admin = await sessionCookie(database, (await createTestUser(db, { role: 'admin' })).id);
    app = await buildTestApp(database);
  });
  after(() => app.close());

  const get = (url: string, cookie?: string) => app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

  test('a visitor sees the public resources, the members-only ones as teasers, the news and the members; nothing staff-only', async () => {
    const page = await get(`/thematiques/${slug}`);
    assert.equal(page.statusCode, 200);
    for (const text of [
      'Guide ouvert',
      'Note des membres',
      'Résumé de la note.',
      'Nouvelle thématique',
      'Ville des nouvelles',
      'Ville adhérente',
    ])
      assert.ok(page.body.includes(text), text);
    for (const text of ['Compte rendu interne', 'Résumé interne', 'Ville secrète', 'Nouvelle hors thème'])
      assert.ok(!page.body.includes(text), text);
    assert.match(String(page.headers['cache-control']), /public/);
  });

  test('staff see the staff-only resource and its member, privately; the visitors’ cached page does not change', async () => {
    const page = await get(`/thematiques/${slug}`, admin);
    assert.ok(page.body.includes('Compte rendu interne') && page.body.includes('Ville secrète'));
    assert.equal(page.headers['cache-control'], 'private, no-store');
    const visitor = await get(`/thematiques/${slug}`);
    assert.ok(!visitor.body.includes('Compte rendu interne'));
    const asReader = await get(`/thematiques/${slug}`, reader);
    assert.ok(asReader.body.includes('Note des membres') && !asReader.body.includes('Compte rendu interne'));
  });

  test('the list of themes links every theme; an unknown theme is a French 404', async () => {
    const list = await get('/thematiques');
    assert.equal(list.statusCode, 200);
    assert.ok(list.body.includes(`href="/thematiques/${slug}"`));
    const missing = await get('/thematiques/nexiste-pas');
    assert.equal(missing.statusCode, 404);
    assert.match(missing.body, /Aucune thématique/);
  });
});
