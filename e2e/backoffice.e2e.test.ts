/**
 * The back office in Chromium, on the real server with its real CSP: the first admin is created
 * on the command line; they invite an editor; the editor sets a password, rewrites the Panorama of
 * their profile in the rich-text editor and submits it; the admin reads the diff and approves; the
 * public profile shows the new text and today's date. Then axe-core on every back-office page type,
 * and XSS payloads typed into the editor and the text fields never run.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  browserSkip,
  describeViolations,
  launchBrowser,
  runAxe,
  runEssor,
  screenshot,
  startServer,
  type RunningServer,
} from './support.ts';

const ADMIN = { email: 'admin@reseau.test', password: 'le réseau des collectivités' };
const EDITOR = { email: 'redaction@grandpoitiers.test', password: 'une phrase de passe pour Poitiers' };
const NEW_TEXT = 'En 2026, Grand Poitiers compte 1 312 établissements employeurs de l’ESS.';

describe('back office in Chromium', { skip: browserSkip(), timeout: 240_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: BrowserContext;
  let editor: BrowserContext;
  let adminPage: Page;
  const errors: string[] = [];

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    admin = await browser.newContext({ baseURL: server.baseUrl });
    editor = await browser.newContext({ baseURL: server.baseUrl });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const watch = (page: Page) => {
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('dialog', (d) => {
      errors.push(`dialog opened: ${d.message()}`);
      void d.dismiss();
    });
    return page;
  };

  test('the first admin, created on the command line, sets a password through the printed link', async () => {
    const output = await runEssor(server, ['user:add', '--email', ADMIN.email, '--role', 'admin', '--name', 'Équipe du réseau']);
    const link = /http:\/\/\S+\/invitation\/[\w-]{43}/.exec(output)?.[0];
    assert.ok(link, output);
    adminPage = watch(await admin.newPage());
    await adminPage.goto(new URL(link).pathname);
    await adminPage.getByLabel('Mot de passe', { exact: true }).fill(ADMIN.password);
    await adminPage.getByLabel('Confirmez le mot de passe').fill(ADMIN.password);
    await adminPage.getByRole('button', { name: 'Activer mon compte' }).click();
    await adminPage.waitForURL('**/admin?message=bienvenue');
    assert.match(await adminPage.locator('h1').innerText(), /Bonjour Équipe du réseau/);
  });

  test('the admin invites an editor of Grand Poitiers; the message waits in the outbox', async () => {
    await adminPage.goto('/admin/comptes');
    await adminPage.getByLabel('Adresse électronique').fill(EDITOR.email);
    await adminPage.getByLabel('Nom (facultatif)').fill('Rédaction <script>window.__xss=1</script>');
    await adminPage.locator('#invite-role').selectOption('editor');
    await adminPage.locator('#invite-member').selectOption({ label: 'Grand Poitiers' });
    await adminPage.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await adminPage.waitForURL('**/admin/comptes?message=invite');
    await adminPage.goto('/admin/envois');
    await adminPage.getByRole('link', { name: 'Invitation à l’espace adhérents' }).first().click();
    const body = await adminPage.locator('.mail-body').innerText();
    const link = /http:\/\/\S+\/invitation\/[\w-]{43}/.exec(body)?.[0];
    assert.ok(link, body);

    const page = watch(await editor.newPage());
    await page.goto(new URL(link).pathname);
    await page.getByLabel('Mot de passe', { exact: true }).fill(EDITOR.password);
    await page.getByLabel('Confirmez le mot de passe').fill(EDITOR.password);
    await page.getByRole('button', { name: 'Activer mon compte' }).click();
    await page.waitForURL('**/admin?message=bienvenue');
    await page.close();
  });

  test('the editor rewrites the Panorama in the rich-text editor and submits it', async () => {
    const page = watch(await editor.newPage());
    await page.goto('/admin');
    await page.getByRole('link', { name: 'Mettre à jour le profil' }).click();
    const area = page.locator('.rte:has(#s0_body) .rte-area');
    await area.waitFor();
    await area.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(NEW_TEXT);
    // Bold the year from the toolbar, with the keyboard.
    await area.evaluate((el) => {
      const text = el.querySelector('p')!.firstChild!;
      const range = document.createRange();
      range.setStart(text, 3);
      range.setEnd(text, 7);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.keyboard.press('Control+B');
    // An XSS attempt typed as text stays text.
    await page.keyboard.press('End');
    await page.keyboard.type(' <img src=x onerror="window.__xss=1">');
    await screenshot(page, 'backoffice-editor');
    await page.getByRole('button', { name: 'Soumettre au réseau' }).click();
    await page.waitForURL('**/profil?message=soumis');
    assert.match(await page.locator('[role="status"]').first().innerText(), /Modification soumise/);
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    await page.close();
  });

  test('the admin sees the diff and approves; the public profile shows the new text and date', async () => {
    await adminPage.goto('/admin/moderation');
    await adminPage.getByRole('link', { name: 'Profil de Grand Poitiers' }).click();
    const added = await adminPage.locator('.diff ins').allInnerTexts();
    assert.ok(
      added.some((t) => t.includes('1 312 établissements')),
      added.join(' | '),
    );
    await screenshot(adminPage, 'backoffice-moderation');
    await adminPage.getByRole('button', { name: 'Valider et publier' }).click();
    await adminPage.waitForURL('**/admin/moderation?message=valide');

    const visitor = watch(await (await browser.newContext({ baseURL: server.baseUrl })).newPage());
    await visitor.goto('/adherents/grand-poitiers');
    const panorama = visitor.locator('.section-panorama');
    assert.match(await panorama.innerText(), /En 2026, Grand Poitiers compte 1 312 établissements/);
    assert.equal(await panorama.locator('strong').first().innerText(), '2026');
    assert.match(await panorama.innerText(), /<img src=x onerror=/, 'the typed markup is shown as text');
    const today = new Date().toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' });
    assert.match(await visitor.locator('.updated').innerText(), new RegExp(`Dernière mise à jour : ${today}`));
    assert.equal(await visitor.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    await visitor.context().close();
  });

  test('back-office pages have no axe violation', async () => {
    // axe is injected as a script: this context bypasses the CSP, and signs in through the form.
    const context = await browser.newContext({ baseURL: server.baseUrl, bypassCSP: true });
    const page = await context.newPage();
    const failures: string[] = [];
    const check = async (path: string) => {
      await page.goto(path);
      const { violations, passes } = await runAxe(page);
      assert.ok(passes > 10, `axe did not run on ${path}`);
      if (violations.length) failures.push(`${path}:\n${describeViolations(violations)}`);
    };
    await check('/connexion');
    await check('/mot-de-passe-oublie');
    await page.getByLabel('Adresse électronique').fill(ADMIN.email);
    await page.goto('/connexion');
    await page.getByLabel('Adresse électronique').fill(ADMIN.email);
    await page.getByLabel('Mot de passe').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL('**/admin');
    for (const path of [
      '/admin',
      '/admin/comptes',
      '/admin/moderation',
      '/admin/adherents/grand-poitiers/profil',
      '/admin/adherents/grand-poitiers/apercu',
      '/admin/adherents/grand-poitiers/historique',
      '/admin/envois',
      '/admin/envois/1',
      '/admin/journal',
    ]) {
      await check(path);
    }
    await page.goto('/admin/adherents/grand-poitiers/historique');
    const versions = await page.locator('input[name="a"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    assert.ok(versions.length >= 2, `versions: ${versions.join(',')}`);
    await check(`/admin/adherents/grand-poitiers/historique/comparer?de=${versions.at(-1)}&a=${versions[0]}`);
    assert.match(await page.locator('h1').innerText(), /Version n° \d+ → version n° \d+/);

    // The resource centre: a draft of a published resource (the form then shows its notice), the
    // list that flags it, the history, a comparison, and the confirmation of a file's removal.
    await page.goto('/admin/ressources');
    await page.getByRole('link', { name: 'Guide : créer un pôle territorial de coopération économique' }).click();
    const resource = new URL(page.url()).pathname;
    await page.getByLabel('Titre', { exact: true }).fill('Guide : créer un PTCE');
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await page.waitForURL('**/admin/ressources/*?message=brouillon');
    assert.match(await page.locator('main').innerText(), /Vous modifiez un brouillon/);
    await check(resource);
    await check('/admin/ressources');
    assert.match(await page.locator('main').innerText(), /Brouillon en cours/);
    await check('/admin/ressources/types');
    await check('/admin/actualites/nouvelle');
    await check(`${resource}/historique`);
    const revisions = await page.locator('input[name="a"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    assert.ok(revisions.length >= 2, `resource versions: ${revisions.join(',')}`);
    await check(`${resource}/historique/comparer?de=${revisions.at(-1)}&a=${revisions[0]}`);
    assert.match(await page.locator('.diff ins').first().innerText(), /PTCE/);
    await page.goto(resource);
    await page.getByRole('link', { name: 'Retirer « Guide PTCE (version imprimable) »' }).click();
    await check(new URL(page.url()).pathname + new URL(page.url()).search);
    assert.match(await page.locator('h1').innerText(), /Retirer « Guide PTCE \(version imprimable\) » \?/);
    await context.close();
    assert.deepEqual(failures, []);
  });

  test('no script error and no unexpected dialog anywhere in the flow', () => {
    assert.deepEqual(errors, []);
  });
});
