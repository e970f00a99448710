/**
 * Snippets: a short extract of a document around the words that matched, with those words
 * in <mark>. Cut from the plain text with the query's own pipeline, so both engines show the same.
 */
import { escapeXml } from '../../../shared/text.ts';
import type { ParsedQuery } from './search.query.ts';
import { tokenize, type Token } from './search.text.ts';

function matcher(query: ParsedQuery): (token: Token) => boolean {
  const exact = new Set([...query.words.filter((w) => !w.prefix).map((w) => w.folded), ...query.phrases.flat()]);
  const stems = new Set(query.words.map((w) => w.stem));
  const prefixes = query.words.filter((w) => w.prefix).map((w) => w.folded);
  return (t) => exact.has(t.folded) || stems.has(t.stem) || prefixes.some((p) => t.folded.startsWith(p));
}

/** An HTML-escaped extract of about `words` words around the best cluster of matches. */
export function makeSnippet(text: string, query: ParsedQuery, words = 28): string {
  const tokens = tokenize(text);
  if (tokens.length === 0) return '';
  const isMatch = matcher(query);
  const hits = tokens.map(isMatch);
  // The window of `words` tokens holding the most matches.
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (hits[i]) count++;
    if (i >= words && hits[i - words]) count--;
    if (count > bestCount) {
      bestCount = count;
      best = Math.max(0, i - words + 1);
    }
  }
  const start = Math.max(0, best - 3);
  const end = Math.min(tokens.length, start + words);
  const from = tokens[start]!.start;
  const lastToken = tokens[end - 1]!;
  let html = '';
  let cursor = from;
  for (let i = start; i < end; i++) {
    const t = tokens[i]!;
    html += escapeXml(text.slice(cursor, t.start));
    html += hits[i] ? `<mark>${escapeXml(t.word)}</mark>` : escapeXml(t.word);
    cursor = t.start + t.word.length;
  }
  const prefix = start > 0 ? '… ' : '';
  const suffix = lastToken.start + lastToken.word.length < text.length ? ' …' : '';
  return `${prefix}${html.replace(/\s+/g, ' ').trim()}${suffix}`;
}

/** The title with its matching words in <mark>, escaped. */
export function highlightTitle(title: string, query: ParsedQuery): string {
  const isMatch = matcher(query);
  let html = '';
  let cursor = 0;
  for (const t of tokenize(title)) {
    html += escapeXml(title.slice(cursor, t.start)) + (isMatch(t) ? `<mark>${escapeXml(t.word)}</mark>` : escapeXml(t.word));
    cursor = t.start + t.word.length;
  }
  return html + escapeXml(title.slice(cursor));
}
