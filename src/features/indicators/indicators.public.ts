/** What other features may use of indicators/: the one door into it. */
export { AGGREGATION_LABELS, appliesTo, getIndicator, listIndicators, type Indicator, type IndicatorInput } from './indicators.service.ts';
export {
  definitionLabel,
  referenceYear,
  VALUE_STATUS_LABELS,
  VALUE_STATUSES,
  whyNotComparable,
  type ValueQuality,
  type ValueStatus,
} from './indicators.values.ts';
export type { Aggregation, IndicatorVisibility } from './indicators.table.ts';
