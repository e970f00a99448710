/**
 * The check of a SCDL "subventions" file (docs/scdl-subventions.md: the schema's fields and rules
 * as published, layouts 2.0 and 2.1, the older column names mapped): the encoding (UTF-8 or
 * Windows-1252) and the delimiter (`,` or `;`) are found, columns are read by name whatever their
 * order or case, and every problem is reported by row and column without rejecting the whole
 * file. Pure: the same check serves the command line (`essor subsidies:check`) and the back office.
 */

export type Layout = 'scdl-2.0' | 'scdl-2.1' | 'legacy' | 'unknown';

export interface Problem {
  /** 1-based data row; 0 for the header line. */
  row: number;
  /** The column as written in the file. */
  column: string;
  code: string;
  message: string;
}

/** A subsidy as read: what the profile's figures need (beneficiary, amount, year). */
export interface SubsidyRow {
  row: number;
  beneficiary: string;
  siret: string | null;
  amount: number | null;
  year: number | null;
}

export interface CheckResult {
  file: string;
  encoding: 'utf-8' | 'windows-1252';
  delimiter: ',' | ';';
  layout: Layout;
  rows: number;
  amountTotal: number;
  amountsByYear: Record<string, number>;
  problems: Problem[];
  subsidies: SubsidyRow[];
}

/** The fields of the 2.0 layout (and of 2.1, which adds the next list), in the schema's order. */
export const FIELDS_20 = [
  'nomAttribuant',
  'idAttribuant',
  'dateConvention',
  'referenceDecision',
  'nomBeneficiaire',
  'idBeneficiaire',
  'rnaBeneficiaire',
  'objet',
  'montant',
  'nature',
  'conditionsVersement',
  'datesPeriodeVersement',
  'idRAE',
  'notificationUE',
  'pourcentageSubvention',
  'dispositifAide',
] as const;
export const FIELDS_21_ONLY = [
  'idSubvention',
  'exerciceBudgetaire',
  'dispositif',
  'sousDispositif',
  'montantDemande',
  'dateMiseAJour',
] as const;
type Field = (typeof FIELDS_20)[number] | (typeof FIELDS_21_ONLY)[number];

/** Required in both layouts. */
const REQUIRED: Field[] = [
  'nomAttribuant',
  'idAttribuant',
  'dateConvention',
  'nomBeneficiaire',
  'objet',
  'montant',
  'nature',
  'notificationUE',
];

/** Older layouts seen in published files (2016–2018) and the fields they hold. */
const LEGACY: Record<string, Field> = {
  coll_nom: 'nomAttribuant',
  coll_siret: 'idAttribuant',
  acte_date: 'dateConvention',
  acte_ref: 'referenceDecision',
  attrib_nom: 'nomBeneficiaire',
  attrib_siret: 'idBeneficiaire',
  attrib_rna: 'rnaBeneficiaire',
  sub_obj: 'objet',
  sub_objet: 'objet',
  sub_montant: 'montant',
  sub_nature: 'nature',
  sub_conditions: 'conditionsVersement',
  sub_periode: 'datesPeriodeVersement',
  annee: 'exerciceBudgetaire',
};

const NATURES = ['aide en numéraire', 'aide en nature'];
/** A number as the schema writes it: digits, a decimal point. */
const STRICT_NUMBER = /^-?\d+(\.\d+)?$/;
const CONDITIONS = ['unique', 'échelonné'];

/** Bytes → text: UTF-8 when it decodes as such, else Windows-1252; a BOM is dropped. */
export function decode(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\ufeff/, ''), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** Records of a CSV text (RFC 4180: quoted fields may hold the delimiter, doubled quotes and line breaks). */
export function parseCsv(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length) {
    record.push(field);
    records.push(record);
  }
  return records.filter((r) => r.some((cell) => cell.trim() !== ''));
}

/** "137 825,00" → 137825, "1234.0" → 1234; null when it is not a number ("NC"). */
export function parseAmount(text: string): number | null {
  let t = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/€$/, '');
  if (/^-?\d+,\d+$/.test(t)) t = t.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/** An ISO date, or a readable other form (2018/01/30, 30/01/2018): the ISO form and whether it was written so. */
