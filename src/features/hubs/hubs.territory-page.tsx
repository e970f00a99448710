/** The territory page (`/territoires/:code`): identity, parents and children, members on it, their news. */
import { Layout } from '../../web/layout.tsx';
import { Pagination, urlWith } from '../../web/components.tsx';
import { KindBadge } from '../../web/components.tsx';
import { formatNumber, plural } from '../../web/format.ts';
import { COMPARE_MAX, comparePath } from '../../shared/links.ts';
import { NewsCard } from '../news/news.public.ts';
import type { NewsItem } from '../news/news.public.ts';
import { ResourceTeaserList } from '../resources/resources.public.ts';
import type { ResourceItem } from '../resources/resources.public.ts';
import { territoryKey } from '../resources/resources.public.ts';
import type { MemberRelation, TerritoryOverview } from './hubs.territory.ts';
import { POPULATION_SOURCE } from '../territories/territories.public.ts';
import type { TerritoryKind, TerritoryRow } from '../territories/territories.public.ts';
import { territoryCodeLabel, territoryKindLabel, territoryPath } from '../territories/territories.public.ts';

export interface TerritoryPageProps {
  overview: TerritoryOverview;
  news: { items: NewsItem[]; total: number; page: number; pageCount: number };
  /** The first resources linked to the territory, as a visitor may list them. */
  resources: { items: ResourceItem[]; total: number };
  demo: boolean;
}

/** Lists longer than this are folded in a disclosure (works without JavaScript). */
const FOLD_AFTER = 24;

const RELATION_HEADINGS: Record<MemberRelation, string> = {
  self: 'Adhérent pour ce territoire',
  contains: 'Adhérents dont le territoire englobe celui-ci',
  within: 'Adhérents situés sur ce territoire',
  overlaps: 'Adhérents dont le territoire s’étend en partie sur celui-ci',
};

const CHILD_HEADINGS: Partial<Record<TerritoryKind, (n: number) => string>> = {
  region: (n) => (n > 1 ? 'Départements de la région' : 'Département de la région'),
  departement: (n) => (n > 1 ? 'Intercommunalités présentes dans le département' : 'Intercommunalité présente dans le département'),
  epci: (n) => (n > 1 ? 'Communes membres' : 'Commune membre'),
};

function TerritoryLink({ territory }: { territory: TerritoryRow }) {
  return <a href={territoryPath(territory.kind, territory.code)}>{territory.name}</a>;
}

function Children({ overview }: { overview: TerritoryOverview }) {
  const { territory, children } = overview;
  const heading = CHILD_HEADINGS[territory.kind];
  if (!heading || children.length === 0) return null;
  const memberCodes = new Set(overview.members.map((m) => `${m.member.territory_kind}:${m.member.territory_code}`));
  const list = (
    <ul class="territory-children">
      {children.map((child) => (
        <li>
          <TerritoryLink territory={child} />
          {child.population !== null && <span class="child-population"> — {plural(child.population, 'hab.', 'hab.')}</span>}
          {memberCodes.has(`${child.kind}:${child.code}`) && <span class="member-flag"> adhérent</span>}
        </li>
      ))}
    </ul>
  );
  return (
    <section aria-labelledby="territoires-inclus">
      <h2 id="territoires-inclus">{heading(children.length)}</h2>
      {children.length > FOLD_AFTER ? (
        <details class="fold">
          <summary>
            Afficher les {formatNumber(children.length)} {territory.kind === 'epci' ? 'communes' : 'territoires'}
          </summary>
          {list}
        </details>
      ) : (
        list
      )}
    </section>
  );
}

