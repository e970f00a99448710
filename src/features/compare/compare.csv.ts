/**
 * The comparison as CSV, the way French spreadsheets open it without an import dialog:
 * UTF-8 with a byte-order mark, `;` between fields, decimal comma, CRLF line ends
 * (RFC 4180). One line per member; missing figures are empty cells.
 */
import { MEMBER_KIND_LABELS } from '../../shared/member-kinds.ts';
import type { ProfileView } from '../members/members.public.ts';
import { TABLE_METRICS, type Metric } from './compare.present.ts';

const BOM = '\ufeff';

/**
 * One field: quoted when it holds a separator, a quote or a line break (quotes doubled).
 * Text starting like a formula (`=`, `+`, `-`, `@`) gets a leading apostrophe, so a spreadsheet
 * shows it instead of running it (CSV injection).
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document from rows of fields. */
export function toCsv(rows: (string | number | null | undefined)[][]): string {
  return BOM + rows.map((row) => row.map(csvField).join(';')).join('\r\n') + '\r\n';
}

const unitOf = (metric: Metric) => (metric.id === 'population' ? 'habitants' : metric.unit);

/** The comparison of the given members as a CSV document. */
export function comparisonCsv(members: ProfileView[], publicUrl: string): string {
  const header = [
    'Adhérent',
    'Type',
    'Territoire',
    'Code officiel',
    'Année d’adhésion',
    ...TABLE_METRICS.flatMap((m) => [`${m.label} (${unitOf(m)})`, `${m.label} — année`, `${m.label} — source`]),
    'Profil',
  ];
  const lines = members.map((member) => [
    member.name,
    MEMBER_KIND_LABELS[member.kind].one,
    member.territory.name,
    member.territory.code,
    member.joinedYear,
    ...TABLE_METRICS.flatMap((metric) => {
      const measure = metric.measure(member);
      if (!measure) return [null, null, null];
      return [measure.value, measure.year, sourceOf(metric, member)];
    }),
    `${publicUrl}/adherents/${member.slug}`,
  ]);
  return toCsv([header, ...lines]);
}

/** The source cell: the figure's own source, or how a derived value was computed. */
function sourceOf(metric: Metric, member: ProfileView): string | null {
  if (metric.id === 'population') return member.population?.source ?? null;
  if (metric.id === 'budget_per_inhabitant') return metric.measure(member)?.note ?? null;
  const figure = member.figures.find((f) => f.kind === metric.id);
  if (!figure) return null;
  return `${figure.source ?? 'source non précisée'}${figure.confirmed ? '' : ' (chiffre repris de l’ancien site, à confirmer)'}`;
}
