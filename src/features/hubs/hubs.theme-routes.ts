/** Public pages of the themes: `/thematiques` and `/thematiques/:slug` (resources, news and members of a theme). */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { notFound } from '../../errors.ts';
import { servePublic, type AppContext } from '../../web/context.ts';
import { getNewsPage } from '../news/news.public.ts';
import { listableVisibilities } from '../resources/resources.public.ts';
import { getResourcePage } from '../resources/resources.public.ts';
import { ThemeIndexPage, ThemePage } from './hubs.theme-page.tsx';
import { findThemeBySlug, listThemes } from '../themes/themes.public.ts';
import { listThemeMembers } from './hubs.repository.ts';

export const THEME_PAGE_SIZE = 10;

export function registerThemePages(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx.database;

  app.get('/thematiques', (request, reply) =>
    servePublic(ctx, request, reply, async () => ({ page: h(ThemeIndexPage, { themes: await listThemes(db), demo: ctx.site.demo }) })),
  );

  // What a theme gathers depends on who reads it (members-only resources): signed-in people get their own page.
  app.get<{ Params: { slug: string } }>('/thematiques/:slug', (request, reply) =>
    servePublic(
      ctx,
      request,
      reply,
      async () => {
        const theme = await findThemeBySlug(db, request.params.slug);
        if (!theme) throw notFound('Aucune thématique ne correspond à cette adresse.');
        const actor = request.actor;
        const [resources, news, members] = await Promise.all([
          getResourcePage(db, actor, { theme: theme.slug, page: 1, pageSize: THEME_PAGE_SIZE }),
          getNewsPage(db, { page: 1, pageSize: THEME_PAGE_SIZE, themeId: theme.id }),
          listThemeMembers(db, theme.id, listableVisibilities(actor), new Date().toISOString()),
        ]);
        return { page: h(ThemePage, { theme, resources, news, members, demo: ctx.site.demo }) };
      },
      { viewer: request.actor },
    ),
  );
}
