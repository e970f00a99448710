/**
 * The back-office news tests' fixture: two members, an editor of each, an admin, the app with a
 * CSRF pair, and the requests they send (a GET, a plain form, the multipart news form). Registers
 * its own before/after hooks in the calling suite; the sessions and ids are read once they ran.
 */
import { after, before } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../../db/database.ts';
import { buildTestApp, csrfPair, form, sessionCookie } from '../../../../test/app.ts';
import { createTestMember, createTestUser } from '../../../../test/factories.ts';
import { multipartBody } from '../../../../test/multipart.ts';

export function newsAuthoring(getDb: () => Database) {
  const slug = 'ville-redactrice';
  const t = {
    slug,
    base: `/admin/adherents/${slug}/actualites`,
    app: undefined as unknown as FastifyInstance,
    csrf: { cookie: '', token: '' },
    editor: '',
    otherEditor: '',
    admin: '',
    memberId: 0,
    otherId: 0,
    get: (url: string, session?: string) => t.app.inject({ method: 'GET', url, headers: session ? { cookie: session } : {} }),
    postForm: (url: string, session: string, fields: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `${t.csrf.cookie}; ${session}` },
        payload: form({ _csrf: t.csrf.token, ...fields }),
      }),
    postNews: (
      url: string,
      session: string,
      fields: Record<string, string | string[]>,
      file?: { filename: string; type: string; data: Buffer },
    ) => {
      const { payload, contentType } = multipartBody({ _csrf: t.csrf.token, ...fields }, file ? { name: 'image', ...file } : undefined);
      return t.app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': contentType, cookie: `${t.csrf.cookie}; ${session}` },
        payload,
      });
    },
    /** The fields of the news form, a draft of "Forum des tiers-lieux" unless overridden. */
    news: (extra: Record<string, string | string[]> = {}) => ({
      title: 'Forum des tiers-lieux',
      summary: 'Rencontre des tiers-lieux du territoire.',
      body: '<p>Programme de la journée.</p>',
      date: '',
      time: '',
      image_alt: '',
      action: 'save',
      ...extra,
    }),
    /** The news id in a back-office address (a redirect's Location). */
    idOf: (location: unknown) => Number(/\/actualites\/(\d+)/.exec(String(location))?.[1]),
  };

  before(async () => {
    const database = getDb();
    const { db } = database;
    t.memberId = (await createTestMember(db, { slug, name: 'Ville rédactrice' })).id;
    t.otherId = (await createTestMember(db, { slug: 'autre-ville', name: 'Autre ville' })).id;
    t.editor = await sessionCookie(database, (await createTestUser(db, { role: 'editor', memberId: t.memberId, name: 'Rédactrice' })).id);
    t.otherEditor = await sessionCookie(database, (await createTestUser(db, { role: 'editor', memberId: t.otherId })).id);
    t.admin = await sessionCookie(database, (await createTestUser(db, { role: 'admin', name: 'Équipe réseau' })).id);
    t.app = await buildTestApp(database);
    t.csrf = await csrfPair(t.app);
  });
  after(() => t.app.close());
  return t;
}
