/** Resources linked to territories and members, on both databases: the back-office fields, the resource page, the API, the territory page and the filter. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, csrfPair, sessionCookie } from '../../../test/app.ts';
import { describeEachDatabase } from '../../../test/databases.ts';
import { createTestMember, createTestUser } from '../../../test/factories.ts';
import { multipartBody } from '../../../test/multipart.ts';
import { createResource } from './resources.service.ts';
import { resolveTerritoryLines } from './resources.territories.ts';

describeEachDatabase('resources and territories', (getDb) => {
  let app: FastifyInstance;
  let cookie: string;
  let token: string;
  before(async () => {
    app = await buildTestApp(getDb());
    const csrf = await csrfPair(app);
    token = csrf.token;
    cookie = `${csrf.cookie}; ${await sessionCookie(getDb(), (await createTestUser(getDb().db, { role: 'admin' })).id)}`;
  });
  after(async () => app.close());

  const post = (url: string, fields: Record<string, string | string[]>) => {
    const body = multipartBody({
      _csrf: token,
      type: 'guide',
      series: '',
      number: '',
      body: '<p>Texte.</p>',
      visibility: 'public',
      status: 'published',
      date: '2026-04-01',
      file_title: '',
      ...fields,
    });
    return app.inject({ method: 'POST', url, headers: { cookie, 'content-type': body.contentType }, payload: body.payload });
  };

  test('the field reads official names and codes, one per line, and says which line it cannot read', async () => {
    const { db } = getDb();
    const read = await resolveTerritoryLines(
      db,
      'Gironde\n  Grand   Poitiers \nRégion Bretagne\n86194 — Poitiers\ndepartement-86\n\nGironde',
    );
    assert.deepEqual(read.problems, []);
    assert.deepEqual(
      read.keys,
      ['departement-33', '200069854', 'region-53', '86194', 'departement-86'],
      'codes in address form, duplicates dropped',
    );

    const refused = await resolveTerritoryLines(db, 'Vienne\nAtlantide\n86\ndepartement-999');
    assert.equal(refused.problems.length, 4);
    assert.match(refused.problems[0]!, /plusieurs territoires s’appellent « Vienne » : .*departement-86 \(département Vienne\)/);
    assert.match(refused.problems[0]!, /38544 \(commune Vienne\).*Écrivez le code de celui que vous voulez\./);
    assert.match(refused.problems[1]!, /aucun territoire officiel ne s’appelle « Atlantide »/);
    assert.match(refused.problems[2]!, /« 86 » peut désigner un département ou une région ; écrivez departement-86 ou region-86/);
    assert.match(refused.problems[3]!, /« departement-999 » n’est le code d’aucun territoire officiel/);
  });

  test('a refused line keeps the form whole; saved territories come back as lines with their names', async () => {
    const refused = await post('/admin/ressources/nouvelle', {
      title: 'Guide des cantines',
      summary: 'Pour les cantines.',
      territories: 'Atlantide\nGironde',
    });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /aucun territoire officiel ne s’appelle « Atlantide »/);
    assert.match(refused.body, /Atlantide\nGironde<\/textarea>/);
    assert.equal((await getDb().db.selectFrom('resources').select('id').execute()).length, 0);

    const created = await post('/admin/ressources/nouvelle', {
      title: 'Guide des cantines',
      summary: 'Pour les cantines.',
      territories: 'Grand Poitiers\nRégion Bretagne',
    });
    assert.equal(created.statusCode, 303);
    const id = /\/admin\/ressources\/(\d+)/.exec(created.headers.location as string)![1];
    const form = await app.inject({ url: `/admin/ressources/${id}`, headers: { cookie } });
    const field = /<textarea id="territories"[^>]*>([^<]*)<\/textarea>/.exec(form.body)![1]!;
    assert.deepEqual(field.split('\n').sort(), ['200069854 — CU du Grand Poitiers', 'region-53 — Bretagne']);
  });

  test('members are typed by name, accents and case aside; an unknown name gets close names; saved members come back by name', async () => {
    const { db } = getDb();
    await createTestMember(db, { slug: 'ville-de-niort', name: 'Ville de Niort', territory: { kind: 'commune', code: '79191' } });
    await createTestMember(db, { slug: 'niort-agglo', name: 'Niort Agglo', territory: { kind: 'epci', code: '200041317' } });
    const refused = await post('/admin/ressources/nouvelle', {
      title: 'Fiche Niort',
      summary: 'Une fiche.',
      members: 'VILLE DE NIORT\nNiort',
    });
    assert.equal(refused.statusCode, 400);
    assert.match(
      refused.body,
      /aucun adhérent ne s’appelle « Niort » ; vouliez-vous dire « Ville de Niort », « Niort Agglo » \?|aucun adhérent ne s’appelle « Niort » ; vouliez-vous dire « Niort Agglo », « Ville de Niort » \?/,
    );
    const created = await post('/admin/ressources/nouvelle', {
      title: 'Fiche Niort',
      summary: 'Une fiche.',
      members: 'VILLE DE NIORT\nniort-agglo',
    });
    assert.equal(created.statusCode, 303);
    const id = /\/admin\/ressources\/(\d+)/.exec(created.headers.location as string)![1];
    const field = /<textarea id="members"[^>]*>([^<]*)<\/textarea>/.exec(
      (await app.inject({ url: `/admin/ressources/${id}`, headers: { cookie } })).body,
    )![1]!;
    assert.deepEqual(field.split('\n').sort(), ['Niort Agglo', 'Ville de Niort']);
    assert.match(
      (await app.inject('/ressources/fiche-niort')).body,
      /Adhérents concernés : <a href="\/adherents\/niort-agglo">Niort Agglo<\/a>, <a href="\/adherents\/ville-de-niort">Ville de Niort<\/a>/,
    );
    const { db: database } = getDb();
    await createResource(database, {
      title: 'Note réservée sur Niort',
      type: 'note-juridique',
      summary: 'Pour les adhérents.',
      bodyHtml: '<p>Corps réservé.</p>',
      visibility: 'members',
      publishedAt: '2026-06-01',
      memberSlugs: ['ville-de-niort'],
    });
    await createResource(database, {
      title: 'Compte rendu interne sur Niort',
      type: 'autre',
      summary: 'Équipe.',
      bodyHtml: '',
      visibility: 'staff',
      publishedAt: '2026-06-02',
      memberSlugs: ['ville-de-niort'],
    });
    const profile = (await app.inject('/adherents/ville-de-niort')).body;
    assert.match(profile, /Ressources du réseau sur cet adhérent/);
    assert.match(profile, /Fiche Niort/);
    assert.match(profile, /Note réservée sur Niort/, 'a members-only resource as a teaser');
    assert.doesNotMatch(profile, /Corps réservé/);
    assert.doesNotMatch(profile, /Compte rendu interne sur Niort/, 'never a staff-only one');
  });

  test('the resource page, the API, the territory page and the filter show the links, as each viewer may see them', async () => {
    const { db } = getDb();
    await createResource(db, {
      title: 'Fiche légumerie',
      type: 'fiche-initiative',
      summary: 'Une légumerie solidaire.',
      bodyHtml: '<p>Texte réservé.</p>',
      visibility: 'members',
      publishedAt: '2026-05-01',
      territoryCodes: ['departement-86', '86194'],
    });
    const merged = await createResource(db, {
      title: 'Ancienne commune',
      type: 'autre',
      summary: 'Une version ancienne.',
      bodyHtml: '',
      visibility: 'public',
      publishedAt: '2026-05-01',
      territoryCodes: ['departement-86', '86999', 'DEPARTEMENT-86'],
    });
    const kept = await db
      .selectFrom('resource_territories')
      .select(['territory_kind', 'territory_code'])
      .where('resource_id', '=', merged)
      .execute();
    assert.deepEqual(
      kept.map((k) => `${k.territory_kind}:${k.territory_code}`),
      ['departement:86'],
      'a code no territory has is dropped, and the same territory is kept once',
    );
    await createResource(db, {
      title: 'Compte rendu interne',
      type: 'autre',
      summary: 'Réservé à l’équipe.',
      bodyHtml: '<p>Interne.</p>',
      visibility: 'staff',
      publishedAt: '2026-05-02',
      territoryCodes: ['departement-86'],
    });

    const page = await app.inject('/ressources/guide-des-cantines');
    assert.match(
      page.body,
      /Territoires concernés : <a href="\/territoires\/region-53">Bretagne<\/a>, <a href="\/territoires\/200069854">[^<]*Poitiers<\/a>/,
    );
    const api = (await app.inject('/api/v1/resources')).json();
    const guide = api.data.find((r: { title: string }) => r.title === 'Guide des cantines');
    assert.deepEqual(
      guide.territories.map((t: { kind: string; code: string }) => `${t.kind}:${t.code}`),
      ['region:53', 'epci:200069854'],
    );
    assert.match(guide.territories[0].url, /\/territoires\/region-53$/);

    const vienne = await app.inject('/territoires/departement-86');
    assert.match(vienne.body, /Ressources sur ce territoire/);
    assert.match(vienne.body, /Fiche légumerie/, 'a members-only resource is listed as a teaser');
    assert.match(vienne.body, /Réservée aux adhérents/);
    assert.doesNotMatch(vienne.body, /Texte réservé/);
    assert.doesNotMatch(vienne.body, /Compte rendu interne/, 'a staff-only resource is not listed');
    assert.doesNotMatch((await app.inject('/territoires/region-11')).body, /Ressources sur ce territoire/, 'no empty section');

    const filtered = await app.inject('/ressources?territoire=departement-86');
    assert.equal(filtered.statusCode, 200);
    assert.match(filtered.body, /Ressources concernant le territoire <a href="\/territoires\/departement-86">Vienne<\/a>/);
    assert.match(filtered.body, /Fiche légumerie/);
    assert.doesNotMatch(filtered.body, /Guide des cantines/);
    assert.match(filtered.body, /<input type="hidden" name="territoire" value="departement-86"/);
    assert.equal((await app.inject('/ressources?territoire=vienne')).statusCode, 400);
    assert.equal((await app.inject('/ressources?territoire=departement-999')).statusCode, 404);
  });
});
