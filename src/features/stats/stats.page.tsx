/** The statistics page (`/statistiques`): the network by kind, région and year, the population it covers, the figures it gives. */
import { Layout } from '../../web/layout.tsx';
import { BarChart, ColumnChart } from '../../web/charts.tsx';
import { formatDate, formatNumber, formatQuantity, plural } from '../../web/format.ts';
import { MEMBER_KIND_LABELS } from '../../shared/member-kinds.ts';
import { POPULATION_SOURCE } from '../territories/territories.public.ts';
import type { NetworkStats } from './stats.service.ts';

const percent = (part: number, whole: number) => `${formatNumber(whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0)}\u00a0%`;

/** The whole statistics page. */
export function StatsPage({ stats, demo }: { stats: NetworkStats; demo: boolean }) {
  const asOf = stats.latestChange ? `, profils à jour au ${formatDate(stats.latestChange)}` : '';
  const directory = `annuaire des adhérents du réseau (adhérents actuels${asOf})`;
  const { population } = stats;
  return (
    <Layout
      title="Le réseau en statistiques"
      section="statistiques"
      demo={demo}
      description="Les collectivités adhérentes du réseau par type, par région et par année d’adhésion, la population qu’elles couvrent et les chiffres clés qu’elles renseignent."
    >
      <h1>Le réseau en statistiques</h1>
      <p class="lead">
        {plural(stats.members, 'collectivité adhérente', 'collectivités adhérentes')}, leur territoire, leur ancienneté et les chiffres
        qu’elles publient.
      </p>

      <section aria-labelledby="population-couverte">
        <h2 id="population-couverte">Population couverte par le réseau</h2>
        <dl class="figures">
          <div class="figure">
            <dt>Habitants couverts</dt>
            <dd>
              <span class="figure-value">{formatNumber(population.covered)}</span>
            </dd>
          </div>
          <div class="figure">
            <dt>Part de la population française</dt>
            <dd>
              <span class="figure-value">{percent(population.covered, population.national)}</span>
            </dd>
          </div>
          <div class="figure">
            <dt>Communes couvertes</dt>
            <dd>
              <span class="figure-value">{formatNumber(population.communes)}</span>
            </dd>
          </div>
        </dl>
        <p>
          Chaque habitant n’est compté qu’une fois : la population est calculée à partir des communes couvertes par au moins un adhérent.
          Une commune adhérente située dans une intercommunalité et un département eux-mêmes adhérents ne compte donc qu’une fois.
          Additionner les populations des adhérents donnerait {plural(population.summed, 'habitant')}.
        </p>
        <p class="chart-source">
          Source : {POPULATION_SOURCE} (Code officiel géographique 2026) ; {directory}.
        </p>
      </section>

      <section aria-labelledby="par-type">
        <h2 id="par-type">Adhérents par type de collectivité</h2>
        <BarChart
          id="graphique-types"
          title="Nombre d’adhérents par type de collectivité"
          source={directory}
          labelHeader="Type de collectivité"
          valueHeader="Adhérents"
          rows={stats.byKind.map((k) => ({ label: MEMBER_KIND_LABELS[k.kind].many, value: k.n, display: formatNumber(k.n), kind: k.kind }))}
        />
      </section>

      <section aria-labelledby="par-region">
        <h2 id="par-region">Adhérents par région</h2>
        <BarChart
          id="graphique-regions"
          title="Nombre d’adhérents par région"
          source={`${directory} ; région du territoire de chaque adhérent (celle de sa commune la plus peuplée pour une intercommunalité), Code officiel géographique 2026`}
          labelHeader="Région"
          valueHeader="Adhérents"
          rows={stats.byRegion.map((r) => ({ label: r.name, value: r.n, display: formatNumber(r.n) }))}
        />
      </section>

      <section aria-labelledby="par-annee">
        <h2 id="par-annee">Adhésions au fil des années</h2>
        {stats.byYear.length === 0 ? (
          <p>Aucune année d’adhésion n’est renseignée.</p>
        ) : (
          <ColumnChart
            id="graphique-annees"
            title={`Nombre cumulé d’adhérents actuels selon leur année d’adhésion, de ${stats.byYear[0]!.year} à ${stats.byYear.at(-1)!.year}`}
            source={`${directory} ; les anciens adhérents, dont la date de départ n’est pas connue, ne sont pas comptés`}
            labelHeader="Année"
            valueHeader="Adhérents (cumul)"
            rows={stats.byYear.map((y) => ({ label: String(y.year), value: y.total, display: formatNumber(y.total) }))}
          />
        )}
        {stats.unknownYear > 0 && (
          <p>
            {plural(stats.unknownYear, 'adhérent')} sans année d’adhésion renseignée {stats.unknownYear > 1 ? 'ne sont' : 'n’est'} pas
            compté{stats.unknownYear > 1 ? 's' : ''}.
          </p>
        )}
      </section>

      <section aria-labelledby="chiffres-renseignes">
        <h2 id="chiffres-renseignes">Chiffres clés renseignés</h2>
        <p>Combien d’adhérents publient chacun des chiffres clés sur leur profil.</p>
        <BarChart
          id="graphique-chiffres"
          title="Nombre d’adhérents renseignant chaque chiffre clé"
          source={directory}
          labelHeader="Chiffre clé"
          valueHeader="Adhérents qui le renseignent"
          rows={stats.figures.map((f) => ({
            label: f.label,
            value: f.n,
            display: `${formatNumber(f.n)} sur ${formatNumber(stats.members)} (${percent(f.n, stats.members)})`,
          }))}
        />
      </section>

      <section aria-labelledby="indicateurs">
        <h2 id="indicateurs">Les indicateurs du réseau, année après année</h2>
        <p>
          Seules les valeurs qui suivent la définition du réseau sont comptées, année par année : déclarées par les adhérents ou validées
          lors des <a href="/campagnes">campagnes annuelles</a>. Le total n’est donné que pour les indicateurs qui s’additionnent.
        </p>
        {stats.indicators.length === 0 && <p>Aucun adhérent n’a encore donné de valeur conforme à une définition du réseau.</p>}
        {stats.indicators.map(({ indicator, years }) => (
          <section class="table-scroll" tabIndex={0} aria-label={indicator.label}>
            <table class="data-table">
              <caption>
                {indicator.label} ({indicator.unit})
              </caption>
              <thead>
                <tr>
                  <th scope="col">Année, adhérents</th>
                  <th scope="col">Répondants</th>
                  {indicator.aggregation === 'sum' && <th scope="col">Total</th>}
                  <th scope="col">Médiane</th>
                </tr>
              </thead>
              <tbody>
                {years.flatMap(({ year, overall, byKind }) =>
                  [{ label: 'Tous', cell: overall }, ...byKind.map((k) => ({ label: MEMBER_KIND_LABELS[k.kind].many, cell: k.cell }))].map(
                    ({ label, cell }, i) => (
                      <tr class={i === 0 ? 'year-first' : undefined}>
                        <th scope="row">
                          {year}, {label.toLowerCase()}
                        </th>
                        <td>{formatNumber(cell.n)}</td>
                        {indicator.aggregation === 'sum' && <td>{cell.sum === null ? '—' : formatQuantity(cell.sum, indicator.unit)}</td>}
                        <td>{formatQuantity(cell.median, indicator.unit)}</td>
                      </tr>
                    ),
                  ),
                )}
              </tbody>
            </table>
          </section>
        ))}
      </section>
    </Layout>
  );
}
