/**
 * The ESS employers of a territory (`/territoires/:code/acteurs`): diffusible active establishments
 * of the ESS that employ staff, from the latest SIRENE extract, with filters (family, sector) as a
 * GET form, pagination and a CSV export. Partially diffusible establishments are never listed.
 */
import { Pagination, urlWith } from '../../web/components.tsx';
import { FilterSelect } from '../../web/forms.tsx';
import { formatNumber, plural } from '../../web/format.ts';
import { Layout } from '../../web/layout.tsx';
import { FAMILIES, FAMILY_LABELS, SECTION_LABELS } from './observatory.codes.ts';
import { extractDateLabel } from './observatory.figures.tsx';
import type { EmployersPage } from './observatory.service.ts';

export interface EmployersPageProps {
  territory: { name: string; kindLabel: string; path: string };
  state: { famille?: string | undefined; secteur?: string | undefined };
  employers: EmployersPage;
  demo: boolean;
}

export function TerritoryEmployersPage({ territory, state, employers, demo }: EmployersPageProps) {
  const base = `${territory.path}/acteurs`;
  const filtered = Boolean(state.famille || state.secteur);
  return (
    <Layout
      title={`Employeurs de l’ESS : ${territory.name}`}
      section="territoires"
      demo={demo}
      description={`Les établissements employeurs de l’économie sociale et solidaire de ${territory.name}, selon le répertoire SIRENE.`}
      {...(filtered || employers.page > 1 ? {} : { canonical: base })}
    >
      <nav class="breadcrumb" aria-label="Fil d’Ariane">
        <ol>
          <li>
            <a href="/territoires">Territoires</a>
          </li>
          <li>
            <a href={territory.path}>{territory.name}</a>
          </li>
          <li aria-current="page">Employeurs de l’ESS</li>
        </ol>
      </nav>
      <h1>Employeurs de l’ESS : {territory.name}</h1>
      {employers.synthetic && (
        <p class="notice notice-warning">Données de démonstration : établissements tirés de fichiers SIRENE synthétiques, fictifs.</p>
      )}
      {employers.extractDate ? (
        <p class="lead">
          Établissements actifs de l’économie sociale et solidaire qui emploient des salariés, selon le répertoire SIRENE au{' '}
          {extractDateLabel(employers.extractDate)} ({territory.kindLabel.toLowerCase()}). Les établissements dont l’INSEE ne diffuse pas
          les informations ne sont pas listés, mais comptent dans les chiffres du territoire.
        </p>
      ) : (
        <p class="notice">Aucun extrait du répertoire SIRENE n’a encore été importé.</p>
      )}
      <form class="filters" method="get" action={base} role="search" aria-label="Filtrer les employeurs">
        <FilterSelect
          name="famille"
          label="Famille"
          value={state.famille}
          options={[{ value: '', label: 'Toutes les familles' }, ...FAMILIES.map((f) => ({ value: f, label: FAMILY_LABELS[f] }))]}
        />
        <FilterSelect
          name="secteur"
          label="Secteur d’activité"
          value={state.secteur}
          options={[
            { value: '', label: 'Tous les secteurs' },
            ...Object.entries(SECTION_LABELS).map(([value, label]) => ({ value, label })),
          ]}
        />
        <div class="actions">
          <button type="submit">Afficher</button>
          {filtered && <a href={base}>Effacer les filtres</a>}
        </div>
      </form>
      <p class="result-count" id="nombre-employeurs">
        {employers.total === 0
          ? 'Aucun employeur de l’ESS ne correspond.'
          : plural(employers.total, 'établissement employeur', 'établissements employeurs')}
        {employers.total > 0 && (
          <>
            {' '}
            · <a href={urlWith(`${base}.csv`, { famille: state.famille, secteur: state.secteur })}>Télécharger la liste (CSV)</a>
          </>
        )}
      </p>
      {employers.items.length > 0 && (
        <div class="table-scroll">
          <table class="data-table" aria-describedby="nombre-employeurs">
            <caption class="visually-hidden">Établissements employeurs de l’ESS</caption>
            <thead>
              <tr>
                <th scope="col">Établissement</th>
                <th scope="col">Activité</th>
                <th scope="col">Famille</th>
                <th scope="col">Effectif</th>
                <th scope="col">Commune</th>
              </tr>
            </thead>
            <tbody>
              {employers.items.map((e) => (
                <tr>
                  <th scope="row">
                    {e.name} <span class="code">SIRET {e.siret}</span>
                  </th>
                  <td>
                    {e.activity} <span class="code">({e.naf || '—'})</span>
                  </td>
                  <td>{e.family}</td>
                  <td>{e.staff}</td>
                  <td>{e.commune}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={employers.page}
        pageCount={employers.pageCount}
        label="Pages des employeurs"
        href={(p) => urlWith(base, { famille: state.famille, secteur: state.secteur, page: p > 1 ? p : undefined })}
      />
      <p class="hint">
        Source : répertoire SIRENE (INSEE, Licence Ouverte). {formatNumber(employers.total)} établissements ; effectifs en tranches
        déclarées.
      </p>
    </Layout>
  );
}
