/** The search page and the search API. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { h } from 'preact';
import { Type } from 'typebox';
import { PaginationQuery, Problem, StringEnum, pageEnvelope } from '../../web/api.ts';
import { pageRead, servePublic, type AppContext } from '../../web/context.ts';
import { enumParam, intParam, stringParam, type Query } from '../../web/query.ts';
import { MEMBER_KINDS } from '../../shared/member-kinds.ts';
import { getTerritoryFinder, listTerritories, territoryHitDetail, territoryPath } from '../territories/territories.public.ts';
import { listThemes } from '../themes/themes.public.ts';
import { SearchPage, type SearchState } from './search.page.tsx';
import { MAX_QUERY_LENGTH } from './engine/search.query.ts';
import { SearchResponseJson } from './search.schemas.ts';
import { viewerOf } from './search.policy.ts';
import { search } from './search.service.ts';
import { presentSearchJson } from './search.present.ts';

export const SEARCH_PAGE_SIZE = 10;

/** Searches a client may run a minute before it gets 429. */
export const SEARCH_PER_MINUTE = 120;

const SEARCH_RATE_LIMIT = {
  max: SEARCH_PER_MINUTE,
  timeWindow: '1 minute',
  errorResponseBuilder: (_request: unknown, context: { ttl: number }) => ({
    statusCode: 429,
    message: `Trop de recherches depuis votre adresse : réessayez dans ${Math.ceil(context.ttl / 1000)} secondes.`,
  }),
};

export function registerSearch(app: FastifyInstance, ctx: AppContext): void {
  const { database } = ctx;

  // A search that misses the page cache runs the engine: per client address, SEARCH_PER_MINUTE a
  // minute; beyond, 429 with Retry-After and a French page (cached pages, served before, cost nothing).
  app.get('/recherche', { config: { rateLimit: SEARCH_RATE_LIMIT } }, async (request, reply) => {
    const query = request.query as Query;
    const state: SearchState = {
      q: (stringParam(query, 'q') ?? '').slice(0, MAX_QUERY_LENGTH),
      type: enumParam(query, 'type', ['member', 'news', 'resource'] as const),
      kind: enumParam(query, 'kind', MEMBER_KINDS),
      region: stringParam(query, 'region'),
      year: intParam(query, 'annee', { min: 1900, max: 2100 }),
      theme: stringParam(query, 'theme'),
      page: intParam(query, 'page', { min: 1, max: 1000 }),
    };
    return servePublic(
      ctx,
      request,
      reply,
      async () => {
        const [response, regions, themes, finder] = await Promise.all([
          state.q
            ? search(database, {
                q: state.q,
                types: state.type ? [state.type] : [],
                memberKind: state.kind,
                regionCode: state.region,
                year: state.year,
                themeSlug: state.theme,
                page: state.page ?? 1,
                pageSize: SEARCH_PAGE_SIZE,
                viewer: viewerOf(request.actor),
              })
            : null,
          listTerritories(database.db, 'region'),
          listThemes(database.db),
          getTerritoryFinder(database.db),
        ]);
        const regionNames = new Map(regions.map((r) => [r.code, r.name]));
        const themeNames = new Map(themes.map((t) => [t.slug, t.name]));
        const places = (state.q ? finder.exact(state.q) : []).map((hit) => ({
          name: hit.territory.name,
          detail: territoryHitDetail(hit, finder),
          url: territoryPath(hit.territory.kind, hit.territory.code),
        }));
        return { page: h(SearchPage, { state, response, regionNames, themeNames, places, demo: ctx.site.demo }) };
      },
      // A visitor's page is kept like any page (the cache is bounded in bytes); a signed-in person's results are theirs alone.
      {
        viewer: request.actor,
        reads: {
          q: state.q || undefined,
          type: state.type,
          kind: state.kind,
          region: state.region,
          annee: state.year,
          theme: state.theme,
          page: pageRead(state.page),
        },
      },
    );
  });

  app.withTypeProvider<TypeBoxTypeProvider>().get(
    '/api/v1/search',
    {
      config: { rateLimit: SEARCH_RATE_LIMIT },
      schema: {
        tags: ['search'],
        summary: 'French full-text search over members, news and public resources',
        querystring: Type.Object({
          q: Type.String({
            minLength: 1,
            maxLength: MAX_QUERY_LENGTH,
            description: 'Words (accents and case ignored), "phrases", -exclusions.',
          }),
          type: Type.Optional(StringEnum(['member', 'news', 'resource'])),
          member_kind: Type.Optional(StringEnum(MEMBER_KINDS)),
          region: Type.Optional(Type.String({ pattern: '^[0-9]{2}$' })),
          year: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2100 })),
          theme: Type.Optional(
            Type.String({
              pattern: '^[a-z0-9-]{1,80}$',
              description: "A theme's slug (see the `theme` facet); an unknown one matches nothing.",
            }),
          ),
          ...PaginationQuery,
        }),
        response: { 200: SearchResponseJson, 400: Problem, 429: Problem },
      },
    },
    async (request) => {
      const q = request.query;
      const response = await search(database, {
        q: q.q,
        types: q.type ? [q.type] : [],
        memberKind: q.member_kind,
        regionCode: q.region,
        year: q.year,
        themeSlug: q.theme,
        page: q.page,
        pageSize: q.per_page,
        viewer: { role: 'visitor' },
      });
      return {
        ...presentSearchJson(response, ctx.config.publicUrl),
        ...pageEnvelope(new URL(request.url, ctx.config.publicUrl), q.page, q.per_page, response.total),
      };
    },
  );
}
