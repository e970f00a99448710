/**
 * French text for search: tokens, folded (no case, no accents) and Snowball-stemmed
 * (@orama/stemmers/french). The same pipeline serves documents and queries, and snippets.
 */
import { stemmer } from '@orama/stemmers/french';
import { foldText } from '../../../shared/text.ts';

export interface Token {
  /** The word as written. */
  word: string;
  /** Lower case, accent-free. */
  folded: string;
  /** Snowball stem of the lower-case word, then folded. */
  stem: string;
  /** Position in the text (for snippets). */
  start: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const stemCache = new Map<string, string>();

/** The folded stem of a word ("Coopératives" → "cooper"). */
export function stemWord(word: string): string {
  const lower = word.toLowerCase();
  let stem = stemCache.get(lower);
  if (stem === undefined) {
    stem = foldText(/^\p{N}+$/u.test(lower) ? lower : stemmer(lower));
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(lower, stem);
  }
  return stem;
}

const formCache = new Map<string, { folded: string; stem: string }>();

/** The folded and stemmed forms of a word as written, kept: snippets tokenize every result's text on each search. */
function formsOf(word: string): { folded: string; stem: string } {
  let forms = formCache.get(word);
  if (forms === undefined) {
    forms = { folded: foldText(word), stem: stemWord(word) };
    if (formCache.size > 50_000) formCache.clear();
    formCache.set(word, forms);
  }
  return forms;
}

/** Words of a text with their folded and stemmed forms; apostrophes split ("l’économie" → l, économie). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const { folded, stem } = formsOf(word);
    tokens.push({ word, folded, stem, start: match.index ?? 0 });
  }
  return tokens;
}

/** The stemmed column of a text: its stems separated by spaces. */
export function stemsOf(text: string): string {
  return tokenize(text)
    .map((t) => t.stem)
    .join(' ');
}
