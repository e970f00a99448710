/**
 * XSS in the browser: script payloads typed into every text field and rich-text editor of the back
 * office (profile, news, themes, members, settings, invitations) are saved or refused, then every page
 * that shows them — public and private, and the refused form shown again — is opened in Chromium
 * with the site's real CSP. No payload may run: each would set `window.__xss` or open a dialog.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserSkip, launchBrowser, signUpAdmin, startServer, type RunningServer } from './support.ts';

const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '"><img src=x onerror="window.__xss=2">',
  '<a href="javascript:window.__xss=3">lien</a>',
  "'><svg onload=window.__xss=4>",
];
// Under 150 characters: short enough for a section heading, so that it is saved, not refused.
const PAYLOAD = PAYLOADS.join('');

describe('XSS payloads never run (Chromium, real CSP)', { skip: browserSkip(), timeout: 240_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const incidents: string[] = [];

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    context = await browser.newContext({ baseURL: server.baseUrl });
    page = await signUpAdmin(server, context, 'admin@xss.test', 'une phrase de passe solide');
    page.on('dialog', (d) => {
      incidents.push(`dialog on ${page.url()}: ${d.message()}`);
      void d.dismiss();
    });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Puts the payload in every text field and rich-text editor of the form around `submit`, then submits it. */
  async function fillAndSubmit(path: string, submit: string, keep: RegExp = /^$/) {
    await page.goto(path);
    await page.evaluate(
      ({ payload, submitLabel, keepSource }) => {
        const keepName = new RegExp(keepSource);
        const button = [...document.querySelectorAll('main button[type="submit"]')].find((b) =>
          b.textContent?.trim().startsWith(submitLabel),
        ) as HTMLButtonElement | undefined;
        if (!button) throw new Error(`no button « ${submitLabel} »`);
        const form = button.form!;
        form.noValidate = true;
        for (const el of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
          'input[type="text"], input[type="email"], input[type="url"], input:not([type]), textarea',
        )) {
          if (keepName.test(el.name) || el.name === '_csrf') continue;
          el.value = payload;
        }
        for (const area of form.querySelectorAll<HTMLElement>('.rte-area')) {
          area.innerHTML = `<p>${payload.replace(/</g, '&lt;')}</p>${payload}`;
          area.dispatchEvent(new Event('input', { bubbles: true }));
        }
        button.setAttribute('data-xss-submit', '');
      },
      { payload: PAYLOAD, submitLabel: submit, keepSource: keep.source },
    );
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('[data-xss-submit]')]);
    await expectClean(`after submitting ${path}`);
  }

  /**
   * The CSP alone would stop inline scripts and handlers: escaping and sanitizing are checked on
   * their own by looking for the payloads' elements in the DOM, as well as for their effect.
   */
  async function expectClean(where: string, target: Page = page) {
    const found = await target.evaluate(() => ({
      ran: (window as unknown as { __xss?: number }).__xss,
      elements: [...document.querySelectorAll('[onerror], [onload], a[href^="javascript:" i], script:not([src])')].map((e) =>
        e.outerHTML.slice(0, 80),
      ),
    }));
    if (found.ran !== undefined) incidents.push(`payload ${found.ran} ran ${where}`);
    if (found.elements.length) incidents.push(`live markup ${where}: ${found.elements.join(' | ')}`);
  }

  test('payloads in every back-office form are saved or refused without running', async () => {
    // Saved: numbers stay numbers, and only the first figure (an existing one: the demo profile has figures) takes the payload as its source,
    // since the blank rows under the figures refuse a source without an indicator.
    await fillAndSubmit('/admin/adherents/grand-poitiers/profil', 'Publier', /website|^fig\d+_(year|value|note)$|^fig[1-9]\d*_|_position$/);
    await fillAndSubmit('/admin/adherents/grand-poitiers/profil', 'Publier'); // every field: refused, shown again
    await fillAndSubmit('/admin/actualites/nouvelle', 'Publier', /date|time|alt/);
    await fillAndSubmit('/admin/thematiques', 'Ajouter');
    await fillAndSubmit('/admin/ressources/types', 'Ajouter');
    await fillAndSubmit('/admin/ressources/nouvelle', 'Publier', /number|territories|members/);
    await fillAndSubmit('/admin/parametres', 'Enregistrer', /contactEmail/);
    await fillAndSubmit('/admin/comptes', 'Envoyer l’invitation', /email/);
    await fillAndSubmit('/admin/adherents/nouveau', 'Créer', /territory|year|website/);
    assert.deepEqual(incidents, []);
  });

  test('no page showing them runs them', async () => {
    const paths = [
      '/',
      '/adherents',
      '/adherents/grand-poitiers',
      '/actualites',
      '/recherche?q=texte',
      '/statistiques',
      '/admin',
      '/admin/adherents',
      '/admin/actualites',
      '/admin/thematiques',
      '/admin/comptes',
      '/admin/journal',
      '/admin/envois',
      '/admin/adherents/grand-poitiers/historique',
      '/admin/adherents/grand-poitiers/apercu',
      '/ressources',
      '/admin/ressources',
      '/admin/ressources/types',
    ];
    await page.goto('/actualites');
    const newsLink = await page.locator('main a[href^="/actualites/"]').first().getAttribute('href');
    if (newsLink) paths.push(newsLink);
    await page.goto('/ressources');
    const resourceLink = await page.locator('main .resource-title a').first().getAttribute('href');
    if (resourceLink) paths.push(resourceLink);
    await page.goto('/admin/adherents/grand-poitiers/historique');
    const versions = await page.locator('input[name="a"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    if (versions.length >= 2) paths.push(`/admin/adherents/grand-poitiers/historique/comparer?de=${versions.at(-1)}&a=${versions[0]}`);
    // Also without the CSP (a browser or proxy that drops it): escaping must hold on its own.
    const open = await browser.newContext({ baseURL: server.baseUrl, bypassCSP: true, storageState: await context.storageState() });
    const bare = await open.newPage();
    for (const path of paths) {
      const response = await page.goto(path);
      assert.ok(response && response.status() < 500, `${path}: ${response?.status()}`);
      await expectClean(`on ${path}`);
      await bare.goto(path);
      await expectClean(`on ${path} without CSP`, bare);
    }
    await open.close();
    // The payload did reach the pages, as text: the test is not vacuous.
    await page.goto('/adherents/grand-poitiers');
    assert.match(await page.locator('main').innerText(), /<script>window\.__xss=1<\/script>/);
    // The first figure row is an earlier year of the budget, whose source the profile does not show: the diff does.
    const diff = paths.find((p) => p.includes('/historique/comparer'));
    assert.ok(diff, 'two versions of the profile to compare');
    await page.goto(diff);
    assert.match(await page.locator('main table').last().innerText(), /<script>window\.__xss=1<\/script>/, 'a figure’s source too');
    await page.goto('/ressources');
    assert.match(
      await page.locator('main').innerText(),
      /<script>window\.__xss=1<\/script>/,
      'a resource and a resource type were saved with the payload',
    );
    assert.deepEqual(incidents, []);
  });
});
