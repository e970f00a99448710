/**
 * Public pages of the observatory: a territory's ESS employers (`/territoires/:code/acteurs`) and
 * their CSV (`/territoires/:code/acteurs.csv`), cached like every public page.
 */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { notFound } from '../../errors.ts';
import { code, toCsv } from '../../web/csv.ts';
import { pageRead, servePublic, type AppContext } from '../../web/context.ts';
import { enumParam, intParam, type Query } from '../../web/query.ts';
import { findTerritory, parseTerritoryAddress, territoryKindLabel, territoryPath } from '../territories/territories.public.ts';
import { FAMILIES, SECTION_LABELS } from './observatory.codes.ts';
import { TerritoryEmployersPage } from './observatory.employers-page.tsx';
import { getEmployers } from './observatory.service.ts';

/** Most rows of one CSV export (a région's ESS employers fit). */
const CSV_MAX = 100_000;

export function registerObservatoryPages(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx.database;

  const territoryOf = async (param: string) => {
    const address = parseTerritoryAddress(param);
    const territory = address && address.kind !== 'bare' ? await findTerritory(db, address.kind, address.code) : undefined;
    if (!territory) throw notFound(`Aucun territoire ne correspond au code « ${param.slice(0, 40)} ».`);
    return territory;
  };
  const stateOf = (query: Query) => ({
    famille: enumParam(query, 'famille', FAMILIES),
    secteur: enumParam(query, 'secteur', Object.keys(SECTION_LABELS) as [string, ...string[]]),
  });

  app.get<{ Params: { code: string } }>('/territoires/:code/acteurs', async (request, reply) => {
    const query = request.query as Query;
    const state = stateOf(query);
    const page = intParam(query, 'page', { min: 1, max: 100_000 }) ?? 1;
    return servePublic(
      ctx,
      request,
      reply,
      async () => {
        const territory = await territoryOf(request.params.code);
        const employers = await getEmployers(db, territory.kind, territory.code, { family: state.famille, section: state.secteur, page });
        return {
          page: h(TerritoryEmployersPage, {
            territory: {
              name: territory.name,
              kindLabel: territoryKindLabel(territory),
              path: territoryPath(territory.kind, territory.code),
            },
            state,
            employers,
            demo: ctx.site.demo,
          }),
        };
      },
      { reads: { ...state, page: pageRead(page) } },
    );
  });

  app.get<{ Params: { code: string } }>('/territoires/:code/acteurs.csv', async (request, reply) => {
    const state = stateOf(request.query as Query);
    const territory = await territoryOf(request.params.code);
    reply.header('content-disposition', `attachment; filename="employeurs-ess-${territory.kind}-${territory.code}.csv"`);
    return servePublic(
      ctx,
      request,
      reply,
      async () => {
        const employers = await getEmployers(
          db,
          territory.kind,
          territory.code,
          { family: state.famille, section: state.secteur, page: 1 },
          CSV_MAX,
        );
        const rows = [
          ['SIRET', 'Établissement', 'Code NAF', 'Activité', 'Famille', 'Effectif', 'Code commune', 'Commune', 'Extrait SIRENE'],
          ...employers.items.map((e) => [
            code(e.siret),
            e.name,
            e.naf,
            e.activity,
            e.family,
            e.staff,
            code(e.communeCode),
            e.commune,
            employers.extractDate,
          ]),
        ];
        return { body: toCsv(rows), contentType: 'text/csv; charset=utf-8' };
      },
      { reads: state },
    );
  });
}
