/** The comparison page (`/comparer`): a table of members side by side, bar charts, the CSV, and the form that picks them. */
import { Layout } from '../../web/layout.tsx';
import { BarChart } from '../../web/charts.tsx';
import { KindBadge } from '../../web/components.tsx';
import { MEMBER_KINDS, MEMBER_KIND_LABELS, type MemberKind } from '../../shared/member-kinds.ts';
import type { ProfileView } from '../members/members.public.ts';
import { territoryPath } from '../territories/territories.public.ts';
import { CHART_METRICS, TABLE_METRICS, chartRows, chartSource } from './compare.present.ts';
import { COMPARE_MAX, selectionQuery } from '../../shared/links.ts';

export interface ComparePageProps {
  members: ProfileView[];
  /** Slugs asked for, to keep them ticked in the form. */
  selected: string[];
  /** What is wrong with the request, if anything. */
  error: string | null;
  /** Active members offered in the form, by name. */
  choices: { slug: string; name: string; kind: MemberKind }[];
  demo: boolean;
}

function ComparisonTable({ members }: { members: ProfileView[] }) {
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
          {TABLE_METRICS.map((metric) => (
            <tr>
              <th scope="row">{metric.label}</th>
              {members.map((m) => {
                const measure = metric.measure(m);
                if (!measure) return <td class="missing">non renseigné</td>;
                return (
                  <td>
                    <span class="compare-value">{measure.display}</span>
                    <span class="figure-source">{measure.note}</span>
                    {measure.unconfirmed && <span class="figure-unconfirmed">à confirmer</span>}
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
  const { members, error } = props;
  const shown = error === null && members.length > 0;
  return (
    <Layout
      title="Comparer des adhérents"
      section="comparer"
      demo={props.demo}
      description="Comparer les collectivités adhérentes : population, chiffres clés de l’ESS, budget par habitant, part de l’ESS dans l’emploi."
    >
      <h1>Comparer des adhérents</h1>
      <p class="lead">Population, chiffres clés de l’ESS et budget par habitant de plusieurs collectivités, côte à côte.</p>
      {error && (
        <p class="notice notice-error">
          <strong>Comparaison impossible :</strong> {error}
        </p>
      )}
      {shown && members.length === 1 && <p class="notice">Ajoutez au moins un autre adhérent pour les comparer.</p>}
      {shown && (
        <>
          <ComparisonTable members={members} />
          <p>
            <a class="button" href={`/comparer.csv?${selectionQuery(members.map((m) => m.slug))}`} download="comparaison-adherents.csv">
              Télécharger le tableau (CSV)
            </a>
          </p>
          <section aria-labelledby="graphiques">
            <h2 id="graphiques">En graphiques</h2>
            {CHART_METRICS.map((metric) => (
              <BarChart
                id={`graphique-${metric.id}`}
                title={metric.label}
                source={chartSource(metric, members)}
                labelHeader="Adhérent (année)"
                valueHeader={metric.label}
                rows={chartRows(metric, members)}
              />
            ))}
          </section>
        </>
      )}
      <Picker choices={props.choices} selected={new Set(props.selected)} open={!shown} />
    </Layout>
  );
}
