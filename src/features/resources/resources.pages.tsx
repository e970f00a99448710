/** Pages of the resource centre: the list with its filters (`/ressources`) and one resource. */
import { FilterSelect } from '../../web/forms.tsx';
import { Layout } from '../../web/layout.tsx';
import { DemoBadge, Pagination, urlWith } from '../../web/components.tsx';
import { formatDate, isoDay, plural } from '../../web/format.ts';
import { signInUrl } from '../../web/auth.ts';
import type { ResourceTypeRow, ResourceVisibility } from './resources.table.ts';
import { VISIBILITY_LABELS, fileLabel, seriesLabel } from './resources.present.ts';
import type { ResourceItem, ResourcePage } from './resources.service.ts';
import type { LinkedTerritory } from './resources.territories.ts';

const FEED = { title: 'Ressources publiques du réseau', href: '/ressources/flux.atom' };

export interface ResourceListState {
  type?: string | undefined;
  thematique?: string | undefined;
  serie?: string | undefined;
  annee?: number | undefined;
  visibilite?: ResourceVisibility | undefined;
  /** A territory key; no field in the form: the territory pages link here. */
  territoire?: string | undefined;
  tri?: 'date' | 'titre' | undefined;
  page?: number | undefined;
}

export function stateUrl(state: ResourceListState, change: Partial<ResourceListState> = {}): string {
  const s = { ...state, ...change };
  return urlWith('/ressources', {
    type: s.type,
    thematique: s.thematique,
    serie: s.serie,
    annee: s.annee,
    visibilite: s.visibilite,
    territoire: s.territoire,
    tri: s.tri === 'titre' ? 'titre' : undefined,
    page: s.page && s.page > 1 ? s.page : undefined,
  });
}

/** Type, series and date of a resource. */
export function ResourceMeta(props: { item: ResourceItem }) {
  const { item } = props;
  const series = seriesLabel(item);
  return (
    <p class="meta resource-meta">
      <span class="resource-type">{item.typeName}</span>
      {series && <> · {series}</>} · publiée le <time datetime={isoDay(item.published_at)}>{formatDate(item.published_at)}</time>
      {item.visibility !== 'public' && (
        <>
          {' '}
          · <span class="resource-restricted">{VISIBILITY_LABELS[item.visibility]}</span>
        </>
      )}
      {item.is_demo && (
        <>
          {' '}
          <DemoBadge />
        </>
      )}
    </p>
  );
}

export function ResourceListPage(
  props: ResourcePage & {
    state: ResourceListState;
    types: ResourceTypeRow[];
    themes: { slug: string; name: string }[];
    visibilities: ResourceVisibility[];
    territory?: LinkedTerritory | undefined;
    demo: boolean;
  },
) {
  const { state } = props;
  const filtered = Boolean(state.type || state.thematique || state.serie || state.annee || state.visibilite || state.territoire);
  return (
    <Layout
      title={props.page > 1 ? `Ressources — page ${props.page}` : 'Ressources'}
      section="ressources"
      demo={props.demo}
      feeds={[FEED]}
      description="Guides, fiches, notes juridiques, études et replays du réseau."
    >
      <h1>Ressources</h1>
      <p>
        <a href="/thematiques">Parcourir par thématique</a> : ressources, actualités et adhérents de chaque thème.
      </p>
      {props.territory && (
        <p class="active-filter">
          Ressources concernant le territoire <a href={props.territory.href}>{props.territory.name}</a> —{' '}
          <a href={stateUrl(state, { territoire: undefined, page: undefined })}>voir toutes les ressources</a>
        </p>
      )}
      <form class="filters" method="get" action="/ressources" role="search" aria-label="Filtrer les ressources">
        {state.territoire && <input type="hidden" name="territoire" value={state.territoire} />}
        <FilterSelect
          name="type"
          label="Type"
          value={state.type}
          options={[{ value: '', label: 'Tous les types' }, ...props.types.map((t) => ({ value: t.slug, label: t.name }))]}
        />
        <FilterSelect
          name="thematique"
          label="Thématique"
          value={state.thematique}
          options={[{ value: '', label: 'Toutes les thématiques' }, ...props.themes.map((t) => ({ value: t.slug, label: t.name }))]}
        />
        <FilterSelect
          name="serie"
          label="Série"
          value={state.serie}
          options={[{ value: '', label: 'Toutes les séries' }, ...props.series.map((s) => ({ value: s, label: s }))]}
        />
        <FilterSelect
          name="annee"
          label="Année"
          value={state.annee?.toString()}
          options={[{ value: '', label: 'Toutes les années' }, ...props.years.map((y) => ({ value: String(y), label: String(y) }))]}
        />
        <FilterSelect
          name="visibilite"
          label="Accès"
          value={state.visibilite}
          options={[{ value: '', label: 'Tous les accès' }, ...props.visibilities.map((v) => ({ value: v, label: VISIBILITY_LABELS[v] }))]}
        />
        <FilterSelect
          name="tri"
          label="Trier par"
          value={state.tri ?? 'date'}
          options={[
            { value: 'date', label: 'Date (récente d’abord)' },
            { value: 'titre', label: 'Titre (A → Z)' },
          ]}
        />
        <div class="actions">
          <button type="submit">Afficher</button>
          {filtered && <a href="/ressources">Effacer les filtres</a>}
        </div>
      </form>
      <p class="result-count" id="nombre-resultats">
        {plural(props.total, 'ressource')} — <a href={FEED.href}>s’abonner au flux Atom</a>
      </p>
      <ul class="resource-list" aria-describedby="nombre-resultats">
        {props.items.map((item) => (
          <li class="resource-card">
            <h2 class="resource-title">
              <a href={`/ressources/${item.slug}`}>{item.title}</a>
            </h2>
            <ResourceMeta item={item} />
            <p>{item.summary}</p>
          </li>
        ))}
      </ul>
      <Pagination page={props.page} pageCount={props.pageCount} label="Pages des ressources" href={(p) => stateUrl(state, { page: p })} />
    </Layout>
  );
}

