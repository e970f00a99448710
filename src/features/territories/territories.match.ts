/**
 * Finds the official territory that a member's usual name designates ("Grand Poitiers",
 * "Région Nouvelle-Aquitaine", "Ville de Poitiers", "Département de la Gironde"), for imports
 * of pages that carry no code. The prefix says the kind when there is one; the rest is compared
 * accent- and case-insensitively with the official names stripped the same way.
 */
import { foldText } from '../../shared/text.ts';
import type { TerritoryKind, TerritoryRow } from './territories.table.ts';

const PREFIXES: { pattern: RegExp; kind: TerritoryKind | null }[] = [
  { pattern: /^(conseil regional|region)\s+(de la |de l |du |des |d )?/, kind: 'region' },
  { pattern: /^(conseil departemental|departement)\s+(de la |de l |du |des |de |d )?/, kind: 'departement' },
  { pattern: /^(ville|commune|mairie)\s+(de la |de l |du |des |de |d )?/, kind: 'commune' },
  {
    pattern:
      /^(metropole europeenne de |eurometropole de |metropole( de la| de l| du| des| de| d)? |communaute urbaine( de la| de l| du| des| de| d)? |communaute d agglomeration( de la| de l| du| des| de| d)? |communaute de communes( de la| de l| du| des| de| d)? |(cu|ca|cc)( de la| de l| du| des| de| d)? )/,
    kind: 'epci',
  },
];

/** Folded, punctuation-free form: "Communauté d’agglomération du Pays Basque" → "communaute d agglomeration du pays basque". */
export function normalise(name: string): string {
  return foldText(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The kind a name's prefix implies, and the name without it. */
export function splitName(name: string): { kind: TerritoryKind | null; core: string } {
  const text = normalise(name);
  for (const { pattern, kind } of PREFIXES) {
    const match = pattern.exec(text);
    if (match && match[0].length < text.length) return { kind, core: text.slice(match[0].length).trim() };
  }
  return { kind: null, core: text };
}

export type TerritoryMatch = { ok: true; territory: TerritoryRow } | { ok: false; reason: string; candidates: TerritoryRow[] };

/** Indexes territories by the core of their official name, to match many names quickly. */
export function buildTerritoryMatcher(territories: TerritoryRow[]): (name: string) => TerritoryMatch {
  const index = new Map<string, TerritoryRow[]>();
  for (const t of territories) {
    const core = splitName(t.name).core;
    const list = index.get(core);
    if (list) list.push(t);
    else index.set(core, [t]);
  }
  return (name) => {
    const { kind, core } = splitName(name);
    const candidates = (index.get(core) ?? []).filter((t) => kind === null || t.kind === kind);
    if (candidates.length === 1) return { ok: true, territory: candidates[0]! };
    // Without a prefix, a name shared by a commune and the EPCI or département around it is ambiguous.
    return {
      ok: false,
      reason:
        candidates.length === 0
          ? `aucun territoire officiel ne porte le nom « ${name} »`
          : `plusieurs territoires officiels portent le nom « ${name} »`,
      candidates,
    };
  };
}
