/**
 * Public pages of the campaigns: the results of closed ones (`/campagnes`, `/campagnes/:id`, and
 * as CSV `/campagnes/:id/resultats.csv`), cached like every public page.
 */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { notFound } from '../../errors.ts';
import { servePublic, type AppContext } from '../../web/context.ts';
import { exportCsv, getResults, resultsTable } from './campaigns.report.ts';
import { CampaignResultsListPage, CampaignResultsPage } from './campaigns.results-page.tsx';
import { getCampaign, listCampaigns } from './campaigns.service.ts';

export function registerCampaignPages(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx.database;

  app.get('/campagnes', async (request, reply) =>
    servePublic(ctx, request, reply, async () => {
      const closed = (await listCampaigns(db)).filter((c) => c.state === 'closed');
      const campaigns = await Promise.all(closed.map((c) => getResults(db, c.id, { publicOnly: true })));
      return { page: h(CampaignResultsListPage, { campaigns, demo: ctx.site.demo }) };
    }),
  );

  /** The published results of a campaign: public questions, once it is closed, never before. */
  const publishedResults = async (idText: string) => {
    const report = await getResults(db, /^[0-9]{1,9}$/.test(idText) ? Number(idText) : NaN, { publicOnly: true });
    if (report.campaign.state !== 'closed') throw notFound('Les résultats de cette campagne ne sont pas encore publiés.');
    return report;
  };

  app.get<{ Params: { id: string } }>('/campagnes/:id', async (request, reply) =>
    servePublic(ctx, request, reply, async () => ({
      page: h(CampaignResultsPage, { ...(await publishedResults(request.params.id)), demo: ctx.site.demo }),
    })),
  );

  app.get<{ Params: { id: string } }>('/campagnes/:id/resultats.csv', async (request, reply) => {
    const campaign = await getCampaign(db, /^[0-9]{1,9}$/.test(request.params.id) ? Number(request.params.id) : NaN);
    if (campaign.state !== 'closed') throw notFound('Les résultats de cette campagne ne sont pas encore publiés.');
    reply.header('content-disposition', `attachment; filename="resultats-campagne-${campaign.year}.csv"`);
    return servePublic(ctx, request, reply, async () => ({
      body: exportCsv(resultsTable(await publishedResults(request.params.id))),
      contentType: 'text/csv; charset=utf-8',
    }));
  });
}
