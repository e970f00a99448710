/** JSON API of the resource centre: /api/v1/resources lists public resources only. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Paginated, PaginationQuery, Problem, pageEnvelope } from '../../web/api.ts';
import type { AppContext } from '../../web/context.ts';
import { ResourceJson, ResourceListQuery, type ResourceBody } from './resources.schemas.ts';
import { getResourcePage, type ResourceItem } from './resources.service.ts';
import { listResourceTypes } from './resources.types.ts';
import { AppError } from '../../errors.ts';

export function presentResourceJson(item: ResourceItem, publicUrl: string): ResourceBody {
  return {
    slug: item.slug,
    title: item.title,
    type: item.type,
    type_name: item.typeName,
    series: item.series,
    number: item.number,
    summary: item.summary,
    body_html: item.body_html,
    published_at: item.published_at,
    updated_at: item.updated_at,
    themes: item.themes,
    members: item.members.map((m) => ({ ...m, url: `${publicUrl}/adherents/${m.slug}` })),
    territories: item.territories.map((t) => ({ kind: t.kind, code: t.code, name: t.name, url: `${publicUrl}${t.href}` })),
    attachments: item.attachments.map((a) => ({
      title: a.title,
      content_type: a.contentType,
      byte_size: a.byteSize,
      url: `${publicUrl}${a.url}`,
    })),
    is_demo: item.is_demo,
    url: `${publicUrl}/ressources/${item.slug}`,
  };
}

export function registerResourceApi(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.database;
  const { publicUrl } = ctx.config;

  api.get(
    '/api/v1/resources',
    {
      schema: {
        tags: ['resources'],
        summary: 'Public resources, newest first',
        querystring: Type.Object({ ...PaginationQuery, ...ResourceListQuery }),
        response: { 200: Paginated(ResourceJson), 400: Problem },
      },
    },
    async (request) => {
      const q = request.query;
      if (q.type !== undefined && !(await listResourceTypes(db)).some((t) => t.slug === q.type)) {
        throw new AppError('bad_request', `type : « ${q.type} » n’est pas un type de ressource (voir type dans les réponses).`);
      }
      // The API is public: the visitor's view, restricted to public resources, whoever asks.
      const result = await getResourcePage(db, null, {
        visibility: 'public',
        type: q.type,
        theme: q.theme,
        series: q.series,
        year: q.year,
        page: q.page,
        pageSize: q.per_page,
        withAttachments: true,
      });
      return {
        data: result.items.map((item) => presentResourceJson(item, publicUrl)),
        ...pageEnvelope(new URL(request.url, publicUrl), q.page, q.per_page, result.total),
      };
    },
  );
}
