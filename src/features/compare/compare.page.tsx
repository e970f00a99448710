/** The comparison page (`/comparer`): a table of members side by side, bar charts, the CSV, and the form that picks them. */
import { Layout } from '../../web/layout.tsx';
import { BarChart } from '../../web/charts.tsx';
import { KindBadge } from '../../web/components.tsx';
import { formatNumber } from '../../web/format.ts';
import { MEMBER_KINDS, MEMBER_KIND_LABELS, type MemberKind } from '../../shared/member-kinds.ts';
import { territoryPath } from '../territories/territories.public.ts';
import { extractDateLabel } from '../observatory/observatory.public.ts';
import { chartRows, chartSource, type ComparisonView } from './compare.present.ts';
import { COMPARE_MAX, selectionQuery } from '../../shared/links.ts';

export interface ComparePageProps {
  /** The comparison, when the request is valid. */
  view: ComparisonView | null;
  /** Slugs asked for, to keep them ticked in the form. */
  selected: string[];
  /** What is wrong with the request, if anything. */
  error: string | null;
  /** Active members offered in the form, by name. */
  choices: { slug: string; name: string; kind: MemberKind }[];
  demo: boolean;
}

function ComparisonTable({ view }: { view: ComparisonView }) {
  const { members } = view;
  return (
    // Focusable, so that keyboard users can scroll a table wider than the screen.
    <section class="table-scroll" aria-labelledby="tableau-comparaison" tabIndex={0}>
      <table class="compare-table">
        <caption id="tableau-comparaison">Les adhérents côte à côte</caption>
        <thead>
          <tr>
            <td></td>
            {members.map((m) => (
              <th scope="col">
                <a href={`/adherents/${m.slug}`}>{m.name}</a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Type de collectivité</th>
            {members.map((m) => (
              <td>
                <KindBadge kind={m.kind} />
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">Territoire</th>
            {members.map((m) => (
              <td>
                <a href={territoryPath(m.territory.kind, m.territory.code)}>{m.territory.name}</a>
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">Année d’adhésion</th>
            {members.map((m) => (
              <td>{m.joinedYear ?? 'non renseignée'}</td>
            ))}
          </tr>
          {view.sirene && (
            <>
              <tr>
                <th scope="row">
                  Établissements employeurs de l’ESS du territoire
                  <span class="figure-source">
                    répertoire SIRENE au {extractDateLabel(view.sirene.extractDate)}
                    {view.sirene.synthetic ? ' (données de démonstration)' : ''}
                  </span>
                </th>
                {view.sirene.cells.map((c) => (
                  <td>
                    {c ? (
                      <>
                        <span class="compare-value">{formatNumber(c.employers)}</span>
                        {c.share !== null && (
                          <span class="figure-source">{`${formatNumber(Math.round(c.share * 1000) / 10)}\u00a0% des employeurs`}</span>
                        )}
                      </>
                    ) : (
                      'non renseigné'
                    )}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">Salariés de ces établissements (fourchette)</th>
                {view.sirene.cells.map((c) => (
                  <td>{c ? `${formatNumber(c.staffMin)} à ${formatNumber(c.staffMax)}` : 'non renseigné'}</td>
                ))}
              </tr>
            </>
          )}
          {view.rows.map((row) => (
            <tr>
              <th scope="row">
                {row.label}
                {row.year !== null && <span class="figure-source">comparé en {row.year}</span>}
              </th>
              {row.cells.map((cell) => {
                if (!cell) return <td class="missing">non renseigné</td>;
                return (
                  <td class={cell.reason ? 'not-comparable' : undefined}>
                    <span class="compare-value">{cell.display}</span>
                    <span class="figure-source">{cell.note}</span>
                    {cell.reason && <span class="compare-reason">Non comparable : {cell.reason}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function YearPicker({ view }: { view: ComparisonView }) {
  if (view.years.length === 0) return null;
  return (
    <form class="inline-form compare-year" method="get" action="/comparer">
      <input type="hidden" name="membres" value={view.members.map((m) => m.slug).join(',')} />
      <label for="annee">Année comparée</label>
      <select id="annee" name="annee">
        <option value="" selected={view.requestedYear === null}>
          Pour chaque indicateur, l’année la mieux renseignée
        </option>
        {view.years.map((y) => (
          <option value={String(y)} selected={view.requestedYear === y}>
            {y}
          </option>
        ))}
      </select>
      <button type="submit" class="button button-small button-secondary">
        Afficher
      </button>
    </form>
  );
}

function Picker({ choices, selected, open }: { choices: ComparePageProps['choices']; selected: Set<string>; open: boolean }) {
  return (
    <section aria-labelledby="choisir">
      <h2 id="choisir">{open ? 'Choisir les adhérents à comparer' : 'Modifier la sélection'}</h2>
      <form class="compare-form" method="get" action="/comparer">
        <p class="hint" id="aide-selection">
          Cochez de 2 à {COMPARE_MAX} adhérents, puis validez.
        </p>
        {MEMBER_KINDS.map((kind) => {
          const ofKind = choices.filter((c) => c.kind === kind);
          if (ofKind.length === 0) return null;
          return (
            <fieldset class="choice-group">
              <legend>{MEMBER_KIND_LABELS[kind].many}</legend>
              <ul class="choices">
                {ofKind.map((c) => (
                  <li>
                    <label>
                      <input type="checkbox" name="membres" value={c.slug} checked={selected.has(c.slug)} /> {c.name}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          );
        })}
        <div class="actions">
          <button type="submit" aria-describedby="aide-selection">
            Comparer
          </button>
        </div>
      </form>
    </section>
  );
}

/** The whole comparison page. */
export function ComparePage(props: ComparePageProps) {
  const { view, error } = props;
  const shown = error === null && view !== null && view.members.length > 0;
  const members = view?.members ?? [];
  const query = selectionQuery(members.map((m) => m.slug)) + (view?.requestedYear ? `&annee=${view.requestedYear}` : '');
  return (
    <Layout
      title="Comparer des adhérents"
      section="comparer"
      demo={props.demo}
      description="Comparer les collectivités adhérentes : population, indicateurs de l’ESS définis par le réseau, année par année."
    >
      <h1>Comparer des adhérents</h1>
      <p class="lead">Population et indicateurs de l’ESS de plusieurs collectivités, côte à côte.</p>
      {error && (
        <p class="notice notice-error">
          <strong>Comparaison impossible :</strong> {error}
        </p>
      )}
      {shown && members.length === 1 && <p class="notice">Ajoutez au moins un autre adhérent pour les comparer.</p>}
      {shown && view && (
        <>
          <p class="hint compare-rule">
            Seuls les chiffres de la même année qui suivent la définition du réseau sont comparés et dessinés ; les autres restent affichés,
            grisés, avec la raison. Les valeurs par habitant ne sont calculées qu’à partir de chiffres comparables.
          </p>
          <YearPicker view={view} />
          <ComparisonTable view={view} />
          <p>
            <a class="button" href={`/comparer.csv?${query}`} download="comparaison-adherents.csv">
              Télécharger le tableau (CSV)
            </a>
          </p>
          <section aria-labelledby="graphiques">
            <h2 id="graphiques">En graphiques</h2>
            {view.rows
              .filter((row) => row.chart && row.cells.some((c) => c && c.reason === null))
              .map((row) => (
                <BarChart
                  id={`graphique-${row.id}`}
                  title={`${row.label}${row.year !== null ? ` (${row.year})` : ''}`}
                  source={chartSource(row)}
                  labelHeader="Adhérent (année)"
                  valueHeader={row.label}
                  rows={chartRows(row, members)}
                />
              ))}
          </section>
        </>
      )}
      <Picker choices={props.choices} selected={new Set(props.selected)} open={!shown} />
    </Layout>
  );
}
