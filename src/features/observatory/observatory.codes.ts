/**
 * The codes of SIRENE an ESS observatory reads: staff bands (`trancheEffectifs…`) as ranges of
 * employees, legal categories (`categorieJuridiqueUniteLegale`) as the families of the ESS, NAF
 * codes (`activitePrincipaleEtablissement`) as their sections, and the arrondissements of Paris,
 * Lyon and Marseille as their commune. Written once here, and as SQL for DuckDB's import.
 */

/** Staff band → [minimum, maximum] employees; unknown (NN, empty) and 00 count nothing. */
export const STAFF_BANDS: Record<string, [number, number]> = {
  '00': [0, 0],
  '01': [1, 2],
  '02': [3, 5],
  '03': [6, 9],
  '11': [10, 19],
  '12': [20, 49],
  '21': [50, 99],
  '22': [100, 199],
  '31': [200, 249],
  '32': [250, 499],
  '41': [500, 999],
  '42': [1000, 1999],
  '51': [2000, 4999],
  '52': [5000, 9999],
  '53': [10000, 10000],
};

export const FAMILIES = ['association', 'cooperative', 'mutuelle', 'fondation', 'societe'] as const;
export type Family = (typeof FAMILIES)[number];

export const FAMILY_LABELS: Record<Family, string> = {
  association: 'Associations',
  cooperative: 'Coopératives',
  mutuelle: 'Mutuelles',
  fondation: 'Fondations',
  societe: 'Sociétés commerciales de l’ESS',
};

/**
 * Legal categories of cooperatives (INSEE's "catégories juridiques", level III): SCOP, SCIC and
 * other cooperative SA, SARL and SAS, agricultural cooperatives and their unions, CUMA, banks and
 * credit cooperatives, cooperative companies of the building trade…
 */
const COOPERATIVES = [
  '5191',
  '5192',
  '5193',
  '5194',
  '5195',
  '5196',
  '5202',
  '5203',
  '5306',
  '5307',
  '5308',
  '5309',
  '5432',
  '5442',
  '5443',
  '5451',
  '5453',
  '5454',
  '5455',
  '5458',
  '5459',
  '5460',
  '5532',
  '5542',
  '5543',
  '5546',
  '5547',
  '5551',
  '5552',
  '5553',
  '5554',
  '5555',
  '5558',
  '5559',
  '5560',
  '5632',
  '5642',
  '5643',
  '5646',
  '5647',
  '5651',
  '5652',
  '5653',
  '5654',
  '5655',
  '5658',
  '5659',
  '5660',
  '5710',
  '5720',
  '6316',
  '6317',
  '6318',
  '6532',
  '6533',
  '6534',
  '6535',
  '6536',
  '6537',
  '6538',
  '6539',
  '6540',
  '6541',
  '6542',
  '6543',
  '6544',
  '6551',
  '6554',
  '6558',
  '6560',
  '6561',
  '6562',
  '6563',
  '6564',
  '6565',
];
/** Mutual insurers and their unions (83xx and 82xx of the Code de la mutualité and of insurance). */
const MUTUELLES = ['8210', '8250', '8290', '8310', '8311'];
const FONDATIONS = ['9300'];

/** The family of an ESS legal unit from its legal category (92xx: associations; the rest: commercial companies of the ESS). */
export function familyOf(category: string | null | undefined): Family {
  const c = (category ?? '').trim();
  if (c.startsWith('92')) return 'association';
  if (COOPERATIVES.includes(c)) return 'cooperative';
  if (MUTUELLES.includes(c)) return 'mutuelle';
  if (FONDATIONS.includes(c)) return 'fondation';
  return 'societe';
}

/** NAF rév. 2 sections by their first and last division. */
const SECTIONS: [string, number, number][] = [
  ['A', 1, 3],
  ['B', 5, 9],
  ['C', 10, 33],
  ['D', 35, 35],
  ['E', 36, 39],
  ['F', 41, 43],
  ['G', 45, 47],
  ['H', 49, 53],
  ['I', 55, 56],
  ['J', 58, 63],
  ['K', 64, 66],
  ['L', 68, 68],
  ['M', 69, 75],
  ['N', 77, 82],
  ['O', 84, 84],
  ['P', 85, 85],
  ['Q', 86, 88],
  ['R', 90, 93],
  ['S', 94, 96],
  ['T', 97, 98],
  ['U', 99, 99],
];

