/**
 * Imports: recognising the lines of a legacy page that are not plain content — the canonical
 * section headings (with their known variants), the network name, the update date, the membership
 * year and the news block — and the layout rules for other headings in plain text.
 */
import { foldText } from '../../../shared/text.ts';
import type { SectionKind } from '../../members/members.public.ts';

/** Comparison key of a line: folded, straight apostrophes, single spaces, no trailing colon. */
export function lineKey(text: string): string {
  return headingText(foldText(text).replace(/[’‘`´ʼ]/g, "'")).replace(/ ?' ?/g, "'");
}

/** A heading as found: single spaces, no trailing colon. (Linear: no backtracking over long blanks.) */
export function headingText(text: string): string {
  const single = text.replace(/\s+/g, ' ').trim();
  return (single.endsWith(':') ? single.slice(0, -1) : single).trim();
}

const ESS = "l'(?:ess|economie sociale et solidaire)";
const KNOWN: [Exclude<SectionKind, 'other'>, RegExp][] = [
  ['panorama', new RegExp(`^panorama de ${ESS}(?: et de l'innovation sociale)?(?: (?:sur|dans) (?:le|son|notre|ce) territoire)?$`)],
  ['budget', new RegExp(`^budget(?: annuel)?(?: et moyens(?: humains)?)? consacres? a ${ESS}$`)],
  ['programme', new RegExp(`^programme d'(?:intervention|actions?) (?:dans le (?:champ|domaine) de|en faveur de|pour) ${ESS}$`)],
  ['actions', /^exemples? d'actions(?: soutenues(?: par la collectivite)?)?$/],
];
const NEWS = /^les actualites de l'adherent$/;
const NETWORK = /^(?:le )?reseau des collectivites territoriales pour une economie (?:sociale et )?solidaire(?: \(?rtes\)?)?$/;

export type SpecialLine =
  | { type: 'section'; kind: Exclude<SectionKind, 'other'>; heading: string; rest: string }
  | { type: 'news' }
  | { type: 'network' }
  | { type: 'updated'; date: string | null; raw: string }
  | { type: 'joined'; year: number | null; raw: string };

const MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];

/** Reads "dd/mm/yyyy" (or "16 janvier 2019") into "yyyy-mm-dd"; null when it is not a real date. */
export function readFrenchDate(text: string): string | null {
  const key = lineKey(text);
  const numeric = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/.exec(key);
  const named = /(\d{1,2})(?:er)? ([a-z]+) (\d{4})/.exec(key);
  let day: number, month: number, year: number;
  if (numeric) [day, month, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
  else if (named && MONTHS.includes(named[2]!)) [day, month, year] = [Number(named[1]), MONTHS.indexOf(named[2]!) + 1, Number(named[3])];
  else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

function matchSection(line: string): SpecialLine | null {
  const key = lineKey(line);
  for (const [kind, pattern] of KNOWN) {
    if (pattern.test(key)) return { type: 'section', kind, heading: headingText(line), rest: '' };
  }
  // "Budget consacré à l'ESS : 350 000 € en 2019." — a heading followed by its text on the same line.
  const colon = line.indexOf(':');
  if (colon > 0 && colon < 100 && line.slice(colon + 1).trim()) {
    const head = line.slice(0, colon);
    for (const [kind, pattern] of KNOWN) {
      if (pattern.test(lineKey(head))) return { type: 'section', kind, heading: headingText(head), rest: line.slice(colon + 1).trim() };
    }
  }
  return null;
}

/** Classifies a line that is a section heading or header/meta information; null for content. */
export function matchSpecialLine(line: string): SpecialLine | null {
  const key = lineKey(line);
  if (!key || key.length > 120) return null;
  if (NEWS.test(key)) return { type: 'news' };
  if (NETWORK.test(key)) return { type: 'network' };
  if (key.startsWith('derniere mise a jour') && key.length < 60) return { type: 'updated', date: readFrenchDate(key), raw: line.trim() };
  if (key.startsWith("annee d'adhesion") && key.length < 60) {
    const year = /(?:^|\D)(\d{4})(?:\D|$)/.exec(key.slice("annee d'adhesion".length));
    return { type: 'joined', year: year ? Number(year[1]) : null, raw: line.trim() };
  }
  return matchSection(line);
}

const SENTENCE_INSIDE = /[.!?;](?:\s|$)/;

/** Plain text: a lone line ending with ":" ("En résumé :"), read as a sub-heading inside a section. */
export function isSubHeadingLine(line: string): boolean {
  const text = line.trim();
  if (text.length > 80 || !text.endsWith(':') || text.includes('://')) return false;
  const body = headingText(text);
  return /\p{L}/u.test(body) && body.split(/\s+/).length <= 10 && !SENTENCE_INSIDE.test(body) && !body.includes(':');
}

/** Plain text: a lone, short, unpunctuated line starting with a capital ("Contacts"), read as a section title. */
export function isTitleLine(line: string): boolean {
  const text = line.trim();
  return (
    text.length >= 3 &&
    text.length <= 60 &&
    text.split(/\s+/).length <= 7 &&
    /^\p{Lu}/u.test(text) &&
    !/[.,;:!?…()«»"[\]{}<>|/\\@=+*#%€$&]/.test(text)
  );
}
