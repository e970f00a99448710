/**
 * Browsing the real site in Chromium, as a visitor would: home → directory → filters →
 * a profile → one of its news → the Atom feeds; the skip link and visible keyboard focus;
 * the directory filters without JavaScript; the French 404 page. Screenshots of each page
 * type land in e2e/screenshots/ (git-ignored). See e2e/support.ts for how the server and
 * the browser are started, and when this suite is skipped.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserSkip, launchBrowser, screenshot, startServer, type RunningServer } from './support.ts';

/** Asserts that the needles appear in `text`, each after the previous one. */
function assertInOrder(text: string, needles: string[]): void {
  let from = 0;
  for (const needle of needles) {
    const at = text.indexOf(needle, from);
    assert.notEqual(at, -1, `expected "${needle}" after position ${from} of the page text:\n${text}`);
    from = at + needle.length;
  }
}

/** The number at the start of the directory's result count ("12 adhérents …"). */
async function resultCount(page: Page): Promise<{ text: string; n: number }> {
  const text = (await page.locator('#nombre-resultats').textContent())?.trim() ?? '';
  const match = /^(\d+)/.exec(text.replace(/\s/g, ''));
  assert.ok(match, `no number in the result count: "${text}"`);
  return { text, n: Number(match[1]) };
}

/** What the browser makes of an Atom document. */
async function parseFeed(page: Page, xml: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    const root = doc.documentElement;
    return {
      parseError: doc.getElementsByTagName('parsererror')[0]?.textContent ?? null,
      root: root.localName,
      namespace: root.namespaceURI,
      entries: root.getElementsByTagName('entry').length,
      links: [...root.getElementsByTagName('link')].map((l) => l.getAttribute('href') ?? ''),
      ids: [...root.getElementsByTagName('id')].map((id) => id.textContent ?? ''),
    };
  }, xml);
}

/** A page that does not exist. */
const MISSING = '/adherents/nexiste-pas';

