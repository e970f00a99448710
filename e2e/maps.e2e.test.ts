/**
 * The maps in Chromium: the directory's map is reachable and usable with the keyboard (each
 * territory a focusable link with a name and a visible focus, Enter opens the profile), the
 * skip link jumps over it to the list, and a profile shows its région map. Screenshots land in
 * e2e/screenshots/. See e2e/support.ts for the server and the browser.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import { browserSkip, launchBrowser, screenshot, startServer, type RunningServer } from './support.ts';

describe('maps in Chromium', { skip: browserSkip(), timeout: 120_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    context = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 1280, height: 900 } });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('map links are reached with Tab, named, visibly focused, and open the profile', async () => {
    const page = await context.newPage();
    try {
      await page.goto('/adherents');
      const links = page.locator('svg.map-national a.map-member');
      const count = await links.count();
      assert.ok(count >= 50, `only ${count} map links`);
      await page.locator('.map-skip').focus();
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement!;
        const shape = el.querySelector('path, circle')!;
        const style = getComputedStyle(shape);
        return {
          inMap: Boolean(el.closest('svg.map-national')),
          label: el.getAttribute('aria-label'),
          href: el.getAttribute('href'),
          stroke: style.stroke,
          strokeWidth: parseFloat(style.strokeWidth),
        };
      });
      assert.ok(focused.inMap, 'Tab after the skip link goes into the map');
      assert.match(focused.label ?? '', /\((région|département|métropole|intercommunalité|commune)\)$/);
      assert.match(focused.href ?? '', /^\/adherents\/[a-z0-9-]+$/);
      assert.equal(focused.stroke, 'rgb(196, 85, 0)', 'the focused territory is outlined in the focus colour');
      assert.ok(focused.strokeWidth >= 3);
      await screenshot(page, 'maps-directory-focus');
      await Promise.all([page.waitForURL(`**${focused.href}`), page.keyboard.press('Enter')]);
      assert.equal(new URL(page.url()).pathname, focused.href);
    } finally {
      await page.close();
    }
  });

  test('the skip link moves past the map to the list', async () => {
    const page = await context.newPage();
    try {
      await page.goto('/adherents');
      await page.locator('.map-skip').focus();
      await page.keyboard.press('Enter');
      assert.equal(new URL(page.url()).hash, '#liste-adherents');
      await page.keyboard.press('Tab');
      const inList = await page.evaluate(() => Boolean(document.activeElement?.closest('#liste-adherents')));
      assert.ok(inList, 'after the skip link, Tab goes to the first member of the list');
    } finally {
      await page.close();
    }
  });

  test('a profile shows its territory within its région', async () => {
    const page = await context.newPage();
    try {
      await page.goto('/adherents/grand-poitiers');
      const figure = page.locator('figure.map-profile');
      assert.match((await figure.locator('figcaption').textContent()) ?? '', /dans la région Nouvelle-Aquitaine/);
      // An image of its own, loaded when it comes into view: the browser must decode the SVG.
      const image = figure.locator('img.map-region');
      await image.scrollIntoViewIfNeeded();
      await page.waitForFunction(() => {
        const img = document.querySelector<HTMLImageElement>('figure.map-profile img');
        return img !== null && img.complete && img.naturalWidth > 0;
      });
      assert.match((await image.getAttribute('alt')) ?? '', /^Carte : CU du Grand Poitiers dans la région Nouvelle-Aquitaine$/);
      const box = await image.boundingBox();
      assert.ok(box && box.width > 200 && box.height > 200, `map box ${JSON.stringify(box)}`);
      assert.match((await figure.textContent()) ?? '', /Contours : IGN Admin Express 2018 via france-geojson, Licence Ouverte/);
      await screenshot(page, 'maps-profile');
    } finally {
      await page.close();
    }
  });
});