export const SECTION_LABELS: Record<string, string> = {
  A: 'Agriculture, sylviculture et pêche',
  B: 'Industries extractives',
  C: 'Industrie manufacturière',
  D: 'Énergie',
  E: 'Eau, assainissement, déchets',
  F: 'Construction',
  G: 'Commerce',
  H: 'Transports et entreposage',
  I: 'Hébergement et restauration',
  J: 'Information et communication',
  K: 'Finance et assurance',
  L: 'Activités immobilières',
  M: 'Activités spécialisées, scientifiques et techniques',
  N: 'Services administratifs et de soutien',
  O: 'Administration publique',
  P: 'Enseignement',
  Q: 'Santé humaine et action sociale',
  R: 'Arts, spectacles et loisirs',
  S: 'Autres activités de services',
  T: 'Activités des ménages',
  U: 'Activités extraterritoriales',
};

/** The two-digit NAF divisions of a section ("Q" → 86, 87, 88). */
export function divisionsOf(section: string): string[] | null {
  const found = SECTIONS.find(([s]) => s === section);
  if (!found) return null;
  const out: string[] = [];
  for (let d = found[1]; d <= found[2]; d++) out.push(String(d).padStart(2, '0'));
  return out;
}

/** "10 à 19 salariés", "1 ou 2 salariés"; "effectif non renseigné" for unknown bands. */
export function staffBandLabel(band: string): string {
  const range = STAFF_BANDS[band];
  if (!range || range[1] === 0) return 'effectif non renseigné';
  if (band === '53') return '10 000 salariés ou plus';
  return `${range[0].toLocaleString('fr-FR')} à ${range[1].toLocaleString('fr-FR')} salariés`;
}

/** The NAF section of an activity code ("88.99B" → "Q"); null when it is not one. */
export function sectionOf(naf: string | null | undefined): string | null {
  const m = /^(\d{2})/.exec((naf ?? '').trim());
  if (!m) return null;
  const division = Number(m[1]);
  return SECTIONS.find(([, from, to]) => division >= from && division <= to)?.[0] ?? null;
}

const sqlList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** The same rules as SQL expressions over DuckDB columns (the import aggregates in DuckDB). */
export const SQL = {
  staffMin: (column: string) =>
    `CASE ${column} ${Object.entries(STAFF_BANDS)
      .map(([band, [min]]) => `WHEN '${band}' THEN ${min}`)
      .join(' ')} ELSE 0 END`,
  staffMax: (column: string) =>
    `CASE ${column} ${Object.entries(STAFF_BANDS)
      .map(([band, [, max]]) => `WHEN '${band}' THEN ${max}`)
      .join(' ')} ELSE 0 END`,
  family: (column: string) =>
    `CASE WHEN ${column} LIKE '92%' THEN 'association' WHEN ${column} IN (${sqlList(COOPERATIVES)}) THEN 'cooperative' ` +
    `WHEN ${column} IN (${sqlList(MUTUELLES)}) THEN 'mutuelle' WHEN ${column} IN (${sqlList(FONDATIONS)}) THEN 'fondation' ELSE 'societe' END`,
  section: (column: string) =>
    `CASE ${SECTIONS.map(([s, from, to]) => `WHEN TRY_CAST(substr(${column}, 1, 2) AS INTEGER) BETWEEN ${from} AND ${to} THEN '${s}'`).join(' ')} ELSE NULL END`,
  commune: (column: string) =>
    `CASE WHEN ${column} BETWEEN '75101' AND '75120' THEN '75056' WHEN ${column} BETWEEN '69381' AND '69389' THEN '69123' ` +
    `WHEN ${column} BETWEEN '13201' AND '13216' THEN '13055' ELSE upper(${column}) END`,
};