export function ResourcePageView(props: { item: ResourceItem; demo: boolean }) {
  const { item } = props;
  return (
    <Layout
      title={item.title}
      section="ressources"
      demo={props.demo}
      feeds={[FEED]}
      description={item.summary}
      canonical={`/ressources/${item.slug}`}
    >
      <nav class="breadcrumb" aria-label="Fil d’Ariane">
        <ol>
          <li>
            <a href="/">Accueil</a>
          </li>
          <li>
            <a href="/ressources">Ressources</a>
          </li>
          <li aria-current="page">{item.title}</li>
        </ol>
      </nav>
      <article class="resource">
        <h1>{item.title}</h1>
        <ResourceMeta item={item} />
        <p class="lead">{item.summary}</p>
        {item.access === 'teaser' ? (
          <div class="notice resource-locked">
            <p>
              <strong>Réservé aux adhérents.</strong> Le contenu de cette ressource et ses fichiers sont accessibles aux comptes des
              collectivités adhérentes.
            </p>
            <p>
              <a href={signInUrl(`/ressources/${item.slug}`)}>Se connecter pour la consulter</a>
            </p>
          </div>
        ) : (
          <>
            <div class="rich-text" dangerouslySetInnerHTML={{ __html: item.body_html }} />
            {item.attachments.length > 0 && (
              <section class="resource-files" aria-labelledby="fichiers">
                <h2 id="fichiers">Fichiers</h2>
                <ul>
                  {item.attachments.map((a) => (
                    <li>
                      <a href={a.url} download>
                        {a.title}
                      </a>{' '}
                      <span class="file-meta">({fileLabel(a.contentType, a.byteSize)})</span>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </>
        )}
        {item.themes.length > 0 && (
          <p class="resource-themes">
            Thématiques :{' '}
            {item.themes.map((t, i) => (
              <>
                {i > 0 && ', '}
                <a href={stateUrl({ thematique: t.slug })}>{t.name}</a>
              </>
            ))}
          </p>
        )}
        {item.members.length > 0 && (
          <p class="linked-members">
            Adhérents concernés :{' '}
            {item.members.map((m, i) => (
              <>
                {i > 0 && ', '}
                <a href={`/adherents/${m.slug}`}>{m.name}</a>
              </>
            ))}
          </p>
        )}
        {item.territories.length > 0 && (
          <p class="linked-territories">
            Territoires concernés :{' '}
            {item.territories.map((t, i) => (
              <>
                {i > 0 && ', '}
                <a href={t.href}>{t.name}</a>
              </>
            ))}
          </p>
        )}
      </article>
    </Layout>
  );
}

/** A short list of resources in another page (a territory, a member's profile): title, type, date, access. */
export function ResourceTeaserList(props: { items: ResourceItem[] }) {
  return (
    <ul class="resource-list">
      {props.items.map((item) => (
        <li class="resource-card">
          <h3 class="resource-title">
            <a href={`/ressources/${item.slug}`}>{item.title}</a>
          </h3>
          <ResourceMeta item={item} />
        </li>
      ))}
    </ul>
  );
}
