/**
 * The comparison as CSV, the way French spreadsheets open it without an import dialog:
 * UTF-8 with a byte-order mark, `;` between fields, decimal comma, CRLF line ends
 * (RFC 4180). One line per member; missing figures are empty cells.
 */
import { MEMBER_KIND_LABELS } from '../../shared/member-kinds.ts';
import type { ComparisonView } from './compare.present.ts';

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

/** The comparison as a CSV document: for each row a value, its year, its source, and why it does not compare (empty when it does). */
export function comparisonCsv(view: ComparisonView, publicUrl: string): string {
  const header = [
    'Adhérent',
    'Type',
    'Territoire',
    'Code officiel',
    'Année d’adhésion',
    ...view.rows.flatMap((r) => {
      const head = `${r.label}${r.year !== null ? ` ${r.year}` : ''}`;
      return [`${head} (${r.unit})`, `${r.label} — année`, `${r.label} — source`, `${r.label} — non comparable`];
    }),
    'Profil',
  ];
  const lines = view.members.map((member, i) => [
    member.name,
    MEMBER_KIND_LABELS[member.kind].one,
    member.territory.name,
    member.territory.code,
    member.joinedYear,
    ...view.rows.flatMap((row) => {
      const cell = row.cells[i];
      if (!cell) return [null, null, null, null];
      return [cell.value, cell.year, cell.source, cell.reason];
    }),
    `${publicUrl}/adherents/${member.slug}`,
  ]);
  return toCsv([header, ...lines]);
}
