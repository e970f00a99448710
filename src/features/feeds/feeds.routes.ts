/** Machine-readable public outputs: Atom feeds, sitemap.xml, robots.txt. */
import type { FastifyInstance } from 'fastify';
import { notFound } from '../../errors.ts';
import { latestDate, servePublic, type AppContext } from '../../web/context.ts';
import { SITE } from '../../web/site.ts';
import { findMemberBySlug, listMemberSlugs } from '../members/members.public.ts';
import { listNewsSlugs } from '../news/news.public.ts';
import { listPublicResourceSlugs } from '../resources/resources.public.ts';
import { getNewsPage } from '../news/news.public.ts';
import { renderNewsFeed } from './feeds.atom.ts';
import { renderRobots, renderSitemap, renderSitemapIndex } from './feeds.sitemap.ts';
import { listCampaigns } from '../campaigns/campaigns.public.ts';
import { listTerritoriesWithMembers, territoryPath } from '../territories/territories.public.ts';
import { listThemes } from '../themes/themes.public.ts';

const ATOM = 'application/atom+xml; charset=utf-8';
const FEED_SIZE = 30;

export function registerFeeds(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx.database;
  const { publicUrl } = ctx.config;

  app.get('/actualites/flux.atom', async (request, reply) =>
    servePublic(ctx, request, reply, async () => {
      const { items } = await getNewsPage(db, { page: 1, pageSize: FEED_SIZE });
      const body = renderNewsFeed({
        publicUrl,
        selfPath: '/actualites/flux.atom',
        pagePath: '/actualites',
        title: `Actualités — ${SITE.name}`,
        items,
      });
      return { body, contentType: ATOM, lastModified: latestDate(...items.flatMap((i) => [i.published_at, i.updated_at])) };
    }),
  );

  app.get<{ Params: { slug: string } }>('/adherents/:slug/flux.atom', async (request, reply) =>
    servePublic(ctx, request, reply, async () => {
      const member = await findMemberBySlug(db, request.params.slug);
      if (!member) throw notFound('Aucun adhérent ne correspond à cette adresse.');
      const { items } = await getNewsPage(db, { page: 1, pageSize: FEED_SIZE, memberId: member.id });
      const body = renderNewsFeed({
        publicUrl,
        selfPath: `/adherents/${member.slug}/flux.atom`,
        pagePath: `/adherents/${member.slug}`,
        title: `Actualités de ${member.name}`,
        items,
      });
      return {
        body,
        contentType: ATOM,
        lastModified: latestDate(member.content_updated_at, ...items.flatMap((i) => [i.published_at, i.updated_at])),
      };
    }),
  );

  // The sitemap is an index of smaller sitemaps: pages, territories, news (by 10,000), resources.
  const XML = 'application/xml; charset=utf-8';
  const NEWS_PER_SITEMAP = 10_000;
  const newsSitemapCount = async () =>
    Math.max(1, Math.ceil((await listNewsSlugs(db, new Date().toISOString())).length / NEWS_PER_SITEMAP));

  app.get('/sitemap.xml', async (request, reply) =>
    servePublic(ctx, request, reply, async () => {
      const newsCount = await newsSitemapCount();
      const paths = [
        '/sitemaps/pages.xml',
        '/sitemaps/territoires.xml',
        ...Array.from({ length: newsCount }, (_, i) => `/sitemaps/actualites-${i + 1}.xml`),
        '/sitemaps/ressources.xml',
      ];
      return { body: renderSitemapIndex(publicUrl, paths), contentType: XML };
    }),
  );

  app.get('/sitemaps/pages.xml', async (request, reply) =>
    servePublic(ctx, request, reply, async () => {
      const [members, themes, campaigns] = await Promise.all([listMemberSlugs(db), listThemes(db), listCampaigns(db)]);
      const body = renderSitemap(publicUrl, [
        { path: '/' },
        { path: '/adherents' },
        { path: '/territoires' },
        { path: '/actualites' },
        { path: '/ressources' },
        { path: '/thematiques' },
        { path: '/comparer' },
        { path: '/statistiques' },
        { path: '/campagnes' },
        ...members.map((m) => ({ path: `/adherents/${m.slug}`, lastmod: m.content_updated_at })),
        ...themes.map((t) => ({ path: `/thematiques/${t.slug}` })),
        ...campaigns.filter((c) => c.state === 'closed').map((c) => ({ path: `/campagnes/${c.id}` })),
      ]);
      return { body, contentType: XML };
    }),
  );

  // Territory pages that have something to show: at least one member on, above or within them.
  app.get('/sitemaps/territoires.xml', async (request, reply) =>
    servePublic(ctx, request, reply, async () => {
      const territories = await listTerritoriesWithMembers(db);
      return {
        body: renderSitemap(
          publicUrl,
          territories.map((t) => ({ path: territoryPath(t.kind, t.code) })),
        ),
        contentType: XML,
      };
    }),
  );

  app.get<{ Params: { file: string } }>('/sitemaps/:file', async (request, reply) => {
    const match = /^actualites-([1-9][0-9]{0,4})\.xml$/.exec(request.params.file);
    if (!match) throw notFound('Ce plan du site n’existe pas.');
    const n = Number(match[1]);
    return servePublic(ctx, request, reply, async () => {
      const news = await listNewsSlugs(db, new Date().toISOString());
      const slice = news.slice((n - 1) * NEWS_PER_SITEMAP, n * NEWS_PER_SITEMAP);
      if (slice.length === 0 && n > 1) throw notFound('Ce plan du site n’existe pas.');
      const body = renderSitemap(
        publicUrl,
        slice.map((item) => ({ path: `/actualites/${item.slug}`, lastmod: item.updated_at ?? item.published_at })),
      );
      return { body, contentType: XML };
    });
  });

  app.get('/sitemaps/ressources.xml', async (request, reply) =>
    servePublic(ctx, request, reply, async () => {
      const resources = await listPublicResourceSlugs(db, new Date().toISOString());
      // Public resources only: members-only and staff-only pages are not advertised.
      const body = renderSitemap(
        publicUrl,
        resources.map((r) => ({ path: `/ressources/${r.slug}`, lastmod: r.updated_at })),
      );
      return { body, contentType: XML };
    }),
  );

  app.get('/robots.txt', async (_request, reply) => reply.type('text/plain; charset=utf-8').send(renderRobots(publicUrl)));
}
