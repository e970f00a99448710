/**
 * Back office, the files of a resource (network staff): rename, move up or down, and remove after
 * a confirmation page. Plain form posts (CSRF-checked by protectedRoute); each goes back to the edit
 * page, at its list of files.
 */
import { Type } from 'typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { AppError, InvalidInput } from '../../../errors.ts';
import { protectedRoute, type Access } from '../../../web/auth.ts';
import { IdParams } from '../../../web/route-schemas.ts';
import type { AppContext } from '../../../web/context.ts';
import { field } from '../../../web/forms.tsx';
import { frameOf, sendPrivatePage } from '../../../web/admin/frame.ts';
import { findResourceAttachment, moveAttachment, removeAttachment, renameAttachment } from '../resources.attachments.ts';
import { AttachmentRemovePage } from './resources.admin-attachment-pages.tsx';
import { resourceOfRequest } from './resources.admin-history-routes.ts';

const access: Access = { permission: 'network.admin' };

function fileId(value: string): number {
  if (!/^\d{1,9}$/.test(value)) throw new AppError('bad_request', 'fichier : choisissez un fichier de cette ressource.');
  return Number(value);
}

export function registerResourceAttachmentRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx.database;
  const back = (reply: FastifyReply, resourceId: number, message: string) =>
    reply.redirect(`/admin/ressources/${resourceId}?message=${message}#fichiers-joints`, 303);

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/ressources/:id/fichiers/renommer',
    access,
    schema: { params: IdParams },
    handler: async ({ reply, actor, body, params }) => {
      const row = await resourceOfRequest(db, params.id);
      const id = fileId(field(body, 'fichier'));
      try {
        await db.transaction().execute((trx) => renameAttachment(trx, actor, row, id, field(body, 'title')));
      } catch (error) {
        // The form is one line of the edit page: the reason is shown as a 400 page.
        if (error instanceof InvalidInput) throw new AppError('bad_request', error.problems.join(' '));
        throw error;
      }
      return back(reply, row.id, 'fichier-renomme');
    },
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/ressources/:id/fichiers/deplacer',
    access,
    schema: { params: IdParams },
    handler: async ({ reply, actor, body, params }) => {
      const row = await resourceOfRequest(db, params.id);
      const id = fileId(field(body, 'fichier'));
      const sens = field(body, 'sens');
      if (sens !== 'haut' && sens !== 'bas') throw new AppError('bad_request', 'sens : « haut » ou « bas ».');
      await db.transaction().execute((trx) => moveAttachment(trx, actor, row, id, sens === 'haut' ? 'up' : 'down'));
      return back(reply, row.id, 'fichier-deplace');
    },
  });

  const confirmPage = async (request: FastifyRequest, reply: FastifyReply, id: string, value: string) => {
    const row = await resourceOfRequest(db, id);
    const file = await findResourceAttachment(db, row, fileId(value));
    return sendPrivatePage(
      reply,
      h(AttachmentRemovePage, { frame: await frameOf(ctx, request, reply), resource: { id: row.id, title: row.title }, file }),
    );
  };
  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/ressources/:id/fichiers/retirer',
    access,
    schema: { params: IdParams, querystring: Type.Object({ fichier: Type.Optional(Type.String()) }) },
    handler: ({ request, reply, params, query }) => confirmPage(request, reply, params.id, query.fichier ?? ''),
  });
  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/ressources/:id/fichiers/retirer',
    access,
    schema: { params: IdParams },
    handler: async ({ reply, actor, body, params }) => {
      const row = await resourceOfRequest(db, params.id);
      const id = fileId(field(body, 'fichier'));
      await db.transaction().execute((trx) => removeAttachment(trx, actor, row, id));
      return back(reply, row.id, 'fichier-retire');
    },
  });
}
