/**
 * Back office of the resource centre (network staff): list, create, edit, add files. Forms are
 * multipart (a file), read by @fastify/multipart registered for these routes only. Every write
 * is audited and drops the page cache (protectedRoute).
 */
import multipart from '@fastify/multipart';
import type { Db } from '../../../db/database.ts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { protectedRoute, type Access } from '../../../web/auth.ts';
import { IdParams } from '../../../web/route-schemas.ts';
import { noticeOf } from '../../../web/forms.tsx';
import type { AppContext } from '../../../web/context.ts';
import { audit } from '../../accounts/accounts.public.ts';
import { frameOf, sendPrivatePage } from '../../../web/admin/frame.ts';
import { MAX_ATTACHMENT_BYTES } from '../../media/media.public.ts';
import { readUpload } from '../../news/news.public.ts';
import { listThemes } from '../../themes/themes.public.ts';
import { listResourceTypes } from '../resources.types.ts';
import { listAllResources, listAttachments, slugExists } from '../resources.repository.ts';
import { addAttachment } from '../resources.service.ts';
import { nextAttachmentPosition } from '../resources.attachments-repository.ts';
import { registerResourceAttachmentRoutes } from './resources.admin-attachment-routes.ts';
import { snapshotOfInput, type ResourceSnapshot } from '../resources.content.ts';
import {
  createResourceWithRevision,
  editableResource,
  publishResourceContent,
  saveResourceDraft,
  type EditableResource,
} from './resources.editing.ts';
import { registerResourceHistoryRoutes, resourceOfRequest } from './resources.admin-history-routes.ts';
import { subjectsInState } from '../../revisions/revisions.public.ts';
import { territoriesOfKeys, territoryLines } from '../resources.territories.ts';
import { memberLines } from '../resources.members.ts';
import { readResourceSubmission, valuesOf, type ResourceFormValues } from './resources.form.ts';
import { ResourceAdminListPage, ResourceEditPage } from './resources.admin-pages.tsx';
import type { ResourceRow } from '../resources.table.ts';
import { slugify } from '../../../shared/text.ts';

const access: Access = { permission: 'network.admin' };
const NOTICES: Record<string, string> = {
  cree: 'Ressource créée.',
  enregistre: 'Ressource enregistrée.',
  publie: 'Ressource publiée.',
  inchange: 'Aucune modification : le contenu est celui qui est en ligne, aucune version n’a été créée.',
  brouillon: 'Brouillon enregistré. La page publique ne change pas tant que vous ne le publiez pas.',
  restaure: 'Version restaurée comme brouillon : relisez-la, puis publiez-la.',
  abandonne: 'Brouillon abandonné : le formulaire repart de la version en ligne. Le brouillon reste consultable dans l’historique.',
  depublie: 'Ressource retirée de la publication : elle n’est plus visible sur le site. Publiez-la pour la remettre en ligne.',
  'fichier-renomme': 'Fichier renommé.',
  'fichier-deplace': 'Fichier déplacé.',
  'fichier-retire': 'Fichier retiré de la ressource.',
};

/** The form's values for a version of the resource (its open draft, or what is online). */
const valuesOfContent = async (db: Db, row: ResourceRow, c: ResourceSnapshot) =>
  valuesOf(
    {
      ...row,
      title: c.title,
      type: c.type,
      series: c.series,
      number: c.number,
      summary: c.summary,
      body_html: c.bodyHtml,
      visibility: c.visibility,
      published_at: c.publishedAt,
    },
    c.themeSlugs,
    territoryLines(await territoriesOfKeys(db, c.territoryCodes ?? [])),
    await memberLines(db, c.memberSlugs),
  );

