/**
 * The territory index and finder (`/territoires`): a search box for any place (works without
 * JavaScript; with it, territory-finder.js suggests while typing), the results of a search, and
 * the régions with their départements to browse.
 */
import { Layout } from '../../web/layout.tsx';
import { formatNumber, plural } from '../../web/format.ts';
import type { FinderHit, TerritoryFinder } from './territories.finder.ts';
import { territoryCodeLabel, territoryKindLabel, territoryPath } from './territories.present.ts';
import { POPULATION_SOURCE } from './territories.source.ts';
import type { TerritoryRow } from './territories.table.ts';

/** "Limoges — commune de la Haute-Vienne (87)", "Haute-Vienne — département 87". */
export function hitDetail(t: TerritoryRow, departements: Map<string, TerritoryRow>): string {
  const kind = territoryKindLabel(t).toLowerCase();
  if (t.kind === 'departement') return `${kind} ${t.code}`;
  if (t.kind === 'region') return kind;
  const d = t.departement_code ? departements.get(t.departement_code) : undefined;
  return d ? `${kind}, ${d.name} (${d.code})` : kind;
}

/** A finder hit's detail, with its postcode when it matched by one ("commune, Haute-Vienne (87), code postal 87000"). */
export function territoryHitDetail(hit: FinderHit, finder: Pick<TerritoryFinder, 'get'>): string {
  const t = hit.territory;
  const d = t.departement_code ? finder.get('departement', t.departement_code) : undefined;
  const detail = hitDetail(t, new Map(d ? [[d.code, d]] : []));
  return hit.by === 'postcode' ? `${detail}, code postal ${hit.postcode}` : detail;
}

export function TerritoryFinderForm(props: { query?: string; id: string; label: string }) {
  return (
    <form class="territory-finder" method="get" action="/territoires" role="search" aria-label="Recherche d’un territoire">
      <label for={props.id}>{props.label}</label>
      <p class="hint" id={`${props.id}-hint`}>
        Une commune, un code postal, un code INSEE, un département (nom ou numéro), une intercommunalité (nom ou SIREN) ou une région.
      </p>
      <div class="finder-row">
        <input
          id={props.id}
          name="q"
          type="search"
          maxLength={80}
          autocomplete="off"
          value={props.query ?? ''}
          aria-describedby={`${props.id}-hint`}
          data-territory-suggest="/territoires/suggestions"
        />
        <button type="submit" class="button">
          Trouver
        </button>
      </div>
    </form>
  );
}

export interface TerritoryIndexProps {
  query: string | undefined;
  /** Present when something was typed. */
  results?: { hits: FinderHit[]; total: number };
  regions: TerritoryRow[];
  departements: TerritoryRow[];
  demo: boolean;
}

function Results({
  query,
  results,
  departements,
}: {
  query: string;
  results: NonNullable<TerritoryIndexProps['results']>;
  departements: Map<string, TerritoryRow>;
}) {
  if (results.total === 0)
    return (
      <div class="notice" role="status">
        <p>
          Aucun territoire ne correspond à « {query} ». Vérifiez l’orthographe, ou essayez un code postal (87000), un numéro de département
          (87) ou le nom d’une commune sans « Saint » abrégé différemment (Saint-Junien, St Junien).
        </p>
      </div>
    );
  const byPostcode = results.hits.some((h) => h.by === 'postcode');
  return (
    <>
      <p role="status" class="result-count">
        {plural(results.total, 'territoire correspond', 'territoires correspondent')} à « {query} »
        {results.total > results.hits.length ? ` (les ${results.hits.length} premiers)` : ''}.
        {byPostcode && ' Un code postal peut couvrir plusieurs communes : choisissez la vôtre.'}
      </p>
      <ul class="territory-hits">
        {results.hits.map((h) => (
          <li>
            <a href={territoryPath(h.territory.kind, h.territory.code)}>{h.territory.name}</a>{' '}
            <span class="muted">
              — {hitDetail(h.territory, departements)}
              {h.by === 'postcode' ? `, code postal ${h.postcode}` : h.by === 'code' ? `, ${territoryCodeLabel(h.territory)}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

export function TerritoryIndexPage(props: TerritoryIndexProps) {
  const departementMap = new Map(props.departements.map((d) => [d.code, d]));
  return (
    <Layout
      title={props.query ? `Territoires : « ${props.query} »` : 'Territoires'}
      description="Ce que font pour l’économie sociale et solidaire les collectivités adhérentes du réseau, commune par commune, département par département."
      section="territoires"
      demo={props.demo}
      {...(props.query ? {} : { canonical: '/territoires' })}
      scripts={['territory-finder.js']}
    >
      <h1>Territoires</h1>
      <p class="lead">
        Que fait-on pour l’économie sociale et solidaire là où vous habitez ? Trouvez votre commune, votre intercommunalité, votre
        département ou votre région : sa page dit quelles collectivités y agissent et lesquelles sont adhérentes du réseau.
      </p>
      <TerritoryFinderForm query={props.query} id="territoire-q" label="Trouver un territoire" />
      {props.query !== undefined && props.results && (
        <section aria-labelledby="resultats-territoires">
          <h2 id="resultats-territoires">Résultats</h2>
          <Results query={props.query} results={props.results} departements={departementMap} />
        </section>
      )}
      <section aria-labelledby="parcourir">
        <h2 id="parcourir">Parcourir par région</h2>
        <p class="hint">
          Géographie officielle au 1er janvier 2026 (code officiel géographique de l’INSEE, EPCI de la DGCL) ; {POPULATION_SOURCE}.
        </p>
        <ul class="region-browse">
          {props.regions.map((r) => (
            <li>
              <h3>
                <a href={territoryPath('region', r.code)}>{r.name}</a>
              </h3>
              <p class="muted">{r.population !== null ? plural(r.population, 'habitant') : ''}</p>
              <ul class="inline-list">
                {props.departements
                  .filter((d) => d.region_code === r.code)
                  .map((d) => (
                    <li>
                      <a href={territoryPath('departement', d.code)}>
                        {d.name} ({d.code})
                      </a>
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
      <p class="hint">
        {formatNumber(props.departements.length)} départements, {formatNumber(props.regions.length)} régions.
      </p>
    </Layout>
  );
}
