/**
 * Charts drawn on the server as inline SVG, no script: horizontal bars (`BarChart`) and
 * columns over years (`ColumnChart`). Each sits in a <figure> with its title and source and
 * is followed by a data table, which is what screen readers get (the SVG is hidden from them).
 *
 * Why percentages instead of a viewBox: a scaled viewBox shrinks the text with the chart,
 * unreadable on a phone. Bar lengths and positions are percentages of the width and text
 * keeps its pixel size, so labels stay legible at any width.
 */
import type { ComponentChildren } from 'preact';

export interface ChartRow {
  label: string;
  /** Null: not given; drawn as "non renseigné". */
  value: number | null;
  /** The value as shown, French-formatted (`35,2 M€`). */
  display: string;
  /** Colours the bar with a member kind's colour (the `kind-…` class of the stylesheet). */
  kind?: string;
}

interface FigureProps {
  id: string;
  title: string;
  /** Where the numbers come from, shown under the chart. */
  source: string;
  /** Header of the label column of the data table. */
  labelHeader: string;
  valueHeader: string;
  rows: ChartRow[];
  /** Shows the data table to everyone instead of to screen readers only [false]. */
  showTable?: boolean;
  children: ComponentChildren;
}

function ChartFigure(props: FigureProps) {
  return (
    <figure class="chart">
      <figcaption id={`${props.id}-titre`} class="chart-title">
        {props.title}
      </figcaption>
      {props.children}
      <table class={props.showTable ? 'chart-data' : 'chart-data visually-hidden'}>
        <caption>{props.title}</caption>
        <thead>
          <tr>
            <th scope="col">{props.labelHeader}</th>
            <th scope="col">{props.valueHeader}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr>
              <th scope="row">{r.label}</th>
              <td>{r.display}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="chart-source">Source : {props.source}</p>
    </figure>
  );
}

const ROW_HEIGHT = 44;
/** Longest bar, as a share of the width: the rest holds the value written after it. */
const BAR_SPAN = 68;

const pct = (n: number) => `${Math.round(n * 100) / 100}%`;

/** Horizontal bars, one per row, the label above its bar and the value after it. */
export function BarChart(props: Omit<FigureProps, 'children'>) {
  const max = Math.max(0, ...props.rows.map((r) => r.value ?? 0));
  const height = props.rows.length * ROW_HEIGHT + 4;
  return (
    <ChartFigure {...props}>
      <svg class="bar-chart" width="100%" height={height} aria-hidden="true" focusable="false">
        {props.rows.map((row, i) => {
          const y = i * ROW_HEIGHT;
          const width = row.value !== null && max > 0 ? (row.value / max) * BAR_SPAN : 0;
          return (
            <g class={row.kind ? `kind-${row.kind}` : 'bar-plain'}>
              <text class="chart-label" x="0" y={y + 15}>
                {row.label}
              </text>
              {row.value === null ? (
                <text class="chart-missing" x="0" y={y + 34}>
                  {row.display || 'non renseigné'}
                </text>
              ) : (
                <>
                  {/* A tiny value keeps a visible sliver; zero draws nothing. */}
                  {row.value > 0 && <rect class="bar" x="0" y={y + 21} width={pct(Math.max(width, 0.4))} height="16" rx="2" />}
                  <text class="chart-value" x={pct(width)} dx="6" y={y + 34}>
                    {row.display}
                  </text>
                </>
              )}
            </g>
          );
        })}
      </svg>
    </ChartFigure>
  );
}

const COLUMN_AREA = 180;

/**
 * Columns over a sequence (years): value labels on the first, the last and every `labelEvery`-th
 * column so that they never collide.
 */
export function ColumnChart(props: Omit<FigureProps, 'children'> & { labelEvery?: number }) {
  const { rows } = props;
  const max = Math.max(0, ...rows.map((r) => r.value ?? 0));
  const step = 100 / Math.max(1, rows.length);
  const every = props.labelEvery ?? Math.max(1, Math.ceil(rows.length / 8));
  const labelled = (i: number) => i === 0 || i === rows.length - 1 || (i % every === 0 && rows.length - 1 - i >= every / 2);
  const top = 22;
  // The first and last labels align on their column's outer edge, so they never leave the chart.
  const last = rows.length - 1;
  const anchor = (i: number) => (rows.length > 3 && i === 0 ? 'start' : rows.length > 3 && i === last ? 'end' : 'middle');
  const anchorX = (i: number) => i * step + step * (anchor(i) === 'start' ? 0.12 : anchor(i) === 'end' ? 0.88 : 0.5);
  return (
    <ChartFigure {...props}>
      <svg class="column-chart" width="100%" height={top + COLUMN_AREA + 24} aria-hidden="true" focusable="false">
        {rows.map((row, i) => {
          const h = row.value !== null && max > 0 ? (row.value / max) * COLUMN_AREA : 0;
          const x = i * step;
          return (
            <g class={row.kind ? `kind-${row.kind}` : 'bar-plain'}>
              <rect class="bar" x={pct(x + step * 0.12)} y={top + COLUMN_AREA - h} width={pct(step * 0.76)} height={Math.max(h, 1)} />
              {labelled(i) && (
                <>
                  <text class="chart-value" x={pct(anchorX(i))} y={top + COLUMN_AREA - h - 6} text-anchor={anchor(i)}>
                    {row.display}
                  </text>
                  <text class="chart-label" x={pct(anchorX(i))} y={top + COLUMN_AREA + 18} text-anchor={anchor(i)}>
                    {row.label}
                  </text>
                </>
              )}
            </g>
          );
        })}
        <line class="chart-axis" x1="0" x2="100%" y1={top + COLUMN_AREA + 0.5} y2={top + COLUMN_AREA + 0.5} />
      </svg>
    </ChartFigure>
  );
}
