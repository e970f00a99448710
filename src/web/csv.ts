/**
 * CSV the way French spreadsheets open it without an import dialog: UTF-8 with a byte-order mark,
 * `;` between fields, decimal comma, CRLF line ends (RFC 4180). Official codes are written so that
 * a spreadsheet keeps them as text (`04`, `01053` keep their zeros).
 */

const BOM = '\ufeff';

/** An official code (INSEE, SIREN…), kept as text by spreadsheets. */
export interface CodeCell {
  code: string;
}

export type CsvValue = string | number | CodeCell | null | undefined;

/** Marks an official code, so that `04` does not become 4. */
export const code = (text: string): CodeCell => ({ code: text });

/**
 * One field: quoted when it holds a separator, a quote or a line break (quotes doubled).
 * Text starting like a formula (`=`, `+`, `-`, `@`) gets a leading apostrophe, so a spreadsheet
 * shows it instead of running it (CSV injection). A code of letters and digits is written as the
 * text formula `="04"`, which every spreadsheet shows as 04; any other code is plain text.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value === 'object') return /^[0-9A-Za-z]+$/.test(value.code) ? `"=""${value.code}"""` : csvField(value.code);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document from rows of fields. */
export function toCsv(rows: CsvValue[][]): string {
  return BOM + rows.map((row) => row.map(csvField).join(';')).join('\r\n') + '\r\n';
}
