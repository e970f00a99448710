/** The home page route. */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { latestDate, servePublic, type AppContext } from '../../web/context.ts';
import { countMembersByKind } from '../members/members.public.ts';
import { getNewsPage } from '../news/news.public.ts';
import { HomePage } from './home.page.tsx';

export function registerHomePage(app: FastifyInstance, ctx: AppContext): void {
  app.get('/', async (request, reply) =>
    servePublic(ctx, request, reply, async () => {
      const [counts, news] = await Promise.all([
        countMembersByKind(ctx.database.db),
        getNewsPage(ctx.database.db, { page: 1, pageSize: 4 }),
      ]);
      return {
        page: h(HomePage, { counts, news: news.items, demo: ctx.site.demo }),
        lastModified: latestDate(...news.items.map((n) => n.updated_at ?? n.published_at)),
      };
    }),
  );
}