export function registerResourceAdminRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx.database;
  void app.register(async (scoped) => {
    await scoped.register(multipart, {
      attachFieldsToBody: 'keyValues',
      onFile: readUpload,
      throwFileSizeLimit: false,
      limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 100, fieldSize: 400_000, parts: 110 },
    });
    const notice = (request: FastifyRequest) => noticeOf(request, NOTICES);

    const editPage = async (
      request: FastifyRequest,
      reply: FastifyReply,
      row: ResourceRow | null,
      values: ResourceFormValues,
      problems?: string[],
      known?: EditableResource,
    ) => {
      const files = row
        ? (await listAttachments(db, row.id)).map((f) => ({
            id: f.id,
            title: f.title,
            filename: f.filename,
            contentType: f.content_type,
            byteSize: f.byte_size,
          }))
        : [];
      const editing = row ? (known ?? (await editableResource(db, row))) : null;
      const text = notice(request);
      return sendPrivatePage(
        reply,
        h(ResourceEditPage, {
          frame: await frameOf(ctx, request, reply),
          heading: row ? `Modifier : ${row.title}` : 'Nouvelle ressource',
          action: row ? `/admin/ressources/${row.id}` : '/admin/ressources/nouvelle',
          values,
          types: await listResourceTypes(db),
          themes: await listThemes(db),
          files,
          ...(row?.status === 'published' ? { publicHref: `/ressources/${row.slug}` } : {}),
          ...(problems ? { problems } : {}),
          ...(text ? { notice: text } : {}),
          ...(row ? { resourceId: row.id, published: row.status === 'published' } : {}),
          ...(editing?.draft
            ? {
                draft: {
                  savedAt: editing.draft.created_at,
                  savedBy: editing.draft.author,
                  pendingChanges: editing.pendingChanges,
                  everPublished: editing.everPublished,
                },
              }
            : {}),
        }),
        problems ? 400 : 200,
      );
    };

    protectedRoute(scoped, ctx, {
      method: 'GET',
      url: '/admin/ressources',
      access,
      handler: async ({ request, reply }) => {
        const text = notice(request);
        return sendPrivatePage(
          reply,
          h(ResourceAdminListPage, {
            frame: await frameOf(ctx, request, reply),
            rows: await listAllResources(db),
            types: await listResourceTypes(db),
            drafts: await subjectsInState(db, 'resource', 'draft'),
            ...(text ? { notice: text } : {}),
          }),
        );
      },
    });
    protectedRoute(scoped, ctx, {
      method: 'GET',
      url: '/admin/ressources/nouvelle',
      access,
      handler: ({ request, reply }) => editPage(request, reply, null, valuesOf(null, [])),
    });
    protectedRoute(scoped, ctx, {
      method: 'POST',
      url: '/admin/ressources/nouvelle',
      access,
      handler: async ({ request, reply, actor, body }) => {
        const { values, input, upload, problems } = await readResourceSubmission(db, body);
        if (input && (await slugExists(db, slugify(input.title))))
          problems.push('Titre : une ressource porte déjà ce titre ; précisez-le.');
        if (!input || problems.length) return editPage(request, reply, null, values, problems);
        const id = await db
          .transaction()
          .execute((trx) =>
            createResourceWithRevision(
              trx,
              actor,
              { ...input, attachments: upload ? [{ title: values.fileTitle, upload }] : [] },
              input.status === 'published',
            ),
          );
        return reply.redirect(`/admin/ressources/${id}?message=cree`, 303);
      },
    });
    protectedRoute(scoped, ctx, {
      method: 'GET',
      url: '/admin/ressources/:id',
      access,
      schema: { params: IdParams },
      handler: async ({ request, reply, params }) => {
        const row = await resourceOfRequest(db, params.id);
        const editing = await editableResource(db, row);
        return editPage(request, reply, row, await valuesOfContent(db, row, editing.content), undefined, editing);
      },
    });
    protectedRoute(scoped, ctx, {
      method: 'POST',
      url: '/admin/ressources/:id',
      access,
      schema: { params: IdParams },
      handler: async ({ request, reply, actor, body, params }) => {
        const row = await resourceOfRequest(db, params.id);
        const { values, input, upload, problems } = await readResourceSubmission(db, body);
        if (!input) return editPage(request, reply, row, values, problems);
        const publish = input.status === 'published';
        const kept = await db.transaction().execute(async (trx) => {
          const content = snapshotOfInput(input);
          const version = publish
            ? await publishResourceContent(trx, actor, row, content)
            : await saveResourceDraft(trx, actor, row, content);
          if (upload) {
            // Files apply at once, draft or not (resources.attachments.ts); a new one comes last.
            await addAttachment(trx, row.id, { title: values.fileTitle, upload }, actor.id, await nextAttachmentPosition(trx, row.id));
            await audit(trx, actor, {
              action: 'resource.attachment_add',
              target: { type: 'resource', id: row.id },
              summary: `Fichier « ${values.fileTitle || upload.filename} » ajouté à la ressource « ${row.title} ».`,
              ip: request.ip,
            });
          }
          return version;
        });
        return reply.redirect(
          `/admin/ressources/${row.id}?message=${kept === null && !upload ? 'inchange' : publish ? 'publie' : 'brouillon'}`,
          303,
        );
      },
    });
  });
  registerResourceHistoryRoutes(app, ctx);
  registerResourceAttachmentRoutes(app, ctx);
}
