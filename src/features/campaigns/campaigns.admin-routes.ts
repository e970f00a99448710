/**
 * Back-office routes of the campaigns themselves (network admins): the list, preparing a campaign,
 * its settings, its dashboard, and opening, reminding and closing it. Its questions are in
 * campaigns.question-routes.ts, the members' responses in campaigns.response-routes.ts.
 */
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { Type } from 'typebox';
import { AppError, InvalidInput } from '../../errors.ts';
import type { Actor } from '../../shared/access.ts';
import { protectedRoute } from '../../web/auth.ts';
import type { AppContext } from '../../web/context.ts';
import { field, fields, noticeOf } from '../../web/forms.tsx';
import { frameOf, sendPrivatePage } from '../../web/admin/frame.ts';
import { deliverMail } from '../mail/mail.public.ts';
import { CampaignDashboardPage, CampaignFormPage, CampaignListPage } from './campaigns.admin-pages.tsx';
import { getDashboard } from './campaigns.dashboard.ts';
import { exportCsv, exportTable, exportXlsx } from './campaigns.report.ts';
import { remindCampaign } from './campaigns.reminders.ts';
import {
  changeCampaign,
  closeCampaign,
  createCampaign,
  getCampaign,
  listCampaigns,
  openCampaign,
  type Campaign,
  type CampaignInput,
} from './campaigns.service.ts';
import { answered, responseStates } from './campaigns.responses.ts';

export const CampaignIdParams = Type.Object({ id: Type.String({ pattern: '^[0-9]{1,9}$' }) });

const NOTICES = {
  cree: 'Campagne créée, en préparation : vérifiez le questionnaire, puis ouvrez-la.',
  enregistre: 'Campagne enregistrée.',
  ouverte: 'Campagne ouverte : les rédacteurs des adhérents concernés la trouvent sur leur tableau de bord.',
  close: 'Campagne close : les résultats des questions publiques sont publiés.',
  relance: 'Relance envoyée aux adhérents sans réponse.',
  'sans-relance': 'Aucune relance envoyée : tous les adhérents concernés ont répondu, ou aucun n’a de rédacteur.',
  question: 'Question enregistrée.',
  retiree: 'Question retirée.',
};

function readCampaignForm(body: unknown): CampaignInput {
  return {
    year: field(body, 'year'),
    title: field(body, 'title'),
    opensOn: field(body, 'opensOn'),
    deadline: field(body, 'deadline'),
    reminderDays: field(body, 'reminderDays'),
    minCell: field(body, 'minCell'),
    memberKinds: fields(body, 'memberKinds'),
  };
}

/** A new campaign's defaults: this year's figures, due at the end of next March. */
function defaults(now: Date): CampaignInput {
  const year = now.getUTCFullYear();
  return {
    year: String(year),
    title: `Campagne ${year}`,
    opensOn: now.toISOString().slice(0, 10),
    deadline: `${year + 1}-03-31`,
    reminderDays: '14, 7, 1',
    minCell: '5',
    memberKinds: [],
  };
}

const valuesOf = (c: Campaign): CampaignInput => ({
  year: String(c.year),
  title: c.title,
  opensOn: c.opensOn,
  deadline: c.deadline,
  reminderDays: c.reminderDays.join(', '),
  minCell: String(c.minCell),
  memberKinds: [],
});

