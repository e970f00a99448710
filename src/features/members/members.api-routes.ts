/** JSON API of the members feature: /api/v1/members and /api/v1/members/:slug. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { notFound } from '../../errors.ts';
import { Paginated, PaginationQuery, Problem, pageEnvelope } from '../../web/api.ts';
import type { AppContext } from '../../web/context.ts';
import { foldText } from '../../shared/text.ts';
import { MemberDetailJson, MemberListQuery, MemberSummaryJson } from './members.schemas.ts';
import { getDirectory, getProfile } from './members.service.ts';
import { presentDirectoryItem, presentProfile } from './members.present.ts';
import { presentMemberDetailJson, presentMemberSummaryJson } from './members.present-json.ts';

export function registerMemberApi(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.database;
  const { publicUrl } = ctx.config;

  api.get(
    '/api/v1/members',
    {
      schema: {
        tags: ['members'],
        summary: 'List members (the directory)',
        querystring: Type.Object({ ...PaginationQuery, ...MemberListQuery }),
        response: { 200: Paginated(MemberSummaryJson), 400: Problem },
      },
    },
    async (request) => {
      const q = request.query;
      const status = q.status === 'all' ? undefined : (q.status ?? 'active');
      const result = await getDirectory(
        db,
        { kind: q.kind, regionCode: q.region, joinedYear: q.joined_year, nameFolded: q.q ? foldText(q.q) : undefined, status },
        q.sort ?? 'name',
        q.page,
        q.per_page,
      );
      const now = new Date();
      return {
        data: result.rows.map((row) => presentMemberSummaryJson(presentDirectoryItem(row, now), publicUrl)),
        ...pageEnvelope(new URL(request.url, publicUrl), q.page, q.per_page, result.total),
      };
    },
  );

  api.get(
    '/api/v1/members/:slug',
    {
      schema: {
        tags: ['members'],
        summary: 'One member with its profile',
        params: Type.Object({ slug: Type.String({ maxLength: 120 }) }),
        response: { 200: MemberDetailJson, 404: Problem },
      },
    },
    async (request) => {
      const profile = await getProfile(db, request.params.slug);
      if (!profile) throw notFound(`Aucun adhérent n’a l’identifiant « ${request.params.slug} ».`);
      return presentMemberDetailJson(presentProfile(profile), publicUrl);
    },
  );
}
