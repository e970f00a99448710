/**
 * French formats for numbers, money and dates (DESIGN.md: `35,2 M€`, `1 875`, `16/01/2019`).
 * Separators are plain no-break spaces so that figures never wrap.
 */

const NBSP = '\u00a0';
const integerFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
// Formatters are built once: building one per call costs ~60 times the formatting itself.
const shortDate = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric' });
const longDate = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: 'numeric', month: 'long', year: 'numeric' });
const dateTime = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

function tidy(text: string): string {
  return text.replace(/[\u202f\u00a0 ]/g, NBSP);
}

/** `1 875`, `35,2` (at most one decimal). */
export function formatNumber(value: number): string {
  return tidy((Number.isInteger(value) ? integerFormat : decimalFormat).format(value));
}

/** `35,2 M€`, `350 000 €`, `1,2 Md€`. */
export function formatEuros(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${formatNumber(Math.round(value / 1e8) / 10)}${NBSP}Md€`;
  if (abs >= 1e6) return `${formatNumber(Math.round(value / 1e5) / 10)}${NBSP}M€`;
  return `${formatNumber(Math.round(value))}${NBSP}€`;
}

/** A value with its unit in French typography: `11 %`, `2,5 ETP`, `35,2 M€`. */
export function formatQuantity(value: number, unit: string): string {
  if (unit === '€') return formatEuros(value);
  return `${formatNumber(value)}${NBSP}${unit}`;
}

/** `16/01/2019` (the date in Paris). */
export function formatDate(iso: string): string {
  return shortDate.format(new Date(iso));
}

/** `16 janvier 2019` (the date in Paris). */
export function formatLongDate(iso: string): string {
  return tidy(longDate.format(new Date(iso)));
}

/** `16/01/2019 à 14:05` (Paris time), for the back office's logs. */
export function formatDateTime(iso: string): string {
  return tidy(dateTime.format(new Date(iso)).replace(' ', ' à '));
}

/** `YYYY-MM-DD` for `<time datetime>`. */
export function isoDay(iso: string): string {
  return new Date(iso).toISOString().slice(0, 10);
}

/** French plural: `plural(2, 'adhérent')` → `2 adhérents`. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)}${NBSP}${count > 1 ? many : one}`;
}

const perInhabitantFormat = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** `1,87 €` — values per inhabitant are small: two decimals, unlike other sums. */
export function formatPerInhabitant(value: number, unit = '€'): string {
  return `${perInhabitantFormat.format(value).replace(/[\u202f ]/g, '\u00a0')}\u00a0${unit}`;
}
