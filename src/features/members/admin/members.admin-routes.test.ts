/**
 * Editing a profile through the back office, on both databases: drafts, validation messages,
 * moderation (approve, reject with a comment), direct publication, history, diff and restore.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, csrfPair, form, sessionCookie } from '../../../../test/app.ts';
import { describeEachDatabase } from '../../../../test/databases.ts';
import { createTestMember, createTestUser } from '../../../../test/factories.ts';

/** A row of the figures table, as an editor fills it in. */
interface FigureRow {
  kind: string;
  value: string;
  year?: string;
  source?: string;
  follows?: '' | 'oui' | 'non';
  note?: string;
  remove?: boolean;
}

/** The edit form's fields for a profile with the given sections (in order) and figure rows (followed by blank rows, as on the page). */
function profileForm(
  sections: { kind: string; heading?: string; html: string; remove?: boolean }[],
  figures: FigureRow[] = [],
  extra: Record<string, string> = {},
): Record<string, string> {
  const fields: Record<string, string> = { section_count: String(sections.length), website: 'https://www.exemple.fr' };
  sections.forEach((s, i) => {
    fields[`s${i}_kind`] = s.kind;
    fields[`s${i}_heading`] = s.heading ?? '';
    fields[`s${i}_body`] = s.html;
    fields[`s${i}_position`] = String(i + 1);
    if (s.remove) fields[`s${i}_remove`] = '1';
  });
  const rows: FigureRow[] = [...figures, { kind: '', value: '' }, { kind: '', value: '' }];
  fields.figure_count = String(rows.length);
  rows.forEach((f, i) => {
    Object.assign(fields, {
      [`fig${i}_kind`]: f.kind,
      [`fig${i}_year`]: f.year ?? '',
      [`fig${i}_value`]: f.value,
      [`fig${i}_source`]: f.source ?? '',
      [`fig${i}_follows`]: f.follows ?? '',
      [`fig${i}_note`]: f.note ?? '',
    });
    if (f.remove) fields[`fig${i}_remove`] = '1';
  });
  return { ...fields, ...extra };
}

