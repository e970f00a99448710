/**
 * "Did you mean": when nothing matches, each query word is compared with the words of the
 * members' names (where typos hurt most: "Poitier", "Greoble"), allowing one edit for short
 * words and two for long ones.
 */
import { listMemberTitles } from '../search.repository.ts';
import type { Db } from '../../../db/database.ts';
import { perDatabase } from '../search.cache.ts';
import type { ParsedQuery } from './search.query.ts';
import type { Visibility } from '../search.table.ts';
import { tokenize } from './search.text.ts';

/** Rows of the distance matrix, reused from call to call (suggestions compare a word with thousands). */
const rows: Int32Array[] = [];

/**
 * Optimal string alignment distance (insertions, deletions, substitutions, transpositions); any
 * value above `max` is returned as `max + 1`, as soon as a row of the matrix exceeds it.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  while (rows.length <= a.length) rows.push(new Int32Array(0));
  for (let i = 0; i <= a.length; i++) if (rows[i]!.length <= b.length) rows[i] = new Int32Array(Math.max(b.length + 1, 32));
  const r = rows;
  for (let j = 0; j <= b.length; j++) r[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = r[i]!;
    const up = r[i - 1]!;
    row[0] = i;
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(up[j]! + 1, row[j - 1]! + 1, up[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, r[i - 2]![j - 2]! + 1);
      row[j] = d;
      if (d < least) least = d;
    }
    if (least > max) return max + 1;
  }
  return Math.min(r[a.length]![b.length]!, max + 1);
}

const vocabularies = perDatabase<Map<string, string>>(8);

/** Folded words of four letters or more in the names of the members these visibilities allow, with their written form. */
async function memberVocabulary(db: Db, visibilities: Visibility[], version: string | undefined): Promise<Map<string, string>> {
  const key = visibilities.join(' ');
  const cached = vocabularies(db).get(version, key);
  if (cached) return cached;
  const titles = await listMemberTitles(db, visibilities);
  const vocabulary = new Map<string, string>();
  for (const { title } of titles) for (const t of tokenize(title)) if (t.folded.length >= 4) vocabulary.set(t.folded, t.word);
  vocabularies(db).set(version, key, vocabulary);
  return vocabulary;
}

/**
 * A corrected query, or null when no word has a close neighbour. `version` is the index's
 * (search.cache.ts): the vocabulary is read again only when the index has changed.
 */
export async function suggestQuery(db: Db, query: ParsedQuery, visibilities: Visibility[], version?: string): Promise<string | null> {
  const vocabulary = await memberVocabulary(db, visibilities, version);
  let changed = false;
  const corrected = query.words.map((w) => {
    if (vocabulary.has(w.folded) || w.folded.length < 4) return w.folded;
    const max = w.folded.length <= 5 ? 1 : 2;
    let best: { word: string; distance: number } | null = null;
    for (const [folded, word] of vocabulary) {
      const distance = editDistance(w.folded, folded, max);
      if (distance <= max && (!best || distance < best.distance)) best = { word, distance };
    }
    if (!best) return w.folded;
    changed = true;
    return best.word;
  });
  return changed ? [...corrected, ...query.phrases.map((p) => `"${p.join(' ')}"`)].join(' ') : null;
}
