/** The network's indicators: the figures it asks of its members, each with a precise definition. */
import type { Generated, Selectable } from 'kysely';

export interface IndicatorsTable {
  id: Generated<number>;
  /** Stable identifier (a-z, 0-9, _), never changed once created: members' values refer to it. */
  code: string;
  label: string;
  unit: string;
  /** What is included and excluded, in plain French. */
  definition: string;
  /** JSON array of the member kinds it applies to; empty: every kind. */
  member_kinds: string;
  aggregation: Aggregation;
  /** 1 when dividing by the population makes sense (a budget, not a share). */
  per_inhabitant: number;
  visibility: IndicatorVisibility;
  position: number;
  created_at: string;
  updated_at: string;
}

/** How members' values add up across the network: summed, or only their median (counts of overlapping territories, shares). */
export type Aggregation = 'sum' | 'median' | 'share';
/** `internal`: collected and seen by the network only, never on a public page, API, export or feed. */
export type IndicatorVisibility = 'public' | 'internal';

export type IndicatorRow = Selectable<IndicatorsTable>;
