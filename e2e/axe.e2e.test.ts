/**
 * Accessibility: axe-core (WCAG 2.0/2.1 A and AA, plus best practices) on every page type
 * of the real site in Chromium — home, directory (unfiltered and filtered), profile, news
 * list, news item, 404. Each must have zero violations; the message lists every violation
 * with its rule, help and target nodes. The context bypasses the site's CSP, which would
 * otherwise block the injected axe script. See e2e/support.ts for the server and browser.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import { browserSkip, describeViolations, launchBrowser, runAxe, startServer, type RunningServer } from './support.ts';

const PAGES: { name: string; path: string; status: number }[] = [
  { name: 'home', path: '/', status: 200 },
  { name: 'directory', path: '/adherents', status: 200 },
  { name: 'directory, filtered', path: '/adherents?type=intercommunalite&q=poitiers', status: 200 },
  { name: 'profile', path: '/adherents/grand-poitiers', status: 200 },
  { name: 'news list', path: '/actualites', status: 200 },
  { name: 'news item', path: '/actualites/grand-poitiers-monnaie-locale-pois-reel', status: 200 },
  { name: 'resources', path: '/ressources', status: 200 },
  { name: 'resource with a file', path: '/ressources/guide-pole-territorial-cooperation-economique', status: 200 },
  { name: 'resource for members, seen by a visitor', path: '/ressources/note-juridique-reservation-marches', status: 200 },
  { name: 'search results', path: '/recherche?q=cooperatives', status: 200 },
  { name: 'search, no result', path: '/recherche?q=Grenobel', status: 200 },
  { name: '404 page', path: '/adherents/nexiste-pas', status: 404 },
  { name: 'territory, région', path: '/territoires/region-75', status: 200 },
  { name: 'territory, EPCI', path: '/territoires/200069854', status: 200 },
  { name: 'territory with resources, département', path: '/territoires/departement-86', status: 200 },
  { name: 'profile with resources', path: '/adherents/region-nouvelle-aquitaine', status: 200 },
  { name: 'resources of a territory', path: '/ressources?territoire=departement-86', status: 200 },
  { name: 'territory, commune', path: '/territoires/86194', status: 200 },
  { name: 'comparison', path: '/comparer?membres=grand-poitiers,region-nouvelle-aquitaine,ville-de-poitiers', status: 200 },
  { name: 'comparison, unknown member', path: '/comparer?membres=grand-poitiers,nexiste-pas', status: 400 },
  { name: 'statistics', path: '/statistiques', status: 200 },
  { name: 'territory index', path: '/territoires', status: 200 },
  { name: 'territory finder results', path: '/territoires?q=86340', status: 200 },
  { name: 'territory finder, nothing found', path: '/territoires?q=zzzz', status: 200 },
  { name: 'commune page with coverage', path: '/territoires/87085', status: 200 },
  { name: 'ESS employers of a territory', path: '/territoires/departement-86/acteurs', status: 200 },
  { name: 'campaign results list', path: '/campagnes', status: 200 },
  { name: 'campaign results (demo 2025)', path: '/campagnes/1', status: 200 },
  { name: 'theme list', path: '/thematiques', status: 200 },
  { name: 'theme page', path: '/thematiques/tiers-lieux', status: 200 },
];

describe('accessibility (axe-core) in Chromium', { skip: browserSkip(), timeout: 180_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    context = await browser.newContext({ baseURL: server.baseUrl, bypassCSP: true });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const { name, path, status } of PAGES) {
    test(`${name} (${path}) has no axe violation`, async () => {
      const page = await context.newPage();
      try {
        const res = await page.goto(path);
        assert.equal(res?.status(), status);
        const { violations, passes } = await runAxe(page);
        assert.ok(passes > 10, `axe ran only ${passes} passing rules: did it run at all?`);
        assert.equal(violations.length, 0, `${violations.length} axe violation(s) on ${path}:\n${describeViolations(violations)}`);
      } finally {
        await page.close();
      }
    });
  }
});
