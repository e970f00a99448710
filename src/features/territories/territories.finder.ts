/**
 * The territory finder (`/territoires?q=…` and its suggestions): what someone types — a commune, a
 * postcode, an INSEE code, a département name or number, an EPCI name or SIREN, a région — read
 * against the official geography. Accents, case, hyphens and apostrophes do not matter, nor
 * "Saint"/"St" ("st etienne" finds Saint-Étienne). Names match whole, from their start, or from
 * the start of any of their words ("poitiers" finds "CU du Grand Poitiers"). Pure: built from
 * every territory row once, then each query scans folded names in memory (some 36,000; a few
 * milliseconds).
 */
import { normalise } from './territories.match.ts';
import type { TerritoryKind, TerritoryRow } from './territories.table.ts';

/** Folded for matching: lower case, no accents, words separated by one space, Saint → st. */
export function foldPlace(text: string): string {
  return normalise(text).replace(/\b(saint|sainte|ste)\b/g, (w) => (w === 'saint' ? 'st' : 'ste'));
}

export interface FinderHit {
  territory: TerritoryRow;
  /** How it matched: its name, its official code, or one of its postcodes (given). */
  by: 'name' | 'code' | 'postcode';
  postcode?: string;
}

export interface TerritoryFinder {
  /** At most `limit` territories for what was typed, best first; `total` counts every match. */
  find(query: string, limit?: number): { hits: FinderHit[]; total: number };
  /** Territories by kind and code (the coverage answer reads parents from here). */
  get(kind: TerritoryKind, code: string): TerritoryRow | undefined;
  /**
   * The territories a search names exactly (a whole name, an official code, a postcode), at most
   * `limit`: the site search shows them first as cards.
   */
  exact(query: string, limit?: number): FinderHit[];
  /**
   * The folded words of the place names written in a text (régions, départements, communes of
   * 20,000 inhabitants or more): search matches them as written, not stemmed ("Vienne" is not
   * "viennent").
   */
  placeWordsIn(text: string): Set<string>;
}

/** Communes from this population up count as well-known place names for the search. */
const NOTABLE_POPULATION = 20_000;

const KIND_RANK: Record<TerritoryKind, number> = { region: 0, departement: 1, epci: 2, commune: 3 };

/** Longest query read (a name is never longer; 2 KB of text is cut, not searched). */
export const MAX_QUERY_LENGTH = 80;

export function buildTerritoryFinder(rows: TerritoryRow[]): TerritoryFinder {
  const entries = rows.map((territory) => ({ territory, folded: foldPlace(territory.name) }));
  const byKey = new Map(rows.map((t) => [`${t.kind}:${t.code}`, t]));
  const byPostcode = new Map<string, TerritoryRow[]>();
  for (const t of rows)
    for (const postcode of t.postcodes?.split(' ') ?? []) {
      const list = byPostcode.get(postcode);
      if (list) list.push(t);
      else byPostcode.set(postcode, [t]);
    }
  const postcodes = [...byPostcode.keys()].sort();
  const communes = rows.filter((t) => t.kind === 'commune');
  const bigFirst = (a: TerritoryRow, b: TerritoryRow) =>
    KIND_RANK[a.kind] - KIND_RANK[b.kind] || (b.population ?? 0) - (a.population ?? 0) || a.name.localeCompare(b.name, 'fr');

  function byCode(raw: string): FinderHit[] {
    const code = raw.toUpperCase();
    const hits: FinderHit[] = [];
    const seen = new Set<TerritoryRow>();
    const add = (territory: TerritoryRow | undefined, by: FinderHit['by'], postcode?: string) => {
      if (!territory || seen.has(territory)) return;
      seen.add(territory);
      hits.push(postcode ? { territory, by, postcode } : { territory, by });
    };
    if (/^[0-9]{9}$/.test(code)) add(byKey.get(`epci:${code}`), 'code');
    if (/^(2A|2B|[0-9]{2})[0-9]{3}$/.test(code)) {
      add(byKey.get(`commune:${code}`), 'code');
      for (const t of (byPostcode.get(code) ?? []).slice().sort(bigFirst)) add(t, 'postcode', code);
    }
    if (/^(2A|2B|[0-9]{2,3})$/.test(code)) {
      add(byKey.get(`departement:${code}`), 'code');
      add(byKey.get(`region:${code}`), 'code');
    }
    // The start of a postcode or of an INSEE code: "870" lists Limoges and its neighbours.
    if (/^[0-9]{3,4}$|^2[AB][0-9]{1,2}$/.test(code)) {
      let i = lowerBound(postcodes, code);
      for (; i < postcodes.length && postcodes[i]!.startsWith(code) && hits.length < 200; i++)
        for (const t of byPostcode.get(postcodes[i]!)!) add(t, 'postcode', postcodes[i]);
      for (const t of communes) if (hits.length < 200 && t.code.startsWith(code)) add(t, 'code');
    }
    return hits;
  }

  const notable = rows
    .filter((t) => t.kind === 'region' || t.kind === 'departement' || (t.kind === 'commune' && (t.population ?? 0) >= NOTABLE_POPULATION))
    .map((t) => normalise(t.name))
    .filter((name) => name.length >= 3);

  const finder: TerritoryFinder = {
    get: (kind, code) => byKey.get(`${kind}:${code}`),
    exact(query, limit = 3) {
      const text = query.slice(0, MAX_QUERY_LENGTH).trim();
      const { hits } = finder.find(text, 20);
      const q = foldPlace(text);
      return hits.filter((h) => h.by !== 'name' || foldPlace(h.territory.name) === q).slice(0, limit);
    },
    placeWordsIn(text) {
      const words = new Set<string>();
      const folded = ` ${normalise(text.slice(0, 200))} `;
      for (const name of notable) if (folded.includes(` ${name} `)) for (const w of name.split(' ')) words.add(w);
      return words;
    },
    find(query, limit = 10) {
      const text = query.slice(0, MAX_QUERY_LENGTH).trim();
      const compact = text.replace(/\s+/g, '');
      if (/^[0-9]/.test(compact) && /^[0-9AB]+$/i.test(compact)) {
        const hits = byCode(compact);
        return { hits: hits.slice(0, limit), total: hits.length };
      }
      const q = foldPlace(text);
      if (q.length === 0) return { hits: [], total: 0 };
      const spaced = ` ${q}`;
      const scored: { territory: TerritoryRow; score: number }[] = [];
      for (const e of entries) {
        const score = e.folded === q ? 0 : e.folded.startsWith(q) ? 1 : e.folded.includes(spaced) ? 2 : -1;
        if (score >= 0) scored.push({ territory: e.territory, score });
      }
      scored.sort((a, b) => a.score - b.score || bigFirst(a.territory, b.territory));
      return { hits: scored.slice(0, limit).map((s) => ({ territory: s.territory, by: 'name' as const })), total: scored.length };
    },
  };
  return finder;
}

function lowerBound(sorted: string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
