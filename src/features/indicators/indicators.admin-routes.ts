/** Back-office routes of the indicators: /admin/indicateurs (network admins only). */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { InvalidInput, notFound } from '../../errors.ts';
import { protectedRoute } from '../../web/auth.ts';
import type { AppContext } from '../../web/context.ts';
import { field, fields, noticeOf } from '../../web/forms.tsx';
import { MessageQuery, SlugParams } from '../../web/route-schemas.ts';
import { frameOf, sendPrivatePage } from '../../web/admin/frame.ts';
import { IndicatorFormPage, IndicatorListPage } from './indicators.admin-pages.tsx';
import {
  changeIndicator,
  createIndicator,
  deleteIndicator,
  getIndicator,
  indicatorUses,
  listIndicators,
  type IndicatorInput,
} from './indicators.service.ts';

const NOTICES = { cree: 'Indicateur créé.', enregistre: 'Indicateur enregistré.', supprime: 'Indicateur supprimé.' };

function readForm(body: unknown): IndicatorInput {
  return {
    code: field(body, 'code'),
    label: field(body, 'label'),
    unit: field(body, 'unit'),
    definition: field(body, 'definition'),
    memberKinds: fields(body, 'memberKinds'),
    aggregation: field(body, 'aggregation'),
    perInhabitant: field(body, 'perInhabitant') === '1',
    visibility: field(body, 'visibility'),
  };
}

export function registerIndicatorAdminRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx.database;
  const admin = { permission: 'network.admin' } as const;

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/indicateurs',
    access: admin,
    schema: { querystring: MessageQuery },
    handler: async ({ request, reply }) => {
      const notice = noticeOf(request, NOTICES);
      return sendPrivatePage(
        reply,
        h(IndicatorListPage, {
          frame: await frameOf(ctx, request, reply),
          indicators: await listIndicators(db),
          ...(notice ? { notice } : {}),
        }),
      );
    },
  });

  const blank: IndicatorInput = {
    code: '',
    label: '',
    unit: '',
    definition: '',
    memberKinds: [],
    aggregation: 'sum',
    perInhabitant: false,
    visibility: 'public',
  };

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/indicateurs/nouveau',
    access: admin,
    handler: async ({ request, reply }) =>
      sendPrivatePage(reply, h(IndicatorFormPage, { frame: await frameOf(ctx, request, reply), values: blank, creating: true })),
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/indicateurs/nouveau',
    access: admin,
    handler: async ({ request, reply, actor, body }) => {
      const values = readForm(body);
      try {
        await db.transaction().execute((trx) => createIndicator(trx, actor, values));
      } catch (error) {
        if (!(error instanceof InvalidInput)) throw error;
        const frame = await frameOf(ctx, request, reply);
        return sendPrivatePage(reply, h(IndicatorFormPage, { frame, values, creating: true, problems: error.problems }), 400);
      }
      return reply.redirect('/admin/indicateurs?message=cree', 303);
    },
  });

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/indicateurs/:slug',
    access: admin,
    schema: { params: SlugParams },
    handler: async ({ request, reply, params }) => {
      const indicator = await getIndicator(db, params.slug);
      if (!indicator) throw notFound('Cet indicateur n’existe pas.');
      const values: IndicatorInput = { ...indicator };
      const frame = await frameOf(ctx, request, reply);
      return sendPrivatePage(reply, h(IndicatorFormPage, { frame, values, creating: false, uses: await indicatorUses(db, params.slug) }));
    },
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/indicateurs/:slug',
    access: admin,
    schema: { params: SlugParams },
    handler: async ({ request, reply, actor, body, params }) => {
      const values = { ...readForm(body), code: params.slug };
      try {
        await db.transaction().execute((trx) => changeIndicator(trx, actor, params.slug, values));
      } catch (error) {
        if (!(error instanceof InvalidInput)) throw error;
        const frame = await frameOf(ctx, request, reply);
        const uses = await indicatorUses(db, params.slug);
        return sendPrivatePage(reply, h(IndicatorFormPage, { frame, values, creating: false, uses, problems: error.problems }), 400);
      }
      return reply.redirect('/admin/indicateurs?message=enregistre', 303);
    },
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/indicateurs/:slug/supprimer',
    access: admin,
    schema: { params: SlugParams },
    handler: async ({ reply, actor, params }) => {
      await db.transaction().execute((trx) => deleteIndicator(trx, actor, params.slug));
      return reply.redirect('/admin/indicateurs?message=supprime', 303);
    },
  });
}