describeEachDatabase('profile editing in the back office', (getDb) => {
  let app: FastifyInstance;
  let csrf: { cookie: string; token: string };
  let editor: string;
  let admin: string;
  let otherEditor: string;
  const slug = 'ville-de-test';

  before(async () => {
    const database = getDb();
    const { db } = database;
    const member = await createTestMember(db, {
      slug,
      name: 'Ville de test',
      updatedAt: '2015-06-01',
      // Read from the former page by the importer: to be confirmed until a person changes it.
      figures: [
        {
          kind: 'budget_eur',
          value: 35_200_000,
          year: 2016,
          source: 'Compte administratif 2016',
          status: 'extracted',
          sourceText: '35,2 M€ de subventions.',
        },
      ],
    });
    const other = await createTestMember(db, { slug: 'autre-ville' });
    editor = await sessionCookie(database, (await createTestUser(db, { role: 'editor', memberId: member.id, name: 'Écrivaine' })).id);
    otherEditor = await sessionCookie(database, (await createTestUser(db, { role: 'editor', memberId: other.id })).id);
    admin = await sessionCookie(database, (await createTestUser(db, { role: 'admin', name: 'Équipe réseau' })).id);
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
  const get = (url: string, session?: string) => app.inject({ method: 'GET', url, headers: session ? { cookie: session } : {} });

  test('the form shows the live profile to its editor, and refuses the editor of another member', async () => {
    const page = await get(`/admin/adherents/${slug}/profil`, editor);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Plus d’un millier d’établissements employeurs/);
    assert.match(page.body, /data-rich-text/);
    assert.match(page.body, /Soumettre au réseau/);
    // The figure is a row of the table, with its indicator chosen, its year, its value and its status.
    assert.match(page.body, /<input type="hidden" name="figure_count" value="4"\/>/, 'one row per value, and three blank rows');
    assert.match(page.body, /<select id="fig0_kind" name="fig0_kind"><option value="budget_eur" selected>/);
    assert.match(page.body, /id="fig0_year" name="fig0_year"[^>]*value="2016"/);
    assert.match(page.body, /<p class="figure-status figure-status-extracted">extrait du texte, à confirmer<\/p>/);
    assert.match(page.body, /<select id="fig0_follows" name="fig0_follows"><option value selected>Non précisé<\/option>/);
    assert.match(page.body, /Définitions des indicateurs du réseau/);
    assert.equal((await get(`/admin/adherents/${slug}/profil`, otherEditor)).statusCode, 403);
  });

  test('a refused form comes back with every problem and everything typed', async () => {
    const response = await post(`/admin/adherents/${slug}/profil`, editor, {
      ...profileForm(
        [
          { kind: 'panorama', html: '<p>Mon texte à garder</p>' },
          { kind: 'panorama', html: '<p>Doublon</p>' },
          { kind: 'other', html: '<p>Sans titre</p>' },
        ],
        [
          { kind: 'ess_jobs', value: 'beaucoup', year: '1850' },
          { kind: 'budget_eur', value: '1 000 000', year: '2021', follows: 'non' },
          { kind: 'budget_eur', value: '900 000', year: '2021', follows: 'oui', note: 'Note gardée' },
          { kind: '', value: '12', year: '2020' },
        ],
      ),
      website: 'exemple.fr',
      action: 'save',
    });
    assert.equal(response.statusCode, 400);
    for (const problem of [
      'figure deux fois',
      'donnez un titre',
      'Emplois dans l’ESS 1850 : la valeur « beaucoup » n’est pas un nombre',
      'Emplois dans l’ESS 1850 : l’année « 1850 » doit être comprise entre 1980',
      'Budget annuel consacré à l’ESS 2021 : expliquez en quoi ce chiffre diffère de la définition du réseau',
      'Budget annuel consacré à l’ESS 2021 : ce chiffre est saisi deux fois pour 2021',
      'Chiffre 4 : choisissez l’indicateur auquel correspond ce chiffre',
      'commençant par https://',
    ])
      assert.ok(response.body.includes(problem), problem);
    assert.ok(response.body.includes('Mon texte à garder'));
    assert.ok(response.body.includes('value="beaucoup"'));
    assert.ok(response.body.includes('value="1850"'));
    assert.ok(response.body.includes('value="Note gardée"'));
    assert.match(response.body, /<select id="fig1_follows" name="fig1_follows">.*?<option value="non" selected>/s);
  });

  test('a submission waits for moderation; the admin sees the diff and approves; the public page and its date follow', async () => {
    const { db } = getDb();
    const sections = [
      { kind: 'panorama', html: '<p>Le territoire compte 1 250 établissements de l’ESS.<script>alert(1)</script></p>' },
      { kind: 'budget', html: '<p>35,2 M€ de subventions.</p>' },
      { kind: 'other', heading: 'Monnaie locale', html: '<p>La Pive circule <a href="javascript:alert(1)">ici</a>.</p>' },
    ];
    const saved = await post(`/admin/adherents/${slug}/profil`, editor, {
      ...profileForm(sections, [
        // Left as it was: it stays a figure extracted from the former page, to confirm.
        { kind: 'budget_eur', value: '35 200 000', year: '2016', source: 'Compte administratif 2016' },
        { kind: 'ess_jobs', value: '12 400', year: '2022', source: 'Observatoire régional de l’ESS', follows: 'oui' },
      ]),
      action: 'submit',
    });
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, `/admin/adherents/${slug}/profil?message=soumis`);
    const before = await get(`/adherents/${slug}`);
    assert.doesNotMatch(before.body, /1 250 établissements/, 'nothing is published before validation');

    const queue = await get('/admin/moderation', admin);
    const id = /href="\/admin\/moderation\/(\d+)"/.exec(queue.body)?.[1];
    assert.ok(id, 'the submission is in the queue');
    const review = await get(`/admin/moderation/${id}`, admin);
    assert.match(review.body, /<ins><span class="visually-hidden">\[ajouté : <\/span>[^<]*1 250/);
    assert.match(review.body, /Monnaie locale <span class="diff-status">\(ajoutée\)/);
    assert.match(review.body, /Emplois dans l’ESS 2022/);
    assert.match(review.body, /12\u202f400 emplois — Observatoire régional de l’ESS — suit la définition — déclaré par l’adhérent/);
    assert.doesNotMatch(review.body, /Budget annuel consacré à l’ESS 2016/, 'an unchanged figure is not in the diff');
    assert.doesNotMatch(review.body, /<script>alert/);

    const approved = await post(`/admin/moderation/${id}`, admin, { decision: 'approve' });
    assert.equal(approved.statusCode, 303);
    const after = await get(`/adherents/${slug}`);
    assert.match(after.body, /1 250 établissements/);
    assert.match(after.body, /<h2 id="section-3">Monnaie locale<\/h2>/);
    assert.doesNotMatch(after.body, /<script>alert|javascript:/);
    const jobs = after.body.slice(after.body.indexOf('Emplois dans l’ESS</dt>'));
    assert.match(jobs, /^Emplois dans l’ESS<\/dt><dd><span class="figure-value">12\u00a0400\u00a0emplois<\/span>/);
    assert.match(jobs, /conforme à la définition, déclaré par l’adhérent/);
    const budget = after.body.slice(
      after.body.indexOf('Budget annuel consacré à l’ESS</dt>'),
      after.body.indexOf('Emplois dans l’ESS</dt>'),
    );
    assert.match(budget, /<span class="figure-status figure-status-extracted">extrait du texte, à confirmer<\/span>/);
    const today = new Date().toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' });
    assert.ok(
      after.body.includes(`Dernière mise à jour : <time datetime="${new Date().toISOString().slice(0, 10)}">${today}</time>`),
      'the date of the last update moves',
    );
    const member = await db.selectFrom('members').select('content_updated_at').where('slug', '=', slug).executeTakeFirstOrThrow();
    assert.ok(member.content_updated_at > '2026-01-01');
    const search = await get('/api/v1/search?q=pive');
    assert.match(search.body, /ville-de-test/, 'the search index follows the publication');
    assert.equal((await post(`/admin/moderation/${id}`, admin, { decision: 'approve' })).statusCode, 409, 'a decision is taken once');
  });

  test('a rejection needs a comment, which the editor then sees in the refused version the form starts from', async () => {
    await post(`/admin/adherents/${slug}/profil`, editor, {
      ...profileForm([{ kind: 'panorama', html: '<p>Texte à revoir</p>' }]),
      action: 'submit',
    });
    const id = /href="\/admin\/moderation\/(\d+)"/.exec((await get('/admin/moderation', admin)).body)![1]!;
    const empty = await post(`/admin/moderation/${id}`, admin, { decision: 'reject', comment: '  ' });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /expliquez au rédacteur/);
    assert.equal(
      (await post(`/admin/moderation/${id}`, admin, { decision: 'reject', comment: 'Merci de garder la section budget.' })).statusCode,
      303,
    );
    const page = await get(`/admin/adherents/${slug}/profil`, editor);
    assert.match(page.body, /a été refusée/);
    assert.match(page.body, /Merci de garder la section budget\./);
    // The form starts from the refused version, to be corrected rather than typed again.
    assert.match(page.body, /Vous reprenez la version refusée/);
    assert.match(page.body, /Texte à revoir/);
    assert.match((await get(`/adherents/${slug}`)).body, /1 250 établissements/, 'the published version stays online');
  });

  test('with direct moderation the editor publishes at once; a draft stays private until then', async () => {
    assert.equal((await post(`/admin/adherents/${slug}/moderation`, admin, { moderation: 'direct' })).statusCode, 303);
    const sections = [
      { kind: 'panorama', html: '<p>Brouillon privé du panorama.</p>' },
      { kind: 'budget', html: '<p>35,2 M€ de subventions.</p>' },
    ];
    assert.equal((await post(`/admin/adherents/${slug}/profil`, editor, { ...profileForm(sections), action: 'save' })).statusCode, 303);
    assert.doesNotMatch((await get(`/adherents/${slug}`)).body, /Brouillon privé/);
    const preview = await get(`/admin/adherents/${slug}/apercu`, editor);
    assert.match(preview.body, /Aperçu — brouillon/);
    assert.match(preview.body, /Brouillon privé du panorama/);
    const published = await post(`/admin/adherents/${slug}/profil`, editor, { ...profileForm(sections), action: 'submit' });
    assert.equal(published.headers.location, `/admin/adherents/${slug}/profil?message=publie`);
    assert.match((await get(`/adherents/${slug}`)).body, /Brouillon privé du panorama/);
  });

  test('history lists every version; two versions compare; an admin restores an earlier one as a new version', async () => {
    const history = await get(`/admin/adherents/${slug}/historique`, editor);
    const ids = [...history.body.matchAll(/name="a" value="(\d+)"/g)].map((m) => Number(m[1]));
    assert.ok(ids.length >= 4, `versions: ${ids.join(',')}`);
    assert.match(history.body, /Refusée/);
    assert.match(history.body, /Merci de garder la section budget/);
    const oldest = Math.min(...ids);
    const compare = await get(`/admin/adherents/${slug}/historique/comparer?de=${oldest}&a=${Math.max(...ids)}`, editor);
    assert.equal(compare.statusCode, 200);
    assert.match(compare.body, /<del>/);
    assert.equal(
      (await post(`/admin/adherents/${slug}/historique/restaurer`, editor, { version: String(oldest) })).statusCode,
      403,
      'editors cannot restore',
    );
    const restored = await post(`/admin/adherents/${slug}/historique/restaurer`, admin, { version: String(oldest) });
    assert.equal(restored.statusCode, 303);
    const page = await get(`/adherents/${slug}`);
    assert.match(page.body, /Plus d’un millier d’établissements employeurs/);
    const after = await get(`/admin/adherents/${slug}/historique`, admin);
    assert.match(after.body, /Restauration/);
    assert.equal([...after.body.matchAll(/name="a" value="(\d+)"/g)].length, ids.length + 1);
  });

  test('every change is in the audit log, which admins can filter', async () => {
    const log = await get('/admin/journal?action=profile.published', admin);
    assert.equal(log.statusCode, 200);
    assert.match(log.body, /Profil de Ville de test publié/);
    assert.doesNotMatch(log.body, /<code>profile\.rejected<\/code>/);
    assert.equal((await get('/admin/journal', editor)).statusCode, 403);
  });
});
