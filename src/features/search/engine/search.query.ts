/**
 * The query language of the search box: words (all required; the last one also matches as a
 * prefix while typing), "phrases in quotes", and -exclusions. Parsed once into a small tree that
 * each engine turns into its own syntax.
 */
import { tokenize } from './search.text.ts';

export interface QueryWord {
  folded: string;
  stem: string;
  /** Match words starting with it (the last word of the query, when not in a phrase). */
  prefix: boolean;
}

export interface ParsedQuery {
  /** Every word must match (exactly, by stem, or by prefix). */
  words: QueryWord[];
  /** Each phrase must appear as consecutive words (folded, not stemmed). */
  phrases: string[][];
  /** No result may contain these words (folded, or by stem). */
  excluded: QueryWord[];
  /** The query as typed, trimmed. */
  text: string;
}

export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 12;

/** Parses what the user typed; an empty result means nothing searchable was typed. */
export function parseQuery(input: string): ParsedQuery {
  const text = input.trim().slice(0, MAX_QUERY_LENGTH);
  const words: QueryWord[] = [];
  const phrases: string[][] = [];
  const excluded: QueryWord[] = [];
  const rest = text.replace(/"([^"]*)"?/g, (_all, phrase: string) => {
    const tokens = tokenize(phrase).map((t) => t.folded);
    if (tokens.length === 1) words.push({ folded: tokens[0]!, stem: tokenize(phrase)[0]!.stem, prefix: false });
    else if (tokens.length > 1) phrases.push(tokens);
    return ' ';
  });
  const parts = rest.split(/\s+/).filter(Boolean);
  for (const part of parts) {
    const negative = part.startsWith('-') && part.length > 1;
    const tokens = tokenize(negative ? part.slice(1) : part);
    const list = negative ? excluded : words;
    // A hyphenated compound ("tiers-lieux") is a phrase of its parts.
    if (!negative && tokens.length > 1 && /[\p{L}\p{N}]-[\p{L}\p{N}]/u.test(part)) phrases.push(tokens.map((t) => t.folded));
    else for (const token of tokens) list.push({ folded: token.folded, stem: token.stem, prefix: false });
  }
  // While typing, the last word also matches as a prefix — unless it is quoted or excluded.
  const lastPart = parts.at(-1);
  const last = words.at(-1);
  if (last && lastPart && !lastPart.startsWith('-') && text.endsWith(lastPart) && /[\p{L}\p{N}]$/u.test(text) && last.folded.length >= 2) {
    last.prefix = true;
  }
  return { words: words.slice(0, MAX_TERMS), phrases: phrases.slice(0, 4), excluded: excluded.slice(0, MAX_TERMS), text };
}

/** Whether the query holds anything to look for (exclusions alone do not). */
export function isSearchable(query: ParsedQuery): boolean {
  return query.words.length > 0 || query.phrases.length > 0;
}
