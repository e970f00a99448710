/**
 * Resource centre in the browser: a visitor sees a members-only resource's title and summary, not
 * its file, and its file address sends them to sign in; a member reader signs in from the page,
 * comes back to it, and downloads the PDF.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { browserSkip, launchBrowser, runEssor, screenshot, startServer, type RunningServer } from './support.ts';

const READER = { email: 'lecture@grandpoitiers.test', password: 'une phrase de passe pour lire' };
const NOTE = '/ressources/note-juridique-reservation-marches';

describe('resource centre in Chromium', { skip: browserSkip() }, () => {
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

  test('a visitor cannot get a members-only file; a member reader signs in from the page and downloads it', async () => {
    const output = await runEssor(server, [
      'user:add',
      '--email',
      READER.email,
      '--role',
      'reader',
      '--member',
      'grand-poitiers',
      '--name',
      'Lecture Poitiers',
    ]);
    const link = /http:\/\/\S+\/invitation\/[\w-]{43}/.exec(output)?.[0];
    assert.ok(link, output);
    const setup = await browser.newContext({ baseURL: server.baseUrl });
    const setupPage = await setup.newPage();
    await setupPage.goto(new URL(link).pathname);
    await setupPage.getByLabel('Mot de passe', { exact: true }).fill(READER.password);
    await setupPage.getByLabel('Confirmez le mot de passe').fill(READER.password);
    await setupPage.getByRole('button', { name: 'Activer mon compte' }).click();
    await setupPage.waitForURL('**/admin?message=bienvenue');
    await setup.close();

    const context = await browser.newContext({ baseURL: server.baseUrl, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(NOTE);
    assert.match(await page.locator('main').innerText(), /Réservé aux adhérents/);
    assert.equal(await page.locator('a[href*="/fichiers/"]').count(), 0);
    await screenshot(page, 'resource-visitor');
    // The file's address, guessed: the visitor is sent to sign in, and gets no bytes.
    const guessed = await context.request.get(`${NOTE}/fichiers/2`, { maxRedirects: 0 });
    assert.equal(guessed.status(), 303);
    assert.match(guessed.headers().location ?? '', /^\/connexion\?retour=/);

    await page.getByRole('link', { name: 'Se connecter pour la consulter' }).click();
    await page.getByLabel('Adresse électronique').fill(READER.email);
    await page.getByLabel('Mot de passe').fill(READER.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`**${NOTE}`);
    assert.doesNotMatch(await page.locator('main').innerText(), /Réservé aux adhérents\./);
    await screenshot(page, 'resource-reader');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Clauses types (PDF)' }).click()]);
    assert.equal(download.suggestedFilename(), 'clauses-types-reservation.pdf');
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    assert.equal((await readFile(path)).subarray(0, 5).toString('latin1'), '%PDF-');
    await context.close();
  });
});
