/**
 * The network's indicators in the back office, on both databases: a refused form comes back with
 * every problem and what was typed; a new indicator is offered in the profiles of the kinds it
 * applies to (and refused elsewhere); an internal one never reaches the public profile or API.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, csrfPair, form, sessionCookie } from '../../../test/app.ts';
import { describeEachDatabase } from '../../../test/databases.ts';
import { createTestMember, createTestUser } from '../../../test/factories.ts';
import { getIndicator } from './indicators.service.ts';

describeEachDatabase('indicators in the back office', (getDb) => {
  let app: FastifyInstance;
  let csrf: { cookie: string; token: string };
  let admin: string;
  let editor: string;
  const slug = 'commune-indicateurs';

  before(async () => {
    const { db } = getDb();
    // A commune: the new indicator below is asked of régions only.
    const member = await createTestMember(db, { slug, name: 'Commune des indicateurs', territory: { kind: 'commune', code: '86194' } });
    app = await buildTestApp(getDb());
    csrf = await csrfPair(app);
    admin = await sessionCookie(getDb(), (await createTestUser(db, { role: 'admin' })).id);
    editor = await sessionCookie(getDb(), (await createTestUser(db, { role: 'editor', memberId: member.id })).id);
  });
  after(() => app.close());

  const post = (url: string, cookie: string, fields: Record<string, string | string[]>) =>
    app.inject({
      method: 'POST',
      url,
      headers: { cookie: `${csrf.cookie}; ${cookie}`, 'content-type': 'application/x-www-form-urlencoded' },
      payload: form({ _csrf: csrf.token, ...(fields as Record<string, string>) }),
    });

  test('the five seeded indicators are listed with their codes', async () => {
    const page = await app.inject({ method: 'GET', url: '/admin/indicateurs', headers: { cookie: admin } });
    assert.equal(page.statusCode, 200);
    for (const code of ['budget_eur', 'staff_fte', 'ess_establishments', 'ess_jobs', 'ess_employment_share'])
      assert.ok(page.body.includes(`<code>${code}</code>`), code);
  });

  test('a refused indicator comes back with every problem and what was typed; a good one is created', async () => {
    const refused = await post('/admin/indicateurs/nouveau', admin, {
      code: 'Achats Responsables',
      label: 'Ac',
      unit: '',
      definition: 'Trop court',
      aggregation: 'share',
      perInhabitant: '1',
      visibility: 'public',
    });
    assert.equal(refused.statusCode, 400);
    for (const message of ['Code :', 'Libellé :', 'Unité :', 'Définition :', 'Par habitant :'])
      assert.ok(refused.body.includes(message), message);
    assert.ok(refused.body.includes('value="Achats Responsables"'));
    const created = await post('/admin/indicateurs/nouveau', admin, {
      code: 'achats_responsables',
      label: 'Part des achats responsables',
      unit: '%',
      definition: 'Part du montant des marchés publics notifiés dans l’année qui comportent une clause sociale ou environnementale.',
      memberKinds: 'region',
      aggregation: 'share',
      visibility: 'public',
    });
    assert.equal(created.statusCode, 303);
    const indicator = await getIndicator(getDb().db, 'achats_responsables');
    assert.deepEqual(indicator?.memberKinds, ['region']);
    const again = await post('/admin/indicateurs/nouveau', admin, {
      ...Object.fromEntries([]),
      code: 'achats_responsables',
      label: 'Autre',
      unit: '%',
      definition: 'Une définition assez longue pour passer.',
      aggregation: 'share',
      visibility: 'public',
    });
    assert.equal(again.statusCode, 400);
    assert.ok(again.body.includes('est déjà celui d’un autre indicateur'));
  });

  test('an editor may not manage indicators; a commune is not offered an indicator asked of régions only', async () => {
    assert.equal((await app.inject({ method: 'GET', url: '/admin/indicateurs', headers: { cookie: editor } })).statusCode, 403);
    const formPage = await app.inject({ method: 'GET', url: `/admin/adherents/${slug}/profil`, headers: { cookie: editor } });
    assert.ok(formPage.body.includes('value="budget_eur"'));
    assert.ok(!formPage.body.includes('value="achats_responsables"'));
    const refused = await post(`/admin/adherents/${slug}/profil`, editor, {
      section_count: '0',
      website: '',
      figure_count: '1',
      fig0_kind: 'achats_responsables',
      fig0_year: '2025',
      fig0_value: '12',
      fig0_source: '',
      fig0_follows: '',
      fig0_note: '',
      action: 'save',
    });
    assert.equal(refused.statusCode, 400);
    assert.ok(refused.body.includes('choisissez l’indicateur auquel correspond ce chiffre'));
  });

  test('an internal indicator never reaches the public profile nor the API', async () => {
    const { db } = getDb();
    await post('/admin/indicateurs/nouveau', admin, {
      code: 'agents_internes',
      label: 'Agents affectés au suivi interne',
      unit: 'ETP',
      definition: 'Agents affectés au suivi interne de la politique ESS, au 31 décembre.',
      aggregation: 'sum',
      visibility: 'internal',
    });
    const member = await createTestMember(db, {
      slug: 'membre-interne',
      figures: [
        { kind: 'agents_internes', value: 3, unit: 'ETP', year: 2025, source: 'Interne' },
        { kind: 'staff_fte', value: 2, year: 2025, source: 'Public' },
      ],
    });
    const page = await app.inject({ method: 'GET', url: `/adherents/${member.slug}` });
    assert.ok(page.body.includes('Agents dédiés à l’ESS'));
    assert.ok(!page.body.includes('Agents affectés au suivi interne'));
    const api = await app.inject({ method: 'GET', url: `/api/v1/members/${member.slug}` });
    assert.ok(!api.body.includes('agents_internes'));
    assert.ok(api.body.includes('staff_fte'));
  });

  test('an indicator nothing uses can be deleted; one with members’ values cannot', async () => {
    await post('/admin/indicateurs/nouveau', admin, {
      code: 'par_erreur',
      label: 'Créé par erreur',
      unit: '€',
      definition: 'Un indicateur créé par erreur, que personne n’utilise encore.',
      aggregation: 'sum',
      visibility: 'public',
    });
    const page = await app.inject({ method: 'GET', url: '/admin/indicateurs/par_erreur', headers: { cookie: admin } });
    assert.ok(page.body.includes('Supprimer l’indicateur « Créé par erreur »'));
    assert.equal((await post('/admin/indicateurs/par_erreur/supprimer', admin, {})).statusCode, 303);
    assert.equal(await getIndicator(getDb().db, 'par_erreur'), undefined);
    assert.equal((await post('/admin/indicateurs/par_erreur/supprimer', admin, {})).statusCode, 404);

    const used = await app.inject({ method: 'GET', url: '/admin/indicateurs/budget_eur', headers: { cookie: admin } });
    assert.ok(!used.body.includes('/admin/indicateurs/budget_eur/supprimer'));
    assert.match(used.body, /Cet indicateur est utilisé \(\d+/);
    const refused = await post('/admin/indicateurs/budget_eur/supprimer', admin, {});
    assert.equal(refused.statusCode, 409);
    assert.ok(refused.body.includes('ne peut pas être supprimé'));
    assert.ok(await getIndicator(getDb().db, 'budget_eur'));
  });
});
