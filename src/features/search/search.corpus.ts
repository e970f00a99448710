/**
 * A small French corpus for the search tests: 30 members on real territories and 40 news items,
 * written so that each query of the tests has known answers (plurals, accents, phrases, names,
 * a title against a body, an old relevant item against a recent weak one). Loaded through the
 * real services, which index as they write.
 */
import type { Db } from '../../db/database.ts';
import { createTestMember, createTestNews } from '../../../test/factories.ts';
import { CORPUS_MEMBERS } from './search.corpus-members.ts';
import { CORPUS_NEWS } from './search.corpus-news.ts';

/** Writes the corpus through the services (members first, in order); returns each document's id by slug. */
export async function loadCorpus(db: Db): Promise<{ members: Map<string, number>; news: Map<string, number> }> {
  const members = new Map<string, number>();
  const news = new Map<string, number>();
  for (const [slug, name, kind, code, updatedAt, panorama, actions] of CORPUS_MEMBERS) {
    const sections = [
      { kind: 'panorama' as const, html: `<p>${panorama}</p>` },
      { kind: 'actions' as const, html: `<p>${actions}</p>` },
    ];
    members.set(slug, (await createTestMember(db, { slug, name, territory: { kind, code }, updatedAt, sections, figures: [] })).id);
  }
  for (const [slug, title, publishedAt, memberSlugs, summary, body] of CORPUS_NEWS) {
    news.set(slug, (await createTestNews(db, { slug, title, publishedAt, memberSlugs, summary, bodyHtml: `<p>${body}</p>` })).id);
  }
  return { members, news };
}
