/**
 * HTML validation: every public page type, rendered in-process on the demo content
 * (SQLite), must pass html-validate's recommended rules — home, directory (plain and
 * filtered), a profile, the news list, a news item, the 404 page. Rules are turned off or
 * adjusted only where they contradict a deliberate choice; each says why.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { HtmlValidate, type Report } from 'html-validate';
import { buildTestApp, sessionCookie } from '../../test/app.ts';
import { createTestDatabase } from '../../test/databases.ts';
import type { Database } from '../db/database.ts';
import { loadDemoIfEmpty } from '../features/demo/demo.load.ts';
import { createTestUser } from '../../test/factories.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // preact-render-to-string writes void elements as `<meta ... />`: valid HTML, and the
    // renderer's fixed style. Required consistently, rather than turned off.
    'void-style': ['error', { style: 'selfclose' }],
    // A page title is the content's own title (a news headline, a member's name) followed by
    // the site's name; editors write headlines of any length, and cutting them would lose
    // meaning. The 70-character limit is a search-engine display heuristic, not validity.
    'long-title': 'off',
    // A group of checkboxes sharing one name is how a GET form sends a list (the comparison's
    // `membres`); the rule's default shares names only between radios and buttons.
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
  },
});

const PAGES: { name: string; url: string; status: number }[] = [
  { name: 'home', url: '/', status: 200 },
  { name: 'directory', url: '/adherents', status: 200 },
  { name: 'directory, filtered', url: '/adherents?type=intercommunalite&region=75&tri=adhesion&q=poitiers', status: 200 },
  { name: 'directory, page 2', url: '/adherents?page=2', status: 200 },
  { name: 'profile', url: '/adherents/grand-poitiers', status: 200 },
  { name: 'news list', url: '/actualites', status: 200 },
  { name: 'news item', url: '/actualites/grand-poitiers-monnaie-locale-pois-reel', status: 200 },
  { name: 'resources', url: '/ressources', status: 200 },
  { name: 'resources, filtered', url: '/ressources?type=fiche-initiative&thematique=alimentation&annee=2026&tri=titre', status: 200 },
  { name: 'resource with a file', url: '/ressources/guide-pole-territorial-cooperation-economique', status: 200 },
  { name: 'resource for members, seen by a visitor', url: '/ressources/note-juridique-reservation-marches', status: 200 },
  { name: 'search results', url: '/recherche?q=cooperatives&type=news', status: 200 },
  { name: 'search, no result', url: '/recherche?q=Grenobel', status: 200 },
  { name: '404 page', url: '/adherents/nexiste-pas', status: 404 },
  { name: 'territory, région', url: '/territoires/region-75', status: 200 },
  { name: 'territory, EPCI', url: '/territoires/200069854', status: 200 },
  { name: 'territory with resources, département', url: '/territoires/departement-86', status: 200 },
  { name: 'profile with resources', url: '/adherents/region-nouvelle-aquitaine', status: 200 },
  { name: 'resources of a territory', url: '/ressources?territoire=departement-86', status: 200 },
  { name: 'territory, commune', url: '/territoires/86194', status: 200 },
  { name: 'comparison', url: '/comparer?membres=grand-poitiers,region-nouvelle-aquitaine,ville-de-poitiers', status: 200 },
  { name: 'comparison, form only', url: '/comparer', status: 200 },
  { name: 'comparison, unknown member', url: '/comparer?membres=grand-poitiers,nexiste-pas', status: 400 },
  { name: 'statistics', url: '/statistiques', status: 200 },
  { name: 'territory index', url: '/territoires', status: 200 },
  { name: 'territory finder results', url: '/territoires?q=86340', status: 200 },
  { name: 'territory finder, nothing found', url: '/territoires?q=zzzz', status: 200 },
  { name: 'commune page with coverage', url: '/territoires/87085', status: 200 },
  { name: 'ESS employers of a territory', url: '/territoires/departement-86/acteurs', status: 200 },
  { name: 'campaign results list', url: '/campagnes', status: 200 },
  { name: 'campaign results (demo 2025)', url: '/campagnes/1', status: 200 },
  {
    name: 'comparison in a year',
    url: '/comparer?membres=grand-poitiers,region-nouvelle-aquitaine,ville-de-poitiers&annee=2025',
    status: 200,
  },
  { name: 'theme list', url: '/thematiques', status: 200 },
  { name: 'theme page', url: '/thematiques/tiers-lieux', status: 200 },
  { name: 'sign-in', url: '/connexion', status: 200 },
  { name: 'forgotten password', url: '/mot-de-passe-oublie', status: 200 },
];

/** Back-office pages, seen by an admin (`as: 'admin'`) or the editor of Grand Poitiers. */
const PRIVATE_PAGES: { name: string; url: string; as: 'admin' | 'editor' }[] = [
  { name: 'dashboard, admin', url: '/admin', as: 'admin' },
  { name: 'dashboard, editor', url: '/admin', as: 'editor' },
  { name: 'resource for members, seen by a member', url: '/ressources/note-juridique-reservation-marches', as: 'editor' },
  { name: 'resources, admin list', url: '/admin/ressources', as: 'admin' },
  { name: 'resource, new', url: '/admin/ressources/nouvelle', as: 'admin' },
  { name: 'resource, edit', url: '/admin/ressources/1', as: 'admin' },
  { name: 'profile editor', url: '/admin/adherents/grand-poitiers/profil', as: 'editor' },
  { name: 'profile editor, admin', url: '/admin/adherents/grand-poitiers/profil', as: 'admin' },
  { name: 'profile preview', url: '/admin/adherents/grand-poitiers/apercu', as: 'editor' },
  { name: 'profile history', url: '/admin/adherents/grand-poitiers/historique', as: 'admin' },
  { name: 'moderation queue', url: '/admin/moderation', as: 'admin' },
  { name: 'indicators', url: '/admin/indicateurs', as: 'admin' },
  { name: 'indicator form', url: '/admin/indicateurs/budget_eur', as: 'admin' },
  { name: 'new indicator', url: '/admin/indicateurs/nouveau', as: 'admin' },
  { name: 'campaigns', url: '/admin/campagnes', as: 'admin' },
  { name: 'new campaign', url: '/admin/campagnes/nouvelle', as: 'admin' },
  { name: 'campaign dashboard (demo 2026)', url: '/admin/campagnes/2', as: 'admin' },
  { name: 'campaign settings', url: '/admin/campagnes/2/parametres', as: 'admin' },
  { name: 'response review', url: '/admin/campagnes/2/reponses/grand-poitiers', as: 'admin' },
  { name: 'questionnaire, editor', url: '/admin/adherents/grand-poitiers/campagnes/2', as: 'editor' },
  { name: 'accounts', url: '/admin/comptes', as: 'admin' },
  { name: 'outbox', url: '/admin/envois', as: 'admin' },
  { name: 'audit log', url: '/admin/journal', as: 'admin' },
  { name: 'members, admin list', url: '/admin/adherents?type=intercommunalite', as: 'admin' },
  { name: 'member, new', url: '/admin/adherents/nouveau', as: 'admin' },
  { name: 'member, official data', url: '/admin/adherents/grand-poitiers', as: 'admin' },
  { name: 'site settings', url: '/admin/parametres', as: 'admin' },
  { name: 'news, admin list', url: '/admin/actualites', as: 'admin' },
  { name: 'news, editor list', url: '/admin/adherents/grand-poitiers/actualites', as: 'editor' },
  { name: 'news, new (editor)', url: '/admin/adherents/grand-poitiers/actualites/nouvelle', as: 'editor' },
  { name: 'news, edit (admin)', url: '/admin/actualites/1', as: 'admin' },
  { name: 'news, preview', url: '/admin/actualites/1/apercu', as: 'admin' },
  { name: 'news, history', url: '/admin/actualites/1/historique', as: 'admin' },
  { name: 'themes', url: '/admin/thematiques', as: 'admin' },
  { name: 'resource types', url: '/admin/ressources/types', as: 'admin' },
];