function Members({ overview }: { overview: TerritoryOverview }) {
  if (overview.members.length === 0) {
    return <p>Aucune collectivité adhérente du réseau sur ce territoire pour le moment.</p>;
  }
  const active = overview.members.filter((m) => m.member.status === 'active').map((m) => m.member.slug);
  const groups = (['self', 'contains', 'within', 'overlaps'] as const)
    .map((relation) => ({ relation, members: overview.members.filter((m) => m.relation === relation) }))
    .filter((g) => g.members.length > 0);
  return (
    <>
      {groups.map((group) => (
        <>
          <h3>{RELATION_HEADINGS[group.relation]}</h3>
          <ul class="territory-members">
            {group.members.map(({ member }) => (
              <li>
                <a href={`/adherents/${member.slug}`}>{member.name}</a> <KindBadge kind={member.kind} />
                {member.status === 'former' && <span class="former-flag"> Ancien adhérent</span>}
              </li>
            ))}
          </ul>
        </>
      ))}
      {active.length >= 2 && active.length <= COMPARE_MAX && (
        <p>
          <a href={comparePath(active)}>Comparer ces {formatNumber(active.length)} adhérents</a>
        </p>
      )}
    </>
  );
}

/** The whole territory page. */
export function TerritoryPage({ overview, news, resources, demo }: TerritoryPageProps) {
  const { territory, parents } = overview;
  const path = territoryPath(territory.kind, territory.code);
  const kindLabel = territoryKindLabel(territory);
  return (
    <Layout
      title={`${territory.name} (${kindLabel.toLowerCase()})`}
      description={`${kindLabel} ${territory.name} : population, territoires rattachés, collectivités adhérentes du réseau et leurs actualités.`}
      section="territoires"
      demo={demo}
    >
      <nav class="breadcrumb" aria-label="Fil d’Ariane">
        <ol>
          <li>
            <a href="/territoires">Territoires</a>
          </li>
          {parents.map((p) => (
            <li>
              <TerritoryLink territory={p} />
            </li>
          ))}
          <li aria-current="page">{territory.name}</li>
        </ol>
      </nav>
      <h1>{territory.name}</h1>
      <p class="territory-kind">
        {kindLabel} <span class="code">({territoryCodeLabel(territory)})</span>
      </p>
      <dl class="identity-list">
        <div>
          <dt>Population</dt>
          <dd>{territory.population !== null ? `${plural(territory.population, 'habitant')} (${POPULATION_SOURCE})` : 'non renseignée'}</dd>
        </div>
        {territory.kind !== 'commune' && (
          <div>
            <dt>Communes</dt>
            <dd>{formatNumber(overview.communeCount)}</dd>
          </div>
        )}
        {parents.length > 0 && (
          <div>
            <dt>Appartient à</dt>
            <dd>
              {parents.map((p, i) => (
                <>
                  {i > 0 && ', '}
                  <TerritoryLink territory={p} /> <span class="code">({territoryKindLabel(p).toLowerCase()})</span>
                </>
              ))}
            </dd>
          </div>
        )}
      </dl>
      <section aria-labelledby="adherents-territoire">
        <h2 id="adherents-territoire">Collectivités adhérentes</h2>
        <Members overview={overview} />
      </section>
      <Children overview={overview} />
      {resources.total > 0 && (
        <section aria-labelledby="ressources-territoire">
          <h2 id="ressources-territoire">Ressources sur ce territoire</h2>
          <ResourceTeaserList items={resources.items} />
          {resources.total > resources.items.length && (
            <p>
              <a href={`/ressources?territoire=${encodeURIComponent(territoryKey(territory.kind, territory.code))}`}>
                Voir les {resources.total} ressources sur ce territoire
              </a>
            </p>
          )}
        </section>
      )}
      <section aria-labelledby="actualites-territoire">
        <h2 id="actualites-territoire">Actualités des adhérents de ce territoire</h2>
        {news.total === 0 ? (
          <p>Aucune actualité publiée pour le moment.</p>
        ) : (
          <>
            <p class="result-count">{plural(news.total, 'actualité')}</p>
            <div class="news-list">
              {news.items.map((item) => (
                <NewsCard item={item} headingLevel={3} />
              ))}
            </div>
            <Pagination
              page={news.page}
              pageCount={news.pageCount}
              label="Pages des actualités du territoire"
              href={(p) => urlWith(path, { page: p > 1 ? p : undefined })}
            />
          </>
        )}
      </section>
    </Layout>
  );
}