export function registerCampaignAdminRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx.database;
  const admin = { permission: 'network.admin' } as const;
  const publicUrl = ctx.config.publicUrl;

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/campagnes',
    access: admin,
    handler: async ({ request, reply }) => {
      const campaigns = await Promise.all(
        (await listCampaigns(db)).map(async (campaign) => {
          const states = await responseStates(db, campaign.id);
          return { campaign, answered: states.filter((s) => answered(s.status)).length, total: states.length };
        }),
      );
      const notice = noticeOf(request, NOTICES);
      return sendPrivatePage(
        reply,
        h(CampaignListPage, { frame: await frameOf(ctx, request, reply), campaigns, ...(notice ? { notice } : {}) }),
      );
    },
  });

  /** The settings form: of a new campaign (`campaign` null) or of an existing one, as stored or as typed when refused. */
  const formPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    campaign: Campaign | null,
    refused: { values: CampaignInput; problems: string[] } | null = null,
  ) =>
    sendPrivatePage(
      reply,
      h(CampaignFormPage, {
        frame: await frameOf(ctx, request, reply),
        campaign,
        values: refused?.values ?? (campaign ? valuesOf(campaign) : defaults(new Date())),
        ...(refused ? { problems: refused.problems } : {}),
      }),
      refused ? 400 : 200,
    );

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/campagnes/nouvelle',
    access: admin,
    handler: ({ request, reply }) => formPage(request, reply, null),
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/campagnes/nouvelle',
    access: admin,
    handler: async ({ request, reply, actor, body }) => {
      const values = readCampaignForm(body);
      try {
        const id = await db.transaction().execute((trx) => createCampaign(trx, actor, values));
        return reply.redirect(`/admin/campagnes/${id}?message=cree`, 303);
      } catch (error) {
        if (!(error instanceof InvalidInput)) throw error;
        return formPage(request, reply, null, { values, problems: error.problems });
      }
    },
  });

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/campagnes/:id/parametres',
    access: admin,
    schema: { params: CampaignIdParams },
    handler: async ({ request, reply, params }) => formPage(request, reply, await getCampaign(db, Number(params.id))),
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/campagnes/:id/parametres',
    access: admin,
    schema: { params: CampaignIdParams },
    handler: async ({ request, reply, actor, body, params }) => {
      const campaign = await getCampaign(db, Number(params.id));
      const values = readCampaignForm(body);
      try {
        await db.transaction().execute((trx) => changeCampaign(trx, actor, campaign.id, values));
        return reply.redirect(`/admin/campagnes/${campaign.id}?message=enregistre`, 303);
      } catch (error) {
        if (!(error instanceof InvalidInput)) throw error;
        return formPage(request, reply, campaign, { values, problems: error.problems });
      }
    },
  });

  const ExportQuery = Type.Object({ forme: Type.Optional(Type.Union([Type.Literal('large'), Type.Literal('longue')])) });
  for (const format of ['csv', 'xlsx'] as const)
    protectedRoute(app, ctx, {
      method: 'GET',
      url: `/admin/campagnes/:id/export.${format}`,
      access: admin,
      schema: { params: CampaignIdParams, querystring: ExportQuery },
      handler: async ({ reply, params, query }) => {
        const form = query.forme ?? 'large';
        const table = await exportTable(db, Number(params.id), form);
        const name = `campagne-${table.campaign.year}-${table.campaign.id}-${form}.${format}`;
        reply.header('cache-control', 'no-store').header('content-disposition', `attachment; filename="${name}"`);
        if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(exportCsv(table));
        return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await exportXlsx(table));
      },
    });

  /** The dashboard, with a notice after a redirect, or the reason an action was refused. */
  const dashboardPage = async (request: FastifyRequest, reply: FastifyReply, id: number, problems?: string[]) => {
    const notice = noticeOf(request, NOTICES);
    return sendPrivatePage(
      reply,
      h(CampaignDashboardPage, {
        frame: await frameOf(ctx, request, reply),
        dashboard: await getDashboard(db, id),
        ...(notice ? { notice } : {}),
        ...(problems ? { problems } : {}),
      }),
      problems ? 409 : 200,
    );
  };

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/campagnes/:id',
    access: admin,
    schema: { params: CampaignIdParams },
    handler: ({ request, reply, params }) => dashboardPage(request, reply, Number(params.id)),
  });

  /** An action of the dashboard: redirects with its notice, or shows the dashboard with why it was refused. */
  const dashboardAction = (url: string, run: (id: number, actor: Actor, log: FastifyBaseLogger) => Promise<keyof typeof NOTICES>) =>
    protectedRoute(app, ctx, {
      method: 'POST',
      url,
      access: admin,
      schema: { params: CampaignIdParams },
      handler: async ({ request, reply, actor, params }) => {
        const id = Number(params.id);
        try {
          return reply.redirect(`/admin/campagnes/${id}?message=${await run(id, actor, request.log)}`, 303);
        } catch (error) {
          if (error instanceof InvalidInput) return dashboardPage(request, reply, id, error.problems);
          if (error instanceof AppError && error.code === 'conflict') return dashboardPage(request, reply, id, [error.message]);
          throw error;
        }
      },
    });
  dashboardAction('/admin/campagnes/:id/ouvrir', async (id, actor) => {
    await db.transaction().execute((trx) => openCampaign(trx, actor, id));
    return 'ouverte';
  });
  dashboardAction('/admin/campagnes/:id/clore', async (id, actor) => {
    await db.transaction().execute((trx) => closeCampaign(trx, actor, id));
    return 'close';
  });
  dashboardAction('/admin/campagnes/:id/relancer', async (id, actor, log) => {
    const campaign = await getCampaign(db, id);
    if (campaign.state !== 'open') throw new AppError('conflict', 'Seule une campagne ouverte peut être relancée.');
    const ids = await db.transaction().execute((trx) => remindCampaign(trx, actor, campaign, publicUrl, new Date(), { manual: true }));
    await deliverMail(db, ctx.config, ids, log);
    return ids.length ? 'relance' : 'sans-relance';
  });
}
