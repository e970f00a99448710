/**
 * The route × role matrix: every back-office route and every state-changing request, for every
 * role (visitor, reader, editor of the member, editor of another member, admin), gets the status
 * its declared access implies. The routes come from the application's own route table, so a new
 * route is covered — and a route without an access rule, or with a rule this table does not know,
 * fails the test.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, csrfPair, form, sessionCookie } from '../../test/app.ts';
import { createTestDatabase } from '../../test/databases.ts';
import { createTestMember, createTestUser } from '../../test/factories.ts';
import type { Database } from '../db/database.ts';
import { queueMail } from '../features/mail/mail.service.ts';
import { createNewsDraft, newsItems } from '../features/news/admin/news.editing.ts';
import { findVersion, submit } from '../features/revisions/revisions.workflow.ts';
import { findNewsById } from '../features/news/news.repository.ts';
import { createResource } from '../features/resources/resources.service.ts';
import type { Access } from './auth.ts';
import { createCampaign, listQuestions, openCampaign } from '../features/campaigns/campaigns.service.ts';

type Role = 'visitor' | 'reader' | 'editor' | 'otherEditor' | 'admin';
const ROLES: Role[] = ['visitor', 'reader', 'editor', 'otherEditor', 'admin'];

/** Who may pass each access rule (the member in URLs is the editor's own member). */
const ALLOWED: Record<string, Role[]> = {
  anyone: ROLES,
  account: ['reader', 'editor', 'otherEditor', 'admin'],
  'content.members': ['reader', 'editor', 'otherEditor', 'admin'],
  'member.edit@slug': ['editor', 'admin'],
  'network.admin': ['admin'],
  'network.admin@slug': ['admin'],
};

const ruleOf = (access: Access) =>
  access === 'anyone' ? 'anyone' : access.memberParam ? `${access.permission}@${access.memberParam}` : access.permission;

let database: Database;
let app: FastifyInstance;
let cookies: Record<Role, () => Promise<string>>;
let params: Record<string, string>;
let csrf: { cookie: string; token: string };

