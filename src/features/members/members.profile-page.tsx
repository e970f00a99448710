/** The member profile page (`/adherents/:slug`), in the order DESIGN.md gives. */
import { Layout } from '../../web/layout.tsx';
import { DemoBadge, Pagination, urlWith } from '../../web/components.tsx';
import { KindBadge } from '../../web/components.tsx';
import { formatDate, formatPerInhabitant, formatQuantity, isoDay, plural } from '../../web/format.ts';
import { NewsCard } from '../news/news.public.ts';
import type { NewsItem } from '../news/news.public.ts';
import { ResourceTeaserList } from '../resources/resources.public.ts';
import type { ResourceItem } from '../resources/resources.public.ts';
import type { ProfileView } from './members.present.ts';
import { territoryPath } from '../territories/territories.public.ts';
import { RegionMapFigure } from '../maps/maps.public.ts';
import { ObservatoryFigures, type TerritoryObservatory } from '../observatory/observatory.public.ts';
import { definitionLabel } from '../indicators/indicators.public.ts';

export interface ProfilePageProps {
  profile: ProfileView;
  news: { items: NewsItem[]; total: number; page: number; pageCount: number };
  /** The most recent resources of the network linked to the member, as a visitor may list them (none in a preview). */
  resources?: { items: ResourceItem[]; total: number };
  /** The ESS of the member's territory counted from SIRENE, when an extract was imported (none in a preview). */
  observatory?: TerritoryObservatory | null;
  demo: boolean;
  /** Back-office preview of an unpublished version: a banner says so and links back to the editor. */
  preview?: { backHref: string; label: string };
}

