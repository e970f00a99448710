/** The search page (`/recherche`): form, facets, results with highlighted snippets, suggestion. */
import { Layout } from '../../web/layout.tsx';
import { Pagination, urlWith } from '../../web/components.tsx';
import { KindBadge } from '../../web/components.tsx';
import { formatDate, formatNumber, isoDay, plural } from '../../web/format.ts';
import { MEMBER_KIND_LABELS, type MemberKind } from '../../shared/member-kinds.ts';
import type { SearchResponse } from './search.service.ts';

export interface SearchState {
  q: string;
  type?: 'member' | 'news' | 'resource' | undefined;
  kind?: MemberKind | undefined;
  region?: string | undefined;
  year?: number | undefined;
  /** A theme's slug. */
  theme?: string | undefined;
  page?: number | undefined;
}

export const TYPE_LABELS: Record<string, { one: string; many: string }> = {
  member: { one: 'Adhérent', many: 'Adhérents' },
  news: { one: 'Actualité', many: 'Actualités' },
  resource: { one: 'Ressource', many: 'Ressources' },
};

const stateUrl = (state: SearchState, change: Partial<SearchState>) => {
  const s = { ...state, page: undefined, ...change };
  return urlWith('/recherche', {
    q: s.q,
    type: s.type,
    kind: s.kind,
    region: s.region,
    annee: s.year,
    theme: s.theme,
    page: s.page && s.page > 1 ? s.page : undefined,
  });
};

