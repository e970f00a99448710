/** The directory of members (`/adherents`): filters as a GET form, so every state is a shareable URL. */
import { FilterSelect } from '../../web/forms.tsx';
import type { ComponentChildren } from 'preact';
import { Layout } from '../../web/layout.tsx';
import { DemoBadge, Pagination, urlWith } from '../../web/components.tsx';
import { KindBadge } from '../../web/components.tsx';
import { formatDate, isoDay, plural } from '../../web/format.ts';
import { MEMBER_KINDS, MEMBER_KIND_LABELS } from './members.schemas.ts';
import type { DirectoryItemView } from './members.present.ts';

export interface DirectoryState {
  q?: string | undefined;
  type?: string | undefined;
  region?: string | undefined;
  departement?: string | undefined;
  /** A territory the members act on: `commune-87085`, `departement-87`… */
  territoire?: string | undefined;
  adhesion?: number | undefined;
  statut?: string | undefined;
  tri?: string | undefined;
}

export interface DirectoryPageProps {
  state: DirectoryState;
  items: DirectoryItemView[];
  total: number;
  page: number;
  pageCount: number;
  facets: { years: number[]; regions: { code: string; name: string }[]; departements: { code: string; name: string }[] };
  /** The territory of the `territoire` filter, named. */
  territory?: { name: string; kind: string; path: string };
  demo: boolean;
  /** The map of the filtered members (features/maps), shown above the list. */
  map?: ComponentChildren;
  /** The distribution of the filtered members by région and département, shown below the list. */
  distribution?: ComponentChildren;
}

const SORTS = [
  { value: 'nom', label: 'Nom (A → Z)' },
  { value: 'adhesion', label: 'Année d’adhésion (récente d’abord)' },
  { value: 'maj', label: 'Dernière mise à jour (récente d’abord)' },
];

const STATUSES = [
  { value: '', label: 'Adhérents actuels' },
  { value: 'anciens', label: 'Anciens adhérents' },
  { value: 'tous', label: 'Tous' },
];

/** The directory page. */
export function DirectoryPage(props: DirectoryPageProps) {
  const { state, items, total } = props;
  const filtered = Boolean(
    state.q || state.type || state.region || state.departement || state.territoire || state.adhesion || state.statut,
  );
  const withoutTerritory = urlWith('/adherents', { ...state, territoire: undefined });
  return (
    <Layout
      title="Les adhérents"
      section="adherents"
      demo={props.demo}
      description="Annuaire des collectivités membres du réseau, par type, région et année d’adhésion."
    >
      <h1>Les adhérents</h1>
      <form class="filters" method="get" action="/adherents" role="search" aria-label="Filtrer les adhérents">
        {props.territory && (
          <div class="field field-wide filter-chip">
            <input type="hidden" name="territoire" value={state.territoire} />
            <p>
              Adhérents qui agissent sur <a href={props.territory.path}>{props.territory.name}</a> ({props.territory.kind.toLowerCase()}) ·{' '}
              <a href={withoutTerritory}>retirer ce filtre</a>
            </p>
          </div>
        )}
        <div class="field field-wide">
          <label for="filtre-q">Nom de la collectivité</label>
          <input id="filtre-q" name="q" type="search" value={state.q ?? ''} autocomplete="off" />
        </div>
        <FilterSelect
          name="type"
          label="Type"
          value={state.type}
          options={[{ value: '', label: 'Tous les types' }, ...MEMBER_KINDS.map((k) => ({ value: k, label: MEMBER_KIND_LABELS[k].one }))]}
        />
        <FilterSelect
          name="region"
          label="Région"
          value={state.region}
          options={[{ value: '', label: 'Toutes les régions' }, ...props.facets.regions.map((r) => ({ value: r.code, label: r.name }))]}
        />
        <FilterSelect
          name="departement"
          label="Département"
          value={state.departement}
          options={[
            { value: '', label: 'Tous les départements' },
            ...props.facets.departements.map((d) => ({ value: d.code, label: `${d.code} — ${d.name}` })),
          ]}
        />
        <FilterSelect
          name="adhesion"
          label="Année d’adhésion"
          value={state.adhesion?.toString()}
          options={[{ value: '', label: 'Toutes les années' }, ...props.facets.years.map((y) => ({ value: String(y), label: String(y) }))]}
        />
        <FilterSelect name="statut" label="Statut" value={state.statut} options={STATUSES} />
        <FilterSelect name="tri" label="Trier par" value={state.tri ?? 'nom'} options={SORTS} />
        <div class="actions">
          <button type="submit">Afficher</button>
          {filtered && <a href="/adherents">Effacer les filtres</a>}
        </div>
      </form>
      <p class="result-count" id="nombre-resultats">
        {total === 0
          ? 'Aucun adhérent ne correspond à ces critères.'
          : `${plural(total, 'adhérent')} ${filtered ? (total > 1 ? 'correspondent à ces critères' : 'correspond à ces critères') : ''}`.trim()}
      </p>
      {total > 0 && props.map}
      {items.length > 0 && (
        <ul class="directory" id="liste-adherents" aria-describedby="nombre-resultats">
          {items.map((m) => (
            <li class="member-card">
              <h2 class="member-name">
                <a href={`/adherents/${m.slug}`}>{m.name}</a>
              </h2>
              <p class="member-meta">
                <KindBadge kind={m.kind} />
                {m.region && (
                  <span>
                    {m.departement ? `${m.departement.name} · ` : ''}
                    {m.region.name}
                  </span>
                )}
              </p>
              <p class="member-dates">
                {m.joinedYear && <span>Adhérent depuis {m.joinedYear}</span>}
                <span>
                  Mis à jour le <time datetime={isoDay(m.updatedAt)}>{formatDate(m.updatedAt)}</time>
                  {m.stale && <span class="stale-flag"> (profil ancien)</span>}
                </span>
                {m.status === 'former' && <span class="former-flag">Ancien adhérent</span>}
                {m.isDemo && <DemoBadge />}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={props.page}
        pageCount={props.pageCount}
        label="Pages de l’annuaire"
        href={(p) =>
          urlWith('/adherents', {
            q: state.q,
            type: state.type,
            region: state.region,
            departement: state.departement,
            territoire: state.territoire,
            adhesion: state.adhesion,
            statut: state.statut,
            tri: state.tri,
            page: p > 1 ? p : undefined,
          })
        }
      />
      {total > 0 && props.distribution}
    </Layout>
  );
}
