/** Sign-in over HTTP: CSRF, cookie flags, session fixation, logout, rate limit, safe return paths. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, csrfPair, form } from '../../../test/app.ts';
import { describeEachDatabase } from '../../../test/databases.ts';
import { createTestUser } from '../../../test/factories.ts';
import { safeReturn } from './accounts.routes.ts';

const PASSWORD = 'une phrase de passe solide';

test('only back-office and resource paths are accepted as the page to return to after signing in', () => {
  assert.equal(safeReturn('/admin/adherents/x/profil'), '/admin/adherents/x/profil');
  assert.equal(safeReturn('/ressources/note-juridique'), '/ressources/note-juridique');
  for (const evil of [
    '//evil.example/admin',
    'https://evil.example/admin',
    '/adminx',
    '/ressourcesx',
    '//ressources',
    '/\\evil',
    'javascript:alert(1)',
    '/admin/../x y',
  ]) {
    assert.equal(safeReturn(evil), '/admin', evil);
  }
});

describeEachDatabase('sign-in over HTTP', (getDb) => {
  let app: FastifyInstance;
  let email: string;
  before(async () => {
    ({ email } = await createTestUser(getDb().db, { role: 'admin', password: PASSWORD }));
    app = await buildTestApp(getDb());
  });
  after(() => app.close());

  const signIn = async (fields: Record<string, string>, csrf: { cookie: string; token: string }, extraCookie = '') =>
    app.inject({
      method: 'POST',
      url: '/connexion',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: [csrf.cookie, extraCookie].filter(Boolean).join('; ') },
      payload: form({ _csrf: csrf.token, ...fields }),
    });

  test('a visitor asking for the back office is sent to the sign-in page, which comes back there', async () => {
    const response = await app.inject({ method: 'GET', url: '/admin/journal' });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/connexion?retour=%2Fadmin%2Fjournal');
    const page = await app.inject({ method: 'GET', url: response.headers.location });
    assert.match(page.body, /name="retour" value="\/admin\/journal"/);
    assert.equal(page.headers['cache-control'], 'no-store');
  });

  test('signing in sets a fresh HttpOnly SameSite session cookie, never the one the browser brought', async () => {
    const csrf = await csrfPair(app);
    const planted = 'essor_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    const response = await signIn({ email, password: PASSWORD, retour: '/admin/journal' }, csrf, planted);
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/admin/journal');
    const cookie = response.cookies.find((c) => c.name === 'essor_session');
    assert.ok(cookie);
    assert.notEqual(cookie.value, planted.split('=')[1]);
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(cookie.path, '/');
    const journal = await app.inject({ method: 'GET', url: '/admin/journal', headers: { cookie: `essor_session=${cookie.value}` } });
    assert.equal(journal.statusCode, 200);
    assert.match(journal.body, /user\.login/);
  });

  test('a wrong password answers 401 with the form again and the e-mail kept', async () => {
    const csrf = await csrfPair(app);
    const response = await signIn({ email, password: 'pas le bon mot de passe' }, csrf);
    assert.equal(response.statusCode, 401);
    assert.match(response.body, /Adresse électronique ou mot de passe incorrect/);
    assert.ok(response.body.includes(`value="${email}"`));
  });

  test('a form without its CSRF token, or with a forged one, is refused', async () => {
    const csrf = await csrfPair(app);
    const missing = await app.inject({
      method: 'POST',
      url: '/connexion',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrf.cookie },
      payload: form({ email, password: PASSWORD }),
    });
    assert.equal(missing.statusCode, 403);
    assert.match(missing.body, /jeton de sécurité/);
    const forged = await signIn({ email, password: PASSWORD }, { cookie: csrf.cookie, token: 'abc-forged' });
    assert.equal(forged.statusCode, 403);
    const noSecret = await signIn({ email, password: PASSWORD }, { cookie: '', token: csrf.token });
    assert.equal(noSecret.statusCode, 403);
  });

  test('signing out ends the session on the server: the old cookie opens nothing', async () => {
    const csrf = await csrfPair(app);
    const response = await signIn({ email, password: PASSWORD }, csrf);
    const session = `essor_session=${response.cookies.find((c) => c.name === 'essor_session')!.value}`;
    const out = await app.inject({
      method: 'POST',
      url: '/deconnexion',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `${csrf.cookie}; ${session}` },
      payload: form({ _csrf: csrf.token }),
    });
    assert.equal(out.statusCode, 303);
    assert.equal(out.cookies.find((c) => c.name === 'essor_session')?.value, '');
    const again = await app.inject({ method: 'GET', url: '/admin', headers: { cookie: session } });
    assert.equal(again.statusCode, 303);
    assert.match(String(again.headers.location), /^\/connexion/);
  });

  test('more than ten sign-in attempts a minute from one address get 429', async () => {
    const csrf = await csrfPair(app);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await signIn({ email: 'inconnu@example.org', password: 'x' }, csrf)).statusCode);
    assert.ok(statuses.includes(429), `statuses: ${statuses.join(',')}`);
    const last = await signIn({ email, password: PASSWORD }, csrf);
    assert.equal(last.statusCode, 429);
    assert.match(last.body, /Trop de tentatives/);
  });
});