function KeyFigures({ profile }: { profile: ProfileView }) {
  const { series, population } = profile;
  if (series.length === 0 && !population) return null;
  return (
    <section class="key-figures" aria-labelledby="chiffres-cles">
      <h2 id="chiffres-cles">Chiffres clés</h2>
      <dl class="figures">
        {series.map(({ indicator, latest, history, perInhabitant }) => (
          <div class="figure">
            <dt>{indicator.label}</dt>
            <dd>
              <span class="figure-value">{formatQuantity(latest.value, latest.unit)}</span>
              <span class="figure-source">
                {latest.year ? `${latest.year}` : 'Année non précisée'}
                {latest.source ? ` — source : ${latest.source}` : ' — source non précisée'}
              </span>
              <span class={`figure-status figure-status-${latest.status}`}>
                {definitionLabel(latest)}
                {latest.followsDefinition === false && latest.definitionNote ? ` : ${latest.definitionNote}` : ''}
              </span>
              {perInhabitant && (
                <span class="figure-per-inhabitant">
                  soit {formatPerInhabitant(perInhabitant.value, latest.unit)} par habitant (population {perInhabitant.populationYear})
                </span>
              )}
              {history.length > 1 && (
                <p class="figure-history">
                  Années précédentes :{' '}
                  {history
                    .slice(0, -1)
                    .map((f) => `${f.year ?? 'année non précisée'} : ${formatQuantity(f.value, f.unit)}`)
                    .join(' ; ')}
                </p>
              )}
              <details class="figure-definition">
                <summary>Définition</summary>
                <p>{indicator.definition}</p>
              </details>
            </dd>
          </div>
        ))}
        {population && (
          <div class="figure">
            <dt>Population du territoire</dt>
            <dd>
              <span class="figure-value">{plural(population.value, 'habitant')}</span>
              <span class="figure-source">
                {population.year} — source : {population.source}
              </span>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}

function Identity({ profile }: { profile: ProfileView }) {
  const { territory, departement, region } = profile;
  return (
    <section class="identity" aria-labelledby="fiche">
      <h2 id="fiche" class="visually-hidden">
        Fiche d’identité
      </h2>
      <dl class="identity-list">
        <div>
          <dt>Type de collectivité</dt>
          <dd>
            <KindBadge kind={profile.kind} />
          </dd>
        </div>
        <div>
          <dt>Territoire officiel</dt>
          <dd>
            <a href={territoryPath(territory.kind, territory.code)}>{territory.name}</a>{' '}
            <span class="code">
              ({territory.kind === 'epci' ? 'SIREN' : 'code INSEE'} {territory.code})
            </span>
          </dd>
        </div>
        {departement && (
          <div>
            <dt>Département</dt>
            <dd>
              <a href={territoryPath('departement', departement.code)}>{departement.name}</a> ({departement.code})
            </dd>
          </div>
        )}
        {region && (
          <div>
            <dt>Région</dt>
            <dd>
              <a href={territoryPath('region', region.code)}>{region.name}</a>
            </dd>
          </div>
        )}
        {profile.website && (
          <div>
            <dt>Site officiel</dt>
            <dd>
              <a href={profile.website} rel="noopener">
                {profile.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
              </a>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}

/** The whole profile page. */
export function ProfilePage({ profile, news, resources, observatory, demo, preview }: ProfilePageProps) {
  const feed = `/adherents/${profile.slug}/flux.atom`;
  return (
    <Layout
      title={profile.name}
      description={`Politique en faveur de l’économie sociale et solidaire de ${profile.name} : panorama, budget, programme d’intervention, actions soutenues.`}
      section="adherents"
      demo={demo}
      bodyClass="profile-page"
      feeds={[{ title: `Actualités de ${profile.name}`, href: feed }]}
      {...(preview ? {} : { canonical: `/adherents/${profile.slug}` })}
    >
      {preview && (
        <div class="notice notice-warning preview-banner" role="status">
          <strong>Aperçu — {preview.label}.</strong> Cette version n’est pas publiée : voici la page telle que les visiteurs la verront.{' '}
          <a href={preview.backHref}>Revenir à l’édition</a>
        </div>
      )}
      <nav class="breadcrumb" aria-label="Fil d’Ariane">
        <ol>
          <li>
            <a href="/">Accueil</a>
          </li>
          <li>
            <a href="/adherents">Adhérents</a>
          </li>
          <li aria-current="page">{profile.name}</li>
        </ol>
      </nav>
      <article class="profile">
        <header class="profile-header">
          <h1>{profile.name}</h1>
          <p class="updated">
            Dernière mise à jour : <time datetime={isoDay(profile.updatedAt)}>{formatDate(profile.updatedAt)}</time>
            {profile.isDemo && (
              <>
                {' '}
                <DemoBadge />
              </>
            )}
          </p>
          {profile.stale && (
            <p class="notice notice-stale">
              <strong>Profil ancien :</strong> ce profil n’a pas été mis à jour depuis plus de deux ans. Certaines informations peuvent ne
              plus être d’actualité.
            </p>
          )}
          {profile.status === 'former' && (
            <p class="notice">Cette collectivité ne fait plus partie du réseau. Son profil est conservé pour mémoire.</p>
          )}
        </header>
        {profile.sections.map((s, i) => (
          <section class={`profile-section section-${s.kind}`} aria-labelledby={`section-${i + 1}`}>
            <h2 id={`section-${i + 1}`}>{s.heading}</h2>
            <div class="rich-text" dangerouslySetInnerHTML={{ __html: s.html }} />
          </section>
        ))}
        <KeyFigures profile={profile} />
        {observatory && <ObservatoryFigures observatory={observatory} place="sur son territoire" />}
        {profile.joinedYear && <p class="joined">Année d’adhésion : {profile.joinedYear}</p>}
        <Identity profile={profile} />
        <RegionMapFigure
          name={profile.name}
          kind={profile.kind}
          territory={profile.territory}
          region={profile.region}
          src={`/adherents/${profile.slug}/carte.svg`}
        />
        <section class="member-news" aria-labelledby="actualites-adherent">
          <h2 id="actualites-adherent">Les actualités de l’adhérent</h2>
          {news.total === 0 ? (
            <p>Aucune actualité publiée pour le moment.</p>
          ) : (
            <>
              <p class="result-count">
                {plural(news.total, 'actualité')} — <a href={feed}>flux Atom</a>
              </p>
              <div class="news-list">
                {news.items.map((item) => (
                  <NewsCard item={item} headingLevel={3} showMembers={false} />
                ))}
              </div>
              <Pagination
                page={news.page}
                pageCount={news.pageCount}
                label="Pages des actualités de l’adhérent"
                href={(p) => urlWith(`/adherents/${profile.slug}`, { page: p > 1 ? p : undefined })}
              />
            </>
          )}
        </section>
        {resources && resources.total > 0 && (
          <section class="member-resources" aria-labelledby="ressources-adherent">
            <h2 id="ressources-adherent">Ressources du réseau sur cet adhérent</h2>
            <ResourceTeaserList items={resources.items} />
            {resources.total > resources.items.length && (
              <p class="result-count">
                Les {resources.items.length} plus récentes sur {resources.total}.
              </p>
            )}
          </section>
        )}
      </article>
    </Layout>
  );
}