/** One line per message: `rule (line:column) message [selector]`. */
function describeReport(report: Report): string {
  return report.results
    .flatMap((r) => r.messages)
    .map((m) => `- ${m.ruleId} (${m.line}:${m.column}) ${m.message}${m.selector ? ` [${m.selector}]` : ''}`)
    .join('\n');
}

describe('HTML validation of the public pages (demo content, SQLite)', () => {
  let database: Database;
  let app: FastifyInstance;
  const sessions: Record<'admin' | 'editor', string> = { admin: '', editor: '' };

  before(async () => {
    database = await createTestDatabase('sqlite');
    assert.equal(await loadDemoIfEmpty(database.db), true, 'the demo content loads');
    app = await buildTestApp(database);
    const member = await database.db.selectFrom('members').select('id').where('slug', '=', 'grand-poitiers').executeTakeFirstOrThrow();
    sessions.admin = await sessionCookie(database, (await createTestUser(database.db, { role: 'admin' })).id);
    sessions.editor = await sessionCookie(database, (await createTestUser(database.db, { role: 'editor', memberId: member.id })).id);
  });
  after(async () => {
    await app?.close();
    await database?.close();
  });

  test('the validator is configured to catch errors', async () => {
    const bad = '<!DOCTYPE html><html lang="fr"><head><title>t</title></head><body><main id="a"><p id="a">x</main></body></html>';
    const report = await validator.validateString(bad);
    assert.equal(report.valid, false, 'a duplicate id and an unclosed <p> must be reported');
  });

  for (const { name, url, status } of PAGES) {
    test(`${name} (${url}) is valid HTML`, async () => {
      const res = await app.inject(url);
      assert.equal(res.statusCode, status);
      assert.match(res.headers['content-type'] as string, /^text\/html/);
      assert.match(res.body, /^<!DOCTYPE html>/i);
      if (name === 'directory, filtered') assert.match(res.body, /Grand Poitiers/, 'the filter finds the member');
      const report = await validator.validateString(res.body, url);
      assert.ok(report.valid, `${report.errorCount} error(s), ${report.warningCount} warning(s) on ${url}:\n${describeReport(report)}`);
      assert.equal(report.warningCount, 0, `warnings on ${url}:\n${describeReport(report)}`);
    });
  }

  for (const { name, url, as } of PRIVATE_PAGES) {
    test(`${name} (${url}) is valid HTML`, async () => {
      const res = await app.inject({ url, headers: { cookie: sessions[as] } });
      assert.equal(res.statusCode, 200);
      const report = await validator.validateString(res.body, url);
      assert.ok(report.valid, `${report.errorCount} error(s), ${report.warningCount} warning(s) on ${url}:\n${describeReport(report)}`);
      assert.equal(report.warningCount, 0, `warnings on ${url}:\n${describeReport(report)}`);
    });
  }
});
