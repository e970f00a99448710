/**
 * Back office of the resource centre (network staff): list, create, edit, add files. Forms are
 * multipart (a file), read by @fastify/multipart registered for these routes only. Every write
 * is audited and drops the page cache (protectedRoute).
 */
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { notFound } from '../../errors.ts';
import { protectedRoute, type Access } from '../../web/auth.ts';
import type { AppContext } from '../../web/context.ts';
import { audit } from '../accounts/accounts.audit.ts';
import { frameOf, sendPrivatePage } from '../admin/admin.frame.ts';
import { MAX_ATTACHMENT_BYTES } from '../media/media.service.ts';
import { readUpload } from '../news/news.form.ts';
import { listThemes } from '../themes/themes.repository.ts';
import { findResourceById, listAllResources, listAttachments, listResourceThemes, slugExists } from './resources.repository.ts';
import { addAttachment, createResource, updateResource } from './resources.service.ts';
import { readResourceForm, valuesOf, type ResourceFormValues } from './resources.form.ts';
import { ResourceAdminListPage, ResourceEditPage } from './resources.admin-pages.tsx';
import type { ResourceRow } from './resources.table.ts';
import { slugify } from '../../shared/text.ts';

const access: Access = { permission: 'network.admin' };
const NOTICES: Record<string, string> = { cree: 'Ressource créée.', enregistre: 'Ressource enregistrée.' };

export function registerResourceAdminRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx.database;
  void app.register(async (scoped) => {
    await scoped.register(multipart, {
      attachFieldsToBody: 'keyValues', onFile: readUpload, throwFileSizeLimit: false,
      limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 100, fieldSize: 400_000, parts: 110 },
    });
    const notice = (request: FastifyRequest) => NOTICES[(request.query as { message?: string }).message ?? ''];

    const editPage = async (request: FastifyRequest, reply: FastifyReply, row: ResourceRow | null, values: ResourceFormValues, problems?: string[]) => {
      const files = row ? (await listAttachments(db, row.id)).map((f) => ({ title: f.title, contentType: f.content_type, byteSize: f.byte_size })) : [];
      const text = notice(request);
      return sendPrivatePage(reply, h(ResourceEditPage, {
        frame: await frameOf(ctx, request, reply), heading: row ? `Modifier : ${row.title}` : 'Nouvelle ressource', action: row ? `/admin/ressources/${row.id}` : '/admin/ressources/nouvelle',
        values, themes: await listThemes(db), files, ...(row?.status === 'published' ? { publicHref: `/ressources/${row.slug}` } : {}),
        ...(problems ? { problems } : {}), ...(text ? { notice: text } : {}),
      }), problems ? 400 : 200);
    };
    const load = async (request: FastifyRequest) => {
      const id = (request.params as { id: string }).id;
      const row = /^\d{1,9}$/.test(id) ? await findResourceById(db, Number(id)) : undefined;
      if (!row) throw notFound('Cette ressource n’existe pas.');
      return row;
    };

    protectedRoute(scoped, ctx, {
      method: 'GET', url: '/admin/ressources', access,
      handler: async (request, reply) => {
        const text = notice(request);
        return sendPrivatePage(reply, h(ResourceAdminListPage, { frame: await frameOf(ctx, request, reply), rows: await listAllResources(db), ...(text ? { notice: text } : {}) }));
      },
    });
    protectedRoute(scoped, ctx, { method: 'GET', url: '/admin/ressources/nouvelle', access, handler: (request, reply) => editPage(request, reply, null, valuesOf(null, [])) });
    protectedRoute(scoped, ctx, {
      method: 'POST', url: '/admin/ressources/nouvelle', access,
      handler: async (request, reply) => {
        const { values, input, upload, problems } = readResourceForm(request.body);
        if (input && (await slugExists(db, slugify(input.title)))) problems.push('Titre : une ressource porte déjà ce titre ; précisez-le.');
        if (!input || problems.length) return editPage(request, reply, null, values, problems);
        const actor = request.actor!;
        const id = await db.transaction().execute(async (trx) => {
          const created = await createResource(trx, { ...input, attachments: upload ? [{ title: values.fileTitle, upload }] : [] }, actor.id);
          await audit(trx, actor, { action: 'resource.create', target: { type: 'resource', id: created }, summary: `Ressource « ${input.title} » créée (${input.visibility}, ${input.status}).`, ip: request.ip });
          return created;
        });
        return reply.redirect(`/admin/ressources/${id}?message=cree`, 303);
      },
    });
    protectedRoute(scoped, ctx, {
      method: 'GET', url: '/admin/ressources/:id', access,
      handler: async (request, reply) => {
        const row = await load(request);
        return editPage(request, reply, row, valuesOf(row, (await listResourceThemes(db, [row.id])).map((t) => t.slug)));
      },
    });
    protectedRoute(scoped, ctx, {
      method: 'POST', url: '/admin/ressources/:id', access,
      handler: async (request, reply) => {
        const row = await load(request);
        const { values, input, upload, problems } = readResourceForm(request.body);
        if (!input) return editPage(request, reply, row, values, problems);
        const actor = request.actor!;
        await db.transaction().execute(async (trx) => {
          await updateResource(trx, row.id, input);
          if (upload) await addAttachment(trx, row.id, { title: values.fileTitle, upload }, actor.id, 1_000);
          await audit(trx, actor, { action: 'resource.update', target: { type: 'resource', id: row.id }, summary: `Ressource « ${input.title} » modifiée (${input.visibility}, ${input.status}).`, ip: request.ip });
        });
        return reply.redirect(`/admin/ressources/${row.id}?message=enregistre`, 303);
      },
    });
  });
}
