/** Public territory pages (`/territoires/:code`), cached like every public page. */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { notFound } from '../../errors.ts';
import { latestDate, servePublic, type AppContext } from '../../web/context.ts';
import { getResourcePage } from '../resources/resources.public.ts';
import { territoryKey } from '../resources/resources.public.ts';
import { findTerritory } from '../territories/territories.public.ts';
import { getTerritoryNews, getTerritoryOverview, territoryMapSubject } from './hubs.territory.ts';
import { regionMapSvg } from '../maps/maps.public.ts';
import { getTerritoryObservatory } from '../observatory/observatory.public.ts';
import { parseTerritoryAddress, territoryPath } from '../territories/territories.public.ts';
import { TerritoryPage } from './hubs.territory-page.tsx';

/** News shown per origin (this authority, the members within, each member containing it). */
export const TERRITORY_NEWS_PER_GROUP = 5;
const TERRITORY_RESOURCES = 5;

const UNKNOWN = (code: string) => notFound(`Aucun territoire ne correspond au code « ${code.slice(0, 40)} ».`);

export function registerTerritoryPages(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx.database;

  // The territory within its région: an image of its own, cached like the page.
  app.get<{ Params: { code: string } }>('/territoires/:code/carte.svg', async (request, reply) =>
    servePublic(ctx, request, reply, async () => {
      const address = parseTerritoryAddress(request.params.code);
      const territory = address && address.kind !== 'bare' ? await findTerritory(db, address.kind, address.code) : undefined;
      const region = territory?.region_code ? await findTerritory(db, 'region', territory.region_code) : undefined;
      const svg = territory && regionMapSvg(territoryMapSubject(territory, region));
      if (!svg) throw notFound('Aucune carte ne correspond à cette adresse.');
      return { body: svg, contentType: 'image/svg+xml; charset=utf-8' };
    }),
  );

  app.get<{ Params: { code: string } }>('/territoires/:code', async (request, reply) => {
    const { code } = request.params;
    const address = parseTerritoryAddress(code);
    if (!address) throw UNKNOWN(code);
    if (address.kind === 'bare') {
      // A bare code of two or three characters is read as a département, the common usage.
      const target = (await findTerritory(db, 'departement', address.code)) ?? (await findTerritory(db, 'region', address.code));
      if (!target) throw UNKNOWN(code);
      return reply.redirect(territoryPath(target.kind, target.code), 301);
    }
    const { kind } = address;
    return servePublic(ctx, request, reply, async () => {
      const overview = await getTerritoryOverview(db, kind, address.code);
      if (!overview) throw UNKNOWN(code);
      const [news, resources, observatory] = await Promise.all([
        getTerritoryNews(db, overview, TERRITORY_NEWS_PER_GROUP),
        // The visitor's view whoever asks: the page is cached for everyone (teasers of members-only resources are public).
        getResourcePage(db, null, {
          territory: territoryKey(kind, address.code),
          page: 1,
          pageSize: TERRITORY_RESOURCES,
          withChoices: false,
        }),
        getTerritoryObservatory(db, kind, address.code),
      ]);
      return {
        page: h(TerritoryPage, { overview, news, resources, observatory, demo: ctx.site.demo }),
        lastModified: latestDate(
          ...overview.members.map((m) => m.member.content_updated_at),
          ...news.flatMap((g) => g.items.flatMap((i) => [i.published_at, i.updated_at])),
          ...resources.items.map((i) => i.updated_at),
        ),
      };
    });
  });
}
