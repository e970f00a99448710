/** sitemap.xml and robots.txt. */
import { escapeXml } from '../../shared/text.ts';

export interface SitemapEntry {
  path: string;
  lastmod?: string | null | undefined;
}

export function renderSitemap(publicUrl: string, entries: SitemapEntry[]): string {
  const urls = entries
    .map((e) => `<url><loc>${escapeXml(publicUrl + e.path)}</loc>${e.lastmod ? `<lastmod>${e.lastmod.slice(0, 10)}</lastmod>` : ''}</url>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

/** A sitemap index: the sitemaps of the site, each under the protocol's limits (50,000 addresses). */
export function renderSitemapIndex(publicUrl: string, paths: string[]): string {
  const items = paths.map((p) => `<sitemap><loc>${escapeXml(publicUrl + p)}</loc></sitemap>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items}\n</sitemapindex>\n`;
}

export function renderRobots(publicUrl: string): string {
  return `User-agent: *\nDisallow: /admin/\nDisallow: /api/\nSitemap: ${publicUrl}/sitemap.xml\n`;
}
