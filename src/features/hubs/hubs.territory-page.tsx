/** The territory page (`/territoires/:code`): identity, parents and children, members on it, their news. */
import { Layout } from '../../web/layout.tsx';
import { KindBadge } from '../../web/components.tsx';
import { formatDate, formatNumber, formatQuantity, plural } from '../../web/format.ts';
import { COMPARE_MAX, comparePath } from '../../shared/links.ts';
import { NewsCard } from '../news/news.public.ts';
import { ResourceTeaserList } from '../resources/resources.public.ts';
import type { ResourceItem } from '../resources/resources.public.ts';
import { territoryKey } from '../resources/resources.public.ts';
import { territoryMapSubject, type MemberRelation, type TerritoryNewsGroup, type TerritoryOverview } from './hubs.territory.ts';
import { RegionMapFigure } from '../maps/maps.public.ts';
import { ObservatoryFigures, type TerritoryObservatory } from '../observatory/observatory.public.ts';
import { POPULATION_SOURCE } from '../territories/territories.public.ts';
import type { TerritoryKind, TerritoryRow } from '../territories/territories.public.ts';
import { territoryCodeLabel, territoryFilterValue, territoryKindLabel, territoryPath } from '../territories/territories.public.ts';

export interface TerritoryPageProps {
  overview: TerritoryOverview;
  /** The territory's ESS counted from SIRENE, when an extract was imported. */
  observatory: TerritoryObservatory | null;
  /** News by origin (getTerritoryNews). */
  news: TerritoryNewsGroup[];
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
      <p>
        <a href={`/adherents?territoire=${territoryFilterValue(overview.territory.kind, overview.territory.code)}`}>
          Voir ces adhérents dans l’annuaire
        </a>
      </p>
      {active.length >= 2 && active.length <= COMPARE_MAX && (
        <p>
          <a href={comparePath(active)}>Comparer ces {formatNumber(active.length)} adhérents</a>
        </p>
      )}
    </>
  );
}

/** "Haute-Vienne (département 87)", "CU du Grand Poitiers (communauté urbaine)". */
function authorityName(t: TerritoryRow): string {
  const kind = territoryKindLabel(t).toLowerCase();
  return `${t.name} (${kind}${t.kind === 'departement' ? ` ${t.code}` : ''})`;
}

/**
 * The answer to "who acts for the ESS here?": this authority and those it belongs to, each said to
 * be a member (since when, how fresh its profile is, its latest comparable figure) or not; when
 * none is, the members nearest.
 */
function Coverage({ overview }: { overview: TerritoryOverview }) {
  const here = overview.territory.kind === 'commune' ? `à ${overview.territory.name}` : `sur ce territoire`;
  return (
    <section class="coverage" aria-labelledby="couverture">
      <h2 id="couverture">Qui agit pour l’ESS {here} ?</h2>
      <ul class="coverage-list">
        {overview.coverage.map(({ territory, member, figure }) => {
          const masculine = (member ? member.kind : territory.kind) === 'departement';
          if (!member)
            return (
              <li class="coverage-no">
                <strong>{authorityName(territory)}</strong> n’est pas {masculine ? 'adhérent' : 'adhérente'} du réseau.
              </li>
            );
          return (
            <li class="coverage-yes">
              <strong>
                <a href={`/adherents/${member.slug}`}>{member.name}</a>
              </strong>{' '}
              est {masculine ? 'adhérent' : 'adhérente'} du réseau{member.joined_year ? ` depuis ${member.joined_year}` : ''} ; profil mis à
              jour le {formatDate(member.content_updated_at)}.
              {figure && (
                <>
                  {' '}
                  {figure.label} en {figure.year} : <strong>{formatQuantity(figure.value, figure.unit)}</strong>.
                </>
              )}
            </li>
          );
        })}
      </ul>
      {!overview.coverage.some((c) => c.member) &&
        (overview.nearest ? (
          <>
            <p>
              Aucune des collectivités qui agissent {here} n’est adhérente du réseau. Les adhérents les plus proches, dans{' '}
              {authorityName(overview.nearest.scope)} :
            </p>
            <ul>
              {overview.nearest.members.map((m) => (
                <li>
                  <a href={`/adherents/${m.slug}`}>{m.name}</a> <KindBadge kind={m.kind} />
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>
            Aucune collectivité adhérente du réseau n’agit {here} ni à proximité. <a href="/adherents">Voir tous les adhérents</a>.
          </p>
        ))}
    </section>
  );
}

/** The whole territory page. */
export function TerritoryPage({ overview, news, resources, observatory, demo }: TerritoryPageProps) {
  const { territory, parents } = overview;
  const kindLabel = territoryKindLabel(territory);
  return (
    <Layout
      title={`${territory.name} (${kindLabel.toLowerCase()})`}
      description={`${kindLabel} ${territory.name} : population, territoires rattachés, collectivités adhérentes du réseau et leurs actualités.`}
      section="territoires"
      demo={demo}
      canonical={territoryPath(territory.kind, territory.code)}
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
      <Coverage overview={overview} />
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
      {observatory && (
        <ObservatoryFigures
          observatory={observatory}
          place={territory.kind === 'commune' ? `à ${territory.name}` : 'sur ce territoire'}
          employersHref={`${territoryPath(territory.kind, territory.code)}/acteurs`}
        />
      )}
      <RegionMapFigure
        {...territoryMapSubject(territory, territory.kind === 'region' ? territory : parents.find((p) => p.kind === 'region'))}
        src={`${territoryPath(territory.kind, territory.code)}/carte.svg`}
      />
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
        <h2 id="actualites-territoire">Actualités, selon la collectivité d’où elles viennent</h2>
        {news.length === 0 ? (
          <p>Aucune actualité publiée pour le moment.</p>
        ) : (
          news.map((group, i) => (
            <section aria-labelledby={`actualites-groupe-${i}`} class="news-group">
              <h3 id={`actualites-groupe-${i}`}>{group.heading}</h3>
              <div class="news-list">
                {group.items.map((item) => (
                  <NewsCard item={item} headingLevel={4} />
                ))}
              </div>
              {group.member && group.total > group.items.length && (
                <p>
                  <a href={`/adherents/${group.member.slug}#actualites-adherent`}>
                    Toutes les actualités de {group.member.name} ({formatNumber(group.total)})
                  </a>
                </p>
              )}
            </section>
          ))
        )}
      </section>
    </Layout>
  );
}
