/**
 * Campaigns in Chromium, on the real server with its demo content (an open "Campagne 2026
 * (exemple)"): the editor of Grand Poitiers finds the prefilled questionnaire on their dashboard,
 * saves a draft and submits; the network sends it back with a comment; the editor corrects and
 * submits again; the network validates and the profile shows the value as validated. The admin
 * prepares a new campaign, adds a question and opens it. axe-core on every campaign page type.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  browserSkip,
  describeViolations,
  launchBrowser,
  runAxe,
  screenshot,
  signUp,
  signUpAdmin,
  startServer,
  type RunningServer,
} from './support.ts';

describe('campaigns in Chromium', { skip: browserSkip(), timeout: 240_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let adminPage: Page;
  let editorPage: Page;
  let contexts: BrowserContext[] = [];
  const checked: string[] = [];

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    // axe is injected: the contexts bypass the CSP (the other e2e tests run under it).
    contexts = [
      await browser.newContext({ baseURL: server.baseUrl, bypassCSP: true }),
      await browser.newContext({ baseURL: server.baseUrl, bypassCSP: true }),
    ];
    adminPage = await signUpAdmin(server, contexts[0]!, 'campagnes@reseau.test', 'une phrase de passe du réseau');
    editorPage = await signUp(server, contexts[1]!, {
      email: 'enquete@grandpoitiers.test',
      password: 'une phrase de passe pour Poitiers',
      role: 'editor',
      name: 'Service ESS de Grand Poitiers',
      member: 'grand-poitiers',
    });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function axe(page: Page, name: string) {
    const { violations, passes } = await runAxe(page);
    assert.ok(passes > 10, `axe ran only ${passes} passing rules on ${name}`);
    assert.equal(violations.length, 0, `${violations.length} axe violation(s) on ${name}:\n${describeViolations(violations)}`);
    checked.push(name);
  }

  const budget = (page: Page) => page.getByRole('group', { name: /Budget annuel consacré à l’ESS/ });

  test('the editor finds the prefilled questionnaire, saves a draft and submits', async () => {
    await editorPage.goto('/admin');
    await editorPage.getByRole('link', { name: 'Campagne 2026 (exemple)' }).click();
    await editorPage.waitForURL('**/admin/adherents/grand-poitiers/campagnes/*');
    assert.notEqual(await budget(editorPage).getByLabel('Valeur (€)').inputValue(), '', 'the budget is prefilled');
    await axe(editorPage, 'questionnaire');
    await screenshot(editorPage, 'campaign-questionnaire');

    await budget(editorPage).getByLabel('Valeur (€)').fill('36 000 000');
    await budget(editorPage).getByLabel('Ce chiffre suit-il la définition du réseau ?').selectOption('oui');
    await budget(editorPage).getByLabel('Source').fill('Budget primitif 2026');
    await editorPage.getByRole('button', { name: 'Enregistrer le brouillon' }).first().click();
    await editorPage.waitForURL('**?message=brouillon');
    assert.equal(await budget(editorPage).getByLabel('Valeur (€)').inputValue(), '36000000');

    await editorPage
      .getByRole('group', { name: /schéma de promotion des achats responsables/ })
      .getByLabel('Oui')
      .check();
    await editorPage.getByRole('button', { name: 'Envoyer au réseau' }).click();
    await editorPage.waitForURL('**?message=envoyee');
    assert.match(await editorPage.locator('main').innerText(), /Envoyée, à valider/);
  });

  test('a question shows when the earlier answer calls for it; answers typed when the session expired come back', async () => {
    // Under the site's real CSP: the scripts must run as served.
    const context = await browser.newContext({ baseURL: server.baseUrl });
    contexts.push(context);
    const account = {
      email: 'enquete@paysbasque.test',
      password: 'une phrase de passe pour le Pays basque',
      role: 'editor' as const,
      name: 'Service ESS du Pays basque',
      member: 'communaute-pays-basque',
    };
    const page = await signUp(server, context, account);
    await page.getByRole('link', { name: 'Campagne 2026 (exemple)' }).click();
    await page.waitForURL('**/admin/adherents/communaute-pays-basque/campagnes/*');
    const formUrl = page.url();
    const plan = page.getByRole('group', { name: /schéma de promotion des achats responsables/ });
    const clauses = page.getByLabel(/Décrivez les clauses sociales/);
    await plan.getByLabel('Non').check();
    assert.equal(await clauses.isVisible(), false, 'hidden while the answer is « non »');
    await plan.getByLabel('Oui').check();
    assert.equal(await clauses.isVisible(), true, 'shown once the answer is « oui »');
    await clauses.fill('Clauses d’insertion dans douze marchés de travaux.');

    // The session ends while the editor types: the save is refused, nothing typed is lost.
    await context.clearCookies({ name: 'essor_session' });
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).first().click();
    await page.waitForLoadState();
    assert.match(await page.locator('main').innerText(), /session a expiré/);
    await page.goto('/connexion');
    await page.getByLabel('Adresse électronique').fill(account.email);
    await page.getByLabel('Mot de passe').fill(account.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL('**/admin');
    await page.goto(formUrl);
    assert.equal(await clauses.isVisible(), false, 'the server has no answer yet');
    const notice = page.locator('.form-keep');
    assert.match(await notice.innerText(), /n’ont pas été enregistrées/);
    await screenshot(page, 'campaign-unsaved-answers');
    await page.getByRole('button', { name: 'Reprendre ces réponses' }).click();
    assert.equal(await plan.getByLabel('Oui').isChecked(), true);
    assert.equal(await clauses.inputValue(), 'Clauses d’insertion dans douze marchés de travaux.');
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).first().click();
    await page.waitForURL('**?message=brouillon');
    assert.equal(await clauses.inputValue(), 'Clauses d’insertion dans douze marchés de travaux.');
    await page.goto(formUrl);
    assert.equal(await notice.count(), 0, 'once saved, the copy is gone');
  });

  test('the network sends it back with a comment; the editor corrects and submits again', async () => {
    await adminPage.goto('/admin/campagnes');
    await axe(adminPage, 'campaign list');
    await adminPage.getByRole('link', { name: 'Campagne 2026 (exemple)' }).click();
    assert.match(await adminPage.locator('main').innerText(), /Taux de réponse/);
    await axe(adminPage, 'campaign dashboard');
    await screenshot(adminPage, 'campaign-dashboard');
    await adminPage.getByRole('link', { name: 'Grand Poitiers', exact: true }).click();
    assert.match(await adminPage.locator('main').innerText(), /36 000 000|36000000/);
    await axe(adminPage, 'response review');
    await adminPage.getByLabel('Commentaire pour l’adhérent').fill('Le budget 2026 comprend-il les fonds européens ? Merci de préciser.');
    await adminPage.getByRole('button', { name: 'Renvoyer à l’adhérent' }).click();
    await adminPage.waitForURL('**?message=renvoyee');

    await editorPage.reload();
    assert.match(await editorPage.locator('main').innerText(), /fonds européens/);
    assert.equal(await budget(editorPage).getByLabel('Valeur (€)').inputValue(), '36000000', 'the form starts from what was sent');
    await budget(editorPage).getByLabel('Valeur (€)').fill('35 500 000');
    await editorPage.getByRole('button', { name: 'Envoyer au réseau' }).click();
    await editorPage.waitForURL('**?message=envoyee');
  });

  test('the network validates: the profile shows the value as validated by the network', async () => {
    await adminPage.reload();
    await adminPage.getByRole('button', { name: 'Valider la réponse' }).click();
    await adminPage.waitForURL('**?message=validee');
    assert.match(await adminPage.locator('main').innerText(), /Historique des réponses/);
    const profile = await adminPage.context().newPage();
    await profile.goto('/adherents/grand-poitiers');
    const figures = await profile.locator('.key-figures').innerText();
    assert.match(figures, /35,5\s*M€/);
    assert.match(figures, /conforme à la définition, validé par le réseau/);
    await profile.close();
  });

  test('the admin prepares a campaign, adds a question and opens it', async () => {
    await adminPage.goto('/admin/campagnes/nouvelle');
    await axe(adminPage, 'campaign settings');
    await adminPage.getByLabel('Titre').fill('Campagne 2027');
    await adminPage.getByLabel('Année des chiffres demandés').fill('2027');
    await adminPage.getByRole('button', { name: 'Créer la campagne (en préparation)' }).click();
    await adminPage.waitForURL('**?message=cree');
    await adminPage.getByRole('link', { name: 'Ajouter une question' }).click();
    await axe(adminPage, 'question form');
    await adminPage.getByLabel('Type de question').selectOption('single_choice');
    await adminPage.getByLabel('Intitulé').fill('Votre collectivité a-t-elle un élu délégué à l’ESS ?');
    await adminPage.getByLabel('Réponses possibles (choix unique ou multiple), une par ligne').fill('Oui\nNon');
    await adminPage.getByRole('button', { name: 'Enregistrer la question' }).click();
    await adminPage.waitForURL('**?message=question');
    await adminPage.getByRole('button', { name: 'Ouvrir la campagne aux adhérents' }).click();
    await adminPage.waitForURL('**?message=ouverte');
    assert.match(await adminPage.locator('main').innerText(), /élu délégué à l’ESS/);
    // The editors signed up here have not answered: a reminder goes to them.
    await adminPage.getByRole('button', { name: 'Relancer maintenant les adhérents sans réponse' }).click();
    await adminPage.waitForURL('**?message=relance');
    assert.match(await adminPage.locator('main').innerText(), /Relance envoyée aux adhérents sans réponse/);
    await adminPage.goto('/admin/envois');
    assert.match(await adminPage.locator('main').innerText(), /enquete@grandpoitiers\.test/);
  });

  test('the published results of the closed campaign, on the page and as CSV', async () => {
    const page = await adminPage.context().newPage();
    await page.goto('/campagnes');
    await page
      .getByRole('link', { name: /Campagne 2025 \(exemple\)/ })
      .first()
      .click();
    await page.waitForURL('**/campagnes/*');
    const main = await page.locator('main').innerText();
    assert.match(main, /réponses validées sur \d+ adhérents concernés/);
    assert.match(main, /Budget annuel consacré à l’ESS/);
    assert.doesNotMatch(main, /Décrivez les clauses/, 'an internal question is not published');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Télécharger ces résultats/ }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'resultats-campagne-2025.csv');
    await page.close();
  });

  test('the indicator pages pass axe', async () => {
    await adminPage.goto('/admin/indicateurs');
    await axe(adminPage, 'indicator list');
    await adminPage.getByRole('link', { name: 'Budget annuel consacré à l’ESS' }).click();
    await axe(adminPage, 'indicator form');
    await adminPage.goto('/comparer?membres=grand-poitiers,region-nouvelle-aquitaine,ville-de-poitiers&annee=2025');
    await axe(adminPage, 'comparison in a year');
    assert.equal(checked.length, 9, checked.join(', '));
  });
});
