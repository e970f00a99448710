/**
 * Site settings on both databases: refused values in French, a save that every public page,
 * feed and the OpenAPI title follow at once, the audit entry, and an instance that picks up
 * settings saved by another one through the content version.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, csrfPair, form, sessionCookie } from '../../../test/app.ts';
import { describeEachDatabase } from '../../../test/databases.ts';
import { createTestUser } from '../../../test/factories.ts';
import { DEFAULT_SITE, SITE } from '../../web/site.ts';
import { saveSiteSettings } from './settings.service.ts';

describeEachDatabase('site settings', (getDb) => {
  let app: FastifyInstance;
  let csrf: { cookie: string; token: string };
  let admin: string;
  let editor: string;
  let adminActor: Awaited<ReturnType<typeof createTestUser>>['actor'];

  before(async () => {
    const database = getDb();
    const user = await createTestUser(database.db, { role: 'admin', email: 'equipe@reseau.test' });
    adminActor = user.actor;
    admin = await sessionCookie(database, user.id);
    editor = await sessionCookie(database, (await createTestUser(database.db, { role: 'reader' })).id);
    app = await buildTestApp(database);
    csrf = await csrfPair(app);
  });
  after(() => app.close());

  const post = (session: string, fields: Record<string, string>) =>
    app.inject({
      method: 'POST',
      url: '/admin/parametres',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `${csrf.cookie}; ${session}` },
      payload: form({ _csrf: csrf.token, ...fields }),
    });
  const valid = {
    name: 'Réseau des territoires solidaires',
    shortName: 'RTS',
    description: 'Les collectivités qui font vivre l’économie sociale et solidaire.\r\n\r\nUn réseau ouvert à toutes les collectivités.',
    contactEmail: 'Contact@Reseau-Solidaire.fr',
  };

  test('a fresh database shows the default settings', async () => {
    assert.equal(SITE.name, DEFAULT_SITE.name);
    const page = await app.inject({ method: 'GET', url: '/admin/parametres', headers: { cookie: admin } });
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes(`value="${DEFAULT_SITE.shortName}"`));
    assert.equal((await app.inject({ method: 'GET', url: '/admin/parametres', headers: { cookie: editor } })).statusCode, 403);
    assert.ok(!(await app.inject('/')).body.includes('class="footer-contact"'), 'no contact address by default');
  });

  test('refused settings come back with every problem in French and what was typed', async () => {
    const longShortName = 'Un nom court bien trop long pour tenir dans l’en-tête';
    const response = await post(admin, { name: 'R', shortName: longShortName, description: 'Trop court', contactEmail: 'contact@reseau' });
    assert.equal(response.statusCode, 400);
    for (const problem of [
      'Nom du réseau : saisissez le nom complet du réseau (3 caractères au moins).',
      `Nom court : 40 caractères au plus (${longShortName.length} saisis).`,
      'Texte d’introduction : présentez le réseau en une ou deux phrases (20 caractères au moins).',
      'Adresse de contact : saisissez une adresse électronique valide, par exemple contact@reseau.fr, ou laissez le champ vide.',
    ])
      assert.ok(response.body.includes(problem), problem);
    assert.ok(response.body.includes('value="contact@reseau"'));
    assert.equal(SITE.shortName, DEFAULT_SITE.shortName);
  });

  test('saved settings show at once on public pages, feeds and the API description, and are audited', async () => {
    // A cached home page first: the save must drop it.
    assert.ok((await app.inject('/')).body.includes(DEFAULT_SITE.name));
    const saved = await post(admin, valid);
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, '/admin/parametres?message=enregistre');

    const home = (await app.inject('/')).body;
    assert.match(home, /<title>RTS — Réseau des territoires solidaires<\/title>/);
    assert.match(home, /<h1 id="titre-accueil">Réseau des territoires solidaires<\/h1>/);
    assert.match(
      home,
      /<p class="lead">Les collectivités qui font vivre l’économie sociale et solidaire\.<\/p><p>Un réseau ouvert à toutes les collectivités\.<\/p>/,
    );
    assert.match(
      home,
      /<meta name="description" content="Les collectivités qui font vivre l’économie sociale et solidaire\. Un réseau ouvert/,
    );
    assert.match(home, /Contact : <a href="mailto:contact@reseau-solidaire\.fr">contact@reseau-solidaire\.fr<\/a>/);
    assert.ok(!home.includes(DEFAULT_SITE.name));
    assert.match((await app.inject('/adherents')).body, /<title>[^<]*— RTS<\/title>/);
    assert.match((await app.inject('/actualites/flux.atom')).body, /<title[^>]*>Actualités — Réseau des territoires solidaires<\/title>/);
    assert.equal((await app.inject('/api/openapi.json')).json().info.title, 'RTS — API');

    const form2 = await app.inject({ method: 'GET', url: '/admin/parametres?message=enregistre', headers: { cookie: admin } });
    assert.match(form2.body, /Paramètres enregistrés/);
    assert.ok(form2.body.includes('value="Réseau des territoires solidaires"'));

    const entries = await getDb().db.selectFrom('audit_log').selectAll().where('action', '=', 'settings.updated').execute();
    assert.equal(entries.length, 1);
    assert.equal(entries[0]!.actor_label, 'equipe@reseau.test');
    assert.match(
      entries[0]!.summary,
      /nom du réseau : « Réseau des collectivités pour l’économie sociale et solidaire » → « Réseau des territoires solidaires » ; nom court : « Réseau ESS » → « RTS » ; texte d’introduction ; adresse de contact : aucune → « contact@reseau-solidaire\.fr »/,
    );

    // The same values again: nothing written, nothing audited.
    assert.equal((await post(admin, valid)).statusCode, 303);
    assert.equal((await getDb().db.selectFrom('audit_log').select('id').where('action', '=', 'settings.updated').execute()).length, 1);
  });

  test('settings saved by another instance are picked up through the content version', async () => {
    const { db } = getDb();
    assert.ok((await app.inject('/')).body.includes('RTS'));
    // Another instance writes to the same database: this one only sees the content version move.
    await db
      .transaction()
      .execute((trx) => saveSiteSettings(trx, adminActor, { ...valid, name: 'Réseau d’une autre instance', contactEmail: '' }));
    let home = '';
    for (let i = 0; i < 100 && !home.includes('Réseau d’une autre instance'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      home = (await app.inject('/')).body;
    }
    assert.match(home, /<h1 id="titre-accueil">Réseau d’une autre instance<\/h1>/);
    assert.ok(!home.includes('class="footer-contact"'), 'an emptied contact address disappears');
  });
});