function Facet(props: {
  title: string;
  items: { value: string; count: number; label: string }[];
  current: string | undefined;
  href: (value: string | undefined) => string;
}) {
  if (props.items.length === 0) return null;
  return (
    <section class="facet" aria-label={props.title}>
      <h3>{props.title}</h3>
      <ul>
        {props.current !== undefined && (
          <li>
            <a href={props.href(undefined)}>Tous</a>
          </li>
        )}
        {props.items.map((item) => (
          <li>
            <a href={props.href(item.value)} aria-current={item.value === props.current ? 'true' : undefined}>
              {item.label} <span class="count">({formatNumber(item.count)})</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The line above the results: the total, or "plus de …" / "au moins …" when it is a lower bound (search.bounded.ts). */
function countLine(response: SearchResponse, q: string): string {
  if (response.examined !== null) {
    if (response.total === 0)
      return `Aucun résultat avec ces filtres parmi les ${formatNumber(response.examined)}\u00a0résultats les plus récents pour « ${q} ».`;
    return `Au moins ${plural(response.total, 'résultat')} pour « ${q} »`;
  }
  if (response.total === 0) return `Aucun résultat pour « ${q} ».`;
  if (response.approximate.total) return `Plus de ${formatNumber(response.sampleSize)}\u00a0résultats pour « ${q} »`;
  return `${plural(response.total, 'résultat')} pour « ${q} »`;
}

export function SearchPage(props: {
  state: SearchState;
  response: SearchResponse | null;
  regionNames: Map<string, string>;
  themeNames: Map<string, string>;
  /** Territories the query names exactly (a name, a code, a postcode), shown first as cards. */
  places?: { name: string; detail: string; url: string }[];
  demo: boolean;
}) {
  const { state, response } = props;
  const facets = response?.facets;
  return (
    <Layout
      title={state.q ? `Recherche : ${state.q}` : 'Recherche'}
      section="none"
      demo={props.demo}
      description="Rechercher parmi les adhérents et les actualités du réseau."
    >
      <h1>Recherche</h1>
      <form class="search-form" method="get" action="/recherche" role="search" aria-label="Rechercher sur le site">
        <label for="recherche-q">Mots recherchés</label>
        <div class="search-row">
          <input id="recherche-q" name="q" type="search" value={state.q} maxLength={200} aria-describedby="recherche-aide" />
          <button type="submit">Rechercher</button>
        </div>
        <p id="recherche-aide" class="hint">
          Accents et majuscules sont ignorés. Mettez une expression entre guillemets ("monnaie locale") ; excluez un mot avec un tiret
          (-Paris).
        </p>
      </form>
      {props.places && props.places.length > 0 && (
        <section aria-labelledby="territoires-trouves" class="place-cards">
          <h2 id="territoires-trouves" class="visually-hidden">
            Territoires
          </h2>
          <ul>
            {props.places.map((p) => (
              <li class="place-card">
                <strong>{p.name}</strong> — {p.detail} — <a href={p.url}>voir le territoire</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {response && !response.searchable && state.q && (
        <p class="notice">Saisissez au moins un mot à rechercher (un mot exclu seul ne suffit pas).</p>
      )}
      {response?.searchable && (
        <div class="search-layout">
          <aside class="facets" aria-label="Affiner la recherche">
            <h2 class="facets-title">Affiner</h2>
            {response.approximate.facets && (
              <p class="hint" id="facettes-approximatives">
                Nombres approximatifs : comptés parmi les {formatNumber(response.sampleSize)} résultats les plus récents.
              </p>
            )}
            <Facet
              title="Type"
              current={state.type}
              href={(v) => stateUrl(state, { type: v as SearchState['type'] })}
              items={facets!.type.map((f) => ({ ...f, label: TYPE_LABELS[f.value]?.many ?? f.value }))}
            />
            <Facet
              title="Type de collectivité"
              current={state.kind}
              href={(v) => stateUrl(state, { kind: v as MemberKind | undefined })}
              items={facets!.member_kind.map((f) => ({ ...f, label: MEMBER_KIND_LABELS[f.value as MemberKind]?.many ?? f.value }))}
            />
            <Facet
              title="Région"
              current={state.region}
              href={(v) => stateUrl(state, { region: v })}
              items={facets!.region.map((f) => ({ ...f, label: props.regionNames.get(f.value) ?? f.value }))}
            />
            <Facet
              title="Année"
              current={state.year?.toString()}
              href={(v) => stateUrl(state, { year: v ? Number(v) : undefined })}
              items={facets!.year
                .slice()
                .sort((a, b) => Number(b.value) - Number(a.value))
                .map((f) => ({ ...f, label: f.value }))}
            />
            <Facet
              title="Thématique"
              current={state.theme}
              href={(v) => stateUrl(state, { theme: v })}
              items={facets!.theme.map((f) => ({ ...f, label: props.themeNames.get(f.value) ?? f.value }))}
            />
          </aside>
          <div class="search-results">
            <p class="result-count" id="nombre-resultats">
              {countLine(response, state.q)}
            </p>
            {response.examined !== null && (
              <p class="hint">
                Recherche très large : les filtres ont été appliqués aux {formatNumber(response.examined)} résultats les plus récents
                seulement ; d’autres, plus anciens, peuvent correspondre. Ajoutez un mot pour préciser.
              </p>
            )}
            {response.approximate.total && response.examined === null && (
              <p class="hint">
                Recherche très large : les résultats sont classés parmi les {formatNumber(response.sampleSize)} plus récents qui
                correspondent. Ajoutez un mot ou un filtre pour préciser.
              </p>
            )}
            {response.suggestion && (
              <p class="suggestion">
                Vouliez-vous dire <a href={stateUrl(state, { q: response.suggestion })}>{response.suggestion}</a> ?
              </p>
            )}
            {response.total === 0 && response.examined === null && (
              <ul class="hint">
                <li>Vérifiez l’orthographe, ou essayez un mot plus général.</li>
                <li>Retirez un filtre ou un mot exclu.</li>
                <li>
                  Parcourez <a href="/adherents">l’annuaire des adhérents</a> ou <a href="/actualites">les actualités</a>.
                </li>
              </ul>
            )}
            <ol class="results" aria-describedby="nombre-resultats">
              {response.results.map((r) => (
                <li class="result">
                  <p class="result-type">
                    {TYPE_LABELS[r.docType]?.one}
                    {r.memberKind && r.docType === 'member' && (
                      <>
                        {' '}
                        · <KindBadge kind={r.memberKind as MemberKind} />
                      </>
                    )}
                    {' · '}
                    <time datetime={isoDay(r.date)}>
                      {r.docType === 'member' ? 'mis à jour le ' : 'publié le '}
                      {formatDate(r.date)}
                    </time>
                  </p>
                  <h2 class="result-title">
                    <a
                      href={
                        r.docType === 'member'
                          ? `/adherents/${r.slug}`
                          : r.docType === 'resource'
                            ? `/ressources/${r.slug}`
                            : `/actualites/${r.slug}`
                      }
                      dangerouslySetInnerHTML={{ __html: r.titleHtml }}
                    />
                  </h2>
                  {r.members.length > 0 && (
                    <p class="linked-members">
                      {r.members.map((m, i) => (
                        <>
                          {i > 0 && ', '}
                          <a href={`/adherents/${m.slug}`}>{m.name}</a>
                        </>
                      ))}
                    </p>
                  )}
                  <p class="snippet" dangerouslySetInnerHTML={{ __html: r.snippetHtml }} />
                </li>
              ))}
            </ol>
            <Pagination
              page={response.page}
              pageCount={response.pageCount}
              label="Pages de résultats"
              href={(p) => stateUrl(state, { page: p })}
            />
          </div>
        </div>
      )}
    </Layout>
  );
}
