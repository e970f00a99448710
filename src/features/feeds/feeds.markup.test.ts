/**
 * Every feed through a real feed parser (feedsmith): titles and summaries are plain text, so none of
 * them may reach a feed reader as markup, however hostile the text. A `type="html"` value is HTML:
 * it may hold escaped text only.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { parseAtomFeed } from 'feedsmith';
import { buildTestApp } from '../../../test/app.ts';
import { describeEachDatabase } from '../../../test/databases.ts';
import { createTestMember, createTestNews } from '../../../test/factories.ts';
import { htmlToText } from '../../shared/html.ts';
import { createResource } from '../resources/resources.public.ts';

const HOSTILE_TITLE = '"><img src=x onerror=alert(1)> Forum & <b>ESS</b>';
const HOSTILE_SUMMARY = '<script>alert(2)</script> Résumé <a href="javascript:alert(3)">lien</a> & fin';

describeEachDatabase('feeds carry plain text as text', (getDb) => {
  let app: FastifyInstance;
  before(async () => {
    const { db } = getDb();
    await createTestMember(db, { slug: 'grand-poitiers', name: 'Grand Poitiers' });
    await createTestNews(db, { slug: 'hostile', title: HOSTILE_TITLE, summary: HOSTILE_SUMMARY, memberSlugs: ['grand-poitiers'] });
    await createResource(db, {
      slug: 'ressource-hostile',
      title: HOSTILE_TITLE,
      summary: HOSTILE_SUMMARY,
      bodyHtml: '<p>Texte</p>',
      type: 'guide',
      visibility: 'public',
      publishedAt: '2026-05-04',
      themeSlugs: [],
    });
    app = await buildTestApp(getDb());
  });
  after(async () => app.close());

  for (const path of ['/actualites/flux.atom', '/adherents/grand-poitiers/flux.atom', '/ressources/flux.atom']) {
    test(`${path}: every title and summary reads as the text that was written, never as markup`, async () => {
      const res = await app.inject(path);
      assert.equal(res.statusCode, 200);
      const entries = parseAtomFeed(res.body).entries ?? [];
      /** What a reader shows of a text construct: HTML is rendered (here: its text), text is shown as is. */
      const shown = (value: { value?: string; type?: string } | string | undefined) => {
        const text = typeof value === 'string' ? { value } : (value ?? {});
        if (text.type === 'html') assert.doesNotMatch(text.value ?? '', /<[a-z!/?]/i, `markup in ${path}: ${text.value}`);
        return text.type === 'html' ? htmlToText(text.value ?? '') : (text.value ?? '');
      };
      const titles = entries.map((e) => shown(e.title as never));
      const summaries = entries.map((e) => shown(e.summary as never));
      assert.ok(entries.length > 0);
      assert.ok(titles.includes(HOSTILE_TITLE.replace(/\s+/g, ' ')), `titles: ${titles.join(' | ')}`);
      assert.ok(summaries.includes(HOSTILE_SUMMARY), `summaries: ${summaries.join(' | ')}`);
    });
  }
});
