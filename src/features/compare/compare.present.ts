/**
 * What a comparison shows, defined once for the page, its charts and the CSV: population, then
 * for each of the network's public indicators the members' values of one year (the year most of
 * them give a value that follows the definition, or the one asked for), and per inhabitant where
 * the indicator allows it. A value of another year, extracted from a text, or whose definition is
 * not checked or differs is shown greyed with its reason and never charted or divided by the
 * population as if it compared (indicators.values.ts: `whyNotComparable`).
 */
import { formatNumber, formatPerInhabitant, formatQuantity, plural } from '../../web/format.ts';
import type { ChartRow } from '../../web/charts.tsx';
import { referenceYear, whyNotComparable, type Indicator } from '../indicators/indicators.public.ts';
import type { ProfileView } from '../members/members.public.ts';
import { POPULATION_SOURCE } from '../territories/territories.public.ts';

/** One member's cell of a row. */
export interface Cell {
  value: number;
  /** French-formatted with its unit. */
  display: string;
  year: number | null;
  /** Where it comes from, in a sentence fragment ("2024 — source : …"). */
  note: string;
  /** Why it does not compare with the row's other values (null: it does). */
  reason: string | null;
  source: string | null;
}

/** A row of the comparison: population, an indicator, or an indicator per inhabitant. */
export interface Row {
  id: string;
  label: string;
  /** Unit for column headers (CSV, chart tables). */
  unit: string;
  /** The year values are compared in (null: population, or no value compares). */
  year: number | null;
  /** The indicator's definition, for the reader. */
  definition: string | null;
  cells: (Cell | null)[];
  /** Drawn as a bar chart (a share or a value per inhabitant, comparable across sizes; or a sum). */
  chart: boolean;
}

/** The ESS of each member's territory counted from SIRENE (comparable by construction), when an extract was imported. */
export interface SireneComparison {
  extractDate: string;
  synthetic: boolean;
  cells: ({ employers: number; share: number | null; staffMin: number; staffMax: number } | null)[];
}

export interface ComparisonView {
  members: ProfileView[];
  rows: Row[];
  sirene?: SireneComparison | null;
  /** The year asked for (`annee`), or null for each indicator's best year. */
  requestedYear: number | null;
  /** Every year some value is given for, most recent first (the year picker). */
  years: number[];
}

function populationRow(members: ProfileView[]): Row {
  return {
    id: 'population',
    label: 'Population du territoire',
    unit: 'habitants',
    year: null,
    definition: null,
    chart: false,
    cells: members.map((m) =>
      m.population
        ? {
            value: m.population.value,
            display: plural(m.population.value, 'habitant'),
            year: m.population.year,
            note: m.population.source,
            reason: null,
            source: POPULATION_SOURCE,
          }
        : null,
    ),
  };
}

/** Builds the comparison of members, indicator by indicator. */
export function buildComparison(members: ProfileView[], indicators: Indicator[], requestedYear: number | null): ComparisonView {
  const rows: Row[] = [populationRow(members)];
  const years = new Set<number>();
  for (const indicator of indicators) {
    const seriesOf = members.map((m) => m.series.find((s) => s.indicator.code === indicator.code) ?? null);
    const all = seriesOf.flatMap((s) => s?.history ?? []);
    for (const v of all) if (v.year !== null) years.add(v.year);
    if (all.length === 0) continue;
    const year = requestedYear ?? referenceYear(all);
    const picked = seriesOf.map((s) => (s ? (s.history.find((v) => year !== null && v.year === year) ?? s.latest) : null));
    const cells = picked.map((f): Cell | null => {
      if (!f) return null;
      const source = f.source ?? 'source non précisée';
      return {
        value: f.value,
        display: formatQuantity(f.value, f.unit),
        year: f.year,
        note: `${f.year ?? 'année non précisée'} — ${f.source ? `source : ${f.source}` : 'source non précisée'}`,
        reason: whyNotComparable(f, year),
        source,
      };
    });
    const shareLike = indicator.aggregation === 'share' || indicator.unit === '%';
    rows.push({
      id: indicator.code,
      label: indicator.label,
      unit: indicator.unit,
      year,
      definition: indicator.definition,
      cells,
      chart: shareLike || indicator.aggregation === 'sum',
    });
    if (indicator.perInhabitant) {
      rows.push({
        id: `${indicator.code}_par_habitant`,
        label: `${indicator.label} par habitant`,
        unit: `${indicator.unit} par habitant`,
        year,
        definition: indicator.definition,
        chart: true,
        cells: cells.map((c, i) => {
          const population = members[i]!.population;
          // Only a comparable value is divided by the population.
          if (!c || c.reason !== null || !population) return null;
          const value = Math.round((c.value / population.value) * 100) / 100;
          return {
            value,
            display: formatPerInhabitant(value, indicator.unit),
            year: c.year,
            note: `valeur ${c.year} rapportée à la population ${population.year}`,
            reason: null,
            source: `${c.source} ; population : ${POPULATION_SOURCE}`,
          };
        }),
      });
    }
  }
  return { members, rows, requestedYear, years: [...years].sort((a, b) => b - a) };
}

/** Bars of one row: comparable values only; the others say why they are left out. */
export function chartRows(row: Row, members: ProfileView[]): ChartRow[] {
  return members.map((m, i) => {
    const cell = row.cells[i];
    const year = cell?.year ? ` (${cell.year})` : '';
    if (!cell) return { label: m.name, value: null, display: 'non renseigné', kind: m.kind };
    if (cell.reason) return { label: `${m.name}${year}`, value: null, display: `non comparable : ${cell.reason}`, kind: m.kind };
    return { label: `${m.name}${year}`, value: cell.value, display: cell.display, kind: m.kind };
  });
}

/** The sources of a chart's comparable values, named once each. */
export function chartSource(row: Row): string {
  const sources = new Set(row.cells.flatMap((c) => (c && c.reason === null && c.source ? [c.source] : [])));
  return sources.size ? `profils des adhérents — ${[...sources].join(' ; ')}` : 'profils des adhérents';
}

/** How many members give a comparable value: "2 sur 3". */
export function coverage(row: Row): string {
  const n = row.cells.filter((c) => c && c.reason === null).length;
  return `${formatNumber(n)} sur ${formatNumber(row.cells.length)}`;
}
