/** Public pages of the members feature: the directory and the profiles. */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { notFound } from '../../errors.ts';
import { latestDate, pageRead, servePublic, type AppContext } from '../../web/context.ts';
import { RawHtml } from '../../web/components.tsx';
import { renderFragment } from '../../web/render.ts';
import { enumParam, intParam, stringParam, type Query } from '../../web/query.ts';
import { foldText } from '../../shared/text.ts';
import { getNewsPage, latestNewsChange } from '../news/news.public.ts';
import { getResourcePage } from '../resources/resources.public.ts';
import { getTerritoryObservatory } from '../observatory/observatory.public.ts';
import {
  findTerritory,
  listOverlappingMembers,
  parseTerritoryFilter,
  territoryKindLabel,
  territoryPath,
} from '../territories/territories.public.ts';
import { listDirectoryFacets, type DirectoryFilter } from './members.repository.ts';
import { MEMBER_KINDS } from './members.schemas.ts';
import { getDirectory, getMemberPlace, getProfile, listMapMembers } from './members.service.ts';
import { presentDirectoryItem, presentMapSubject, presentProfile } from './members.present.ts';
import { DirectoryPage } from './members.directory-page.tsx';
import { ProfilePage } from './members.profile-page.tsx';
import { Distribution, getDirectoryMaps, MembersMapFigure, regionMapSvg } from '../maps/maps.public.ts';

const SORT_PARAM = { nom: 'name', adhesion: 'joined', maj: 'updated' } as const;
const STATUS_PARAM = { anciens: 'former', tous: undefined } as const;
export const PROFILE_NEWS_PAGE_SIZE = 5;
/** Resources linked to the member shown on its profile (the most recent). */
const PROFILE_RESOURCES = 10;

export function registerMemberPages(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx.database;

  app.get('/adherents', async (request, reply) => {
    const query = request.query as Query;
    const state = {
      q: stringParam(query, 'q')?.slice(0, 100),
      type: enumParam(query, 'type', MEMBER_KINDS),
      region: stringParam(query, 'region'),
      departement: stringParam(query, 'departement')?.slice(0, 3),
      territoire: stringParam(query, 'territoire')?.slice(0, 30),
      adhesion: intParam(query, 'adhesion', { min: 1900, max: 2100 }),
      statut: enumParam(query, 'statut', ['anciens', 'tous'] as const),
      tri: enumParam(query, 'tri', ['nom', 'adhesion', 'maj'] as const),
    };
    const page = intParam(query, 'page', { min: 1, max: 100_000 }) ?? 1;
    return servePublic(
      ctx,
      request,
      reply,
      async () => {
        // "Acts on this territory": the members whose territory is, contains or lies within it.
        const place = state.territoire ? parseTerritoryFilter(state.territoire) : undefined;
        const territory = place ? await findTerritory(db, place.kind, place.code) : undefined;
        if (state.territoire && !territory)
          throw notFound(
            `territoire : aucun territoire ne correspond à « ${state.territoire} » (exemples : commune-87085, departement-87, region-75).`,
          );
        const actingIds = territory
          ? (await listOverlappingMembers(db, territory.kind, territory.code)).map((o) => o.member_id)
          : undefined;
        const filter: DirectoryFilter = {
          kind: state.type,
          regionCode: state.region,
          departementCode: state.departement,
          memberIds: actingIds,
          joinedYear: state.adhesion,
          nameFolded: state.q ? foldText(state.q) : undefined,
          status: state.statut ? STATUS_PARAM[state.statut] : 'active',
        };
        // The map and the distribution depend on the filters only: drawn once for all pages and sorts.
        const mapsKey = `directory-maps|${JSON.stringify([filter.kind, filter.regionCode, filter.departementCode, state.territoire, filter.joinedYear, filter.nameFolded, filter.status])}`;
        const [directory, facets, maps] = await Promise.all([
          getDirectory(db, filter, SORT_PARAM[state.tri ?? 'nom'], page),
          ctx.cache.fragment('directory-facets', () => listDirectoryFacets(db)),
          ctx.cache.fragment(mapsKey, async () => {
            const { members, coverage } = await getDirectoryMaps(db, await listMapMembers(db, filter));
            return {
              map: renderFragment(h(MembersMapFigure, { members, listId: 'liste-adherents' })),
              distribution: renderFragment(h(Distribution, { coverage })),
            };
          }),
        ]);
        const now = new Date();
        const items = directory.rows.map((row) => presentDirectoryItem(row, now));
        return {
          page: h(DirectoryPage, {
            state,
            items,
            total: directory.total,
            page,
            pageCount: directory.pageCount,
            facets,
            demo: ctx.site.demo,
            ...(territory
              ? {
                  territory: {
                    name: territory.name,
                    kind: territoryKindLabel(territory),
                    path: territoryPath(territory.kind, territory.code),
                  },
                }
              : {}),
            map: h(RawHtml, { html: maps.map }),
            distribution: h(RawHtml, { html: maps.distribution }),
          }),
          lastModified: latestDate(...directory.rows.map((r) => r.content_updated_at)),
        };
      },
      { reads: { ...state, page: pageRead(page) } },
    );
  });

  app.get<{ Params: { slug: string } }>('/adherents/:slug', async (request, reply) => {
    const page = intParam(request.query as Query, 'page', { min: 1, max: 100_000 }) ?? 1;
    return servePublic(
      ctx,
      request,
      reply,
      async () => {
        const profile = await getProfile(db, request.params.slug);
        if (!profile) throw notFound('Aucun adhérent ne correspond à cette adresse.');
        const [news, newsChange, resources, observatory] = await Promise.all([
          getNewsPage(db, { page, pageSize: PROFILE_NEWS_PAGE_SIZE, memberId: profile.member.id }),
          latestNewsChange(db, profile.member.id),
          // The visitor's view whoever asks: the profile is cached for everyone (teasers of members-only resources are public).
          getResourcePage(db, null, { memberId: profile.member.id, page: 1, pageSize: PROFILE_RESOURCES, withChoices: false }),
          getTerritoryObservatory(db, profile.member.territory_kind, profile.member.territory_code),
        ]);
        return {
          page: h(ProfilePage, { profile: presentProfile(profile), news, resources, observatory, demo: ctx.site.demo }),
          lastModified: latestDate(profile.member.content_updated_at, newsChange, ...resources.items.map((i) => i.updated_at)),
        };
      },
      { reads: { page: pageRead(page) } },
    );
  });

  // The profile's map: an image of its own, cached like the page.
  app.get<{ Params: { slug: string } }>('/adherents/:slug/carte.svg', async (request, reply) => {
    return servePublic(ctx, request, reply, async () => {
      const located = await getMemberPlace(db, request.params.slug);
      const svg = located && regionMapSvg(presentMapSubject(located));
      if (!svg) throw notFound('Aucune carte ne correspond à cette adresse.');
      return { body: svg, contentType: 'image/svg+xml; charset=utf-8', lastModified: new Date(located.member.content_updated_at) };
    });
  });
}
