/** Sign-in over HTTP: CSRF, cookie flags, session fixation, logout, rate limit, safe return paths. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, csrfPair, form } from '../../../test/app.ts';
import { describeEachDatabase } from '../../../test/databases.ts';
import { createTestMember, createTestUser } from '../../../test/factories.ts';
import { loadConfig } from '../../config.ts';
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
    '/admin/été',
    '/ressources/\u2028',
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

  test('a page to return to that a Location header cannot carry sends to the back office, not to a 500', async () => {
    const res = await signIn({ email, password: PASSWORD, retour: '/admin/adhérents/été' }, await csrfPair(app));
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/admin');
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

describeEachDatabase('client addresses and X-Forwarded-For', (getDb) => {
  const attempt = async (app: FastifyInstance, email: string, forwardedFor: string, remoteAddress: string) => {
    const csrf = await csrfPair(app);
    return app.inject({
      method: 'POST',
      url: '/connexion',
      remoteAddress,
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrf.cookie, 'x-forwarded-for': forwardedFor },
      payload: form({ _csrf: csrf.token, email, password: 'mauvais' }),
    });
  };
  const failedFrom = async (ip: string) =>
    (await getDb().db.selectFrom('audit_log').select('ip').where('action', '=', 'user.login_failed').where('ip', '=', ip).execute()).length;

  test('by default the header is ignored: a rotating X-Forwarded-For neither escapes the limit nor writes the audit log', async () => {
    const { db } = getDb();
    const { email } = await createTestUser(db, { role: 'editor', password: PASSWORD, memberId: (await createTestMember(db)).id });
    const app = await buildTestApp(getDb());
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) {
        const csrf = await csrfPair(app);
        const res = await app.inject({
          method: 'POST',
          url: '/connexion',
          remoteAddress: '192.0.2.10',
          headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrf.cookie, 'x-forwarded-for': `198.51.100.${i}` },
          payload: form({ _csrf: csrf.token, email, password: 'mauvais' }),
        });
        statuses.push(res.statusCode);
      }
      assert.ok(
        statuses.slice(10).every((s) => s === 429),
        `statuses: ${statuses.join(',')}`,
      );
      const claimed = await db.selectFrom('audit_log').select('ip').where('ip', 'like', '198.51.100.%').execute();
      assert.deepEqual(claimed, [], 'no claimed address in the audit log');
    } finally {
      await app.close();
    }
  });

  test('from a trusted proxy (TRUSTED_PROXIES), the client address is the forwarded one', async () => {
    const { db } = getDb();
    const { email } = await createTestUser(db, { role: 'editor', password: PASSWORD, memberId: (await createTestMember(db)).id });
    const app = await buildTestApp(getDb(), { TRUSTED_PROXIES: '192.0.2.1, 10.0.0.0/8' });
    try {
      assert.equal((await attempt(app, email, '203.0.113.7', '192.0.2.1')).statusCode, 401);
      assert.equal(await failedFrom('203.0.113.7'), 1);
      // Another peer is not a proxy: its own address counts, whatever it claims.
      assert.equal((await attempt(app, email, '203.0.113.8', '192.0.2.99')).statusCode, 401);
      assert.equal(await failedFrom('203.0.113.8'), 0);
      assert.equal(await failedFrom('192.0.2.99'), 1);
    } finally {
      await app.close();
    }
  });

  test('a TRUSTED_PROXIES entry that is not an address stops the start with a clear message', () => {
    assert.throws(() => loadConfig({ TRUSTED_PROXIES: '127.0.0.1, proxy.local' }), /TRUSTED_PROXIES: "proxy.local" is not an IP address/);
  });
});
