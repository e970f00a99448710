/** Atom feed of public resources, with absolute URLs only. */
import { Feed } from 'feed';
import { SITE } from '../../web/site.ts';
import type { ResourceItem } from './resources.service.ts';
import { escapeXml } from '../../shared/text.ts';

/** Renders the feed; `items` must already be public resources only. */
export function renderResourceFeed(publicUrl: string, items: ResourceItem[]): string {
  const dates = items.map((i) => i.updated_at).sort();
  const feed = new Feed({
    id: `${publicUrl}/ressources/flux.atom`,
    title: `Ressources — ${SITE.name}`,
    link: `${publicUrl}/ressources`,
    language: 'fr',
    updated: dates.length ? new Date(dates.at(-1)!) : new Date(0),
    feedLinks: { atom: `${publicUrl}/ressources/flux.atom` },
    author: { name: SITE.name, link: publicUrl },
    copyright: SITE.name,
    generator: 'Essor',
  });
  for (const item of items) {
    const link = `${publicUrl}/ressources/${item.slug}`;
    feed.addItem({
      id: link,
      // Atom `type="html"` (the feed package's choice): plain text goes escaped, or readers would run it as markup.
      title: escapeXml(item.title),
      link,
      date: new Date(item.updated_at),
      published: new Date(item.published_at),
      description: escapeXml(item.summary),
      content: item.body_html,
      category: [{ term: item.type, name: item.typeName }, ...item.themes.map((t) => ({ term: t.slug, name: t.name }))],
    });
  }
  return feed.atom1();
}
