/** JSON API of the news feature: /api/v1/news. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { notFound } from '../../errors.ts';
import { Paginated, PaginationQuery, Problem, pageEnvelope } from '../../web/api.ts';
import type { AppContext } from '../../web/context.ts';
import { findMemberBySlug } from '../members/members.public.ts';
import { NewsJson, NewsListQuery, type NewsBody } from './news.schemas.ts';
import { getNewsPage, type NewsItem } from './news.service.ts';

export function presentNewsJson(item: NewsItem, publicUrl: string): NewsBody {
  return {
    slug: item.slug,
    title: item.title,
    summary: item.summary,
    body_html: item.body_html,
    published_at: item.published_at,
    updated_at: item.updated_at,
    members: item.members.map((m) => ({ ...m, url: `${publicUrl}/adherents/${m.slug}` })),
    themes: item.themes,
    image: item.image ? { ...item.image, url: `${publicUrl}${item.image.url}` } : null,
    is_demo: item.is_demo === 1,
    url: `${publicUrl}/actualites/${item.slug}`,
  };
}

export function registerNewsApi(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.database;
  const { publicUrl } = ctx.config;

  api.get(
    '/api/v1/news',
    {
      schema: {
        tags: ['news'],
        summary: 'Published news, newest first',
        querystring: Type.Object({ ...PaginationQuery, ...NewsListQuery }),
        response: { 200: Paginated(NewsJson), 400: Problem, 404: Problem },
      },
    },
    async (request) => {
      const q = request.query;
      let memberId: number | undefined;
      if (q.member) {
        const member = await findMemberBySlug(db, q.member);
        if (!member) throw notFound(`member : aucun adhérent n’a l’identifiant « ${q.member} ».`);
        memberId = member.id;
      }
      const result = await getNewsPage(db, { page: q.page, pageSize: q.per_page, ...(memberId !== undefined ? { memberId } : {}) });
      return {
        data: result.items.map((item) => presentNewsJson(item, publicUrl)),
        ...pageEnvelope(new URL(request.url, publicUrl), q.page, q.per_page, result.total),
      };
    },
  );
}
