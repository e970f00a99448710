/** Numbers typed by people, the French way. */

/** Reads "35 200 000", "35,2", "4.5", "12 %" as a number; null when it is not one. */
export function parseDecimal(text: string): number | null {
  const clean = text.replace(/[\s\u00a0\u202f]/g, '').replace(/[€%]$/, '');
  if (!/^-?\d+([.,]\d+)?$/.test(clean)) return null;
  const value = Number(clean.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/** The median of some numbers; null when there are none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  // A typed array sorts numbers natively, several times faster than a comparator (campaign results).
  const sorted = Float64Array.from(values).sort();
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
