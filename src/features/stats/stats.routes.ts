/** The statistics page (`/statistiques`), cached like every public page. */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { latestDate, servePublic, type AppContext } from '../../web/context.ts';
import { getNetworkStats } from './stats.service.ts';
import { StatsPage } from './stats.page.tsx';

export function registerStatsPage(app: FastifyInstance, ctx: AppContext): void {
  app.get('/statistiques', async (request, reply) =>
    servePublic(ctx, request, reply, async () => {
      const stats = await getNetworkStats(ctx.database.db);
      return { page: h(StatsPage, { stats, demo: ctx.site.demo }), lastModified: latestDate(stats.latestChange) };
    }),
  );
}
