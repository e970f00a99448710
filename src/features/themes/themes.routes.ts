/** Back-office routes of the themes: /admin/thematiques (network staff only). */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { Db } from '../../db/database.ts';
import { AppError, InvalidInput, notFound } from '../../errors.ts';
import { protectedRoute } from '../../web/auth.ts';
import type { AppContext } from '../../web/context.ts';
import { field } from '../../web/forms.tsx';
import { frameOf, sendPrivatePage } from '../admin/admin.frame.ts';
import { listThemes, themeUsage } from './themes.repository.ts';
import { changeTheme, createTheme, moveTheme, removeTheme } from './themes.service.ts';
import { ThemesPage, type ThemesPageProps } from './themes.pages.tsx';

const NOTICES: Record<string, string> = {
  ajoutee: 'Thématique ajoutée.',
  modifiee: 'Thématique enregistrée.',
  deplacee: 'Ordre des thématiques enregistré.',
  supprimee: 'Thématique supprimée.',
};

function themeId(request: FastifyRequest): number {
  const id = (request.params as { id: string }).id;
  if (!/^\d{1,9}$/.test(id)) throw notFound('Cette thématique n’existe pas.');
  return Number(id);
}

export function registerThemeAdminRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx.database;
  const access = { permission: 'network.admin' } as const;

  const page = async (request: FastifyRequest, reply: FastifyReply, extra: Partial<ThemesPageProps> = {}, status = 200) => {
    const themes = await listThemes(db);
    const withUses = await Promise.all(themes.map(async (t) => ({ ...t, uses: await themeUsage(db, t.id) })));
    const notice = NOTICES[(request.query as { message?: string }).message ?? ''];
    return sendPrivatePage(reply, h(ThemesPage, { frame: await frameOf(ctx, request, reply), themes: withUses, ...(notice ? { notice } : {}), ...extra }), status);
  };

  /** Runs a change; a refused one shows the page again with its problems and what was typed. */
  const change = async (request: FastifyRequest, reply: FastifyReply, run: (trx: Db) => Promise<unknown>, done: string, typedId: number | null) => {
    try {
      await db.transaction().execute(run);
    } catch (error) {
      const typed = typedId === null ? {} : { typed: { id: typedId, name: field(request.body, 'name'), description: field(request.body, 'description') } };
      if (error instanceof InvalidInput) return page(request, reply, { problems: error.problems, ...typed }, 400);
      if (error instanceof AppError && error.code === 'conflict') return page(request, reply, { problems: [error.message] }, 409);
      throw error;
    }
    return reply.redirect(`/admin/thematiques?message=${done}`, 303);
  };

  protectedRoute(app, ctx, { method: 'GET', url: '/admin/thematiques', access, handler: (request, reply) => page(request, reply) });

  protectedRoute(app, ctx, {
    method: 'POST', url: '/admin/thematiques', access,
    handler: (request, reply) => change(request, reply, (trx) => createTheme(trx, request.actor!, { name: field(request.body, 'name'), description: field(request.body, 'description') }), 'ajoutee', 0),
  });

  protectedRoute(app, ctx, {
    method: 'POST', url: '/admin/thematiques/:id', access,
    handler: (request, reply) => {
      const id = themeId(request);
      return change(request, reply, (trx) => changeTheme(trx, request.actor!, id, { name: field(request.body, 'name'), description: field(request.body, 'description') }), 'modifiee', id);
    },
  });

  protectedRoute(app, ctx, {
    method: 'POST', url: '/admin/thematiques/:id/deplacer', access,
    handler: (request, reply) => {
      const id = themeId(request);
      return change(request, reply, (trx) => moveTheme(trx, request.actor!, id, field(request.body, 'direction') === 'up' ? 'up' : 'down'), 'deplacee', null);
    },
  });

  protectedRoute(app, ctx, {
    method: 'POST', url: '/admin/thematiques/:id/supprimer', access,
    handler: (request, reply) => {
      const id = themeId(request);
      return change(request, reply, (trx) => removeTheme(trx, request.actor!, id), 'supprimee', null);
    },
  });
}
