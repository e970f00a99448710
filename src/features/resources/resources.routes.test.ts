/**
 * The leak test of the resource centre: for each private resource and each surface (page, file,
 * listing, counts, feed, API, sitemap, search, shared page cache), a visitor gets nothing beyond the
 * title and summary of members-only resources and nothing at all of staff-only ones; a member
 * reader gets members-only resources; staff get everything.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, sessionCookie } from '../../../test/app.ts';
import { describeEachDatabase } from '../../../test/databases.ts';
import { createTestMember, createTestUser } from '../../../test/factories.ts';
import crypto from 'node:crypto';
import { TINY_PNG } from '../../../test/multipart.ts';
import { simplePdf } from '../demo/demo.public.ts';
import { createResource } from './resources.service.ts';

const pdf = (name: string) => ({ filename: `${name}.pdf`, mimetype: 'application/pdf', truncated: false, data: simplePdf([name]) });

const PUBLIC = {
  slug: 'guide-public',
  title: 'Guide public des tiers-lieux',
  summary: 'Résumé du guide public.',
  body: 'Corps public lisible',
};
const MEMBERS = {
  slug: 'note-adherents',
  title: 'Note réservée aux adhérents',
  summary: 'Résumé visible de la note.',
  body: 'Corps zorglub réservé',
};
const STAFF = {
  slug: 'compte-rendu-equipe',
  title: 'Compte rendu quetzal de l’équipe',
  summary: 'Résumé quetzal interne.',
  body: 'Corps zorglub interne',
};

describeEachDatabase('resource centre: who sees what', (getDb) => {
  let app: FastifyInstance;
  let reader: string;
  let admin: string;
  const files: Record<string, number> = {};

  before(async () => {
    const { db } = getDb();
    const member = await createTestMember(db, { slug: 'grand-poitiers', name: 'Grand Poitiers' });
    for (const [r, visibility] of [
      [PUBLIC, 'public'],
      [MEMBERS, 'members'],
      [STAFF, 'staff'],
    ] as const) {
      await createResource(db, {
        slug: r.slug,
        title: r.title,
        summary: r.summary,
        bodyHtml: `<p>${r.body}</p>`,
        type: 'note-juridique',
        visibility,
        publishedAt: '2026-05-04',
        series: visibility === 'staff' ? 'Série quetzal' : null,
        themeSlugs: ['alimentation'],
        attachments: [{ title: `Fichier ${r.slug}`, upload: pdf(r.slug) }],
      });
      const row = await db
        .selectFrom('resource_attachments as a')
        .innerJoin('resources as r', 'r.id', 'a.resource_id')
        .select('a.id')
        .where('r.slug', '=', r.slug)
        .executeTakeFirstOrThrow();
      files[r.slug] = row.id;
    }
    await createResource(db, {
      slug: 'brouillon',
      title: 'Brouillon caché',
      summary: 'x',
      bodyHtml: '',
      type: 'guide',
      visibility: 'public',
      status: 'draft',
    });
    reader = await sessionCookie(getDb(), (await createTestUser(db, { role: 'reader', memberId: member.id })).id);
    admin = await sessionCookie(getDb(), (await createTestUser(db, { role: 'admin' })).id);
    app = await buildTestApp(getDb());
  });
  after(async () => app.close());

  const get = (url: string, cookie?: string) => app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
  const nothingOf = (body: string, r: typeof STAFF) => {
    assert.ok(!body.includes(r.title), `title of ${r.slug}`);
    assert.ok(!body.includes(r.summary), `summary of ${r.slug}`);
    assert.ok(!body.includes(r.body), `body of ${r.slug}`);
    assert.ok(!body.includes(r.slug), `address of ${r.slug}`);
  };

  test('page: a visitor sees the title and summary of a members-only resource, a sign-in link, never its body or files', async () => {
    const res = await get(`/ressources/${MEMBERS.slug}`);
    assert.equal(res.statusCode, 200);
    assert.ok(res.body.includes(MEMBERS.title) && res.body.includes(MEMBERS.summary));
    assert.match(res.body, /Réservé aux adhérents/);
    assert.match(res.body, /href="\/connexion\?retour=%2Fressources%2Fnote-adherents"/);
    assert.ok(!res.body.includes(MEMBERS.body));
    assert.doesNotMatch(res.body, /\/fichiers\//);
    assert.equal((await get(`/ressources/${STAFF.slug}`)).statusCode, 404);
    nothingOf((await get(`/ressources/${STAFF.slug}`)).body, STAFF);
    assert.equal((await get('/ressources/brouillon')).statusCode, 404);
  });

  test('page: a reader reads members-only resources but not staff ones; staff read everything', async () => {
    const res = await get(`/ressources/${MEMBERS.slug}`, reader);
    assert.equal(res.statusCode, 200);
    assert.ok(res.body.includes(MEMBERS.body));
    assert.ok(res.body.includes(`/ressources/${MEMBERS.slug}/fichiers/${files[MEMBERS.slug]}`));
    assert.doesNotMatch(res.body, /Réservé aux adhérents\./);
    assert.equal(res.headers['cache-control'], 'private, no-store');
    assert.equal((await get(`/ressources/${STAFF.slug}`, reader)).statusCode, 404);
    const staff = await get(`/ressources/${STAFF.slug}`, admin);
    assert.equal(staff.statusCode, 200);
    assert.ok(staff.body.includes(STAFF.body));
  });

  test('files: a visitor is sent to sign in for members-only files and gets 404 for staff ones; the bytes reach only who may read', async () => {
    const members = `/ressources/${MEMBERS.slug}/fichiers/${files[MEMBERS.slug]}`;
    const staff = `/ressources/${STAFF.slug}/fichiers/${files[STAFF.slug]}`;
    const visitor = await get(members);
    assert.equal(visitor.statusCode, 303);
    assert.equal(visitor.headers.location, '/connexion?retour=%2Fressources%2Fnote-adherents');
    assert.doesNotMatch(visitor.body, /%PDF/);
    assert.equal((await get(staff)).statusCode, 404);
    assert.equal((await get(staff, reader)).statusCode, 404);
    // An attachment of one resource is not reachable through another resource's address.
    assert.equal((await get(`/ressources/${PUBLIC.slug}/fichiers/${files[MEMBERS.slug]}`)).statusCode, 404);

    const ok = await get(members, reader);
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.headers['content-type'], 'application/pdf');
    assert.ok(ok.rawPayload.subarray(0, 5).equals(Buffer.from('%PDF-')));
    assert.equal(ok.headers['x-content-type-options'], 'nosniff');
    assert.equal(ok.headers['cache-control'], 'private, no-cache');
    assert.equal(ok.headers['content-disposition'], `attachment; filename="note-adherents.pdf"; filename*=UTF-8''note-adherents.pdf`);
    const etag = ok.headers.etag as string;
    assert.match(etag, /^"[0-9a-f]{64}"$/);
    assert.equal((await app.inject({ method: 'GET', url: members, headers: { cookie: reader, 'if-none-match': etag } })).statusCode, 304);
    assert.equal((await get(staff, admin)).statusCode, 200);
    const pub = await get(`/ressources/${PUBLIC.slug}/fichiers/${files[PUBLIC.slug]}`);
    assert.equal(pub.statusCode, 200);
    assert.match(pub.headers['cache-control'] as string, /^public/);
    // Attachments are not served as public media either.
    const sha = etag.slice(1, -1);
    assert.equal((await get(`/medias/${sha}.bin`)).statusCode, 404);
  });

  test('listing and counts: a visitor lists public and members-only teasers, never staff-only ones', async () => {
    for (const url of [
      '/ressources',
      '/ressources?tri=titre',
      '/ressources?visibilite=staff',
      '/ressources?serie=S%C3%A9rie%20quetzal',
      '/ressources?annee=2026&type=note-juridique',
    ]) {
      const res = await get(url);
      assert.equal(res.statusCode, 200, url);
      nothingOf(res.body, STAFF);
      assert.ok(!res.body.includes(MEMBERS.body), url);
      assert.doesNotMatch(res.body, /quetzal/i, url);
    }
    const all = await get('/ressources');
    assert.match(all.body, /2\sressources/);
    assert.ok(all.body.includes(MEMBERS.title));
    assert.doesNotMatch(all.body, /Brouillon caché/);
    assert.match((await get('/ressources?visibilite=staff')).body, /0\sressource/);
    assert.match((await get('/ressources', reader)).body, /2\sressources/);
    const staff = await get('/ressources', admin);
    assert.match(staff.body, /3\sressources/);
    assert.ok(staff.body.includes(STAFF.title));
  });

  test('the shared page cache: a signed-in visit neither fills nor reads what visitors get', async () => {
    // Reader first: the visitor after must still get the teaser, and the staff listing must not leak.
    assert.ok((await get(`/ressources/${MEMBERS.slug}?v=1`, reader)).body.includes(MEMBERS.body));
    assert.ok((await get('/ressources?v=1', admin)).body.includes(STAFF.title));
    const visitorPage = await get(`/ressources/${MEMBERS.slug}?v=1`);
    assert.ok(!visitorPage.body.includes(MEMBERS.body));
    assert.equal(visitorPage.headers['cache-control'], 'public, max-age=60');
    nothingOf((await get('/ressources?v=1')).body, STAFF);
    // Visitor first (now cached): signed-in people still get their own pages.
    assert.ok((await get(`/ressources/${MEMBERS.slug}?v=1`, reader)).body.includes(MEMBERS.body));
    assert.ok((await get('/ressources?v=1', admin)).body.includes(STAFF.title));
    assert.ok(!(await get(`/ressources/${MEMBERS.slug}?v=1`)).body.includes(MEMBERS.body));
  });

  test('feed, API and sitemap hold public resources only, whoever asks', async () => {
    for (const cookie of [undefined, reader, admin]) {
      for (const url of ['/ressources/flux.atom', '/api/v1/resources', '/api/v1/resources?year=2026', '/sitemaps/ressources.xml']) {
        const res = await get(url, cookie);
        assert.equal(res.statusCode, 200, url);
        assert.ok(res.body.includes(PUBLIC.slug), url);
        nothingOf(res.body, STAFF);
        nothingOf(res.body, MEMBERS);
      }
    }
    const api = (await get('/api/v1/resources')).json();
    assert.equal(api.meta.total, 1);
    assert.equal(api.data[0].url, 'http://essor.test/ressources/guide-public');
    assert.equal(api.data[0].attachments[0].url, `http://essor.test/ressources/guide-public/fichiers/${files[PUBLIC.slug]}`);
    assert.match((await get('/ressources/flux.atom')).body, /<link href="http:\/\/essor\.test\/ressources\/guide-public"/);
  });

  test('search: private resources are not found by visitors; public ones are, with their address', async () => {
    for (const q of ['zorglub', 'quetzal', 'réservée adhérents']) {
      const res = await get(`/api/v1/search?q=${encodeURIComponent(q)}`);
      assert.equal(res.statusCode, 200);
      nothingOf(res.body, STAFF);
      nothingOf(res.body, MEMBERS);
      const page = await get(`/recherche?q=${encodeURIComponent(q)}`);
      nothingOf(page.body, STAFF);
      assert.ok(!page.body.includes(MEMBERS.body));
    }
    const found = (await get('/api/v1/search?q=tiers-lieux')).json();
    assert.ok(found.data.some((d: { url: string }) => d.url === 'http://essor.test/ressources/guide-public'));
  });

  test('search page: signed-in people find what they may read, privately; visitors still do not', async () => {
    const asReader = await get('/recherche?q=zorglub', reader);
    assert.equal(asReader.headers['cache-control'], 'private, no-store');
    assert.ok(asReader.body.includes(MEMBERS.title), 'a reader finds the members-only note');
    nothingOf(asReader.body, STAFF);
    const asAdmin = await get('/recherche?q=zorglub', admin);
    assert.ok(asAdmin.body.includes(STAFF.title) && asAdmin.body.includes(MEMBERS.title), 'staff find everything');
    const asVisitor = await get('/recherche?q=zorglub');
    nothingOf(asVisitor.body, STAFF);
    assert.ok(!asVisitor.body.includes(MEMBERS.title), 'the reader’s results were not kept for visitors');
    const api = await get('/api/v1/search?q=zorglub', reader);
    nothingOf(api.body, MEMBERS);
  });

  test('an image filed with a members-only resource is not public at its media address', async () => {
    const { db } = getDb();
    await createResource(db, {
      slug: 'plan-reserve',
      title: 'Plan réservé',
      summary: 'Un plan.',
      bodyHtml: '<p>Plan</p>',
      type: 'note-juridique',
      visibility: 'members',
      publishedAt: '2026-05-04',
      themeSlugs: [],
      attachments: [{ title: 'Plan', upload: { filename: 'plan.png', mimetype: 'image/png', data: TINY_PNG, truncated: false } }],
    });
    const sha = crypto.createHash('sha256').update(TINY_PNG).digest('hex');
    assert.equal((await get(`/medias/${sha}.png`)).statusCode, 404, 'a visitor');
    assert.equal((await get(`/medias/${sha}.png`, reader)).statusCode, 404, 'a reader goes through the resource');
    const staff = await get(`/medias/${sha}.png`, admin);
    assert.equal(staff.statusCode, 200);
    assert.equal(staff.headers['cache-control'], 'private, no-store');
  });
});
