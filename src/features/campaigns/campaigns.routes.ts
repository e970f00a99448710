/** Public pages of the campaigns: the results of closed ones (`/campagnes`, `/campagnes/:id`), cached like every public page. */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { notFound } from '../../errors.ts';
import { servePublic, type AppContext } from '../../web/context.ts';
import { getResults } from './campaigns.report.ts';
import { CampaignResultsListPage, CampaignResultsPage } from './campaigns.results-page.tsx';
import { listCampaigns } from './campaigns.service.ts';

export function registerCampaignPages(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx.database;

  app.get('/campagnes', async (request, reply) =>
    servePublic(ctx, request, reply, async () => {
      const closed = (await listCampaigns(db)).filter((c) => c.state === 'closed');
      const campaigns = await Promise.all(closed.map((c) => getResults(db, c.id, { publicOnly: true })));
      return { page: h(CampaignResultsListPage, { campaigns, demo: ctx.site.demo }) };
    }),
  );

  app.get<{ Params: { id: string } }>('/campagnes/:id', async (request, reply) => {
    const id = /^[0-9]{1,9}$/.test(request.params.id) ? Number(request.params.id) : NaN;
    return servePublic(ctx, request, reply, async () => {
      const report = await getResults(db, id, { publicOnly: true });
      // Results are public once the campaign is closed, never before.
      if (report.campaign.state !== 'closed') throw notFound('Les résultats de cette campagne ne sont pas encore publiés.');
      return { page: h(CampaignResultsPage, { ...report, demo: ctx.site.demo }) };
    });
  });
}
