/**
 * Choropleths of the network: régions or départements shaded by the share of their population
 * covered by members (overlapping territories counted once), with the number of members; the
 * table under each map gives every figure to screen readers and to print.
 */
import { POPULATION_SOURCE } from '../territories/territories.public.ts';
import { formatNumber, formatQuantity, plural } from '../../web/format.ts';
import { labelPoint, project } from './maps.path.ts';
import { nationalBase, nationalPath } from './maps.national.tsx';
import { MapFigure } from './maps.parts.tsx';
import type { AreaCoverage, Coverage } from './maps.service.ts';

/** Upper bounds (exclusive, in %) of the shading classes; class 0 is "no member". */
const CLASSES = [10, 25, 50, 75, Infinity];
const CLASS_LABELS = ['Aucune', 'Moins de 10 %', '10 à 25 %', '25 à 50 %', '50 à 75 %', '75 % et plus'];

function share(area: AreaCoverage): number {
  return area.population > 0 ? (100 * area.covered) / area.population : 0;
}

function shadeClass(area: AreaCoverage): number {
  if (area.covered === 0) return 0;
  return 1 + CLASSES.findIndex((bound) => share(area) < bound);
}

function formatShare(area: AreaCoverage): string {
  const value = share(area);
  return formatQuantity(value > 0 && value < 0.1 ? 0.1 : Math.round(value * 10) / 10, '%');
}

/** One choropleth: `layer` is drawn from the national geography; areas without a shape are only in the table. */
export function Choropleth(props: { layer: 'regions' | 'departements'; areas: AreaCoverage[]; id: string }) {
  const b = nationalBase();
  const layerName = props.layer === 'regions' ? 'région' : 'département';
  const titleId = `${props.id}-titre`;
  const drawn = props.areas.filter((a) => b.geo.layers[props.layer].has(a.code));
  const listed = props.areas.filter((a) => b.geo.layers[props.layer].has(a.code) || a.members > 0);
  const describe = (a: AreaCoverage) => `${a.name} : ${plural(a.members, 'adhérent')}, ${formatShare(a)} de la population couverte`;
  return (
    <MapFigure
      class="map-choropleth"
      caption={`Adhérents par ${layerName} et part de la population couverte`}
      notes={
        <>
          {props.layer === 'regions' && <p class="map-note">Le nombre inscrit sur chaque région est celui de ses adhérents.</p>}
          <p class="map-note">Part de la population couverte :</p>
          <ul class="map-legend map-legend-shades">
            {CLASS_LABELS.map((label, i) => (
              <li>
                <span class={`map-shade shade-${i}`} aria-hidden="true"></span>
                {label}
              </li>
            ))}
          </ul>
          <details class="map-data">
            <summary>Tableau des données par {layerName}</summary>
            <table>
              <caption class="visually-hidden">Adhérents et population couverte par {layerName}</caption>
              <thead>
                <tr>
                  <th scope="col">{layerName === 'région' ? 'Région' : 'Département'}</th>
                  <th scope="col">Adhérents</th>
                  <th scope="col">Population couverte</th>
                  <th scope="col">Part</th>
                </tr>
              </thead>
              <tbody>
                {listed.map((a) => (
                  <tr>
                    <th scope="row">{a.name}</th>
                    <td>{formatNumber(a.members)}</td>
                    <td>{formatNumber(a.covered)}</td>
                    <td>{formatShare(a)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      }
    >
      <svg class="map map-national" viewBox={`0 0 ${b.view.width} ${b.view.height}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>Carte des adhérents par {layerName}, ombrée selon la part de la population couverte</title>
        <path class="map-land" d={b.land} />
        {drawn.map((a) => (
          <path class={`map-area shade-${shadeClass(a)}`} d={nationalPath(b, props.layer, a.code)}>
            <title>{describe(a)}</title>
          </path>
        ))}
        <path class="map-mesh map-mesh-strong" d={b.regions} />
        <path class="map-inset" d={b.insets} />
        {props.layer === 'regions' &&
          drawn
            .filter((a) => a.members > 0)
            .map((a) => {
              const [x, y] = labelPoint(b.geo, b.geo.layers.regions.get(a.code)!);
              const [px, py] = project(b.view, x, y);
              return (
                <text class="map-count" x={px} y={py}>
                  {a.members}
                </text>
              );
            })}
      </svg>
    </MapFigure>
  );
}

/** The distribution section of the directory: both choropleths, for the members listed. */
export function Distribution(props: { coverage: Coverage }) {
  return (
    <section class="map-distribution" aria-labelledby="repartition">
      <h2 id="repartition">Répartition des adhérents</h2>
      <p class="map-note">
        Nombre d’adhérents listés ci-dessus par territoire, et part de la population qui vit sur le territoire d’au moins l’un d’eux (les
        territoires qui se recouvrent ne sont comptés qu’une fois). Source des populations : {POPULATION_SOURCE}.
      </p>
      <div class="map-choropleths">
        <Choropleth layer="regions" areas={props.coverage.regions} id="carte-regions" />
        <Choropleth layer="departements" areas={props.coverage.departements} id="carte-departements" />
      </div>
    </section>
  );
}
