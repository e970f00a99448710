/**
 * Public pages of the resource centre: the list, a resource, its files, the Atom feed. The pages
 * depend on the viewer (teasers, staff-only resources), so signed-in people get pages made for them,
 * never stored in the shared cache; visitors get cached pages.
 */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { AppError, notFound } from '../../errors.ts';
import { attachmentDisposition } from '../media/media.public.ts';
import { latestDate, pageRead, servePublic, type AppContext } from '../../web/context.ts';
import { signInUrl } from '../../web/auth.ts';
import { enumParam, intParam, stringParam, type Query } from '../../web/query.ts';
import { listThemes } from '../themes/themes.public.ts';
import { listableVisibilities } from './resources.policy.ts';
import { getAttachment, getResource, getResourcePage } from './resources.service.ts';
import { RESOURCE_VISIBILITIES } from './resources.table.ts';
import { listResourceTypes } from './resources.types.ts';
import { territoriesOfKeys } from './resources.territories.ts';
import { ResourceListPage, ResourcePageView, type ResourceListState } from './resources.pages.tsx';
import { renderResourceFeed } from './resources.feed.ts';

export const RESOURCE_PAGE_SIZE = 12;
const FEED_SIZE = 30;

export function registerResourcePages(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx.database;

  app.get('/ressources', async (request, reply) => {
    const query = request.query as Query;
    const state: ResourceListState = {
      type: stringParam(query, 'type')?.slice(0, 80),
      thematique: stringParam(query, 'thematique')?.slice(0, 120),
      serie: stringParam(query, 'serie')?.slice(0, 200),
      annee: intParam(query, 'annee', { min: 1900, max: 2999 }),
      visibilite: enumParam(query, 'visibilite', RESOURCE_VISIBILITIES),
      territoire: stringParam(query, 'territoire')?.slice(0, 40),
      tri: enumParam(query, 'tri', ['date', 'titre'] as const),
      page: intParam(query, 'page', { min: 1, max: 100_000 }),
    };
    const actor = request.actor;
    return servePublic(
      ctx,
      request,
      reply,
      async () => {
        // Checked when the page is made, not on every request: a cached page was valid.
        const types = await listResourceTypes(db);
        if (state.type && !types.some((t) => t.slug === state.type)) {
          throw new AppError(
            'bad_request',
            `type : « ${state.type.slice(0, 40)} » n’est pas un type de ressource (${types.map((t) => t.slug).join(', ')}).`,
          );
        }
        const [result, themes] = await Promise.all([
          getResourcePage(db, actor, {
            type: state.type,
            theme: state.thematique,
            series: state.serie,
            year: state.annee,
            visibility: state.visibilite,
            territory: state.territoire,
            sort: state.tri === 'titre' ? 'title' : 'date',
            page: state.page ?? 1,
            pageSize: RESOURCE_PAGE_SIZE,
          }),
          listThemes(db),
        ]);
        // After the page: an unreadable territory code is a 400 there, an unknown one a 404 here.
        const territory = state.territoire ? (await territoriesOfKeys(db, [state.territoire]))[0] : undefined;
        if (state.territoire && !territory) throw notFound(`Aucun territoire ne correspond au code « ${state.territoire} ».`);
        return {
          page: h(ResourceListPage, {
            ...result,
            state,
            types,
            themes,
            territory,
            visibilities: listableVisibilities(actor),
            demo: ctx.site.demo,
          }),
          lastModified: latestDate(...result.items.map((i) => i.updated_at)),
        };
      },
      { viewer: actor, reads: { ...state, page: pageRead(state.page) } },
    );
  });

  app.get('/ressources/flux.atom', async (request, reply) =>
    servePublic(ctx, request, reply, async () => {
      // Always the visitor's view: a feed is public, whoever fetches it.
      const { items } = await getResourcePage(db, null, { visibility: 'public', page: 1, pageSize: FEED_SIZE });
      return {
        body: renderResourceFeed(ctx.config.publicUrl, items),
        contentType: 'application/atom+xml; charset=utf-8',
        lastModified: latestDate(...items.map((i) => i.updated_at)),
      };
    }),
  );

  app.get<{ Params: { slug: string } }>('/ressources/:slug', async (request, reply) => {
    const actor = request.actor;
    return servePublic(
      ctx,
      request,
      reply,
      async () => {
        const item = await getResource(db, actor, request.params.slug);
        if (!item) throw notFound('Aucune ressource ne correspond à cette adresse.');
        return { page: h(ResourcePageView, { item, demo: ctx.site.demo }), lastModified: latestDate(item.published_at, item.updated_at) };
      },
      { viewer: actor },
    );
  });

  app.get<{ Params: { slug: string; id: string } }>(
    '/ressources/:slug/fichiers/:id',
    { schema: { hide: true } },
    async (request, reply) => {
      const id = /^\d{1,9}$/.test(request.params.id) ? Number(request.params.id) : NaN;
      const result = Number.isNaN(id) ? { access: 'none' as const } : await getAttachment(db, request.actor, request.params.slug, id);
      reply.header('x-content-type-options', 'nosniff');
      if (result.access === 'none') throw notFound('Ce fichier n’existe pas.');
      if (result.access === 'teaser') {
        reply.header('cache-control', 'private, no-store');
        if (!request.actor) return reply.redirect(signInUrl(`/ressources/${request.params.slug}`), 303);
        throw new AppError('forbidden', 'Ce fichier est réservé aux adhérents.');
      }
      const { file, visibility, stream } = result;
      const etag = `"${file.sha256}"`;
      reply
        .header('etag', etag)
        .header('cache-control', visibility === 'public' ? 'public, max-age=60' : 'private, no-cache')
        .header('content-disposition', attachmentDisposition(file.filename));
      if (visibility !== 'public') reply.header('vary', 'cookie');
      const ifNoneMatch = request.headers['if-none-match'];
      if (ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) return reply.code(304).send();
      // Streamed slice by slice from the database (resources.service.ts, mediaChunks).
      return reply.type(file.content_type).header('content-length', String(file.byte_size)).send(stream());
    },
  );
}
