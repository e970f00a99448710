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
import { renderRobots, renderSitemap } from './feeds.sitemap.ts';

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

  app.get('/sitemap.xml', async (request, reply) =>
    servePublic(ctx, request, reply, async () => {
      const now = new Date().toISOString();
      const [members, news, resources] = await Promise.all([listMemberSlugs(db), listNewsSlugs(db, now), listPublicResourceSlugs(db, now)]);
      const body = renderSitemap(publicUrl, [
        { path: '/' },
        { path: '/adherents' },
        { path: '/actualites' },
        { path: '/ressources' },
        { path: '/comparer' },
        { path: '/statistiques' },
        ...members.map((m) => ({ path: `/adherents/${m.slug}`, lastmod: m.content_updated_at })),
        ...news.map((n) => ({ path: `/actualites/${n.slug}`, lastmod: n.updated_at ?? n.published_at })),
        // Public resources only: members-only and staff-only pages are not advertised.
        ...resources.map((r) => ({ path: `/ressources/${r.slug}`, lastmod: r.updated_at })),
      ]);
      return { body, contentType: 'application/xml; charset=utf-8' };
    }),
  );

  app.get('/robots.txt', async (_request, reply) => reply.type('text/plain; charset=utf-8').send(renderRobots(publicUrl)));
}
