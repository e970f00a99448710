/**
 * Back office, history of a resource (network staff): its versions, the comparison of two
 * (`?de=…&a=…`), restoring one as a new draft or a new publication, abandoning the open draft,
 * and taking the resource offline (audited).
 */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import type { Db } from '../../../db/database.ts';
import { AppError, notFound } from '../../../errors.ts';
import { protectedRoute, type Access } from '../../../web/auth.ts';
import { CompareQuery, IdParams, MessageQuery } from '../../../web/route-schemas.ts';
import type { AppContext } from '../../../web/context.ts';
import { field } from '../../../web/forms.tsx';
import { frameOf, sendPrivatePage } from '../../../web/admin/frame.ts';
import { diffResources } from './resources.diff.ts';
import {
  discardResourceDraft,
  findResourceRevision,
  resourceHistory,
  restoreResourceRevision,
  unpublishResource,
} from './resources.editing.ts';
import { ResourceComparePage, ResourceHistoryPage } from './resources.admin-history-pages.tsx';
import { findResourceById } from '../resources.repository.ts';
import type { ResourceRow } from '../resources.table.ts';

const access: Access = { permission: 'network.admin' };
const NOTICES: Record<string, string> = {
  publie: 'Version restaurée et publiée.',
};

/** The resource of `/admin/ressources/:id…`, or a 404. */
export async function resourceOfRequest(db: Db, id: string): Promise<ResourceRow> {
  const row = /^\d{1,9}$/.test(id) ? await findResourceById(db, Number(id)) : undefined;
  if (!row) throw notFound('Cette ressource n’existe pas.');
  return row;
}

export function registerResourceHistoryRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx.database;

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/ressources/:id/historique',
    access,
    schema: { params: IdParams, querystring: MessageQuery },
    handler: async ({ request, reply, query, params }) => {
      const row = await resourceOfRequest(db, params.id);
      // Recording the live version on first visit is a write: done in a transaction.
      const rows = await db.transaction().execute((trx) => resourceHistory(trx, row));
      const text = NOTICES[query.message ?? ''];
      return sendPrivatePage(
        reply,
        h(ResourceHistoryPage, {
          frame: await frameOf(ctx, request, reply),
          resource: { id: row.id, title: row.title, slug: row.slug, published: row.status === 'published' },
          rows,
          ...(text ? { notice: text } : {}),
        }),
      );
    },
  });

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/ressources/:id/historique/comparer',
    access,
    schema: { params: IdParams, querystring: CompareQuery },
    handler: async ({ request, reply, query, params }) => {
      const row = await resourceOfRequest(db, params.id);
      const [from, to] = await Promise.all([findResourceRevision(db, Number(query.de)), findResourceRevision(db, Number(query.a))]);
      if (!from || !to || from.subject_id !== row.id || to.subject_id !== row.id)
        throw new AppError('bad_request', 'Choisissez deux versions de cette ressource dans l’historique pour les comparer.');
      const [older, newer] = from.id <= to.id ? [from, to] : [to, from];
      return sendPrivatePage(
        reply,
        h(ResourceComparePage, {
          frame: await frameOf(ctx, request, reply),
          resource: { id: row.id, title: row.title },
          from: older.id,
          to: newer.id,
          diff: await diffResources(db, older.snapshot, newer.snapshot),
        }),
      );
    },
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/ressources/:id/depublier',
    access,
    schema: { params: IdParams },
    handler: async ({ reply, actor, params }) => {
      const row = await resourceOfRequest(db, params.id);
      await db.transaction().execute((trx) => unpublishResource(trx, actor, row));
      return reply.redirect(`/admin/ressources/${row.id}?message=depublie`, 303);
    },
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/ressources/:id/brouillon/abandonner',
    access,
    schema: { params: IdParams },
    handler: async ({ reply, actor, params }) => {
      const row = await resourceOfRequest(db, params.id);
      const discarded = await db.transaction().execute((trx) => discardResourceDraft(trx, actor, row));
      return reply.redirect(`/admin/ressources/${row.id}${discarded ? '?message=abandonne' : ''}`, 303);
    },
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/ressources/:id/historique/restaurer',
    access,
    schema: { params: IdParams },
    handler: async ({ reply, actor, body, params }) => {
      const row = await resourceOfRequest(db, params.id);
      const version = field(body, 'version');
      const mode = field(body, 'mode');
      if (!/^\d{1,9}$/.test(version)) throw new AppError('bad_request', 'version : choisissez une version de cette ressource.');
      if (mode !== 'brouillon' && mode !== 'publier')
        throw new AppError('bad_request', 'mode : choisissez « Restaurer comme brouillon » ou « Restaurer et publier ».');
      await db
        .transaction()
        .execute((trx) => restoreResourceRevision(trx, actor, row, Number(version), mode === 'publier' ? 'publish' : 'draft'));
      return reply.redirect(
        mode === 'publier' ? `/admin/ressources/${row.id}/historique?message=publie` : `/admin/ressources/${row.id}?message=restaure`,
        303,
      );
    },
  });
}
