/**
 * What a comparison shows for each member, defined once for the page, its charts and the CSV:
 * population, key figures (each with its year and source) and budget per inhabitant.
 */
import { formatNumber, formatQuantity, plural } from '../../web/format.ts';
import type { ChartRow } from '../../web/charts.tsx';
import { FIGURE_DEFINITIONS, FIGURE_KINDS, type FigureKind } from '../members/members.public.ts';
import type { ProfileView } from '../members/members.public.ts';
import { POPULATION_SOURCE } from '../territories/territories.public.ts';

const perInhabitantFormat = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** `1,87 €` — budgets per inhabitant are small: two decimals, unlike other sums. */
export function formatPerInhabitant(value: number): string {
  return `${perInhabitantFormat.format(value).replace(/[\u202f ]/g, '\u00a0')}\u00a0€`;
}

/** One measure of a member, as the comparison shows it. */
export interface Measure {
  value: number;
  /** French-formatted with its unit. */
  display: string;
  year: number | null;
  /** Where it comes from, in a sentence fragment ("source : …", "budget 2024 rapporté à…"). */
  note: string;
  /** A figure read from the former site that nobody has confirmed. */
  unconfirmed: boolean;
}

export interface Metric {
  id: string;
  label: string;
  /** Unit for column headers (CSV, chart tables). */
  unit: string;
  measure(member: ProfileView): Measure | null;
}

function figureMetric(kind: FigureKind): Metric {
  const { label, unit } = FIGURE_DEFINITIONS[kind];
  return {
    id: kind,
    label,
    unit,
    measure(member) {
      const f = member.figures.find((x) => x.kind === kind);
      if (!f) return null;
      const note = `${f.year ?? 'année non précisée'} — ${f.source ? `source : ${f.source}` : 'source non précisée'}`;
      return { value: f.value, display: formatQuantity(f.value, f.unit), year: f.year, note, unconfirmed: !f.confirmed };
    },
  };
}

export const POPULATION_METRIC: Metric = {
  id: 'population',
  label: 'Population du territoire',
  unit: 'habitants',
  measure: (m) =>
    m.population
      ? {
          value: m.population.value,
          display: plural(m.population.value, 'habitant'),
          year: m.population.year,
          note: m.population.source,
          unconfirmed: false,
        }
      : null,
};

export const BUDGET_PER_INHABITANT_METRIC: Metric = {
  id: 'budget_per_inhabitant',
  label: 'Budget ESS par habitant',
  unit: '€ par habitant',
  measure(m) {
    const b = m.budgetPerInhabitant;
    if (!b) return null;
    const budget = m.figures.find((f) => f.kind === 'budget_eur');
    return {
      value: b.value,
      display: formatPerInhabitant(b.value),
      year: b.budgetYear,
      note: `budget ${b.budgetYear ?? 'd’année non précisée'} rapporté à la population ${b.populationYear}`,
      unconfirmed: budget ? !budget.confirmed : false,
    };
  },
};

export const FIGURE_METRICS: Record<FigureKind, Metric> = Object.fromEntries(FIGURE_KINDS.map((k) => [k, figureMetric(k)])) as Record<
  FigureKind,
  Metric
>;

/** Rows of the comparison table, in reading order. */
export const TABLE_METRICS: Metric[] = [POPULATION_METRIC, ...FIGURE_KINDS.map((k) => FIGURE_METRICS[k]), BUDGET_PER_INHABITANT_METRIC];

/** The measures drawn as bar charts: the relative ones first, which compare across sizes. */
export const CHART_METRICS: Metric[] = [
  BUDGET_PER_INHABITANT_METRIC,
  FIGURE_METRICS.ess_employment_share,
  FIGURE_METRICS.budget_eur,
  FIGURE_METRICS.ess_jobs,
];

/** Bars of one metric: every member, "non renseigné" where the figure is missing. */
export function chartRows(metric: Metric, members: ProfileView[]): ChartRow[] {
  return members.map((m) => {
    const measure = metric.measure(m);
    const year = measure ? ` (${measure.year ?? 'année non précisée'})` : '';
    return { label: `${m.name}${year}`, value: measure?.value ?? null, display: measure?.display ?? 'non renseigné', kind: m.kind };
  });
}

/** The sources of a chart, named once each. */
export function chartSource(metric: Metric, members: ProfileView[]): string {
  if (metric === BUDGET_PER_INHABITANT_METRIC) {
    const budgets = chartSource(FIGURE_METRICS.budget_eur, members);
    return `${budgets} ; population : ${POPULATION_SOURCE}`;
  }
  const sources = new Set<string>();
  for (const m of members) {
    const f = m.figures.find((x) => x.kind === metric.id);
    if (f) sources.add(f.source ?? 'source non précisée');
  }
  return sources.size ? `profils des adhérents — ${[...sources].join(' ; ')}` : 'profils des adhérents';
}

/** How many members give a figure: "2 adhérents sur 3". */
export function coverage(metric: Metric, members: ProfileView[]): string {
  const n = members.filter((m) => metric.measure(m) !== null).length;
  return `${formatNumber(n)} sur ${formatNumber(members.length)}`;
}
