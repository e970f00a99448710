/**
 * Territories in Chromium, on the real server with its demo content: the finder with JavaScript
 * (suggestions while typing, chosen with the keyboard) and without (the form lists the places),
 * a postcode shared by several communes, and the coverage answer at the top of a commune's page.
 * At 390 px the pages need no horizontal scrolling.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { browserSkip, launchBrowser, screenshot, startServer, type RunningServer } from './support.ts';

describe('territories in Chromium', { skip: browserSkip(), timeout: 180_000 }, () => {
  let server: RunningServer;
  let browser: Browser;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('with JavaScript: suggestions while typing, chosen with the keyboard, lead to the commune and its coverage answer', async () => {
    const context = await browser.newContext({ baseURL: server.baseUrl });
    try {
      const page = await context.newPage();
      await page.goto('/');
      await page.getByRole('link', { name: 'Territoires', exact: true }).click();
      await page.waitForURL('**/territoires');
      const box = page.getByRole('combobox', { name: 'Trouver un territoire' });
      await box.pressSequentially('poitiers', { delay: 30 });
      const options = page.getByRole('option');
      await options.first().waitFor();
      assert.equal(await box.getAttribute('aria-expanded'), 'true');
      assert.match(await options.first().innerText(), /^Poitiers\s+commune, Vienne \(86\)/);
      assert.ok(
        (await options.allInnerTexts()).some((t) => /CU du Grand Poitiers/.test(t)),
        'a word inside an EPCI name',
      );
      await screenshot(page, 'territory-finder-suggestions');
      await box.press('ArrowDown');
      assert.equal(await options.first().getAttribute('aria-selected'), 'true');
      await box.press('Enter');
      await page.waitForURL('**/territoires/86194');
      const coverage = await page.locator('.coverage').innerText();
      assert.match(coverage, /Qui agit pour l’ESS à Poitiers \?/);
      assert.match(coverage, /Grand Poitiers est adhérente du réseau depuis 2007/);
      assert.match(coverage, /Vienne \(département 86\) n’est pas adhérent du réseau\./);
      assert.match(coverage, /Région Nouvelle-Aquitaine est adhérente du réseau depuis 2016/);
      await screenshot(page, 'territory-commune-coverage');

      // Escape closes the suggestions; the home page box suggests too.
      await page.goto('/');
      const home = page.getByRole('combobox', { name: /Que fait-on pour l’ESS/ });
      await home.pressSequentially('87000', { delay: 30 });
      await page.getByRole('option').first().waitFor();
      assert.match(await page.getByRole('option').first().innerText(), /Limoges/);
      await home.press('Escape');
      assert.equal(await home.getAttribute('aria-expanded'), 'false');
    } finally {
      await context.close();
    }
  });

  test('without JavaScript: the form lists the places; a shared postcode lists every commune', async () => {
    const context = await browser.newContext({ baseURL: server.baseUrl, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto('/territoires');
      await page.getByLabel('Trouver un territoire').fill('86340');
      await page.getByRole('button', { name: 'Trouver' }).click();
      await page.waitForURL('**/territoires?q=86340');
      const results = page.locator('.territory-hits li');
      assert.ok((await results.count()) > 1, 'several communes share 86340');
      assert.match(await page.locator('main').innerText(), /Un code postal peut couvrir plusieurs communes/);
      await page.getByLabel('Trouver un territoire').fill('Haute Vienne');
      await page.getByRole('button', { name: 'Trouver' }).click();
      await page.getByRole('link', { name: 'Haute-Vienne', exact: true }).first().click();
      await page.waitForURL('**/territoires/departement-87');
      assert.match(await page.locator('.coverage').innerText(), /Haute-Vienne \(département 87\) n’est pas adhérent du réseau\./);
      // Nonsense gets a helpful answer, not an error.
      await page.goto(`/territoires?q=${encodeURIComponent("'; DROP TABLE territories; -- 😀")}`);
      assert.match(await page.locator('main').innerText(), /Aucun territoire ne correspond/);
    } finally {
      await context.close();
    }
  });

  test('at 390 px the territory pages need no horizontal scrolling', async () => {
    const mobile = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 390, height: 844 } });
    try {
      const page = await mobile.newPage();
      for (const path of [
        '/territoires',
        '/territoires?q=86340',
        '/territoires/86194',
        '/territoires/departement-87',
        '/territoires/region-75',
      ]) {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, `no horizontal scrolling at 390 px on ${path}`);
      }
      await page.goto('/territoires/86194');
      await screenshot(page, 'territory-commune-mobile');
    } finally {
      await mobile.close();
    }
  });
});