export function parseDate(text: string): { iso: string; strict: boolean } | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  let strict = true;
  if (!m) {
    strict = false;
    m = /^(\d{4})\/(\d{2})\/(\d{2})$/.exec(t);
    const fr = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(t);
    if (!m && fr) m = [t, fr[3]!, fr[2]!, fr[1]!] as unknown as RegExpExecArray;
  }
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return { iso: `${m[1]}-${m[2]}-${m[3]}`, strict };
}

/** A SIRET (14 digits) or SIREN (9) as written; `float` when a spreadsheet wrote it as a number and lost digits. */
function readSiret(text: string, length: 9 | 14): 'ok' | 'float' | 'format' {
  const t = text.trim();
  if (new RegExp(`^\\d{${length}}$`).test(t)) return 'ok';
  if (/^\d+(\.\d+)?([eE][+-]?\d+)?$/.test(t) && /[.eE]/.test(t)) return 'float';
  return 'format';
}

export function checkSubsidies(file: string, bytes: Uint8Array): CheckResult {
  const { text, encoding } = decode(bytes);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter: ',' | ';' = (firstLine.match(/;/g) ?? []).length > (firstLine.match(/,/g) ?? []).length ? ';' : ',';
  const records = parseCsv(text, delimiter);
  const header = (records[0] ?? []).map((h) => h.trim());
  const problems: Problem[] = [];
  const problem = (row: number, column: string, code: string, message: string) => problems.push({ row, column, code, message });

  // Columns by name, whatever their case; older names mapped.
  const byLower = new Map<string, Field>([...FIELDS_20, ...FIELDS_21_ONLY].map((f) => [f.toLowerCase(), f]));
  const columnOf = new Map<Field, number>();
  let legacy = 0;
  let known = 0;
  header.forEach((name, i) => {
    const lower = name.toLowerCase();
    const field = byLower.get(lower) ?? LEGACY[lower];
    if (field && !columnOf.has(field)) {
      columnOf.set(field, i);
      if (byLower.has(lower)) known++;
      else legacy++;
    } else if (name)
      problem(0, name, 'unknown-column', `Colonne « ${name} » : elle ne fait pas partie du schéma SCDL subventions et n’est pas lue.`);
  });
  const layout: Layout =
    known >= 5 ? (FIELDS_21_ONLY.some((f) => columnOf.has(f)) ? 'scdl-2.1' : 'scdl-2.0') : legacy >= 3 ? 'legacy' : 'unknown';
  if (layout === 'unknown')
    problem(
      0,
      header.join(delimiter).slice(0, 80),
      'unknown-layout',
      'En-tête non reconnu : ce fichier ne suit ni le schéma SCDL subventions (2.0 ou 2.1) ni une ancienne disposition connue.',
    );
  else
    for (const field of REQUIRED)
      if (!columnOf.has(field) && !(layout === 'legacy' && (field === 'nature' || field === 'notificationUE')))
        problem(0, field, 'missing-column', `Colonne « ${field} » absente : elle est obligatoire.`);

  const amountsByYear: Record<string, number> = {};
  let amountTotal = 0;
  const subsidies: SubsidyRow[] = [];
  const rows = records.slice(1);
  rows.forEach((record, index) => {
    const row = index + 1;
    const cell = (field: Field) => {
      const i = columnOf.get(field);
      return i === undefined ? undefined : (record[i] ?? '').trim();
    };
    const name = (field: Field) => header[columnOf.get(field)!]!;
    for (const field of REQUIRED) {
      const value = cell(field);
      if (value === '') problem(row, name(field), 'required', `${name(field)} : valeur obligatoire manquante.`);
    }
    for (const [field, length] of [
      ['idAttribuant', 14],
      ['idBeneficiaire', 14],
    ] as const) {
      const value = cell(field);
      if (!value) continue;
      const read = readSiret(value, length);
      if (read === 'float')
        problem(
          row,
          name(field),
          'siret-float',
          `${name(field)} : « ${value} » est un SIRET écrit comme un nombre à virgule par un tableur ; ses derniers chiffres sont perdus.`,
        );
      else if (read === 'format')
        problem(row, name(field), 'siret-format', `${name(field)} : « ${value} » n’est pas un SIRET (14 chiffres).`);
    }
    const rna = cell('rnaBeneficiaire');
    if (rna && !/^W\d{9}$/.test(rna))
      problem(
        row,
        name('rnaBeneficiaire'),
        'rna-format',
        `${name('rnaBeneficiaire')} : « ${rna} » n’est pas un numéro RNA (W suivi de 9 chiffres).`,
      );
    const amountText = cell('montant');
    let amount: number | null = null;
    if (amountText) {
      amount = parseAmount(amountText);
      if (amount === null)
        problem(row, name('montant'), 'amount-not-number', `${name('montant')} : « ${amountText} » n’est pas un montant en euros.`);
      else if (amount < 0) problem(row, name('montant'), 'amount-negative', `${name('montant')} : un montant ne peut pas être négatif.`);
      else if (!STRICT_NUMBER.test(amountText))
        problem(
          row,
          name('montant'),
          'number-format',
          `${name('montant')} : « ${amountText} » se lit ${amount} mais doit s’écrire avec un point décimal, sans espace.`,
        );
    }
    const dateText = cell('dateConvention');
    let year: number | null = null;
    if (dateText) {
      const date = parseDate(dateText);
      if (!date)
        problem(
          row,
          name('dateConvention'),
          'date-format',
          `${name('dateConvention')} : « ${dateText} » n’est pas une date lisible (AAAA-MM-JJ).`,
        );
      else {
        year = Number(date.iso.slice(0, 4));
        if (!date.strict)
          problem(
            row,
            name('dateConvention'),
            'date-not-iso',
            `${name('dateConvention')} : « ${dateText} » doit s’écrire ${date.iso} (AAAA-MM-JJ).`,
          );
      }
    }
    const budgetYear = cell('exerciceBudgetaire');
    if (year === null && budgetYear && /^\d{4}$/.test(budgetYear)) year = Number(budgetYear);
    const period = cell('datesPeriodeVersement');
    if (period && !/^\d{4}-\d{2}-\d{2}(\/\d{4}-\d{2}-\d{2})?$/.test(period))
      problem(
        row,
        name('datesPeriodeVersement'),
        'period-format',
        `${name('datesPeriodeVersement')} : « ${period} » doit être une date AAAA-MM-JJ ou une période AAAA-MM-JJ/AAAA-MM-JJ.`,
      );
    // `nature` may hold several values separated by `;`; the others one value. Any case is read.
    for (const [field, allowed, several] of [
      ['nature', NATURES, true],
      ['conditionsVersement', CONDITIONS, false],
      ['notificationUE', ['oui', 'non'], false],
    ] as const) {
      const value = cell(field);
      if (!value) continue;
      const values = several ? value.split(';').map((v) => v.trim()) : [value];
      if (!values.every((v) => (allowed as readonly string[]).includes(v.toLowerCase())))
        problem(
          row,
          name(field),
          'enum',
          `${name(field)} : « ${value} » n’est pas une valeur permise (${allowed.join(', ')}${several ? ' ; plusieurs séparées par « ; »' : ''}).`,
        );
    }
    const share = cell('pourcentageSubvention');
    if (share) {
      const value = parseAmount(share);
      if (value === null || value < 0 || value > 1)
        problem(
          row,
          name('pourcentageSubvention'),
          'percentage-range',
          `${name('pourcentageSubvention')} : « ${share} » doit être une part entre 0 et 1 (0,25 pour 25 %).`,
        );
      else if (!STRICT_NUMBER.test(share))
        problem(
          row,
          name('pourcentageSubvention'),
          'number-format',
          `${name('pourcentageSubvention')} : « ${share} » doit s’écrire avec un point décimal (${value}).`,
        );
    }
    if (amount !== null && amount >= 0) {
      amountTotal += amount;
      if (year !== null) amountsByYear[String(year)] = (amountsByYear[String(year)] ?? 0) + amount;
    }
    const siret = cell('idBeneficiaire');
    subsidies.push({
      row,
      beneficiary: cell('nomBeneficiaire') ?? '',
      siret: siret && readSiret(siret, 14) === 'ok' ? siret : null,
      amount: amount !== null && amount >= 0 ? amount : null,
      year,
    });
  });
  const round = (n: number) => Math.round(n * 100) / 100;
  for (const key of Object.keys(amountsByYear)) amountsByYear[key] = round(amountsByYear[key]!);
  return { file, encoding, delimiter, layout, rows: rows.length, amountTotal: round(amountTotal), amountsByYear, problems, subsidies };
}
