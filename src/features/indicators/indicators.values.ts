/**
 * The vocabulary of a member's value of an indicator: its status, whether it follows the
 * indicator's definition, and the one rule of when two values compare (comparisons, statistics,
 * per-inhabitant figures all ask it here).
 */

/** extracted: read from a page's text by the importer; declared: given by the member; validated: checked by the network. */
export const VALUE_STATUSES = ['extracted', 'declared', 'validated'] as const;
export type ValueStatus = (typeof VALUE_STATUSES)[number];

export const VALUE_STATUS_LABELS: Record<ValueStatus, string> = {
  extracted: 'extrait du texte, à confirmer',
  declared: 'déclaré par l’adhérent',
  validated: 'validé par le réseau',
};

/** What decides whether a value compares. */
export interface ValueQuality {
  status: ValueStatus;
  /** The member states it follows the definition (true), differs (false), or has not said (null). */
  followsDefinition: boolean | null;
  year: number | null;
}

/** How a value stands against its indicator's definition, in a few words for the reader. */
export function definitionLabel(v: Pick<ValueQuality, 'status' | 'followsDefinition'>): string {
  if (v.status === 'extracted') return 'extrait du texte, à confirmer';
  if (v.followsDefinition === null)
    return v.status === 'validated' ? 'validé, définition non précisée' : 'déclaré, définition non vérifiée';
  if (!v.followsDefinition) return 'calculé selon une autre définition';
  return v.status === 'validated' ? 'conforme à la définition, validé par le réseau' : 'conforme à la définition, déclaré par l’adhérent';
}

/** Why a value is not comparable with others of the same indicator for `year`, or null when it is. */
export function whyNotComparable(v: ValueQuality, year: number | null): string | null {
  if (v.status === 'extracted') return 'extrait du texte';
  if (v.followsDefinition === null) return 'définition non vérifiée';
  if (!v.followsDefinition) return 'autre définition';
  if (v.year === null) return 'année non précisée';
  if (year !== null && v.year !== year) return 'année différente';
  return null;
}

/**
 * The year a set of values is best compared in: the one with the most comparable values, the most
 * recent of equals; null when none compares.
 */
export function referenceYear(values: ValueQuality[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) if (v.year !== null && whyNotComparable(v, null) === null) counts.set(v.year, (counts.get(v.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && year > best)) best = year;
  return best;
}
