/**
 * Members' official data in the back office, on both databases: the list with the state of each
 * profile, creating a member (territory by code or by name, French messages for what is refused)
 * and editing its official data, every change in the audit log.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, csrfPair, form, sessionCookie } from '../../../../test/app.ts';
import { describeEachDatabase } from '../../../../test/databases.ts';
import { createTestMember, createTestUser } from '../../../../test/factories.ts';

describeEachDatabase('members in the back office', (getDb) => {
  let app: FastifyInstance;
  let csrf: { cookie: string; token: string };
  let admin: string;
  let editor: string;

  before(async () => {
    const database = getDb();
    const { db } = database;
    const poitiers = await createTestMember(db, {
      slug: 'ville-de-poitiers',
      name: 'Ville de Poitiers',
      territory: { kind: 'commune', code: '86194' },
      joinedYear: 2004,
      updatedAt: '2016-05-02',
    });
    await createTestMember(db, {
      slug: 'ancienne-region',
      name: 'Région ancienne',
      territory: { kind: 'region', code: '53' },
      status: 'former',
    });
    await createTestUser(db, { role: 'editor', memberId: poitiers.id });
    await createTestUser(db, { role: 'editor', memberId: poitiers.id });
    await db
      .insertInto('revisions')
      .values({
        subject_type: 'member',
        subject_id: poitiers.id,
        created_at: new Date().toISOString(),
        author: 'Rédactrice',
        origin: 'edit',
        state: 'submitted',
        content_hash: 'x',
        snapshot: JSON.stringify({
          name: 'Ville de Poitiers',
          joinedYear: 2004,
          updatedAt: new Date().toISOString(),
          website: null,
          sections: [],
          figures: [],
        }),
      })
      .execute();
    admin = await sessionCookie(database, (await createTestUser(db, { role: 'admin', email: 'equipe@reseau.test' })).id);
    editor = await sessionCookie(database, (await createTestUser(db, { role: 'editor', memberId: poitiers.id })).id);
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
  const get = (url: string, session: string) => app.inject({ method: 'GET', url, headers: { cookie: session } });
  const newMember = (fields: Record<string, string> = {}) => ({
    name: 'Département de la Gironde',
    territoryKind: 'departement',
    territory: '33',
    joinedYear: '2012',
    moderation: 'review',
    website: '',
    ...fields,
  });
  const auditActions = async () =>
    await getDb().db.selectFrom('audit_log').select(['action', 'summary', 'target_id']).orderBy('id').execute();

  test('the list shows every member with the state of its profile, and filters by name, kind and status', async () => {
    const page = await get('/admin/adherents', admin);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /2\u00a0adhérents/);
    const poitiersRow =
      /<tr><th scope="row"><a href="\/admin\/adherents\/ville-de-poitiers">Ville de Poitiers<\/a>.*?<\/tr>/s.exec(page.body)?.[0] ?? '';
    assert.match(poitiersRow, /02\/05\/2016/);
    assert.match(poitiersRow, /href="\/admin\/moderation\/\d+">Modification à valider/);
    assert.match(poitiersRow, /<td>3<\/td>/, 'three editor accounts');
    assert.match(poitiersRow, /href="\/admin\/adherents\/ville-de-poitiers\/profil"/);
    assert.match(poitiersRow, /href="\/admin\/adherents\/ville-de-poitiers\/historique"/);
    assert.match(page.body, /Région ancienne<\/a><span class="muted member-admin-kind"><span class="tag">ancien adhérent<\/span>Région</);

    const byName = await get('/admin/adherents?q=POITIERS', admin);
    assert.match(byName.body, /1\u00a0adhérent correspondant/);
    assert.ok(!byName.body.includes('Région ancienne'));
    const byKind = await get('/admin/adherents?type=region', admin);
    assert.match(byKind.body, /Région ancienne/);
    assert.ok(!byKind.body.includes('>Ville de Poitiers<'));
    const former = await get('/admin/adherents?statut=former', admin);
    assert.match(former.body, /1\u00a0adhérent correspondant/);
    assert.equal((await get('/admin/adherents', editor)).statusCode, 403);
  });

  test('a refused creation lists every problem in French and keeps what was typed', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ territoryKind: 'commune', territory: '99999' }, 'Territoire : aucune commune n’a le code INSEE « 99999 »'],
      [
        { territoryKind: 'commune', territory: 'Trifouilly-les-Oies' },
        'Territoire : aucune commune ne porte le nom « Trifouilly-les-Oies »',
      ],
      [
        { territoryKind: 'commune', territory: 'Saint-Denis' },
        'Territoire : plusieurs communes portent le nom « Saint-Denis » : Saint-Denis (Aude, code INSEE 11339), Saint-Denis (Gard, code INSEE 30247), Saint-Denis (Seine-Saint-Denis, code INSEE 93066), Saint-Denis (La Réunion, code INSEE 97411). Saisissez le code INSEE du territoire voulu.',
      ],
      [{ territoryKind: 'commune', territory: 'Poitiers' }, 'Territoire : Poitiers est déjà adhérent, sous le nom « Ville de Poitiers »'],
      [{ name: 'ville de POITIERS' }, 'Nom : un adhérent porte déjà le nom « ville de POITIERS »'],
      [{ joinedYear: '20x5' }, 'Année d’adhésion : saisissez une année à quatre chiffres entre 1990 et'],
      [{ joinedYear: '1850' }, 'Année d’adhésion : saisissez une année à quatre chiffres entre 1990 et'],
      [{ website: 'gironde.fr' }, 'Site internet : saisissez une adresse complète, commençant par https://.'],
      [{ name: ' ' }, 'Nom : saisissez le nom de la collectivité adhérente'],
      [{ territory: '' }, 'Territoire : saisissez le code INSEE ou le nom du territoire'],
    ];
    for (const [fields, message] of cases) {
      const response = await post('/admin/adherents', admin, newMember(fields));
      assert.equal(response.statusCode, 400, message);
      assert.ok(response.body.includes(message), `${message}\n${/<div class="error-summary".*?<\/div>/s.exec(response.body)?.[0]}`);
      if (fields.territory) assert.ok(response.body.includes(`value="${fields.territory}"`), 'typed territory kept');
    }
    const several = await post('/admin/adherents', admin, newMember({ joinedYear: '3000', website: 'ftp://x' }));
    assert.match(several.body, /Année d’adhésion.*Site internet/s);
    assert.equal(await getDb().db.selectFrom('members').select('id').where('territory_code', '=', '33').executeTakeFirst(), undefined);
  });

  test('an admin creates a member by code or by name; it is published, indexed, audited, with a unique slug', async () => {
    const { db } = getDb();
    const created = await post('/admin/adherents', admin, newMember({ website: 'https://www.gironde.fr', moderation: 'direct' }));
    assert.equal(created.statusCode, 303);
    assert.equal(created.headers.location, '/admin/adherents/departement-de-la-gironde?message=cree');
    const row = await db.selectFrom('members').selectAll().where('slug', '=', 'departement-de-la-gironde').executeTakeFirstOrThrow();
    assert.deepEqual(
      [row.kind, row.territory_kind, row.territory_code, row.joined_year, row.status, row.moderation, row.website],
      ['departement', 'departement', '33', 2012, 'active', 'direct', 'https://www.gironde.fr'],
    );
    const page = await get('/admin/adherents/departement-de-la-gironde?message=cree', admin);
    assert.match(page.body, /Adhérent créé/);
    assert.equal((await app.inject('/adherents/departement-de-la-gironde')).statusCode, 200);
    assert.match((await app.inject('/recherche?q=gironde')).body, /href="\/adherents\/departement-de-la-gironde"/);

    // By name: an EPCI whose name is unique; the slug of an existing member gets a suffix.
    const byName = await post(
      '/admin/adherents',
      admin,
      newMember({ name: 'Ville de Poitiers !', territoryKind: 'epci', territory: 'grand poitiers', joinedYear: '' }),
    );
    assert.equal(byName.statusCode, 303);
    assert.equal(byName.headers.location, '/admin/adherents/ville-de-poitiers-2?message=cree');
    const epci = await db.selectFrom('members').selectAll().where('slug', '=', 'ville-de-poitiers-2').executeTakeFirstOrThrow();
    assert.deepEqual(
      [epci.territory_kind, epci.territory_code, epci.joined_year, epci.kind],
      ['epci', '200069854', null, 'intercommunalite'],
    );
    const entries = (await auditActions()).filter((e) => e.action === 'member.created');
    assert.deepEqual(
      entries.map((e) => e.target_id),
      ['departement-de-la-gironde', 'ville-de-poitiers-2'],
    );
    assert.match(entries[0]!.summary, /Adhérent « Département de la Gironde » créé \(département, Gironde, code INSEE 33, adhésion 2012\)/);
  });

  test('an admin edits the official data: name, territory, year, status, moderation — audited; a former member stays published with its notice', async () => {
    const { db } = getDb();
    const url = '/admin/adherents/ville-de-poitiers';
    const form0 = await get(url, admin);
    assert.equal(form0.statusCode, 200);
    assert.match(form0.body, /value="86194"/);
    assert.match(form0.body, /href="\/admin\/adherents\/ville-de-poitiers\/profil"/);

    const refused = await post(url, admin, {
      name: 'Poitiers',
      territoryKind: 'commune',
      territory: '86194',
      joinedYear: 'deux mille',
      status: 'former',
      moderation: 'review',
    });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /Année d’adhésion : saisissez une année/);
    assert.match(refused.body, /value="deux mille"/);
    const taken = await post(url, admin, {
      name: 'Poitiers',
      territoryKind: 'departement',
      territory: 'Gironde',
      joinedYear: '2004',
      status: 'active',
      moderation: 'review',
    });
    assert.match(taken.body, /Territoire : Gironde est déjà adhérent, sous le nom « Département de la Gironde »/);

    const saved = await post(url, admin, {
      name: 'Poitiers',
      territoryKind: 'commune',
      territory: '86194',
      joinedYear: '2005',
      status: 'former',
      moderation: 'direct',
    });
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, `${url}?message=enregistre`);
    const row = await db.selectFrom('members').selectAll().where('slug', '=', 'ville-de-poitiers').executeTakeFirstOrThrow();
    assert.deepEqual(
      [row.name, row.name_folded, row.joined_year, row.status, row.moderation],
      ['Poitiers', 'poitiers', 2005, 'former', 'direct'],
    );
    const entries = await auditActions();
    const updated = entries.filter((e) => e.action === 'member.updated').at(-1)!;
    assert.equal(
      updated.summary,
      'Adhérent « Poitiers » modifié — nom : « Ville de Poitiers » → « Poitiers » ; année d’adhésion : 2004 → 2005 ; statut : adhérent → ancien adhérent.',
    );
    assert.ok(entries.some((e) => e.action === 'member.moderation_changed' && e.target_id === 'ville-de-poitiers'));

    const profile = await app.inject('/adherents/ville-de-poitiers');
    assert.equal(profile.statusCode, 200);
    assert.match(profile.body, /<h1[^>]*>Poitiers<\/h1>/);
    assert.match(profile.body, /Cette collectivité ne fait plus partie du réseau/);

    // Changing the territory changes the kind; saving the same values again changes nothing.
    const moved = await post(url, admin, {
      name: 'Poitiers',
      territoryKind: 'region',
      territory: 'Nouvelle-Aquitaine',
      joinedYear: '2005',
      status: 'former',
      moderation: 'direct',
    });
    assert.equal(moved.statusCode, 303);
    assert.equal(
      (await db.selectFrom('members').select('kind').where('slug', '=', 'ville-de-poitiers').executeTakeFirstOrThrow()).kind,
      'region',
    );
    const count = (await auditActions()).length;
    const same = await post(url, admin, {
      name: 'Poitiers',
      territoryKind: 'region',
      territory: '75',
      joinedYear: '2005',
      status: 'former',
      moderation: 'direct',
    });
    assert.equal(same.headers.location, `${url}?message=inchange`);
    assert.equal((await auditActions()).length, count);
  });

  test('unknown members are 404 for admins; editors may not edit official data', async () => {
    assert.equal((await get('/admin/adherents/inconnu', admin)).statusCode, 404);
    assert.equal((await get('/admin/adherents/ville-de-poitiers', editor)).statusCode, 403);
    assert.equal((await post('/admin/adherents/ville-de-poitiers', editor, { name: 'Pirate' })).statusCode, 403);
  });
});
