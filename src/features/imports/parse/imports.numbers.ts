/**
 * Imports: reading French prose for figures — sentences, numbers written the French way
 * ("1 875", "35,2", "un millier", "deux") and the year a sentence gives its figures for.
 */
import { foldText } from '../../../shared/text.ts';

const ABBREVIATIONS = new Set([
  'cf',
  'm',
  'mm',
  'mme',
  'mlle',
  'etc',
  'ex',
  'p',
  'st',
  'ste',
  'dr',
  'n°',
  'no',
  'art',
  'av',
  'bd',
  'env',
  'hab',
]);

/** Splits a paragraph into sentences (after . ! ? … followed by a capital, a digit or an opening mark). */
export function sentences(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const out: string[] = [];
  let start = 0;
  for (const match of flat.matchAll(/[.!?…]+(?=\s+[«"“(\p{Lu}\d])/gu)) {
    const word = flat.slice(Math.max(start, flat.lastIndexOf(' ', match.index - 1) + 1), match.index);
    if (match[0] === '.' && (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word))) continue;
    out.push(flat.slice(start, match.index + match[0].length).trim());
    start = match.index + match[0].length;
  }
  const rest = flat.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** The form figures are matched on: folded, straight apostrophes, every kind of space as " ". */
export function figureKey(sentence: string): string {
  return foldText(sentence)
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/\s+/g, ' ');
}

/** A number as written in French: "1 875", "1.875", "35,2", "350000". Null when it is not one. */
export function parseFrenchNumber(text: string): number | null {
  const match = /^(\d{1,3}(?:[ .]\d{3})+|\d+)(?:,(\d+))?$/.exec(text.trim());
  if (!match) return null;
  const value = Number(`${match[1]!.replace(/[ .]/g, '')}.${match[2] ?? '0'}`);
  return Number.isFinite(value) ? value : null;
}

/** Regex source of a French number, not glued to other digits. */
export const NUMBER = String.raw`(?<![\d,.])(\d{1,3}(?:[ .]\d{3})+|\d+)(?:,(\d+))?(?![\d]|,\d)`;

/** Value of a NUMBER match from its two groups (integer part, decimals). */
export function numberFromGroups(integer: string | undefined, decimals: string | undefined): number | null {
  return integer === undefined ? null : parseFrenchNumber(decimals === undefined ? integer : `${integer},${decimals}`);
}

const WORDS: Record<string, number> = { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10 };

/** Small numbers written as words ("deux" → 2); null otherwise. */
export function numberWord(word: string | undefined): number | null {
  return word === undefined ? null : (WORDS[word] ?? null);
}

export const NUMBER_WORDS = Object.keys(WORDS).join('|');

const YEAR = '((?:19|20)\\d{2})';
const YEAR_PATTERNS = [
  new RegExp(
    `\\b(?:chiffres?|donnees|source|sources|etude|recensement|budget|exercice|bilan)(?: \\p{L}+)?(?: de| du| en| :)? ${YEAR}\\b`,
    'gu',
  ),
  new RegExp(`\\((?:[^()\\s]+ ){0,3}${YEAR}\\)`, 'g'),
  new RegExp(`\\b(?:en|au|pour|sur|fin|depuis) (?:l'annee |\\d{1,2}(?:er)? [a-z]+ )?${YEAR}\\b`, 'g'),
];

/** The year a sentence gives its figures for ("chiffres 2016", "(2016)", "en 2019"); null when none or unclear. */
export function yearOf(sentence: string): number | null {
  const key = figureKey(sentence);
  for (const pattern of YEAR_PATTERNS) {
    const years = new Set([...key.matchAll(pattern)].map((m) => Number(m[1])));
    if (years.size === 1) return [...years][0]!;
    if (years.size > 1) return null;
  }
  return null;
}
