/** Public pages of the news feature. */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { notFound } from '../../errors.ts';
import { latestDate, pageRead, servePublic, type AppContext } from '../../web/context.ts';
import { intParam, type Query } from '../../web/query.ts';
import { getNews, getNewsPage } from './news.service.ts';
import { NewsListPage, NewsPage } from './news.pages.tsx';

export const NEWS_PAGE_SIZE = 10;

export function registerNewsPages(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx.database;

  app.get('/actualites', async (request, reply) => {
    const page = intParam(request.query as Query, 'page', { min: 1, max: 100_000 }) ?? 1;
    return servePublic(
      ctx,
      request,
      reply,
      async () => {
        const result = await getNewsPage(db, { page, pageSize: NEWS_PAGE_SIZE });
        return {
          page: h(NewsListPage, { ...result, demo: ctx.site.demo }),
          lastModified: latestDate(...result.items.flatMap((i) => [i.published_at, i.updated_at])),
        };
      },
      { reads: { page: pageRead(page) } },
    );
  });

  app.get<{ Params: { slug: string } }>('/actualites/:slug', async (request, reply) =>
    servePublic(ctx, request, reply, async () => {
      const item = await getNews(db, request.params.slug);
      if (!item) throw notFound('Aucune actualité ne correspond à cette adresse.');
      return { page: h(NewsPage, { item, demo: ctx.site.demo }), lastModified: latestDate(item.published_at, item.updated_at) };
    }),
  );
}
