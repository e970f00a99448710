/** Atom feeds of news (all, or one member's), with absolute URLs only. */
import { Feed } from 'feed';
import { SITE } from '../../web/site.ts';
import type { NewsItem } from '../news/news.public.ts';
import { escapeXml } from '../../shared/text.ts';

export interface AtomFeedInput {
  publicUrl: string;
  /** Path of the feed itself, e.g. `/actualites/flux.atom`. */
  selfPath: string;
  /** Path of the HTML page the feed mirrors. */
  pagePath: string;
  title: string;
  items: NewsItem[];
}

/** Renders an Atom 1.0 document. */
export function renderNewsFeed(input: AtomFeedInput): string {
  const { publicUrl } = input;
  const dates = input.items.map((i) => i.updated_at ?? i.published_at).sort();
  const feed = new Feed({
    id: `${publicUrl}${input.selfPath}`,
    title: input.title,
    link: `${publicUrl}${input.pagePath}`,
    language: 'fr',
    updated: dates.length ? new Date(dates.at(-1)!) : new Date(0),
    feedLinks: { atom: `${publicUrl}${input.selfPath}` },
    author: { name: SITE.name, link: publicUrl },
    copyright: SITE.name,
    generator: 'Essor',
  });
  for (const item of input.items) {
    const link = `${publicUrl}/actualites/${item.slug}`;
    feed.addItem({
      id: link,
      // Atom `type="html"` (the feed package's choice): plain text goes escaped, or readers would run it as markup.
      title: escapeXml(item.title),
      link,
      date: new Date(item.updated_at ?? item.published_at),
      published: new Date(item.published_at),
      description: escapeXml(item.summary),
      content: item.body_html,
      category: item.members.map((m) => ({ term: m.slug, name: m.name, scheme: `${publicUrl}/adherents` })),
    });
  }
  return feed.atom1();
}
