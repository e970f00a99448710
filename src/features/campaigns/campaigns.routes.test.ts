/**
 * A campaign through the back office, on both databases: the admin prepares and opens it, the
 * editor finds the prefilled form, saves a draft, submits; the network sends it back, the editor
 * resubmits, the network validates and the figures reach the profile; reminders go only to members
 * that have not submitted, and the admins hear of the deadline once.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, csrfPair, form, sessionCookie } from '../../../test/app.ts';
import { describeEachDatabase } from '../../../test/databases.ts';
import { createTestMember, createTestUser } from '../../../test/factories.ts';
import { listFigures } from '../members/members.public.ts';
import { listQuestions } from './campaigns.service.ts';
import { responseAnswers, responseStates } from './campaigns.responses.ts';
import { remindOpenCampaigns } from './campaigns.reminders.ts';

describeEachDatabase('campaigns', (getDb) => {
  let app: FastifyInstance;
  let csrf: { cookie: string; token: string };
  let admin: string;
  let editor: string;
  let otherEditor: string;
  let silentEmails: string[];
  let answeringEmail: string;
  let campaignId: number;
  let memberId: number;
  const slug = 'ville-enquetee';

  before(async () => {
    const { db } = getDb();
    const member = await createTestMember(db, {
      slug,
      name: 'Ville enquêtée',
      figures: [{ kind: 'budget_eur', value: 1_000_000, year: 2025, source: 'Budget primitif 2025', followsDefinition: true }],
    });
    memberId = member.id;
    const other = await createTestMember(db, { slug: 'ville-silencieuse', name: 'Ville silencieuse', figures: [] });
    app = await buildTestApp(getDb());
    csrf = await csrfPair(app);
    admin = await sessionCookie(getDb(), (await createTestUser(db, { role: 'admin', email: 'admin@reseau.test' })).id);
    const writer = await createTestUser(db, { role: 'editor', memberId: member.id, name: 'Rédactrice' });
    answeringEmail = writer.email;
    editor = await sessionCookie(getDb(), writer.id);
    const silent = await createTestUser(db, { role: 'editor', memberId: other.id, email: 'silence@ville.test' });
    const silent2 = await createTestUser(db, { role: 'editor', memberId: other.id });
    silentEmails = [silent.email, silent2.email].sort();
    otherEditor = await sessionCookie(getDb(), silent2.id);
  });
  after(() => app.close());

  const post = (url: string, cookie: string, fields: Record<string, string | string[]>) =>
    app.inject({
      method: 'POST',
      url,
      headers: { cookie: `${csrf.cookie}; ${cookie}`, 'content-type': 'application/x-www-form-urlencoded' },
      payload: form({ _csrf: csrf.token, ...(fields as Record<string, string>) }),
    });
  const get = (url: string, cookie: string) => app.inject({ method: 'GET', url, headers: { cookie } });

  test('an admin prepares a campaign: refused settings come back with every problem; indicators become questions', async () => {
    const bad = await post('/admin/campagnes/nouvelle', admin, {
      year: '26',
      title: 'C',
      opensOn: '2026-13-01',
      deadline: '2026-01-01',
      reminderDays: 'demain',
      minCell: '0',
    });
    assert.equal(bad.statusCode, 400);
    for (const message of ['Année :', 'Titre :', 'Ouverture :', 'Relances :', 'Seuil de diffusion :'])
      assert.ok(bad.body.includes(message), message);
    assert.ok(bad.body.includes('value="demain"'), 'what was typed comes back');

    const created = await post('/admin/campagnes/nouvelle', admin, {
      year: '2026',
      title: 'Campagne 2026',
      opensOn: '2026-01-01',
      deadline: '2027-03-31',
      reminderDays: '14, 7, 1',
      minCell: '5',
    });
    assert.equal(created.statusCode, 303);
    campaignId = Number(/\/admin\/campagnes\/(\d+)/.exec(String(created.headers.location))![1]);
    const questions = await listQuestions(getDb().db, campaignId);
    assert.deepEqual(
      questions.map((q) => q.indicatorCode),
      ['budget_eur', 'staff_fte', 'ess_establishments', 'ess_jobs', 'ess_employment_share'],
    );
    // A free yes/no question, and one shown only after "oui".
    assert.equal(
      (
        await post(`/admin/campagnes/${campaignId}/questions/nouvelle`, admin, {
          kind: 'yes_no',
          label: 'Avez-vous un plan d’achats responsables ?',
          visibility: 'public',
          required: '1',
        })
      ).statusCode,
      303,
    );
    const yesNo = (await listQuestions(getDb().db, campaignId)).at(-1)!;
    const refused = await post(`/admin/campagnes/${campaignId}/questions/nouvelle`, admin, {
      kind: 'long_text',
      label: 'Décrivez ce plan',
      visibility: 'internal',
      conditionQuestionId: String(yesNo.id),
      conditionValues: 'peut-être',
    });
    assert.equal(refused.statusCode, 400);
    assert.ok(refused.body.includes('« peut-être » n’est pas une réponse possible'));
    await post(`/admin/campagnes/${campaignId}/questions/nouvelle`, admin, {
      kind: 'long_text',
      label: 'Décrivez ce plan',
      visibility: 'internal',
      conditionQuestionId: String(yesNo.id),
      conditionValues: 'oui',
    });
    // Members cannot see a campaign in preparation.
    assert.equal((await get(`/admin/adherents/${slug}/campagnes/${campaignId}`, editor)).statusCode, 404);
    assert.equal((await post(`/admin/campagnes/${campaignId}/ouvrir`, admin, {})).statusCode, 303);
    // Questions no longer change once open.
    const late = await post(`/admin/campagnes/${campaignId}/questions/${yesNo.id}/supprimer`, admin, {});
    assert.equal(late.statusCode, 409);
  });

  test('the editor finds the form prefilled from the profile, saves a draft, and a refused submission keeps what was typed', async () => {
    const dashboard = await get('/admin', editor);
    assert.ok(dashboard.body.includes(`/admin/adherents/${slug}/campagnes/${campaignId}`), 'the dashboard links to the form');
    const page = await get(`/admin/adherents/${slug}/campagnes/${campaignId}`, editor);
    assert.equal(page.statusCode, 200);
    const questions = await listQuestions(getDb().db, campaignId);
    const budget = questions.find((q) => q.indicatorCode === 'budget_eur')!;
    const yesNo = questions.find((q) => q.kind === 'yes_no')!;
    const plan = questions.find((q) => q.kind === 'long_text')!;
    assert.match(
      page.body,
      new RegExp(`name="q${budget.id}" type="text" inputmode="decimal" value="1000000"`),
      'prefilled from the profile',
    );
    assert.ok(page.body.includes('prérempli'));
    // Another member's editor may not see it.
    assert.equal((await get(`/admin/adherents/${slug}/campagnes/${campaignId}`, otherEditor)).statusCode, 403);

    const draft = await post(`/admin/adherents/${slug}/campagnes/${campaignId}`, editor, {
      action: 'save',
      [`q${budget.id}`]: '1 200 000',
      [`q${budget.id}_follows`]: 'oui',
      [`q${budget.id}_source`]: 'Budget primitif 2026',
    });
    assert.equal(draft.statusCode, 303);
    let [state] = await responseStates(getDb().db, campaignId);
    assert.equal(state!.status, 'draft');

    // Submitting without the required yes/no, and with a note missing: refused, nothing lost.
    const refused = await post(`/admin/adherents/${slug}/campagnes/${campaignId}`, editor, {
      action: 'submit',
      [`q${budget.id}`]: '1 250 000',
      [`q${budget.id}_follows`]: 'non',
    });
    assert.equal(refused.statusCode, 400);
    assert.ok(refused.body.includes('expliquez en quoi ce chiffre diffère'));
    assert.ok(refused.body.includes('une réponse est attendue'));
    assert.ok(refused.body.includes('value="1 250 000"'), 'the typed value comes back');
    [state] = await responseStates(getDb().db, campaignId);
    assert.equal(state!.status, 'draft');

    const sent = await post(`/admin/adherents/${slug}/campagnes/${campaignId}`, editor, {
      action: 'submit',
      [`q${budget.id}`]: '1 250 000',
      [`q${budget.id}_follows`]: 'oui',
      [`q${yesNo.id}`]: 'non',
      // Answered, but the question is not shown after "non": not kept.
      [`q${plan.id}`]: 'Un plan',
    });
    assert.equal(sent.statusCode, 303);
    assert.match(String(sent.headers.location), /message=envoyee/);
    [state] = await responseStates(getDb().db, campaignId);
    assert.equal(state!.status, 'submitted');
    assert.deepEqual(
      Object.keys((await responseAnswers(getDb().db, state!.responseId)).latest!.answers).sort(),
      [String(budget.id), String(yesNo.id)].sort(),
    );
  });

  test('the network sends it back with a comment; the editor resubmits; validation writes the figure to the profile', async () => {
    const { db } = getDb();
    const review = `/admin/campagnes/${campaignId}/reponses/${slug}`;
    assert.equal((await post(`${review}/renvoyer`, admin, { comment: '' })).statusCode, 400);
    assert.equal(
      (await post(`${review}/renvoyer`, admin, { comment: 'Le budget semble inclure les subventions aux associations.' })).statusCode,
      303,
    );
    const page = await get(`/admin/adherents/${slug}/campagnes/${campaignId}`, editor);
    assert.ok(page.body.includes('Le budget semble inclure les subventions aux associations.'));
    assert.ok(page.body.includes('Renvoyée pour correction'));
    const questions = await listQuestions(db, campaignId);
    const budget = questions.find((q) => q.indicatorCode === 'budget_eur')!;
    const yesNo = questions.find((q) => q.kind === 'yes_no')!;
    assert.match(
      page.body,
      new RegExp(`name="q${budget.id}" type="text" inputmode="decimal" value="1250000"`),
      'the form starts from the answer sent',
    );
    await post(`/admin/adherents/${slug}/campagnes/${campaignId}`, editor, {
      action: 'submit',
      [`q${budget.id}`]: '1 100 000',
      [`q${budget.id}_follows`]: 'oui',
      [`q${yesNo.id}`]: 'oui',
    });
    assert.equal((await post(`${review}/valider`, admin, {})).statusCode, 303);
    const [state] = await responseStates(db, campaignId);
    assert.equal(state!.status, 'validated');
    const figures = (await listFigures(db, memberId))
      .filter((f) => f.kind === 'budget_eur')
      .map((f) => [f.year, f.value, f.status, f.follows_definition]);
    assert.deepEqual(figures, [
      [2025, 1_000_000, 'declared', 1],
      [2026, 1_100_000, 'validated', 1],
    ]);
    const profile = await app.inject({ method: 'GET', url: `/adherents/${slug}` });
    assert.ok(profile.body.includes('conforme à la définition, validé par le réseau'));
    // Every change is in the answer log, with its author.
    const log = await get(review, admin);
    assert.ok(log.body.includes('Historique des réponses'));
    assert.ok((log.body.match(/Rédactrice/g) ?? []).length >= 3);
    // Validating twice is refused.
    assert.equal((await post(`${review}/valider`, admin, {})).statusCode, 409);
  });

  test('reminders go once per due day, only to members that have not submitted; the admins hear of the deadline once', async () => {
    const { db } = getDb();
    const twelveDaysBefore = new Date('2027-03-19T09:00:00Z');
    const sent = await remindOpenCampaigns(db, 'http://essor.test', twelveDaysBefore);
    const recipients = await db
      .selectFrom('outbox')
      .select(['to_address', 'subject'])
      .where('id', 'in', sent.length ? sent : [0])
      .execute();
    assert.deepEqual(recipients.map((r) => r.to_address).sort(), silentEmails, 'only the editors of the member that has not submitted');
    assert.ok(!recipients.some((r) => r.to_address === answeringEmail));
    assert.match(recipients[0]!.subject, /Campagne 2026 : votre réponse est attendue avant le 31 mars 2027/);
    assert.deepEqual(await remindOpenCampaigns(db, 'http://essor.test', twelveDaysBefore), [], 'the same day is not sent twice');
    const afterDeadline = await remindOpenCampaigns(db, 'http://essor.test', new Date('2027-04-01T09:00:00Z'));
    const notice = await db
      .selectFrom('outbox')
      .select(['to_address', 'body_text'])
      .where('id', 'in', afterDeadline.length ? afterDeadline : [0])
      .execute();
    assert.deepEqual(
      notice.map((n) => n.to_address),
      ['admin@reseau.test'],
    );
    assert.ok(notice[0]!.body_text.includes('Ville silencieuse'));
    assert.ok(!notice[0]!.body_text.includes('Ville enquêtée'));
    assert.deepEqual(await remindOpenCampaigns(db, 'http://essor.test', new Date('2027-04-02T09:00:00Z')), []);
  });

  test('exports: CSV for French Excel and XLSX, one row per member or per answer, codes kept as text, internal questions included', async () => {
    const wide = await get(`/admin/campagnes/${campaignId}/export.csv?forme=large`, admin);
    assert.equal(wide.statusCode, 200);
    assert.equal(wide.headers['cache-control'], 'no-store');
    assert.match(String(wide.headers['content-disposition']), /attachment; filename="campagne-2026-\d+-large.csv"/);
    const lines = wide.body
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    assert.equal(lines.length, 3, 'a header and one line per member concerned');
    const header = lines[0]!.split(';');
    assert.deepEqual(header.slice(0, 5), ['Adhérent', 'Type', 'Code officiel', 'Région', 'État de la réponse']);
    assert.ok(header.includes('Q1. suit la définition'));
    assert.ok(
      header.some((h) => h.startsWith('Q7. Décrivez ce plan')),
      'the internal question is in the network’s export',
    );
    const enquetee = lines.find((l) => l.startsWith('Ville enquêtée'))!;
    assert.match(enquetee, /;"=""200069854""";/);
    assert.match(enquetee, /;Validée;1100000;oui;;/);
    assert.equal(
      lines.find((l) => l.startsWith('Ville silencieuse'))!.split(';').length,
      header.length,
      'same columns whatever was answered',
    );

    const long = await get(`/admin/campagnes/${campaignId}/export.csv?forme=longue`, admin);
    const longLines = long.body
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    assert.equal(
      longLines[0],
      'Adhérent;Type;Code officiel;Région;État de la réponse;N° de question;Question;Réponse;Suit la définition;Écart à la définition;Source',
    );
    assert.equal(longLines.length, 3, 'one line per answer: the budget and the yes/no');

    const xlsx = await get(`/admin/campagnes/${campaignId}/export.xlsx?forme=large`, admin);
    assert.equal(xlsx.statusCode, 200);
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const row = sheet.getRow(sheet.getColumn(1).values.findIndex((v) => v === 'Ville enquêtée'));
    assert.equal(row.getCell(3).value, '200069854', 'the code is text');
    assert.equal(row.getCell(6).value, 1_100_000, 'a number stays a number');
    assert.equal((await get(`/admin/campagnes/${campaignId}/export.csv`, editor)).statusCode, 403);
  });

  test('results are published at closing only: public questions, validated answers, no cell from fewer answers than the threshold', async () => {
    assert.equal((await app.inject({ method: 'GET', url: `/campagnes/${campaignId}` })).statusCode, 404, 'not before closing');
    assert.equal((await app.inject({ method: 'GET', url: `/campagnes/${campaignId}/resultats.csv` })).statusCode, 404);
    assert.equal((await post(`/admin/campagnes/${campaignId}/clore`, admin, {})).statusCode, 303);
    const page = await app.inject({ method: 'GET', url: `/campagnes/${campaignId}` });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /1\u00a0réponse validée sur 2 adhérents concernés \(50\u00a0%\)/);
    assert.ok(page.body.includes('Avez-vous un plan d’achats responsables ?'));
    assert.ok(!page.body.includes('Décrivez ce plan'), 'an internal question never reaches a public page');
    // One answer, threshold 5: no figure is published, not even the whole.
    assert.ok(page.body.includes('moins de 5 réponses'));
    assert.ok(!page.body.includes('1 100 000') && !page.body.includes('1,1\u00a0M€'));
    // An admin answers for the silent member after closing (figures sent by e-mail): the results follow.
    const questions = await listQuestions(getDb().db, campaignId);
    const yesNo = questions.find((q) => q.kind === 'yes_no')!;
    const late = await post(`/admin/adherents/ville-silencieuse/campagnes/${campaignId}`, admin, {
      action: 'submit',
      [`q${yesNo.id}`]: 'non',
    });
    assert.match(String(late.headers.location), /message=validee-directement/);
    await new Promise((resolve) => setTimeout(resolve, 60)); // the content version poll (20 ms in tests)
    const after = await app.inject({ method: 'GET', url: `/campagnes/${campaignId}` });
    assert.match(after.body, /2\u00a0réponses validées sur 2 adhérents concernés/);
    // The same results as CSV for visitors: public questions only, small cells marked and empty.
    const csv = await app.inject({ method: 'GET', url: `/campagnes/${campaignId}/resultats.csv` });
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    assert.match(String(csv.headers['content-disposition']), /resultats-campagne-2026\.csv/);
    assert.ok(csv.body.startsWith('\ufeffN° de question;Question;Indicateur;'));
    assert.ok(!csv.body.includes('Décrivez ce plan'), 'an internal question never reaches a visitor’s export');
    assert.ok(!csv.body.includes('1100000') && !csv.body.includes('1 100 000'));
    const yesNoRows = csv.body.split('\r\n').filter((line) => line.includes('Avez-vous un plan d’achats responsables'));
    assert.ok(yesNoRows.length >= 2);
    assert.ok(
      yesNoRows.every((line) => line.endsWith(';non diffusé : moins de 5 réponses')),
      yesNoRows.join('\n'),
    );
    const list = await app.inject({ method: 'GET', url: '/campagnes' });
    assert.ok(list.body.includes(`/campagnes/${campaignId}`));
  });
});