before(async () => {
  database = await createTestDatabase('sqlite');
  const { db } = database;
  const member = await createTestMember(db, { slug: 'membre-matrice' });
  const other = await createTestMember(db, { slug: 'autre-membre' });
  const users = {
    reader: await createTestUser(db, { role: 'reader', memberId: member.id }),
    editor: await createTestUser(db, { role: 'editor', memberId: member.id }),
    otherEditor: await createTestUser(db, { role: 'editor', memberId: other.id }),
    admin: await createTestUser(db, { role: 'admin' }),
  };
  const target = await createTestUser(db, { role: 'reader', memberId: other.id });
  const outboxId = await queueMail(db, { to: 'x@example.org', subject: 'Sujet', text: 'Texte' });
  const revision = await db
    .insertInto('revisions')
    .values({
      subject_type: 'member',
      subject_id: member.id,
      created_at: new Date().toISOString(),
      author: 'Test',
      origin: 'edit',
      state: 'submitted',
      content_hash: 'x',
      snapshot: JSON.stringify({
        name: 'x',
        joinedYear: null,
        updatedAt: new Date().toISOString(),
        website: null,
        sections: [],
        figures: [],
      }),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // A fresh session per request: some requests (sign-out, closing sessions) end the one they use.
  cookies = {
    visitor: async () => '',
    reader: () => sessionCookie(database, users.reader.id),
    editor: () => sessionCookie(database, users.editor.id),
    otherEditor: () => sessionCookie(database, users.otherEditor.id),
    admin: () => sessionCookie(database, users.admin.id),
  };
  params = { slug: 'membre-matrice', id: String(target.id), token: 'A'.repeat(43) };
  app = await buildTestApp(database);
  csrf = await csrfPair(app);
  // Ids whose meaning depends on the route.
  params['moderation:id'] = String(revision.id);
  params['envois:id'] = String(outboxId);
  // A news item of the editor's member with a submission waiting, and a theme.
  const news = await createNewsDraft(db, users.editor.actor, member.id, {
    title: 'Actualité de la matrice',
    summary: 'Résumé.',
    bodyHtml: '<p>Texte.</p>',
    publishedAt: null,
    image: null,
    members: [{ id: member.id, name: member.name }],
    themes: [],
  });
  await submit(
    db,
    newsItems,
    users.editor.actor,
    (await findNewsById(db, news.newsId))!,
    (await findVersion(db, newsItems, news.revisionId))!.snapshot,
  );
  params['news:id'] = String(news.newsId);
  params['theme:id'] = String((await db.selectFrom('themes').select('id').orderBy('id').executeTakeFirstOrThrow()).id);
  // An open campaign concerning both members, and one of its questions.
  const campaignId = await createCampaign(db, users.admin.actor, {
    year: '2026',
    title: 'Campagne de la matrice',
    opensOn: '2026-01-01',
    deadline: '2026-12-31',
    reminderDays: '7',
    minCell: '5',
    memberKinds: [],
  });
  params['campaign:id'] = String(campaignId);
  params.qid = String((await listQuestions(db, campaignId))[0]!.id);
  await openCampaign(db, users.admin.actor, campaignId);
  params['resource:id'] = String(
    await createResource(db, {
      title: 'Ressource de la matrice',
      type: 'guide',
      summary: 'Résumé.',
      bodyHtml: '<p>Texte.</p>',
      visibility: 'members',
    }),
  );
});

after(async () => {
  await app.close();
  await database.close();
});

function concreteUrl(url: string): string {
  return url.replace(/:(\w+)/g, (_m, name: string) => {
    if (name === 'id' && url.startsWith('/admin/moderation')) return params['moderation:id']!;
    if (name === 'id' && url.startsWith('/admin/envois')) return params['envois:id']!;
    if (name === 'id' && /^\/admin\/(adherents\/:slug\/)?actualites\//.test(url)) return params['news:id']!;
    if (name === 'id' && url.startsWith('/admin/thematiques/')) return params['theme:id']!;
    if (name === 'id' && url.startsWith('/admin/ressources/')) return params['resource:id']!;
    if (name === 'id' && /^\/admin\/(adherents\/:slug\/)?campagnes\//.test(url)) return params['campaign:id']!;
    const value = params[name];
    if (!value) throw new Error(`no test value for :${name} in ${url}`);
    return value;
  });
}

test('every back-office route and every state-changing route declares its access', () => {
  const declared = new Set(app.routeTable.declared.map((r) => `${r.method} ${r.url}`));
  const missing = app.routeTable.all
    .filter((r) => r.method !== 'HEAD' && (r.url.startsWith('/admin') || !['GET', 'HEAD', 'OPTIONS'].includes(r.method)))
    .filter((r) => !declared.has(`${r.method} ${r.url}`));
  assert.deepEqual(missing, [], 'routes registered without protectedRoute');
  for (const r of app.routeTable.declared)
    assert.ok(ALLOWED[ruleOf(r.access)], `${r.method} ${r.url}: access rule "${ruleOf(r.access)}" is not in the matrix`);
  assert.ok(app.routeTable.declared.length >= 25, `only ${app.routeTable.declared.length} routes declared`);
});

test('route × role: visitors are sent to sign in, the others get 403 unless allowed', async () => {
  const failures: string[] = [];
  let checked = 0;
  for (const route of app.routeTable.declared) {
    const url = concreteUrl(route.url);
    const allowed = ALLOWED[ruleOf(route.access)]!;
    for (const role of ROLES) {
      const session = await cookies[role]();
      const cookie = [csrf.cookie, session].filter(Boolean).join('; ');
      const response =
        route.method === 'GET'
          ? await app.inject({ method: 'GET', url, headers: { cookie } })
          : await app.inject({
              method: route.method as 'POST',
              url,
              headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
              payload: form({ _csrf: csrf.token }),
            });
      checked++;
      const status = response.statusCode;
      const label = `${route.method} ${route.url} as ${role}: ${status}`;
      if (status >= 500) failures.push(`${label} (server error)`);
      else if (allowed.includes(role)) {
        if (status === 403 || (status === 401 && route.url !== '/connexion')) failures.push(`${label}, expected access`);
      } else if (role === 'visitor') {
        const expected = route.method === 'GET' ? 303 : 401;
        if (status !== expected) failures.push(`${label}, expected ${expected}`);
        if (route.method === 'GET' && !String(response.headers.location).startsWith('/connexion?retour='))
          failures.push(`${label}, not sent to sign in`);
      } else if (status !== 403) failures.push(`${label}, expected 403`);
      if (route.access !== 'anyone' && response.headers['cache-control'] !== 'no-store') failures.push(`${label}: not no-store`);
    }
  }
  assert.deepEqual(failures, []);
  assert.ok(checked >= 125);
});

test('a state-changing request without the CSRF token is refused for every role that could send it', async () => {
  let n = 0;
  for (const route of app.routeTable.declared.filter((r) => r.method === 'POST')) {
    n++;
    const allowed = ALLOWED[ruleOf(route.access)]!;
    const role = allowed.includes('admin') ? 'admin' : allowed[0]!;
    const response = await app.inject({
      // From an address of its own: the sign-in rate limit counts per address.
      method: 'POST',
      url: concreteUrl(route.url),
      remoteAddress: `198.51.100.${n}`,
      headers: {
        cookie: [csrf.cookie, await cookies[role]()].filter(Boolean).join('; '),
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: form({}),
    });
    assert.equal(response.statusCode, 403, `${route.url} as ${role}`);
  }
});
