/**
 * The territory index and finder: `/territoires` (the page, with `?q=` for a search) and
 * `/territoires/suggestions?q=` (JSON for the suggestions while typing). Cached like every public
 * page; what was typed is cut to 80 characters, and nothing typed reaches SQL (the finder works in memory).
 */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { servePublic, type AppContext } from '../../web/context.ts';
import { stringParam, type Query } from '../../web/query.ts';
import { MAX_QUERY_LENGTH } from './territories.finder.ts';
import { territoryHitDetail, TerritoryIndexPage } from './territories.index-page.tsx';
import { territoryPath } from './territories.present.ts';
import { listTerritories } from './territories.repository.ts';
import { getTerritoryFinder } from './territories.service.ts';

/** What was typed, trimmed and cut; undefined when nothing was. */
function readQuery(query: Query): string | undefined {
  return stringParam(query, 'q')?.slice(0, MAX_QUERY_LENGTH).trim() || undefined;
}

export function registerTerritoryIndex(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx.database;

  app.get('/territoires', async (request, reply) => {
    const q = readQuery(request.query as Query);
    return servePublic(
      ctx,
      request,
      reply,
      async () => {
        const [regions, departements, finder] = await Promise.all([
          listTerritories(db, 'region'),
          listTerritories(db, 'departement'),
          getTerritoryFinder(db),
        ]);
        const collator = new Intl.Collator('fr');
        regions.sort((a, b) => collator.compare(a.name, b.name));
        departements.sort((a, b) => a.code.localeCompare(b.code));
        return {
          page: h(TerritoryIndexPage, {
            query: q,
            ...(q ? { results: finder.find(q, 50) } : {}),
            regions,
            departements,
            demo: ctx.site.demo,
          }),
        };
      },
      { reads: { q } },
    );
  });

  app.get('/territoires/suggestions', async (request, reply) => {
    const q = readQuery(request.query as Query);
    return servePublic(
      ctx,
      request,
      reply,
      async () => {
        const finder = await getTerritoryFinder(db);
        const { hits, total } = q ? finder.find(q, 8) : { hits: [], total: 0 };
        return {
          body: JSON.stringify({
            query: q ?? '',
            total,
            items: hits.map((hit) => ({
              name: hit.territory.name,
              detail: territoryHitDetail(hit, finder),
              url: territoryPath(hit.territory.kind, hit.territory.code),
            })),
          }),
          contentType: 'application/json; charset=utf-8',
        };
      },
      { reads: { q } },
    );
  });
}