describe('browsing the site in Chromium', { skip: browserSkip(), timeout: 180_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  /** Errors the pages report (script errors, CSP violations…): there must be none. */
  const pageErrors: string[] = [];

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    context = await browser.newContext({ baseURL: server.baseUrl, locale: 'fr-FR' });
    context.on('weberror', (e) => pageErrors.push(`page error: ${e.error().message}`));
    context.on('console', (m) => {
      // The 404 page is loaded on purpose: Chromium reports its status as a console error.
      const expected404 = m.location().url.endsWith(MISSING) && /status of 404/.test(m.text());
      if (m.type() === 'error' && !expected404) pageErrors.push(`console error on ${m.location().url}: ${m.text()}`);
    });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('home → directory → filters → profile → news item → feeds', async () => {
    const page = await context.newPage();
    await page.goto('/');
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
    await screenshot(page, 'home');

    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Adhérents', exact: true }).click();
    await page.waitForURL(/\/adherents$/);
    assert.equal(await page.locator('h1').textContent(), 'Les adhérents');
    const all = await resultCount(page);
    await screenshot(page, 'directory');

    await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Intercommunalité' });
    await page.getByRole('button', { name: 'Afficher' }).click();
    await page.waitForURL(/type=intercommunalite/);
    const byType = await resultCount(page);
    assert.notEqual(byType.text, all.text, 'the result count should change');
    assert.ok(byType.n > 0 && byType.n < all.n, `${byType.n} intercommunalités out of ${all.n} members`);
    const badges = await page.locator('.directory .kind-badge').allTextContents();
    assert.ok(badges.length > 0);
    assert.deepEqual(new Set(badges), new Set(['Intercommunalité']), 'every result is an intercommunalité');
    await screenshot(page, 'directory-filtered');

    await page.getByLabel('Nom de la collectivité').fill('poitiers');
    await page.getByRole('button', { name: 'Afficher' }).click();
    await page.waitForURL(/q=poitiers/);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('type'), 'intercommunalite', 'the type filter is kept');
    const byName = await resultCount(page);
    assert.ok(byName.n >= 1 && byName.n < byType.n, `"${byName.text}"`);

    await page.getByRole('link', { name: 'Grand Poitiers', exact: true }).click();
    await page.waitForURL(/\/adherents\/grand-poitiers$/);
    assert.equal(await page.locator('h1').textContent(), 'Grand Poitiers');
    const headings = await page.locator('main h2').allTextContents();
    for (const h of [
      'Panorama de l’ESS sur le territoire',
      'Budget annuel consacré à l’ESS',
      'Programme d’intervention dans le champ de l’ESS',
      'Exemples d’actions soutenues par la collectivité',
    ]) {
      assert.ok(headings.includes(h), `missing section heading "${h}" in ${JSON.stringify(headings)}`);
    }
    assertInOrder(await page.locator('main').innerText(), [
      'Grand Poitiers',
      'Dernière mise à jour : 16/01/2019',
      'Panorama de l’ESS sur le territoire',
      'Budget annuel consacré à l’ESS',
      'Programme d’intervention dans le champ de l’ESS',
      'Exemples d’actions soutenues par la collectivité',
      'Chiffres clés',
      'Année d’adhésion : 2007',
      'Les actualités de l’adhérent',
    ]);
    await screenshot(page, 'profile');

    const newsLink = page.locator('.member-news .news-title a').first();
    const newsTitle = (await newsLink.textContent())?.trim() ?? '';
    assert.ok(newsTitle, 'the profile lists at least one news item');
    await newsLink.click();
    await page.waitForURL(/\/actualites\/[^/]+$/);
    assert.equal((await page.locator('h1').textContent())?.trim(), newsTitle);
    assert.match((await page.locator('main .meta').first().innerText()).trim(), /^Publié le \d{2}\/\d{2}\/\d{4}/);
    const backToMember = page.locator('main').getByRole('link', { name: 'Grand Poitiers', exact: true });
    assert.equal(await backToMember.count(), 1, 'the news item links back to the member');
    await screenshot(page, 'news-item');
    await backToMember.click();
    await page.waitForURL(/\/adherents\/grand-poitiers$/);

    for (const feedPath of ['/adherents/grand-poitiers/flux.atom', '/actualites/flux.atom']) {
      const res = await page.request.get(feedPath);
      assert.equal(res.status(), 200, feedPath);
      assert.match(res.headers()['content-type'] ?? '', /^application\/atom\+xml/, feedPath);
      const feed = await parseFeed(page, await res.text());
      assert.equal(feed.parseError, null, `${feedPath} is not well-formed XML`);
      assert.equal(feed.root, 'feed');
      assert.equal(feed.namespace, 'http://www.w3.org/2005/Atom');
      assert.ok(feed.entries > 0, `${feedPath} has entries`);
      assert.ok(feed.links.includes(`${server.baseUrl}${feedPath}`), `${feedPath} has its absolute self link`);
      for (const href of [...feed.links, ...feed.ids]) {
        assert.ok(href.startsWith(`${server.baseUrl}/`), `${feedPath}: "${href}" is not an absolute URL of the site`);
      }
    }
    await page.close();
  });

  test('the news list and the French 404 page', async () => {
    const page = await context.newPage();
    await page.goto('/actualites');
    assert.equal(await page.locator('h1').textContent(), 'Actualités');
    assert.ok((await page.locator('.news-list .news-card').count()) > 0);
    await screenshot(page, 'news-list');

    const res = await page.goto(MISSING);
    assert.equal(res?.status(), 404);
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
    assert.match(await page.locator('main').innerText(), /Erreur 404/);
    assert.equal(await page.getByRole('link', { name: 'Retour à l’accueil' }).count(), 1);
    await screenshot(page, 'not-found');
    await page.close();
  });

  test('keyboard: the skip link comes first, leads to the content, and focus is visible', async () => {
    const page = await context.newPage();
    for (const path of ['/', '/adherents/grand-poitiers']) {
      await page.goto(path);
      await page.keyboard.press('Tab');
      const skip = page.locator(':focus');
      assert.equal((await skip.textContent())?.trim(), 'Aller au contenu', `${path}: the first Tab stop`);
      assert.equal(await skip.getAttribute('href'), '#contenu');
      assert.notEqual(
        await skip.evaluate((el) => getComputedStyle(el).outlineStyle),
        'none',
        `${path}: the focused skip link has no outline`,
      );
      const box = await skip.boundingBox();
      assert.ok(box && box.y >= 0 && box.height > 0, `${path}: the focused skip link is on screen (${JSON.stringify(box)})`);
      if (path === '/') await screenshot(page, 'home-skip-link');

      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'contenu');
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'MAIN', `${path}: Enter moves focus to main`);

      await page.keyboard.press('Tab');
      const next = page.locator(':focus');
      assert.ok(await next.evaluate((el) => el.closest('main') !== null), `${path}: the next Tab stays in the content`);
      assert.notEqual(
        await next.evaluate((el) => getComputedStyle(el).outlineStyle),
        'none',
        `${path}: the focused element has no outline`,
      );
    }
    await page.close();
  });

  test('the directory filters work without JavaScript', async () => {
    const noJs = await browser.newContext({ baseURL: server.baseUrl, javaScriptEnabled: false });
    try {
      const page = await noJs.newPage();
      await page.goto('/adherents');
      await page.getByLabel('Type', { exact: true }).selectOption('intercommunalite');
      await page.getByLabel('Nom de la collectivité').fill('poitiers');
      await page.getByRole('button', { name: 'Afficher' }).click();
      await page.waitForURL(/\/adherents\?.*type=intercommunalite/);
      assert.equal(new URL(page.url()).searchParams.get('q'), 'poitiers');
      assert.match((await page.locator('#nombre-resultats').textContent()) ?? '', /correspond/);
      await page.getByRole('link', { name: 'Grand Poitiers', exact: true }).click();
      await page.waitForURL(/\/adherents\/grand-poitiers$/);
      assert.equal(await page.locator('h1').textContent(), 'Grand Poitiers');
    } finally {
      await noJs.close();
    }
  });

  test('a narrow screen needs no horizontal scrolling', async () => {
    const mobile = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 320, height: 740 } });
    try {
      const page = await mobile.newPage();
      for (const path of ['/', '/adherents', '/adherents/grand-poitiers', '/actualites', '/recherche?q=cooperatives']) {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, `no horizontal scrolling at 320 px on ${path}`);
      }
      await page.goto('/adherents/grand-poitiers');
      await screenshot(page, 'profile-mobile');
    } finally {
      await mobile.close();
    }
  });

  test('the content keeps its distance from the header and the footer', async () => {
    const page = await context.newPage();
    for (const path of ['/', '/adherents/grand-poitiers', MISSING]) {
      await page.goto(path);
      // Gaps between the boxes around <main> and its first/last child (style.css asks 1.5rem/3rem).
      const gaps = await page.evaluate(() => {
        const main = document.querySelector('main')!;
        const above = main.previousElementSibling!.getBoundingClientRect().bottom;
        const below = main.nextElementSibling!.getBoundingClientRect().top;
        return {
          top: main.firstElementChild!.getBoundingClientRect().top - above,
          bottom: below - main.lastElementChild!.getBoundingClientRect().bottom,
        };
      });
      assert.ok(
        gaps.top >= 16 && gaps.bottom >= 32,
        `${path}: the content touches the header or the footer (gaps in px: ${JSON.stringify(gaps)})`,
      );
    }
    await page.close();
  });

  test('no page reported an error (script, CSP), and the server is still up', () => {
    assert.deepEqual(pageErrors, []);
    assert.ok(server.running(), `the server stopped:\n${server.output()}`);
    assert.doesNotMatch(server.output(), /"level":(50|60)/, 'the server logged an error');
  });
});
