/** Back-office routes of the site settings: /admin/parametres (network admins only). */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { InvalidInput } from '../../errors.ts';
import { protectedRoute } from '../../web/auth.ts';
import { MessageQuery } from '../../web/route-schemas.ts';
import type { AppContext } from '../../web/context.ts';
import { field } from '../../web/forms.tsx';
import { applySiteSettings, SITE } from '../../web/site.ts';
import { frameOf, sendPrivatePage } from '../../web/admin/frame.ts';
import { SettingsPage } from './settings.pages.tsx';
import { saveSiteSettings, type SettingsInput } from './settings.service.ts';

export function registerSettingsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx.database;
  const admin = { permission: 'network.admin' } as const;

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/parametres',
    access: admin,
    schema: { querystring: MessageQuery },
    handler: async ({ request, reply, query }) => {
      const values: SettingsInput = {
        name: SITE.name,
        shortName: SITE.shortName,
        description: SITE.description,
        contactEmail: SITE.contactEmail ?? '',
      };
      const saved = query.message === 'enregistre';
      return sendPrivatePage(
        reply,
        h(SettingsPage, {
          frame: await frameOf(ctx, request, reply),
          values,
          ...(saved ? { notice: 'Paramètres enregistrés : les pages publiques sont à jour.' } : {}),
        }),
      );
    },
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/parametres',
    access: admin,
    handler: async ({ request, reply, actor, body }) => {
      const values: SettingsInput = {
        name: field(body, 'name'),
        shortName: field(body, 'shortName'),
        description: field(body, 'description'),
        contactEmail: field(body, 'contactEmail'),
      };
      try {
        const settings = await db.transaction().execute((trx) => saveSiteSettings(trx, actor, values, request.ip));
        // This instance at once (protectedRoute then drops its cached pages); the others through the content version.
        applySiteSettings(settings);
      } catch (error) {
        if (!(error instanceof InvalidInput)) throw error;
        return sendPrivatePage(
          reply,
          h(SettingsPage, { frame: await frameOf(ctx, request, reply), values, problems: error.problems }),
          400,
        );
      }
      return reply.redirect('/admin/parametres?message=enregistre', 303);
    },
  });
}
